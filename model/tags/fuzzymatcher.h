#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Gloss
{

/// Scores how well a typed query fits a candidate string, for quick pickers (the tag palette).
///
/// A candidate fits when the query's characters appear in it in order, ignoring case ("qc" fits
/// "Quantity claim"). The best placement of those characters is scored: every matched character
/// counts, more at the start of a word (after a space, slash, hyphen or other separator, or at a
/// lower-to-upper case change), more again at the very start of the candidate, and more in
/// consecutive runs; skipped characters between matches and before the first one cost a little.
/// Higher scores are better; scores only compare between candidates of one query.
class FuzzyMatcher final
{
public:
    FuzzyMatcher() = default;
    /// A matcher for \a query; surrounding white space is ignored.
    explicit FuzzyMatcher(const QString &query);

    QString query() const { return m_query; }
    /// True when the query is empty: every candidate fits, with score 0.
    bool isEmpty() const { return m_query.isEmpty(); }

    /// The score of \a candidate, or nothing when the query is not a subsequence of it. When
    /// \a positions is given it receives the UTF-16 indexes of the matched characters in
    /// \a candidate, ascending (for drawing them in bold); it is cleared when nothing fits.
    std::optional<int> score(const QString &candidate, QList<int> *positions = nullptr) const;

    // The weights, public so that tests and callers can reason about them.
    static constexpr int MatchScore = 16; ///< every matched character
    static constexpr int WordStartBonus = 24; ///< a match at the start of a word
    static constexpr int PrefixBonus = 16; ///< a match at the very first character
    static constexpr int ConsecutiveBonus = 20; ///< a match right after the previous one
    static constexpr int WholeBonus = 10; ///< the query is the whole candidate
    static constexpr int GapPenalty = 1; ///< per character skipped between two matches
    static constexpr int LeadingPenalty = 1; ///< per character before the first match ...
    static constexpr int MaxLeadingPenalty = 8; ///< ... up to this much

private:
    QString m_query; ///< case-folded
};

} // namespace Gloss
