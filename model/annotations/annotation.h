#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Gloss
{

/// One piece of an annotation: the half-open range [start, end) in UTF-16 code units of the article text.
struct Span {
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    /// True when the span and the half-open range [from, to) share at least one code unit.
    bool intersects(int from, int to) const { return start < to && end > from; }
    bool contains(int offset) const { return start <= offset && offset < end; }
    friend bool operator==(const Span &, const Span &) = default;
};

using Spans = QList<Span>;

/// An analyst's (or a suggester's) mark on an article: one or more spans of its text with a tag,
/// attributes and a note. See DESIGN.md "Core data"; the claim attributes are read and written by Claim.
///
/// The quote is the exact text of the spans joined by one space (brat's convention for discontinuous
/// spans). Because each span's length is known, spanQuotes() splits it back exactly. prefix and suffix
/// hold up to ContextLength code units before the first and after the last span, for re-anchoring.
struct Annotation {
    enum class Kind { Entity, Claim, Cue, Note, Other };
    /// Accepted: the analyst's own or an accepted suggestion. Suggested: proposed by suggestionSource
    /// with score, not yet reviewed. Rejected: a suggestion the analyst turned down, kept so that it is
    /// not proposed again (never drawn).
    enum class Status { Accepted, Suggested, Rejected };

    static constexpr int ContextLength = 32;

    QString id; ///< UUID without braces
    QString articleId;
    Spans spans; ///< sorted, non-empty, not overlapping or touching each other
    QString quote;
    QString prefix;
    QString suffix;
    Kind kind = Kind::Entity;
    QString tagId; ///< empty for an untagged note
    QVariantMap attributes; ///< free key/value pairs; the claim keys are documented in claim.h
    QString note;
    QString author;
    QDateTime created; ///< UTC
    QDateTime modified; ///< UTC
    Status status = Status::Accepted;
    QString suggestionSource; ///< which suggester proposed it ("gazetteer", "rules", "learned" ...); kept after acceptance
    double score = 0; ///< the suggester's confidence, 0 to 1
    QString entityId; ///< the entity of the registry this mention refers to; empty when none

    /// Offset of the first code unit of the first span, and end of the last span.
    int start() const { return spans.isEmpty() ? 0 : spans.constFirst().start; }
    int end() const { return spans.isEmpty() ? 0 : spans.constLast().end; }
    bool intersects(int from, int to) const;
    /// The quote of each span, split from quote by the span lengths.
    QStringList spanQuotes() const;
    /// Sets quote, prefix and suffix from the article \a text (the spans must be valid for it).
    void anchorTo(const QString &text);
    /// True when quote, prefix and suffix match the article \a text at the stored spans.
    bool isAnchoredIn(const QString &text) const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/// Span arithmetic shared by the store, the editing facade and the views.
namespace SpanRules
{
/// Sorts \a spans, drops empty ones and merges the ones that overlap or touch.
Spans normalised(Spans spans);
/// Like normalised(), and moves span edges that split a surrogate pair of \a text outward; returns
/// nothing when a span falls outside the text or nothing is left.
std::optional<Spans> validFor(const Spans &spans, const QString &text);
/// A range around [\a from, \a to) of \a text that starts and ends at white space (or the text's ends,
/// at most about 1,000 characters away): word boundaries within it are those of the whole text.
Span wordWindow(const QString &text, int from, int to);
/// \a span grown to whole words of \a text, then trimmed of surrounding white space; unchanged when
/// that would leave nothing.
Span snappedToWords(const QString &text, Span span);
} // namespace SpanRules

} // namespace Gloss

Q_DECLARE_METATYPE(Gloss::Span)
Q_DECLARE_METATYPE(Gloss::Annotation)
