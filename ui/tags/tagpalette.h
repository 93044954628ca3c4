#pragma once

#include "tags/tagschema.h"

#include <QFrame>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Gloss::Ui
{

/// The quick tag palette (Ctrl+K): a popup with a filter line over the tags of the schema, each with
/// its colour, path and key. Typing filters and ranks the tags (TagFilter, matched letters in bold);
/// Up and Down move, Enter or a click chooses, Esc or a click outside cancels. Typing a tag's key
/// only filters: choosing is always Enter or a click.
class TagPalette final : public QFrame
{
    Q_OBJECT
public:
    /// Rows shown before the list scrolls.
    static constexpr int VisibleRows = 12;

    explicit TagPalette(QWidget *parent);

    /// The tags to choose from; call again when the schema changes.
    void setSchema(const TagSchema &schema);
    /// Shows the palette with an empty filter, its top left corner at \a globalPos (kept on screen).
    void popup(const QPoint &globalPos);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    /// The tag ids listed, in order.
    QStringList shownTagIds() const;

Q_SIGNALS:
    /// The user chose \a tagId; the palette is already hidden.
    void tagChosen(const QString &tagId);
    /// The palette closed without a choice.
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refilter();
    void choose(QListWidgetItem *item);
    void moveCurrent(int rows);

    TagSchema m_schema;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    bool m_open = false; ///< shown and not yet chosen or cancelled
};

} // namespace Gloss::Ui
