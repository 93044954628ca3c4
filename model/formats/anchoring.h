#pragma once

#include "annotations/annotation.h"
#include "exportdata.h"

#include <QList>
#include <QString>

namespace Gloss
{
class Offsets;
}

namespace Gloss::Formats
{

/// Where an imported annotation lands in its article text, and how it got there.
struct AnchorResult {
    enum class Outcome {
        Exact, ///< the stated positions hold the stated quote (or no quote was stated)
        Reanchored, ///< the quote was found elsewhere: spans moved there
        NotFound, ///< positions and quote disagree and the quote is nowhere in the text
        OutOfRange, ///< a stated position lies past the end of the text (or a span is empty or reversed)
    };
    Outcome outcome = Outcome::NotFound;
    Spans spans; ///< UTF-16 spans, for Exact and Reanchored
    int distance = 0; ///< Reanchored: how many code points the annotation moved
};

/// Anchors imported annotations on article texts: by position first, checked against the quote;
/// where they disagree, by the quote with its prefix/suffix context — the occurrence whose context
/// matches wins, then the one nearest to the stated position. The one place where imports turn code
/// point positions into Gloss's UTF-16 spans (through Offsets).
class Anchoring final
{
public:
    /// \a spans in code points (empty: no position stated; the quote is searched from the start).
    /// \a quote is the exact text of the spans joined by one space; a null QString: not stated.
    /// \a bindingPositions: the file was made for exactly this text, so a position past its end is
    /// an error (OutOfRange) rather than a hint to re-anchor from.
    static AnchorResult anchor(const QString &text, const Offsets &offsets, const QList<CodePointSpan> &spans, const QString &quote, const QString &prefix,
        const QString &suffix, bool bindingPositions);
};

} // namespace Gloss::Formats
