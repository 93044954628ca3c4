#pragma once

#include <QComboBox>

namespace Gloss
{
class TagSchema;
}

namespace Gloss::Ui
{

/// A combo box for choosing a tag of the project's schema: "No tag" first, then every tag in tree
/// order, indented by depth, with a swatch of its colour and its path as tool tip.
class TagComboBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit TagComboBox(QWidget *parent = nullptr);

    /// Lists the tags of \a schema, keeping the current tag when it is still there.
    void setSchema(const TagSchema &schema);
    /// Selects \a tagId (empty: "No tag") without emitting tagChosen(). An id not in the schema shows
    /// as "Unknown tag".
    void setCurrentTag(const QString &tagId);
    QString currentTag() const;

Q_SIGNALS:
    /// The user chose \a tagId (empty: "No tag").
    void tagChosen(const QString &tagId);

private:
    void addUnknown(const QString &tagId);

    bool m_filling = false;
};

} // namespace Gloss::Ui
