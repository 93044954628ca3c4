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

QFont outletFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
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
    // The title on its own line (it is what the reader scans for), the outlet under it, then the snippet.
    const QFont title = titleFont(option.font);
    const QFontMetrics titleMetrics(title);
    painter->setFont(title);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));
    int top = titleRect.bottom() + 1;
    const QString outlet = index.data(SearchResultModel::OutletRole).toString();
    if (!outlet.isEmpty()) {
        const QFont small = outletFont(option.font);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        painter->setPen(muted);
        const QRect outletRect(area.left(), top, area.width(), smallMetrics.height());
        painter->drawText(outletRect, Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(outlet, Qt::ElideRight, outletRect.width()));
        top = outletRect.bottom() + 1;
    }

    QTextDocument snippet;
    prepareSnippet(snippet, index, option.font, area.width());
    painter->translate(area.left(), top + 2);
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
    int header = QFontMetrics(titleFont(option.font)).height();
    if (!index.data(SearchResultModel::OutletRole).toString().isEmpty())
        header += QFontMetrics(outletFont(option.font)).height();
    return {width + 2 * Padding, header + 2 + int(std::ceil(snippet.size().height())) + 2 * Padding};
}

} // namespace Gloss::Ui
