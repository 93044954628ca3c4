#include "claimform.h"

#include "annotations/annotator.h"
#include "editing/debouncedfield.h"
#include "normalisedvalueeditor.h"
#include "speakermentioncombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Gloss::Ui
{

ClaimForm::ClaimForm(QWidget *parent)
    : QGroupBox(tr("Claim"), parent)
    , m_notClaim(new QWidget(this))
    , m_markButton(new QPushButton(tr("Mark as &claim"), m_notClaim))
    , m_fields(new QWidget(this))
{
    setObjectName(QStringLiteral("claimForm"));

    auto *notClaimLayout = new QVBoxLayout(m_notClaim);
    notClaimLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("This annotation is not a claim."), m_notClaim);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    notClaimLayout->addWidget(hint);
    m_markButton->setObjectName(QStringLiteral("markAsClaimButton"));
    m_markButton->setToolTip(tr("Make this annotation a claim, with a speaker, stance, certainty and value"));
    notClaimLayout->addWidget(m_markButton, 0, Qt::AlignLeft);
    connect(m_markButton, &QPushButton::clicked, this, [this] {
        if (m_annotator && !m_annotationId.isEmpty())
            m_annotator->setKind({m_annotationId}, Annotation::Kind::Claim);
    });

    buildFields();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notClaim);
    layout->addWidget(m_fields);
    updateMode();
}

void ClaimForm::buildFields()
{
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_speaker = new QLineEdit(m_fields);
    m_speaker->setObjectName(QStringLiteral("claimSpeakerEdit"));
    m_speaker->setPlaceholderText(tr("Who makes the claim"));
    m_speakerField = new DebouncedField(m_speaker, this);
    connect(m_speakerField, &DebouncedField::committed, this, [this](const QString &text) { edit([&](Claim &claim) { claim.speaker = text.trimmed(); }); });
    form->addRow(tr("&Speaker:"), m_speaker);

    m_speakerMention = new SpeakerMentionCombo(m_fields);
    m_speakerMention->setObjectName(QStringLiteral("speakerMentionCombo"));
    m_speakerMention->setToolTip(tr("The person, organisation or group annotated in this article that makes the claim"));
    connect(m_speakerMention, &SpeakerMentionCombo::mentionChosen, this, &ClaimForm::chooseSpeakerMention);
    form->addRow(tr("Speaker &mention:"), m_speakerMention);

    m_stance = addChoice(QStringLiteral("stanceCombo"), {tr("Unspecified"), tr("Asserts"), tr("Denies"), tr("Hedges"), tr("Reports")});
    connect(m_stance, &QComboBox::currentIndexChanged, this, [this](int index) { edit([&](Claim &claim) { claim.stance = Claim::Stance(index); }); });
    form->addRow(tr("S&tance:"), m_stance);

    m_certainty = addChoice(QStringLiteral("certaintyCombo"), {tr("Unspecified"), tr("Low"), tr("Medium"), tr("High")});
    connect(m_certainty, &QComboBox::currentIndexChanged, this, [this](int index) { edit([&](Claim &claim) { claim.certainty = Claim::Certainty(index); }); });
    form->addRow(tr("C&ertainty:"), m_certainty);

    m_claimType
        = addChoice(QStringLiteral("claimTypeCombo"), {tr("Unspecified"), tr("Quantity"), tr("Event"), tr("Attribution"), tr("Prediction"), tr("Opinion")});
    connect(m_claimType, &QComboBox::currentIndexChanged, this, [this](int index) { edit([&](Claim &claim) { claim.claimType = Claim::Type(index); }); });
    form->addRow(tr("T&ype:"), m_claimType);

    m_value = new NormalisedValueEditor(m_fields);
    m_value->setObjectName(QStringLiteral("valueEditor"));
    connect(m_value, &NormalisedValueEditor::edited, this, [this](const NormalisedValue &value) { edit([&](Claim &claim) { claim.value = value; }); });
    form->addRow(m_value);
}

QComboBox *ClaimForm::addChoice(const QString &objectName, const QStringList &names)
{
    // Item i is enum value i: the Claim enums start with Unspecified and count up.
    auto *combo = new QComboBox(m_fields);
    combo->setObjectName(objectName);
    combo->addItems(names);
    return combo;
}

void ClaimForm::setAnnotator(Annotator *annotator)
{
    m_annotator = annotator;
    clear();
}

void ClaimForm::showAnnotation(const Annotation &annotation, bool keepTyping)
{
    m_annotationId = annotation.id;
    m_articleId = annotation.articleId;
    m_kind = annotation.kind;
    updateMode();
    if (m_kind != Annotation::Kind::Claim) {
        m_speakerField->reset(QString());
        m_speakerMention->setClaim(nullptr, Annotation()); // not followed while no claim
        return;
    }
    const Claim claim = Claim::fromAttributes(annotation.attributes);
    // The speaker is saved trimmed: "the union " typed before a pause stays as typed.
    if (keepTyping && m_speaker->text().trimmed() != claim.speaker)
        m_speakerField->refresh(claim.speaker);
    else if (!keepTyping)
        m_speakerField->reset(claim.speaker);
    {
        const QSignalBlocker stance(m_stance);
        const QSignalBlocker certainty(m_certainty);
        const QSignalBlocker type(m_claimType);
        m_stance->setCurrentIndex(int(claim.stance));
        m_certainty->setCurrentIndex(int(claim.certainty));
        m_claimType->setCurrentIndex(int(claim.claimType));
    }
    m_value->setValue(claim.value, keepTyping);
    m_speakerMention->setClaim(m_annotator, annotation);
}

void ClaimForm::clear()
{
    m_annotationId.clear();
    m_articleId.clear();
    m_kind = Annotation::Kind::Note;
    m_speakerField->reset(QString());
    m_value->setValue(NormalisedValue(), false);
    m_speakerMention->setClaim(nullptr, Annotation());
    updateMode();
}

void ClaimForm::followArticleChanges(const QList<Annotation> &upserted, const QStringList &removedIds)
{
    if (m_kind == Annotation::Kind::Claim && m_speakerMention->isAffectedBy(upserted, removedIds))
        m_speakerMention->refresh();
}

void ClaimForm::refreshSpeakers()
{
    if (m_kind == Annotation::Kind::Claim)
        m_speakerMention->refresh();
}

void ClaimForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_markButton->setEnabled(!readOnly);
    m_speakerField->setReadOnly(readOnly);
    for (QComboBox *combo : std::initializer_list<QComboBox *>{m_speakerMention, m_stance, m_certainty, m_claimType})
        combo->setEnabled(!readOnly);
    m_value->setReadOnly(readOnly);
}

void ClaimForm::flush()
{
    m_speakerField->flush();
    m_value->flush();
}

void ClaimForm::focusFirstField()
{
    if (m_kind == Annotation::Kind::Claim)
        m_speaker->setFocus(Qt::ShortcutFocusReason);
    else
        m_markButton->setFocus(Qt::ShortcutFocusReason);
}

QStringList ClaimForm::speakerCandidates() const
{
    return m_speakerMention->mentionIds();
}

void ClaimForm::edit(const std::function<void(Claim &)> &change)
{
    if (!m_annotator || m_annotationId.isEmpty() || m_readOnly)
        return;
    // Read the stored claim afresh: only the edited field changes, whatever else happened meanwhile.
    const std::optional<Annotation> stored = m_annotator->annotation(m_annotationId);
    if (!stored)
        return;
    const Claim before = Claim::fromAttributes(stored->attributes);
    Claim after = before;
    change(after);
    if (after != before)
        m_annotator->setClaim(m_annotationId, after);
}

void ClaimForm::chooseSpeakerMention(const QString &mentionId)
{
    QString speaker;
    if (!mentionId.isEmpty() && m_annotator) {
        if (const std::optional<Annotation> mention = m_annotator->annotation(mentionId))
            speaker = mention->quote.simplified();
    }
    // The name of the chosen mention replaces what was typed as the speaker.
    if (!speaker.isEmpty())
        m_speakerField->reset(speaker);
    edit([&](Claim &claim) {
        claim.speakerAnnotationId = mentionId;
        if (!speaker.isEmpty())
            claim.speaker = speaker;
    });
}

void ClaimForm::updateMode()
{
    const bool claim = m_kind == Annotation::Kind::Claim && !m_annotationId.isEmpty();
    m_fields->setVisible(claim);
    m_notClaim->setVisible(!claim && !m_annotationId.isEmpty());
}

} // namespace Gloss::Ui
