#include "linkpicker.h"

#include "links/annotationsearchindex.h"
#include "project.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gloss::Ui
{

namespace
{

constexpr int AnnotationIdRole = Qt::UserRole;
constexpr int TypeIdRole = Qt::UserRole;
constexpr int TypeKeyRole = Qt::UserRole + 1;

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    return QIcon(pixmap);
}

QString oneLine(const QString &text, int length)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return line;
}

QTreeWidget *makeList(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setFrameShape(QFrame::NoFrame);
    return list;
}

} // namespace

LinkPicker::LinkPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup), m_index(new AnnotationSearchIndex(this)), m_steps(new QStackedWidget(this)), m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("linkPicker"));
    setFrameShape(QFrame::StyledPanel);

    auto *targetPage = new QWidget(m_steps);
    m_filter->setObjectName(QStringLiteral("linkPickerFilter"));
    m_filter->setPlaceholderText(tr("Link to… (quote, tag, outlet, title)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_results = makeList(targetPage, QStringLiteral("linkPickerResults"), {tr("Quote"), tr("Tag"), tr("Outlet"), tr("Article")});
    // The filter keeps the focus; the list follows its keys.
    m_results->setFocusPolicy(Qt::NoFocus);
    auto *targetLayout = new QVBoxLayout(targetPage);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->setSpacing(4);
    targetLayout->addWidget(m_filter);
    targetLayout->addWidget(m_results);

    auto *typePage = new QWidget(m_steps);
    m_typeTitle = new QLabel(typePage);
    m_typeTitle->setObjectName(QStringLiteral("linkPickerTypeTitle"));
    m_typeTitle->setWordWrap(true);
    m_types = makeList(typePage, QStringLiteral("linkPickerTypes"), {tr("Key"), tr("Link type")});
    m_types->installEventFilter(this);
    auto *typeLayout = new QVBoxLayout(typePage);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->setSpacing(4);
    typeLayout->addWidget(m_typeTitle);
    typeLayout->addWidget(m_types);

    m_steps->addWidget(targetPage);
    m_steps->addWidget(typePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_steps);

    connect(m_filter, &QLineEdit::textChanged, this, &LinkPicker::refilter);
    connect(m_results, &QTreeWidget::itemClicked, this, &LinkPicker::chooseTarget);
    connect(m_types, &QTreeWidget::itemClicked, this, &LinkPicker::createLink);
    resize(720, 360);
}

LinkPicker::~LinkPicker() = default;

void LinkPicker::setProject(Project *project)
{
    m_project = project;
    m_index->setProject(project);
    if (isVisible())
        hide();
}

void LinkPicker::start(const QString &sourceAnnotationId, const QPoint &globalPos)
{
    if (!m_project || !m_project->annotator()->annotation(sourceAnnotationId))
        return;
    m_sourceId = sourceAnnotationId;
    showTargetStep();
    const QScreen *screen = QGuiApplication::screenAt(globalPos);
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    QPoint at = globalPos;
    if (screen) {
        const QRect available = screen->availableGeometry();
        at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - width())));
        at.setY(std::clamp(at.y(), available.top(), std::max(available.top(), available.bottom() - height())));
    }
    move(at);
    m_open = true;
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

bool LinkPicker::isChoosingType() const
{
    return m_steps->currentIndex() == 1;
}

QStringList LinkPicker::shownAnnotationIds() const
{
    QStringList ids;
    for (int row = 0; row < m_results->topLevelItemCount(); ++row)
        ids.append(m_results->topLevelItem(row)->data(0, AnnotationIdRole).toString());
    return ids;
}

bool LinkPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_filter && watched != m_types))
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        switch (key->key()) {
        case Qt::Key_Up:
            moveCurrent(m_results, -1);
            return true;
        case Qt::Key_Down:
            moveCurrent(m_results, 1);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(m_results, -(VisibleRows - 1));
            return true;
        case Qt::Key_PageDown:
            moveCurrent(m_results, VisibleRows - 1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseTarget(m_results->currentItem());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            return QFrame::eventFilter(watched, event);
        }
    }
    switch (key->key()) {
    case Qt::Key_Up:
        moveCurrent(m_types, -1);
        return true;
    case Qt::Key_Down:
        moveCurrent(m_types, 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        createLink(m_types->currentItem());
        return true;
    case Qt::Key_Escape:
    case Qt::Key_Backspace:
        showTargetStep();
        return true;
    default:
        break;
    }
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QFrame::eventFilter(watched, event);
    if (QTreeWidgetItem *item = typeForKey(key->text().toLower())) {
        createLink(item);
        return true;
    }
    // Other keys do nothing here (no type-ahead in the list: a key is a choice).
    return true;
}

void LinkPicker::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (m_open) {
        m_open = false;
        Q_EMIT cancelled();
    }
}

void LinkPicker::refilter()
{
    m_results->clear();
    if (!m_project)
        return;
    const TagSchema &schema = m_project->annotator()->tagSchema();
    QList<QTreeWidgetItem *> items;
    for (const AnnotationSearchHit &hit : m_index->search(m_filter->text(), MaxResults, m_sourceId)) {
        auto *item = new QTreeWidgetItem;
        const Tag *tag = schema.tag(hit.tagId);
        item->setText(0, oneLine(hit.quote, 90));
        item->setToolTip(0, hit.quote);
        item->setIcon(0, swatch(tag ? tag->colour : QColor()));
        item->setText(1, tag ? tag->name : QString());
        item->setText(2, hit.outlet);
        item->setText(3, oneLine(hit.articleTitle, 60));
        item->setToolTip(3, hit.articleTitle);
        item->setData(0, AnnotationIdRole, hit.annotationId);
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    if (!items.isEmpty())
        m_results->setCurrentItem(items.constFirst());
}

void LinkPicker::moveCurrent(QTreeWidget *list, int rows)
{
    const int count = list->topLevelItemCount();
    if (count == 0)
        return;
    const int current = list->currentItem() ? list->indexOfTopLevelItem(list->currentItem()) : 0;
    list->setCurrentItem(list->topLevelItem(std::clamp(current + rows, 0, count - 1)));
    list->scrollToItem(list->currentItem());
}

void LinkPicker::showTargetStep()
{
    m_targetId.clear();
    m_steps->setCurrentIndex(0);
    if (m_filter->text().isEmpty())
        refilter();
    else
        m_filter->clear();
    m_filter->setFocus(Qt::OtherFocusReason);
}

void LinkPicker::chooseTarget(QTreeWidgetItem *item)
{
    if (!item || !m_project)
        return;
    m_targetId = item->data(0, AnnotationIdRole).toString();
    const std::optional<Annotation> source = m_project->annotator()->annotation(m_sourceId);
    m_typeTitle->setText(tr("Link “%1” to “%2” as:").arg(oneLine(source ? source->quote : QString(), 50), oneLine(item->toolTip(0), 50)));
    fillTypes();
    m_steps->setCurrentIndex(1);
    m_types->setFocus(Qt::OtherFocusReason);
}

void LinkPicker::fillTypes()
{
    m_types->clear();
    if (!m_project)
        return;
    QList<LinkType> types = m_project->annotator()->linkTypes();
    std::stable_sort(types.begin(), types.end(), [](const LinkType &a, const LinkType &b) { return a.position < b.position; });
    // A type without a key of its own gets the first digit no other type uses.
    QSet<QString> used;
    for (const LinkType &type : std::as_const(types))
        used.insert(type.key.toLower());
    int digit = 1;
    for (const LinkType &type : std::as_const(types)) {
        QString key = type.key.toLower();
        if (key.isEmpty()) {
            while (digit <= 9 && used.contains(QString::number(digit)))
                ++digit;
            if (digit <= 9)
                key = QString::number(digit++);
        }
        auto *item = new QTreeWidgetItem(m_types, {key, type.symmetric ? tr("%1 (both ways)").arg(type.name) : type.name});
        item->setData(0, TypeIdRole, type.id);
        item->setData(0, TypeKeyRole, key);
    }
    if (m_types->topLevelItemCount() > 0)
        m_types->setCurrentItem(m_types->topLevelItem(0));
    m_types->resizeColumnToContents(0);
}

QTreeWidgetItem *LinkPicker::typeForKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (int row = 0; row < m_types->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_types->topLevelItem(row);
        if (item->data(0, TypeKeyRole).toString() == key)
            return item;
    }
    return nullptr;
}

void LinkPicker::createLink(QTreeWidgetItem *typeItem)
{
    if (!typeItem || !m_project || m_targetId.isEmpty())
        return;
    const std::optional<QString> linkId = m_project->annotator()->addLink(typeItem->data(0, TypeIdRole).toString(), m_sourceId, m_targetId);
    if (!linkId)
        return; // the Annotator's message() says why; the picker stays open
    m_open = false;
    hide();
    Q_EMIT linkCreated(*linkId);
}

} // namespace Gloss::Ui
