#pragma once

#include "annotations/annotation.h"
#include "suggestion.h"

#include <QString>

namespace Gloss::Suggest
{

/// Turns suggestions into annotations with status Suggested, for storing them beside the analyst's work.
class SuggestionAnnotation final
{
public:
    /// The annotation for \a suggestion on the article \a text: kind Entity or Claim, the suggestion's
    /// tag id, its source and score, quote and context anchored in \a text. Attributes follow the
    /// annotation model: figures, money and dates put their normalised value under "value"
    /// (NormalisedValue::toMap()); claims write the Claim keys (speaker, stance, claimType, value) and keep
    /// the finder's extras (speakerStart, speakerEnd, speakerSource, stanceCues, cues, quote); entities keep
    /// the name list's facts and "canonical". id, author and times are left for the store to fill in.
    static Annotation toAnnotation(const Suggestion &suggestion, const QString &text);
};

} // namespace Gloss::Suggest
