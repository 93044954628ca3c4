#pragma once

#include "annotations/annotator.h"

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace Gloss
{
class TagSchema;
}

namespace Gloss::Ui
{

/// Asks what to do with the annotations of a tag about to be deleted: delete them, or move them to
/// another tag of the schema (the parent by default, when there is one). Shown with open() by the
/// tag schema editor; it removes nothing itself: the caller reads removal() and retagTo() once the
/// dialog is accepted.
class TagRemovalDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Asks about tag \a tagId of \a schema, which \a annotationCount annotations use.
    TagRemovalDialog(const TagSchema &schema, const QString &tagId, int annotationCount, QWidget *parent = nullptr);

    QString tagId() const { return m_tagId; }
    /// What the user chose for the annotations.
    Annotator::TagRemoval removal() const;
    /// The tag the annotations move to (RetagAnnotations), else empty.
    QString retagTo() const;

    QRadioButton *deleteButton() const { return m_delete; }
    QRadioButton *retagButton() const { return m_retag; }
    /// The tags to move to: every other tag by path, its id as item data.
    QComboBox *targetCombo() const { return m_target; }

private:
    QString m_tagId;
    QRadioButton *m_delete = nullptr;
    QRadioButton *m_retag = nullptr;
    QComboBox *m_target = nullptr;
};

} // namespace Gloss::Ui
