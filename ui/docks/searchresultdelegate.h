#pragma once

#include <QStyledItemDelegate>

namespace Gloss::Ui
{

/// Draws one search hit: the title in bold, the outlet beside it in a muted colour, and under them
/// the snippet with the matched terms in bold (SearchResultModel::SnippetHtmlRole).
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int Padding = 6;
};

} // namespace Gloss::Ui
