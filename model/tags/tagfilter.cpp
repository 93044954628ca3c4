#include "tagfilter.h"

#include "fuzzymatcher.h"

#include <algorithm>
#include <optional>

namespace Gloss
{

QList<TagMatch> TagFilter::rank(const TagSchema &schema, const QString &query)
{
    const FuzzyMatcher matcher(query);
    const QString key = query.trimmed().toLower();
    QList<TagMatch> matches;
    for (const Tag &tag : schema.treeOrder()) {
        TagMatch match;
        match.id = tag.id;
        match.path = schema.path(tag.id);
        QList<int> onName;
        QList<int> onPath;
        std::optional<int> nameScore = matcher.score(tag.name, &onName);
        std::optional<int> pathScore = matcher.score(match.path, &onPath);
        if (pathScore)
            *pathScore -= PathPenalty;
        const bool isKey = !key.isEmpty() && key == tag.key;
        if (!nameScore && !pathScore && !isKey)
            continue;
        if (nameScore && (!pathScore || *nameScore >= *pathScore)) {
            // The path ends with the name.
            const int offset = int(match.path.size() - tag.name.size());
            for (int &at : onName)
                at += offset;
            match.matched = onName;
            match.score = *nameScore;
        } else if (pathScore) {
            match.matched = onPath;
            match.score = *pathScore;
        }
        if (isKey)
            match.score += KeyBonus;
        matches.append(match);
    }
    std::stable_sort(matches.begin(), matches.end(), [](const TagMatch &a, const TagMatch &b) { return a.score > b.score; });
    return matches;
}

} // namespace Gloss
