#pragma once

#include "tags/tag.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace Gloss::Ui
{

/// The fields of one tag in the tag schema editor: name, key, kind and description. It changes
/// nothing itself: when a field is finished (Return or focus leaving a line edit, a kind picked)
/// and differs from the tag shown, it emits edited() with the tag as the user wants it.
class TagDetailForm final : public QWidget
{
    Q_OBJECT
public:
    explicit TagDetailForm(QWidget *parent = nullptr);

    /// Shows \a tag (nothing: empty and disabled). Fields already showing the value are left
    /// alone, so the cursor stays where it is.
    void setTag(const std::optional<Tag> &tag);
    std::optional<Tag> tag() const { return m_tag; }
    /// Allows or forbids editing (a read-only project).
    void setEditable(bool editable);
    /// Puts the focus in the name field with its text selected (after adding a tag).
    void editName();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    /// The user finished changing a field: \a tag is the shown tag with that field changed.
    void edited(const Gloss::Tag &tag);

private:
    void finishName();
    void finishKey();
    void finishDescription();
    void finishKind();
    void updateEnabled();

    std::optional<Tag> m_tag;
    bool m_editable = true;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace Gloss::Ui
