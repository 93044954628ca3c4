#include "annotation.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Gloss
{

namespace
{
struct KindName {
    Annotation::Kind kind;
    const char *name;
};
constexpr KindName KindNames[] = {
    {Annotation::Kind::Entity, "entity"},
    {Annotation::Kind::Claim, "claim"},
    {Annotation::Kind::Cue, "cue"},
    {Annotation::Kind::Note, "note"},
    {Annotation::Kind::Other, "other"},
};

struct StatusName {
    Annotation::Status status;
    const char *name;
};
constexpr StatusName StatusNames[] = {
    {Annotation::Status::Accepted, "accepted"},
    {Annotation::Status::Suggested, "suggested"},
    {Annotation::Status::Rejected, "rejected"},
};

// Context cut at a surrogate pair would hold half a character; step over it.
QString contextBefore(const QString &text, int offset)
{
    int from = std::max(0, offset - Annotation::ContextLength);
    if (from > 0 && text.at(from).isLowSurrogate() && text.at(from - 1).isHighSurrogate())
        ++from;
    return text.mid(from, offset - from);
}

QString contextAfter(const QString &text, int offset)
{
    int to = std::min(int(text.size()), offset + Annotation::ContextLength);
    if (to < text.size() && to > offset && text.at(to).isLowSurrogate() && text.at(to - 1).isHighSurrogate())
        --to;
    return text.mid(offset, to - offset);
}
} // namespace

bool Annotation::intersects(int from, int to) const
{
    return std::any_of(spans.cbegin(), spans.cend(), [&](const Span &span) { return span.intersects(from, to); });
}

QStringList Annotation::spanQuotes() const
{
    QStringList quotes;
    qsizetype at = 0;
    for (const Span &span : spans) {
        quotes.append(quote.mid(at, span.length()));
        at += span.length() + 1;
    }
    return quotes;
}

void Annotation::anchorTo(const QString &text)
{
    QStringList pieces;
    for (const Span &span : std::as_const(spans))
        pieces.append(text.mid(span.start, span.length()));
    quote = pieces.join(QLatin1Char(' '));
    prefix = contextBefore(text, start());
    suffix = contextAfter(text, end());
}

bool Annotation::isAnchoredIn(const QString &text) const
{
    if (spans.isEmpty() || end() > text.size())
        return false;
    Annotation copy = *this;
    copy.anchorTo(text);
    return copy.quote == quote && copy.prefix == prefix && copy.suffix == suffix;
}

QString Annotation::kindName(Kind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("other");
}

std::optional<Annotation::Kind> Annotation::kindFromName(const QString &name)
{
    for (const KindName &entry : KindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString Annotation::statusName(Status status)
{
    for (const StatusName &entry : StatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("accepted");
}

std::optional<Annotation::Status> Annotation::statusFromName(const QString &name)
{
    for (const StatusName &entry : StatusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

namespace SpanRules
{

Spans normalised(Spans spans)
{
    spans.removeIf([](const Span &span) { return span.isEmpty(); });
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start || (a.start == b.start && a.end < b.end); });
    Spans merged;
    for (const Span &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.start <= merged.constLast().end)
            merged.last().end = std::max(merged.constLast().end, span.end);
        else
            merged.append(span);
    }
    return merged;
}

std::optional<Spans> validFor(const Spans &spans, const QString &text)
{
    const int length = int(text.size());
    Spans widened;
    for (Span span : spans) {
        if (span.start < 0 || span.end > length || span.isEmpty())
            return std::nullopt;
        if (span.start > 0 && text.at(span.start).isLowSurrogate() && text.at(span.start - 1).isHighSurrogate())
            --span.start;
        if (span.end < length && text.at(span.end).isLowSurrogate() && text.at(span.end - 1).isHighSurrogate())
            ++span.end;
        widened.append(span);
    }
    Spans result = normalised(widened);
    if (result.isEmpty())
        return std::nullopt;
    return result;
}

Span wordWindow(const QString &text, int from, int to)
{
    // White space is a word boundary on both sides, so word boundaries found within a window that
    // starts and ends at white space are those of the whole text; a finder over the whole text would
    // analyse all of it (about 10 ms for 1 MB) on every call.
    constexpr int Reach = 1024;
    int start = std::max(0, from - 1);
    const int lowest = std::max(0, from - Reach);
    while (start > lowest && !text.at(start).isSpace())
        --start;
    int end = std::min(int(text.size()), to + 1);
    const int highest = std::min(int(text.size()), to + Reach);
    while (end < highest && !text.at(end - 1).isSpace())
        ++end;
    return Span{start, end};
}

Span snappedToWords(const QString &text, Span span)
{
    const int length = int(text.size());
    if (span.start < 0 || span.end > length || span.isEmpty())
        return span;
    const Span window = wordWindow(text, span.start, span.end);
    const QStringView part = QStringView(text).sliced(window.start, window.length());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, part.data(), int(part.size()));
    Span snapped = span;
    finder.setPosition(span.start - window.start);
    if (!finder.isAtBoundary()) {
        const qsizetype previous = finder.toPreviousBoundary();
        if (previous >= 0)
            snapped.start = window.start + int(previous);
    }
    finder.setPosition(span.end - window.start);
    if (!finder.isAtBoundary()) {
        const qsizetype next = finder.toNextBoundary();
        if (next >= 0)
            snapped.end = window.start + int(next);
    }
    while (snapped.start < snapped.end && text.at(snapped.start).isSpace())
        ++snapped.start;
    while (snapped.end > snapped.start && text.at(snapped.end - 1).isSpace())
        --snapped.end;
    return snapped.isEmpty() ? span : snapped;
}

} // namespace SpanRules

} // namespace Gloss
