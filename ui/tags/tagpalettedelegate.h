#pragma once

#include <QStyledItemDelegate>

namespace Gloss::Ui
{

/// Draws one row of the tag palette: the tag's colour swatch, its path with the letters matched by
/// the filter in bold, and its key on the right.
class TagPaletteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// What the rows of the palette list hold besides Qt::DisplayRole (the path).
    enum Role {
        TagIdRole = Qt::UserRole + 1, ///< QString
        ColourRole, ///< QColor
        KeyRole, ///< QString: the tag's key, empty when none
        MatchedRole, ///< QList<int>: indexes in the path of the letters matched by the filter
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Gloss::Ui
