#pragma once

#include <QList>
#include <QMetaType>

namespace Gloss::Cues
{

/// The kinds of claim cue that the cue definition (resources/syntax/gloss-cues.xml) marks.
/// Each kind is one itemData of the definition; CueLegend maps kinds to format names and colours.
enum class CueKind {
    Quote, ///< a quotation, quote marks included ("...", “...”, ‘...’, «...»)
    Attribution, ///< a phrase that attributes a claim: "said", "according to", "in a statement" ...
    Hedge, ///< a phrase that weakens a claim: "reportedly", "allegedly", "may", "is believed to" ...
    Figure, ///< a number or quantity: "1,200", "five million", "40 to 50", "12 tonnes"
    Money, ///< an amount of money: "$3 billion", "€1.2m", "500,000 rubles"
    Percent, ///< a percentage: "12%", "12 percent", "12 per cent"
    Date, ///< a date, time or relative day: "June 8, 2024", "2024-06-08", "Tuesday", "last week"
};

/// One cue found in a text: [offset, offset + length) in UTF-16 code units of the whole text.
struct CueSpan {
    int offset = 0;
    int length = 0;
    CueKind kind = CueKind::Quote;

    int end() const { return offset + length; }
    friend bool operator==(const CueSpan &, const CueSpan &) = default;
};

/// Cue spans sorted by offset (a longer span first when two start together). A Quote span may
/// contain other spans (a figure inside a quotation); no other spans overlap.
using CueSpans = QList<CueSpan>;

} // namespace Gloss::Cues

Q_DECLARE_METATYPE(Gloss::Cues::CueSpan)
