#pragma once

#include "annotations/annotation.h"
#include "annotations/claim.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Gloss
{
class Annotator;
}

namespace Gloss::Ui
{

class DebouncedField;
class NormalisedValueEditor;
class SpeakerMentionCombo;

/// The "Claim" section of the annotation editor: for a claim, who makes it (free text and, optionally,
/// the entity annotation of the same article that names the speaker), its stance, certainty and type,
/// and the figure or date it states; for any other annotation a "Mark as claim" button.
///
/// Every edit is written through Annotator::setClaim() at once (combo boxes) or after a pause in typing
/// (text fields), as one undoable step; only the edited field is changed on the stored claim, so edits
/// made elsewhere in the meantime are kept.
class ClaimForm final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ClaimForm(QWidget *parent = nullptr);

    /// Edits through \a annotator (nullptr: nothing is shown).
    void setAnnotator(Annotator *annotator);
    /// Shows the claim of \a annotation. With \a keepTyping (the same annotation changed elsewhere),
    /// text fields holding typing not yet saved keep it.
    void showAnnotation(const Annotation &annotation, bool keepTyping);
    /// Shows nothing (pending typing is dropped).
    void clear();
    /// Follows annotations of the shown article added or changed (\a upserted) or removed: the speaker
    /// mention list is read again when they can change it.
    void followArticleChanges(const QList<Annotation> &upserted, const QStringList &removedIds);
    /// Reads the speaker mention list again (the tag schema changed).
    void refreshSpeakers();
    void setReadOnly(bool readOnly);
    /// Saves pending typing now.
    void flush();
    /// Puts the focus in the speaker field, or on "Mark as claim" when the annotation is no claim.
    void focusFirstField();

    /// The annotations listed in the speaker mention combo box, in order ("none" left out).
    QStringList speakerCandidates() const;

private:
    void buildFields();
    QComboBox *addChoice(const QString &objectName, const QStringList &names);
    /// Applies \a change to the stored claim of the shown annotation and saves it when it differs.
    void edit(const std::function<void(Claim &)> &change);
    void chooseSpeakerMention(const QString &mentionId);
    void updateMode();

    QPointer<Annotator> m_annotator;
    QString m_annotationId;
    QString m_articleId;
    Annotation::Kind m_kind = Annotation::Kind::Note;
    bool m_readOnly = false;
    QWidget *m_notClaim = nullptr;
    QPushButton *m_markButton = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_speaker = nullptr;
    DebouncedField *m_speakerField = nullptr;
    SpeakerMentionCombo *m_speakerMention = nullptr;
    QComboBox *m_stance = nullptr;
    QComboBox *m_certainty = nullptr;
    QComboBox *m_claimType = nullptr;
    NormalisedValueEditor *m_value = nullptr;
};

} // namespace Gloss::Ui
