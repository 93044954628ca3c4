#include "annotationsdock.h"

#include "models/annotationfilterproxymodel.h"
#include "models/annotationlistmodel.h"
#include "project.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Gloss::Ui
{

namespace
{
constexpr int TextFilterDelayMs = 150;

// The status combo's choices as sets of statuses, one bit per Annotation::Status.
constexpr int AcceptedBit = 1;
constexpr int SuggestedBit = 2;
constexpr int RejectedBit = 4;

QIcon swatch(const QColor &colour)
{
    if (!colour.isValid())
        return {};
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

QComboBox *filterCombo(const char *objectName, const QString &toolTip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}
} // namespace

AnnotationsDock::AnnotationsDock(QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_scope(filterCombo("annotationScope", tr("Which annotations the list shows")))
    , m_tag(filterCombo("annotationTagFilter", tr("Show the annotations of one tag and the tags under it")))
    , m_kind(filterCombo("annotationKindFilter", tr("Show the annotations of one kind")))
    , m_author(filterCombo("annotationAuthorFilter", tr("Show the annotations of one author")))
    , m_status(filterCombo("annotationStatusFilter", tr("Show accepted annotations, suggestions or rejected suggestions")))
    , m_text(new QLineEdit)
    , m_textTimer(new QTimer(this))
    , m_count(new QLabel)
    , m_view(new QTreeView)
    , m_menu(new QMenu(this))
    , m_deleteAction(new QAction(tr("Delete"), this))
    , m_model(new AnnotationListModel(this))
    , m_proxy(new AnnotationFilterProxyModel(this))
{
    setObjectName(QStringLiteral("annotationsDock"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleAnnotationsDockAction"));
    toggleViewAction()->setText(tr("Annotations"));

    m_proxy->setSourceModel(m_model);
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("annotationsContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(buildFilters());
    setUpView();
    layout->addWidget(m_view, 1);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    layout->addWidget(m_count);
    setWidget(content);

    m_menu->setObjectName(QStringLiteral("annotationContextMenu"));
    m_menu->menuAction()->setObjectName(QStringLiteral("annotationContextMenuAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteAnnotationsAction"));
    // Shown in the menu; the key itself is handled by eventFilter(), so that a window-wide Delete
    // shortcut elsewhere neither fires nor becomes ambiguous while the list has the focus.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &AnnotationsDock::deleteSelected);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsDock::fillAuthorFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { addAuthors(first, last); });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &AnnotationsDock::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AnnotationsDock::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateCount);
    }
    fillTagFilter();
    fillAuthorFilter();
    applyStatusFilter();
    updateCount();
}

AnnotationsDock::~AnnotationsDock() = default;

QWidget *AnnotationsDock::buildFilters()
{
    m_scope->addItem(tr("This article"), int(ScopeChoice::ThisArticle));
    m_scope->addItem(tr("All articles"), int(ScopeChoice::AllArticles));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AnnotationsDock::applyScope);

    m_status->addItem(tr("Accepted and suggested"), AcceptedBit | SuggestedBit);
    m_status->addItem(tr("Accepted"), AcceptedBit);
    m_status->addItem(tr("Suggested"), SuggestedBit);
    m_status->addItem(tr("Rejected"), RejectedBit);
    m_status->addItem(tr("Any status"), AcceptedBit | SuggestedBit | RejectedBit);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AnnotationsDock::applyStatusFilter);

    m_kind->addItem(tr("Any kind"), -1);
    for (const Annotation::Kind kind :
        {Annotation::Kind::Entity, Annotation::Kind::Claim, Annotation::Kind::Cue, Annotation::Kind::Note, Annotation::Kind::Other})
        m_kind->addItem(AnnotationListModel::kindLabel(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AnnotationsDock::applyKindFilter);

    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTagFilter(m_tag->currentData().toString()); });
    connect(m_author, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setAuthorFilter(m_author->currentData().toString()); });

    m_text->setObjectName(QStringLiteral("annotationTextFilter"));
    m_text->setPlaceholderText(tr("Filter by quote, note or tag"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Show the annotations whose quote, note or tag name contains the text"));
    m_textTimer->setObjectName(QStringLiteral("annotationTextFilterTimer"));
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(TextFilterDelayMs); // typing in a big corpus filters once per pause
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, [this] { m_proxy->setTextFilter(m_text->text()); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_textTimer->stop();
        m_proxy->setTextFilter(m_text->text());
    });

    auto *filters = new QWidget;
    filters->setObjectName(QStringLiteral("annotationFilters"));
    auto *layout = new QVBoxLayout(filters);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *first = new QHBoxLayout;
    first->addWidget(m_scope, 1);
    first->addWidget(m_status, 1);
    auto *second = new QHBoxLayout;
    second->addWidget(m_tag, 2);
    second->addWidget(m_kind, 1);
    second->addWidget(m_author, 1);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addWidget(m_text);
    return filters;
}

void AnnotationsDock::setUpView()
{
    m_view->setObjectName(QStringLiteral("annotationList"));
    // Connected before the view's selection model exists, so these run first: the current row the
    // selection model moves while rows go away or the list resets is not the user's choice.
    const auto quiet = [this] { ++m_quiet; };
    const auto loud = [this] { --m_quiet; };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, quiet);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, loud);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, quiet);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, loud);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, quiet);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, loud);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // stays fast with 100,000 rows
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Document order (article, then position) until the reader clicks another column.
    m_view->header()->setSortIndicator(AnnotationListModel::ArticleColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->resizeSection(AnnotationListModel::QuoteColumn, 240);
    m_view->header()->resizeSection(AnnotationListModel::TagColumn, 140);
    m_view->header()->resizeSection(AnnotationListModel::KindColumn, 64);
    m_view->header()->resizeSection(AnnotationListModel::StatusColumn, 76);
    m_view->header()->resizeSection(AnnotationListModel::PositionColumn, 64);
    m_view->installEventFilter(this);
    m_view->addAction(m_deleteAction);

    connect(m_view, &QAbstractItemView::doubleClicked, this, &AnnotationsDock::activateRow);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AnnotationsDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AnnotationsDock::onCurrentRowChanged);
}

void AnnotationsDock::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project->annotator(), nullptr, this, nullptr);
    m_project = project;
    m_currentArticle.clear();
    // The scope first: the model then reads the new project once.
    if (m_scope->currentData().toInt() == int(ScopeChoice::ThisArticle))
        m_model->clearScope();
    m_model->setProject(project);
    if (m_project)
        connect(m_project->annotator(), &Annotator::tagSchemaChanged, this, &AnnotationsDock::fillTagFilter);
    fillTagFilter();
}

void AnnotationsDock::setCurrentArticle(const QString &articleId)
{
    if (articleId == m_currentArticle)
        return;
    m_currentArticle = articleId;
    if (m_scope->currentData().toInt() == int(ScopeChoice::ThisArticle))
        applyScope();
}

void AnnotationsDock::applyScope()
{
    if (m_scope->currentData().toInt() == int(ScopeChoice::AllArticles))
        m_model->setScope(QString());
    else if (m_currentArticle.isEmpty())
        m_model->clearScope();
    else
        m_model->setScope(m_currentArticle);
}

void AnnotationsDock::selectAnnotation(const QString &annotationId)
{
    ++m_quiet;
    const int row = m_proxy->rowOf(annotationId);
    if (row < 0) {
        m_view->selectionModel()->clear();
    } else {
        const QModelIndex index = m_proxy->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    --m_quiet;
}

void AnnotationsDock::activate()
{
    if (!isVisible())
        show();
    raise();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void AnnotationsDock::fillTagFilter()
{
    const QString selected = m_tag->currentData().toString();
    {
        const QSignalBlocker blocker(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("Any tag"), QString());
        if (const TagSchema *schema = m_model->tagSchema()) {
            const QList<Tag> tags = schema->treeOrder();
            for (const Tag &tag : tags)
                m_tag->addItem(swatch(tag.colour), QString(schema->depth(tag.id) * 4, QLatin1Char(' ')) + tag.name, tag.id);
        }
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(selected)));
    }
    // A removed tag no longer filters.
    m_proxy->setTagFilter(m_tag->currentData().toString());
}

void AnnotationsDock::fillAuthorFilter()
{
    const QString selected = m_author->currentData().toString();
    {
        const QSignalBlocker blocker(m_author);
        m_author->clear();
        m_author->addItem(tr("Any author"), QString());
        QStringList authors = m_model->authors();
        // A chosen author stays offered while the scope has none of theirs, so the filter does not
        // change under the reader's hands.
        if (!selected.isEmpty() && !authors.contains(selected))
            authors.append(selected);
        for (const QString &author : std::as_const(authors))
            m_author->addItem(author, author);
        m_author->setCurrentIndex(std::max(0, m_author->findData(selected)));
    }
}

void AnnotationsDock::addAuthors(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString author = m_model->index(row, 0).data(AnnotationListModel::AuthorRole).toString();
        if (author.isEmpty() || m_author->findData(author) >= 0)
            continue;
        int at = 1;
        while (at < m_author->count() && m_author->itemText(at).compare(author, Qt::CaseInsensitive) < 0)
            ++at;
        const QSignalBlocker blocker(m_author);
        m_author->insertItem(at, author, author);
    }
}

void AnnotationsDock::applyKindFilter()
{
    const int kind = m_kind->currentData().toInt();
    m_proxy->setKindFilter(kind < 0 ? std::nullopt : std::optional(Annotation::Kind(kind)));
}

void AnnotationsDock::applyStatusFilter()
{
    const int bits = m_status->currentData().toInt();
    QSet<Annotation::Status> statuses;
    if (bits & AcceptedBit)
        statuses.insert(Annotation::Status::Accepted);
    if (bits & SuggestedBit)
        statuses.insert(Annotation::Status::Suggested);
    if (bits & RejectedBit)
        statuses.insert(Annotation::Status::Rejected);
    m_proxy->setStatusFilter(statuses);
}

void AnnotationsDock::updateCount()
{
    const int total = m_model->rowCount();
    const QLocale locale;
    m_count->setText(total == 1 ? tr("%1 of 1 annotation").arg(locale.toString(m_proxy->rowCount()))
                                : tr("%1 of %2 annotations").arg(locale.toString(m_proxy->rowCount()), locale.toString(total)));
}

void AnnotationsDock::onCurrentRowChanged(const QModelIndex &current)
{
    const QString id = current.isValid() ? current.data(AnnotationListModel::AnnotationIdRole).toString() : QString();
    const bool moved = id != m_lastCurrentId;
    m_lastCurrentId = id;
    if (m_quiet > 0 || !moved || id.isEmpty())
        return;
    Q_EMIT annotationSelected(id);
}

void AnnotationsDock::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT annotationActivated(index.data(AnnotationListModel::ArticleIdRole).toString(), index.data(AnnotationListModel::AnnotationIdRole).toString());
}

bool AnnotationsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QDockWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool isDelete = key->matches(QKeySequence::Delete);
    const bool isEnter = plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
    if (!isDelete && !isEnter)
        return QDockWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the list takes the key before any shortcut
        return true;
    }
    if (isDelete)
        deleteSelected();
    else
        activateRow(m_view->currentIndex());
    return true;
}

bool AnnotationsDock::isEditable() const
{
    return m_project && m_project->isOpen() && !m_project->isReadOnly();
}

QStringList AnnotationsDock::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(row.data(AnnotationListModel::AnnotationIdRole).toString());
    return ids;
}

QString AnnotationsDock::currentTag() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AnnotationListModel::TagIdRole).toString() : QString();
}

void AnnotationsDock::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    fillContextMenu();
    m_menu->popup(m_view->viewport()->mapToGlobal(position));
}

void AnnotationsDock::fillContextMenu()
{
    for (QAction *action : m_menu->actions()) {
        if (QMenu *submenu = action->menu())
            submenu->deleteLater();
    }
    m_menu->clear();

    const bool editable = isEditable();
    const QStringList ids = selectedIds();
    const TagSchema *schema = m_model->tagSchema();
    const QList<Tag> tags = schema ? schema->treeOrder() : QList<Tag>();
    const auto addTagItems = [&](QMenu *menu, const QString &skipped, const std::function<void(const QString &)> &apply) {
        for (const Tag &tag : tags) {
            if (tag.id == skipped)
                continue;
            QAction *action = menu->addAction(swatch(tag.colour), QString(schema->depth(tag.id) * 4, QLatin1Char(' ')) + tag.name);
            action->setObjectName(menu->objectName() + QLatin1Char(':') + tag.id);
            action->setData(tag.id);
            connect(action, &QAction::triggered, this, [apply, id = tag.id] { apply(id); });
        }
    };
    const auto addSubmenu = [this](const QString &title, const char *objectName) {
        QMenu *menu = m_menu->addMenu(title);
        menu->setObjectName(QString::fromLatin1(objectName));
        menu->menuAction()->setObjectName(menu->objectName() + QStringLiteral("Action"));
        return menu;
    };

    m_deleteAction->setEnabled(editable && !ids.isEmpty());
    m_menu->addAction(m_deleteAction);
    QMenu *changeTag = addSubmenu(tr("Change Tag"), "changeTagMenu");
    changeTag->setEnabled(editable && !ids.isEmpty());
    addTagItems(changeTag, QString(), [this, ids](const QString &tagId) {
        if (m_project)
            m_project->annotator()->setTag(ids, tagId);
    });
    m_menu->addSeparator()->setObjectName(QStringLiteral("annotationContextMenuSeparator"));

    const QString tagId = currentTag();
    const Tag *tag = schema && !tagId.isEmpty() ? schema->tag(tagId) : nullptr;
    QAction *deleteAll = m_menu->addAction(tag ? tr("Delete All Tagged %1…").arg(quoted(tag->name)) : tr("Delete All Tagged…"));
    deleteAll->setObjectName(QStringLiteral("deleteAllTaggedAction"));
    deleteAll->setEnabled(editable && tag);
    connect(deleteAll, &QAction::triggered, this, [this, tagId] { deleteAllTagged(tagId); });
    QMenu *retagAll = addSubmenu(tag ? tr("Retag All %1 As").arg(quoted(tag->name)) : tr("Retag All As"), "retagAllMenu");
    retagAll->setEnabled(editable && tag);
    addTagItems(retagAll, tagId, [this, tagId](const QString &toTagId) {
        if (m_project)
            m_project->annotator()->retagAnnotations(tagId, toTagId);
    });
}

void AnnotationsDock::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (!isEditable() || ids.isEmpty())
        return;
    m_project->annotator()->removeAnnotations(ids);
}

void AnnotationsDock::deleteAllTagged(const QString &tagId)
{
    if (!isEditable())
        return;
    const Annotator *annotator = m_project->annotator();
    const Tag *tag = annotator->tagSchema().tag(tagId);
    if (!tag)
        return;
    const qsizetype count = annotator->annotationStore().byTag(tagId).size();
    QMessageBox box(QMessageBox::Question, tr("Delete Annotations"),
        count == 1 ? tr("Delete the annotation tagged %1 in the whole project?").arg(quoted(tag->name))
                   : tr("Delete all %1 annotations tagged %2 in the whole project?").arg(QLocale().toString(count), quoted(tag->name)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteAllTagged"));
    box.setInformativeText(tr("Undo brings them back."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes && m_project)
        m_project->annotator()->removeAnnotationsOfTag(tagId);
}

} // namespace Gloss::Ui
