#include "linksdock.h"

#include "project.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gloss::Ui
{

namespace
{

constexpr int LinkIdRole = Qt::UserRole;
constexpr int OtherIdRole = Qt::UserRole + 1;
constexpr int OtherArticleRole = Qt::UserRole + 2;

QString oneLine(const QString &text, int length)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return line;
}

} // namespace

LinksDock::LinksDock(QWidget *parent) : QDockWidget(tr("Links"), parent)
{
    setObjectName(QStringLiteral("linksDock"));
    auto *content = new QWidget(this);
    m_header = new QLabel(content);
    m_header->setObjectName(QStringLiteral("linksDockHeader"));
    m_header->setWordWrap(true);
    m_view = new QTreeWidget(content);
    m_view->setObjectName(QStringLiteral("linksDockView"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Type"), tr("Direction"), tr("Other end"), tr("Tag"), tr("Outlet / article")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LinksDock::showContextMenu);
    refresh();
}

LinksDock::~LinksDock() = default;

void LinksDock::setProject(Project *project)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_project = project;
    m_annotationId.clear();
    if (project) {
        Annotator *annotator = project->annotator();
        const auto touched = [this](const QList<Link> &links) { refreshIfTouched(links); };
        // An edit of an annotation can change the quote or tag of an end: cheap enough to re-read.
        const auto annotations = [this] {
            if (!m_annotationId.isEmpty())
                refresh();
        };
        m_connections << connect(annotator, &Annotator::linksAdded, this, touched) << connect(annotator, &Annotator::linksRemoved, this, touched)
                      << connect(annotator, &Annotator::linksChanged, this, touched) << connect(annotator, &Annotator::annotationsChanged, this, annotations)
                      << connect(annotator, &Annotator::annotationsRemoved, this, annotations)
                      << connect(annotator, &Annotator::annotationsAdded, this, annotations)
                      << connect(annotator, &Annotator::tagSchemaChanged, this, annotations)
                      << connect(annotator, &Annotator::reloaded, this,
                             [this] {
                                 reloadArticles();
                                 refresh();
                             })
                      << connect(project, &Project::articlesAdded, this, &LinksDock::reloadArticles);
    }
    reloadArticles();
    refresh();
}

void LinksDock::setAnnotation(const QString &annotationId)
{
    if (annotationId == m_annotationId)
        return;
    m_annotationId = annotationId;
    refresh();
}

QStringList LinksDock::shownLinkIds() const
{
    QStringList ids;
    for (int row = 0; row < m_view->topLevelItemCount(); ++row)
        ids.append(m_view->topLevelItem(row)->data(0, LinkIdRole).toString());
    return ids;
}

void LinksDock::reloadArticles()
{
    m_articles.clear();
    if (!m_project)
        return;
    for (const ArticleSummary &article : m_project->store().articleSummaries())
        m_articles.insert(article.id, {article.title, article.outlet});
}

void LinksDock::refreshIfTouched(const QList<Link> &links)
{
    if (m_annotationId.isEmpty())
        return;
    if (std::any_of(links.cbegin(), links.cend(), [this](const Link &link) { return !link.otherEnd(m_annotationId).isEmpty(); }))
        refresh();
}

void LinksDock::refresh()
{
    const QStringList selected = selectedIds();
    m_view->clear();
    const std::optional<Annotation> current = m_project && !m_annotationId.isEmpty() ? m_project->annotator()->annotation(m_annotationId) : std::nullopt;
    if (!current) {
        m_header->setText(tr("No annotation selected."));
        return;
    }
    Annotator *annotator = m_project->annotator();
    QHash<QString, LinkType> types;
    for (const LinkType &type : annotator->linkTypes())
        types.insert(type.id, type);
    const QList<Link> links = annotator->linksOf(m_annotationId);
    m_header->setText(tr("“%1”: %n link(s)", nullptr, int(links.size())).arg(oneLine(current->quote, 60)));
    const TagSchema &schema = annotator->tagSchema();
    for (const Link &link : links) {
        const QString otherId = link.otherEnd(m_annotationId);
        const std::optional<Annotation> other = annotator->annotation(otherId);
        const LinkType type = types.value(link.type, LinkType{link.type, link.type, false, false, {}, 0});
        const bool outgoing = link.sourceId == m_annotationId;
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(TypeColumn, type.name);
        item->setText(DirectionColumn, type.symmetric ? QStringLiteral("↔") : outgoing ? QStringLiteral("→") : QStringLiteral("←"));
        item->setToolTip(DirectionColumn, type.symmetric ? tr("Both ways") : outgoing ? tr("Outgoing") : tr("Incoming"));
        item->setText(QuoteColumn, other ? oneLine(other->quote, 80) : tr("(missing annotation)"));
        item->setToolTip(QuoteColumn, other ? other->quote : QString());
        if (other) {
            const Tag *tag = schema.tag(other->tagId);
            if (tag) {
                QPixmap swatch(12, 12);
                swatch.fill(tag->colour);
                item->setIcon(TagColumn, QIcon(swatch));
                item->setText(TagColumn, tag->name);
            }
            const QPair<QString, QString> article = m_articles.value(other->articleId);
            item->setText(SourceColumn, article.second.isEmpty() ? article.first : article.second % u" / " % article.first);
            item->setToolTip(SourceColumn, article.first);
            item->setData(0, OtherArticleRole, other->articleId);
        }
        if (!link.note.isEmpty())
            item->setToolTip(TypeColumn, link.note);
        item->setData(0, LinkIdRole, link.id);
        item->setData(0, OtherIdRole, otherId);
        if (selected.contains(link.id))
            item->setSelected(true);
    }
}

void LinksDock::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString articleId = item->data(0, OtherArticleRole).toString();
    if (!articleId.isEmpty())
        Q_EMIT annotationActivated(articleId, item->data(0, OtherIdRole).toString());
}

QStringList LinksDock::selectedIds() const
{
    QStringList ids;
    for (const QTreeWidgetItem *item : m_view->selectedItems())
        ids.append(item->data(0, LinkIdRole).toString());
    return ids;
}

bool LinksDock::removeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_project)
        return false;
    return m_project->annotator()->removeLinks(ids);
}

bool LinksDock::changeSelectedType(const QString &typeId)
{
    if (!m_project)
        return false;
    const QStringList ids = selectedIds();
    bool ok = !ids.isEmpty();
    for (const Link &link : m_project->annotator()->linksOf(m_annotationId)) {
        if (!ids.contains(link.id) || link.type == typeId)
            continue;
        Link changed = link;
        changed.type = typeId;
        ok = m_project->annotator()->changeLink(changed) && ok;
    }
    return ok;
}

bool LinksDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentItem());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void LinksDock::showContextMenu(const QPoint &position)
{
    if (!m_project || selectedIds().isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("linksDockMenu"));
    QMenu *typeMenu = menu.addMenu(tr("Change type"));
    typeMenu->setObjectName(QStringLiteral("linksDockTypeMenu"));
    for (const LinkType &type : m_project->annotator()->linkTypes()) {
        QAction *action = typeMenu->addAction(type.name);
        action->setObjectName(QStringLiteral("linksDockType_") + type.id);
        connect(action, &QAction::triggered, this, [this, id = type.id] { changeSelectedType(id); });
    }
    QAction *remove = menu.addAction(tr("Remove link"));
    remove->setObjectName(QStringLiteral("linksDockRemove"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &LinksDock::removeSelected);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Gloss::Ui
