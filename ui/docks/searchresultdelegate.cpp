#include "searchresultdelegate.h"

#include "models/searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Gloss::Ui
{

namespace
{
// The snippet laid out for \a width: plain text with the matched terms in <b>, escaped by the model.
void prepareSnippet(QTextDocument &document, const QModelIndex &index, const QFont &font, int width)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(font);
    document.setHtml(index.data(SearchResultModel::SnippetHtmlRole).toString());
    document.setTextWidth(width);
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}
} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.62f);

    const QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    painter->save();
    const QFont title = titleFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QString outlet = index.data(SearchResultModel::OutletRole).toString();
    const int outletWidth = outlet.isEmpty() ? 0 : std::min(area.width() / 3, option.fontMetrics.horizontalAdvance(outlet) + Padding);
    painter->setFont(title);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width() - outletWidth, titleMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));
    if (!outlet.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(muted);
        const QRect outletRect(titleRect.right() + 1, area.top(), outletWidth, titleMetrics.height());
        painter->drawText(outletRect, Qt::AlignRight | Qt::AlignVCenter, option.fontMetrics.elidedText(outlet, Qt::ElideRight, outletWidth - Padding));
    }

    QTextDocument snippet;
    prepareSnippet(snippet, index, option.font, area.width());
    painter->translate(area.left(), area.top() + titleMetrics.height() + 2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, text);
    context.clip = QRectF(0, 0, area.width(), area.height());
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = std::max(120, (option.widget ? option.widget->width() - 24 : option.rect.width()) - 2 * Padding);
    QTextDocument snippet;
    prepareSnippet(snippet, index, option.font, width);
    const int titleHeight = QFontMetrics(titleFont(option.font)).height();
    return {width + 2 * Padding, titleHeight + 2 + int(std::ceil(snippet.size().height())) + 2 * Padding};
}

} // namespace Gloss::Ui
