#include "tagpalette.h"

#include "tagpalettedelegate.h"
#include "tags/tagfilter.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace Gloss::Ui
{

TagPalette::TagPalette(QWidget *parent) : QFrame(parent, Qt::Popup), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("tagPalette"));
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(QStringLiteral("tagPaletteFilter"));
    m_filter->setPlaceholderText(tr("Tag…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("tagPaletteList"));
    // The filter keeps the focus; the list follows its keys.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new TagPaletteDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    connect(m_filter, &QLineEdit::textChanged, this, &TagPalette::refilter);
    connect(m_list, &QListWidget::itemClicked, this, &TagPalette::choose);
}

void TagPalette::setSchema(const TagSchema &schema)
{
    m_schema = schema;
    refilter();
}

void TagPalette::popup(const QPoint &globalPos)
{
    m_filter->clear();
    refilter();
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 8);
    const int rows = std::clamp(m_list->count(), 1, VisibleRows);
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const QSize size(std::max(360, m_list->sizeHintForColumn(0) + 2 * frameWidth() + 24),
        m_filter->sizeHint().height() + layout()->spacing() + rows * rowHeight + 2 * m_list->frameWidth() + margins.top() + margins.bottom());
    resize(size);
    const QScreen *screen = QGuiApplication::screenAt(globalPos);
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    QPoint at = globalPos;
    if (screen) {
        const QRect available = screen->availableGeometry();
        at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - size.width())));
        at.setY(std::clamp(at.y(), available.top(), std::max(available.top(), available.bottom() - size.height())));
    }
    move(at);
    m_open = true;
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

QStringList TagPalette::shownTagIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(TagPaletteDelegate::TagIdRole).toString());
    return ids;
}

bool TagPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-(VisibleRows - 1));
        return true;
    case Qt::Key_PageDown:
        moveCurrent(VisibleRows - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(m_list->currentItem());
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void TagPalette::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (m_open) {
        m_open = false;
        Q_EMIT cancelled();
    }
}

void TagPalette::refilter()
{
    m_list->clear();
    for (const TagMatch &match : TagFilter::rank(m_schema, m_filter->text())) {
        const Tag *tag = m_schema.tag(match.id);
        auto *item = new QListWidgetItem(match.path, m_list);
        item->setData(TagPaletteDelegate::TagIdRole, match.id);
        item->setData(TagPaletteDelegate::ColourRole, tag->colour);
        item->setData(TagPaletteDelegate::KeyRole, tag->key);
        item->setData(TagPaletteDelegate::MatchedRole, QVariant::fromValue(match.matched));
        item->setToolTip(tag->description);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TagPalette::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(TagPaletteDelegate::TagIdRole).toString();
    m_open = false;
    hide();
    Q_EMIT tagChosen(id);
}

void TagPalette::moveCurrent(int rows)
{
    if (m_list->count() == 0)
        return;
    const int row = std::clamp(m_list->currentRow() + rows, 0, m_list->count() - 1);
    m_list->setCurrentRow(row);
    m_list->scrollToItem(m_list->currentItem());
}

} // namespace Gloss::Ui
