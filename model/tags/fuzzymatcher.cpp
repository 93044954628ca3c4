#include "fuzzymatcher.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Gloss
{

namespace
{

constexpr int Impossible = std::numeric_limits<int>::min() / 2;

bool isWordStart(const QString &text, qsizetype at)
{
    if (at == 0)
        return true;
    const QChar previous = text.at(at - 1);
    const QChar current = text.at(at);
    if (!previous.isLetterOrNumber())
        return current.isLetterOrNumber();
    return previous.isLower() && current.isUpper();
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &query) : m_query(query.trimmed().toCaseFolded())
{
}

std::optional<int> FuzzyMatcher::score(const QString &candidate, QList<int> *positions) const
{
    if (positions)
        positions->clear();
    const qsizetype m = m_query.size();
    const qsizetype n = candidate.size();
    if (m == 0)
        return 0;
    if (m > n)
        return std::nullopt;

    const QString folded = candidate.toCaseFolded();
    // Folding may change the length for a few characters (ß); then compare unit by unit unfolded.
    const bool sameLength = folded.size() == n;
    const auto same = [&](qsizetype i, qsizetype j) { return sameLength ? folded.at(j) == m_query.at(i) : candidate.at(j).toCaseFolded() == m_query.at(i); };
    std::vector<int> charScore(static_cast<size_t>(n));
    for (qsizetype j = 0; j < n; ++j)
        charScore[size_t(j)] = MatchScore + (isWordStart(candidate, j) ? WordStartBonus : 0) + (j == 0 ? PrefixBonus : 0);

    // best[i * n + j]: the best score with query[0..i] placed and query[i] on candidate[j]; from[...]
    // the place of query[i - 1] in that placement. A dynamic programme over all placements keeps the
    // best one, not just the leftmost (which would miss word starts further on).
    std::vector<int> best(size_t(m * n), Impossible);
    std::vector<int> from(size_t(m * n), -1);
    for (qsizetype j = 0; j < n; ++j) {
        if (same(0, j))
            best[size_t(j)] = charScore[size_t(j)] - int(std::min<qsizetype>(j * LeadingPenalty, MaxLeadingPenalty));
    }
    for (qsizetype i = 1; i < m; ++i) {
        const int *previous = best.data() + (i - 1) * n;
        int *row = best.data() + i * n;
        int *rowFrom = from.data() + i * n;
        // The best placement of query[i - 1] at least two characters back, gap cost included.
        int gapped = Impossible;
        int gappedAt = -1;
        for (qsizetype j = i; j < n; ++j) {
            if (j >= 2 && previous[j - 2] > Impossible) {
                const int viaLast = previous[j - 2] - GapPenalty;
                if (gappedAt < 0 || viaLast >= gapped - GapPenalty) {
                    gapped = viaLast;
                    gappedAt = int(j - 2);
                } else {
                    gapped -= GapPenalty;
                }
            } else if (gappedAt >= 0) {
                gapped -= GapPenalty;
            }
            if (!same(i, j))
                continue;
            int score = Impossible;
            int at = -1;
            if (previous[j - 1] > Impossible) {
                score = previous[j - 1] + ConsecutiveBonus;
                at = int(j - 1);
            }
            if (gappedAt >= 0 && gapped > score) {
                score = gapped;
                at = gappedAt;
            }
            if (at >= 0) {
                row[j] = score + charScore[size_t(j)];
                rowFrom[j] = at;
            }
        }
    }

    const int *last = best.data() + (m - 1) * n;
    const auto end = std::max_element(last, last + n);
    if (*end <= Impossible)
        return std::nullopt;
    int result = *end + (m == n ? WholeBonus : 0);
    if (positions) {
        positions->resize(m);
        int at = int(end - last);
        for (qsizetype i = m - 1; i >= 0; --i) {
            (*positions)[i] = at;
            at = from[size_t(i * n + at)];
        }
    }
    return result;
}

} // namespace Gloss
