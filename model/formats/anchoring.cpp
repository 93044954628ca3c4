#include "anchoring.h"

#include "offsets.h"

#include <QStringView>

#include <cstdlib>
#include <limits>

namespace Gloss::Formats
{

namespace
{
// Characters that text[0, at) and wanted share at their ends.
int commonSuffix(QStringView text, int at, QStringView wanted)
{
    int n = 0;
    while (n < wanted.size() && at - n - 1 >= 0 && text.at(at - n - 1) == wanted.at(wanted.size() - n - 1))
        ++n;
    return n;
}

int commonPrefix(QStringView text, int at, QStringView wanted)
{
    int n = 0;
    while (n < wanted.size() && at + n < text.size() && text.at(at + n) == wanted.at(n))
        ++n;
    return n;
}

QString joinedText(const QString &text, const Spans &spans)
{
    QStringList pieces;
    for (const Span &span : spans)
        pieces.append(text.mid(span.start, span.length()));
    return pieces.join(QLatin1Char(' '));
}

// The quote split into the pieces of the stated spans (by their code point lengths); empty when the
// lengths do not add up to the quote.
QStringList quotePieces(const QString &quote, const QList<CodePointSpan> &spans)
{
    if (spans.size() <= 1)
        return {quote};
    const Offsets quoteOffsets(quote);
    QStringList pieces;
    int at = 0; // code points into the quote
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const int length = spans.at(i).end - spans.at(i).start;
        const int from = quoteOffsets.toUtf16(at);
        const int to = quoteOffsets.toUtf16(at + length);
        if (from < 0 || to < 0)
            return {};
        pieces.append(quote.mid(from, to - from));
        at += length + 1;
    }
    if (at - 1 != quoteOffsets.codePointLength())
        return {};
    return pieces;
}
} // namespace

AnchorResult Anchoring::anchor(const QString &text, const Offsets &offsets, const QList<CodePointSpan> &spans, const QString &quote, const QString &prefix,
    const QString &suffix, bool bindingPositions)
{
    AnchorResult result;
    bool inRange = !spans.isEmpty();
    Spans stated;
    for (const CodePointSpan &span : spans) {
        if (span.start < 0 || span.end <= span.start) {
            result.outcome = AnchorResult::Outcome::OutOfRange;
            return result;
        }
        const int start = offsets.toUtf16(span.start);
        const int end = offsets.toUtf16(span.end);
        if (start < 0 || end < 0) {
            inRange = false;
            continue;
        }
        stated.append({start, end});
    }
    if (!inRange && !spans.isEmpty() && bindingPositions) {
        result.outcome = AnchorResult::Outcome::OutOfRange;
        return result;
    }
    if (inRange && (quote.isNull() || joinedText(text, stated) == quote)) {
        result.outcome = AnchorResult::Outcome::Exact;
        result.spans = stated;
        return result;
    }
    if (quote.isEmpty()) {
        result.outcome = spans.isEmpty() || inRange ? AnchorResult::Outcome::NotFound : AnchorResult::Outcome::OutOfRange;
        return result;
    }

    // Re-anchor: every occurrence of the first piece is a candidate; the other pieces must follow at
    // the same distances as stated.
    QList<CodePointSpan> shape = spans;
    if (shape.isEmpty())
        shape.append({0, Offsets(quote).codePointLength()});
    const QStringList pieces = quotePieces(quote, shape);
    if (pieces.isEmpty() || pieces.constFirst().isEmpty()) {
        result.outcome = AnchorResult::Outcome::NotFound;
        return result;
    }
    QList<int> pieceLengths;
    for (const QString &piece : pieces)
        pieceLengths.append(Offsets(piece).codePointLength());
    const int statedStart = shape.constFirst().start;
    const bool positionKnown = !spans.isEmpty();
    struct Best {
        bool full = false;
        int context = -1;
        int distance = std::numeric_limits<int>::max();
        Spans spans;
    } best;
    for (qsizetype at = text.indexOf(pieces.constFirst()); at >= 0; at = text.indexOf(pieces.constFirst(), at + 1)) {
        if (!offsets.isBoundary(int(at)))
            continue;
        const int delta = offsets.toCodePoint(int(at)) - statedStart;
        Spans candidate;
        bool fits = true;
        for (qsizetype i = 0; i < shape.size() && fits; ++i) {
            // Each piece is as long as the quote says; the stated end may be as wrong as the start.
            const int start = offsets.toUtf16(shape.at(i).start + delta);
            const int end = offsets.toUtf16(shape.at(i).start + delta + pieceLengths.at(i));
            fits = start >= 0 && end >= 0 && QStringView(text).mid(start, end - start) == pieces.at(i);
            candidate.append({start, end});
        }
        if (!fits)
            continue;
        const int before = commonSuffix(text, candidate.constFirst().start, prefix);
        const int after = commonPrefix(text, candidate.constLast().end, suffix);
        const bool full = before == prefix.size() && after == suffix.size();
        const int distance = positionKnown ? std::abs(delta) : 0;
        const bool better = full != best.full ? full : before + after != best.context ? before + after > best.context : distance < best.distance;
        if (best.context < 0 || better) {
            best.full = full;
            best.context = before + after;
            best.distance = distance;
            best.spans = candidate;
        }
    }
    if (best.context < 0) {
        result.outcome = AnchorResult::Outcome::NotFound;
        return result;
    }
    result.outcome = AnchorResult::Outcome::Reanchored;
    result.spans = best.spans;
    result.distance = best.distance;
    return result;
}

} // namespace Gloss::Formats
