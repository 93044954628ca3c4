#include "speakermentioncombo.h"

#include "annotations/annotator.h"

#include <QStandardItemModel>

#include <limits>

namespace Gloss::Ui
{

namespace
{
constexpr int LabelLength = 48;

// The default schema's tags whose mentions can be the speaker of a claim.
const QStringList SpeakerTagIds = {QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("group")};

bool isSpeakerTag(const TagSchema &schema, const QString &tagId)
{
    const Tag *tag = schema.tag(tagId);
    if (!tag || tag->kind != Tag::Kind::Entity)
        return false;
    bool schemaHasSpeakerTags = false;
    for (const QString &root : SpeakerTagIds) {
        if (schema.contains(root)) {
            schemaHasSpeakerTags = true;
            if (schema.isWithin(tagId, root))
                return true;
        }
    }
    return !schemaHasSpeakerTags;
}

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}
} // namespace

SpeakerMentionCombo::SpeakerMentionCombo(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    fill({});
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            Q_EMIT mentionChosen(itemData(index).toString());
    });
}

void SpeakerMentionCombo::setClaim(Annotator *annotator, const Annotation &claim)
{
    const bool sameClaim = annotator == m_annotator && claim.id == m_claimId && claim.articleId == m_articleId && claim.start() == m_claimStart;
    m_annotator = annotator;
    m_claimId = claim.id;
    m_articleId = claim.articleId;
    m_claimStart = claim.start();
    const QString selected = Claim::fromAttributes(claim.attributes).speakerAnnotationId;
    // Another edit of the claim shown (its note, stance ...) costs no new reading of the article.
    if (sameClaim && (selected.isEmpty() || findData(selected) >= 0 || !m_qualifying.contains(selected))) {
        select(selected);
        return;
    }
    m_selected = selected;
    refresh();
}

void SpeakerMentionCombo::refresh()
{
    const QList<Mention> mentions = readMentions();
    if (mentions != m_mentions)
        fill(mentions); // not rebuilt for nothing: that would close an open popup
    select(m_selected);
}

bool SpeakerMentionCombo::isAffectedBy(const QList<Annotation> &upserted, const QStringList &removedIds) const
{
    for (const QString &id : removedIds) {
        if (m_qualifying.contains(id))
            return true;
    }
    for (const Annotation &annotation : upserted) {
        // The claim's own edits (its note, its attributes) only matter when it moved.
        if (annotation.id == m_claimId ? annotation.start() != m_claimStart : m_qualifying.contains(annotation.id) || qualifies(annotation))
            return true;
    }
    return false;
}

QStringList SpeakerMentionCombo::mentionIds() const
{
    QStringList ids;
    for (const Mention &mention : m_mentions)
        ids.append(mention.id);
    return ids;
}

bool SpeakerMentionCombo::qualifies(const Annotation &annotation) const
{
    return m_annotator && annotation.id != m_claimId && annotation.kind == Annotation::Kind::Entity && annotation.status != Annotation::Status::Rejected
        && isSpeakerTag(m_annotator->tagSchema(), annotation.tagId);
}

QList<SpeakerMentionCombo::Mention> SpeakerMentionCombo::readMentions()
{
    m_qualifying.clear();
    const std::shared_ptr<const AnnotationIndex> index = m_annotator && !m_claimId.isEmpty() ? m_annotator->index(m_articleId) : nullptr;
    if (!index)
        return {};
    // One entry per name and tag: the chosen mention, else the nearest before the claim, else the first after.
    struct Group {
        const Annotation *pick = nullptr;
        bool fixed = false;
    };
    QHash<QString, Group> groups;
    QStringList order;
    for (const AnnotationIndex::Hit &hit : index->intersecting(0, std::numeric_limits<int>::max())) {
        const Annotation &annotation = *hit.annotation;
        if (hit.spanIndex != 0 || !qualifies(annotation))
            continue;
        m_qualifying.insert(annotation.id);
        const QString key = annotation.quote.simplified() + QChar(0) + annotation.tagId;
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, Group());
            order.append(key);
        }
        Group &group = *it;
        if (group.fixed)
            continue;
        if (annotation.id == m_selected)
            group = {&annotation, true};
        else if (!group.pick || annotation.start() <= m_claimStart)
            group.pick = &annotation; // hits come by position: the last one before the claim wins
    }
    QList<const Annotation *> picks;
    for (const QString &key : std::as_const(order))
        picks.append(groups.value(key).pick);
    std::stable_sort(picks.begin(), picks.end(), [](const Annotation *a, const Annotation *b) { return a->start() < b->start(); });
    QList<Mention> mentions;
    const TagSchema &schema = m_annotator->tagSchema();
    for (const Annotation *annotation : std::as_const(picks)) {
        mentions.append({annotation->id, QStringLiteral("%1 (%2)").arg(shortened(annotation->quote, LabelLength), schema.tag(annotation->tagId)->name),
            QChar(0x2026) + annotation->prefix + annotation->quote + annotation->suffix + QChar(0x2026)});
    }
    return mentions;
}

void SpeakerMentionCombo::fill(const QList<Mention> &mentions)
{
    // A fresh model filled before it is shown: adding thousands of items to the shown one is slow.
    auto *model = new QStandardItemModel(this);
    auto *none = new QStandardItem(tr("None"));
    none->setData(QString(), Qt::UserRole);
    model->appendRow(none);
    for (const Mention &mention : mentions) {
        auto *item = new QStandardItem(mention.label);
        item->setData(mention.id, Qt::UserRole);
        item->setToolTip(mention.context);
        model->appendRow(item);
    }
    m_filling = true;
    setModel(model); // deletes the previous model, which the combo box owns
    m_filling = false;
    m_mentions = mentions;
}

void SpeakerMentionCombo::select(const QString &annotationId)
{
    m_selected = annotationId;
    const bool hasUnlisted = count() > m_mentions.size() + 1;
    if (hasUnlisted && itemData(count() - 1).toString() != annotationId)
        fill(m_mentions);
    int index = annotationId.isEmpty() ? 0 : findData(annotationId);
    if (index < 0) {
        // A mention no longer listed (deleted, retagged or in another article) still shows as chosen.
        auto *item = new QStandardItem(tr("Mention not listed"));
        item->setData(annotationId, Qt::UserRole);
        item->setToolTip(tr("The annotation %1 is not a person, organisation or group of this article").arg(annotationId));
        static_cast<QStandardItemModel *>(model())->appendRow(item);
        index = count() - 1;
    }
    m_filling = true;
    setCurrentIndex(index);
    m_filling = false;
}

} // namespace Gloss::Ui
