#pragma once

#include "cues/cuespan.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Gloss::Suggest
{

class AnalysedText;
struct EntityMention;
struct Quantity;
struct DateMention;

/// A sentence that carries a claim, with its proposed speaker, stance and figure.
struct ClaimMention {
    int start = 0; ///< the sentence, UTF-16 offsets
    int end = 0;
    double score = 0.5;
    /// "speaker", "speakerStart", "speakerEnd" (absent when the speaker is the outlet or a pronoun
    /// without antecedent), "speakerSource" ("cue", "coreference", "outlet"), "stance", "stanceCues",
    /// "cues", "quote", "figure", "date" (see Suggestion::attributes).
    QVariantMap attributes;
};

/// What the claim finder works on for one article.
struct ClaimInput {
    const AnalysedText *text = nullptr;
    Cues::CueSpans cues; ///< quotations, attribution phrases, hedges (a ClaimCueSource)
    const QList<EntityMention> *entities = nullptr; ///< sorted by offset
    const QList<Quantity> *quantities = nullptr; ///< sorted by offset
    const QList<DateMention> *dates = nullptr; ///< sorted by offset
    QString outlet; ///< the speaker when nobody in the sentence is
};

/// Finds claim sentences: a sentence is a candidate when it has an attribution cue ("said", "told",
/// "according to", "denied" ...), a direct quotation of a few words or more, or a figure. For each it proposes
///  - the speaker: the entity attached to the cue ("X said", "said X", "according to X", "X, a spokesperson
///    for Y, said"), a pronoun's antecedent ("he said" -> the last person named), a noun phrase ("officials
///    said", "the ministry said" -> the last organisation ending in "Ministry"), else the outlet;
///  - the stance: "denies" (denied, rejected, dismissed), "hedges" (may, reportedly, allegedly, is believed
///    to), "reports" (reported, according to), else "asserts", with the cue words;
///  - the sentence's first figure or amount, normalised, and its first date.
class ClaimFinder final
{
public:
    static QList<ClaimMention> findAll(const ClaimInput &input);
};

} // namespace Gloss::Suggest
