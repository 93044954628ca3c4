#include "tagpalettedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Gloss::Ui
{

namespace
{
constexpr int Margin = 6;
constexpr int SwatchSize = 12;

/// Bold ranges for the matched letters, consecutive ones merged.
QList<QTextLayout::FormatRange> boldRanges(const QList<int> &matched)
{
    QList<QTextLayout::FormatRange> ranges;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (const int at : matched) {
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == at) {
            ++ranges.last().length;
            continue;
        }
        ranges.append({at, 1, bold});
    }
    return ranges;
}
} // namespace

void TagPaletteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    panel.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QRect swatch(area.left(), area.center().y() - SwatchSize / 2, SwatchSize, SwatchSize);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->setBrush(index.data(ColourRole).value<QColor>());
    painter->drawRect(swatch.adjusted(0, 0, -1, -1));

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QString key = index.data(KeyRole).toString();
    int right = area.right();
    if (!key.isEmpty()) {
        const int keyWidth = option.fontMetrics.horizontalAdvance(key) + 2 * Margin;
        const QRect keyRect(area.right() - keyWidth + 1, area.top(), keyWidth, area.height());
        QColor hint = text;
        hint.setAlphaF(0.6f);
        painter->setPen(hint);
        painter->setFont(option.font);
        painter->drawText(keyRect, Qt::AlignCenter, key);
        right = keyRect.left() - Margin;
    }

    // A QTextLayout draws the bold letters in place, without building rich text.
    const QString path = index.data(Qt::DisplayRole).toString();
    const int left = swatch.right() + Margin + 1;
    const QString shown = option.fontMetrics.elidedText(path, Qt::ElideMiddle, std::max(0, right - left));
    QTextLayout layout(shown, option.font, painter->device());
    if (shown == path)
        layout.setFormats(boldRanges(index.data(MatchedRole).value<QList<int>>()));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(std::max(0, right - left));
    layout.endLayout();
    painter->setPen(text);
    layout.draw(painter, QPointF(left, area.top() + (area.height() - line.height()) / 2.0));
    painter->restore();
}

QSize TagPaletteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics &metrics = option.fontMetrics;
    const int width = 3 * Margin + SwatchSize + metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString())
        + metrics.horizontalAdvance(index.data(KeyRole).toString()) + 2 * Margin;
    return {width, std::max(metrics.height() + 8, SwatchSize + 8)};
}

} // namespace Gloss::Ui
