#pragma once

#include "tagschema.h"

#include <QList>
#include <QString>

namespace Gloss
{

/// One tag that fits a filter, as a quick picker shows it.
struct TagMatch {
    QString id;
    QString path; ///< "Claim / Quantity claim"
    QList<int> matched; ///< indexes in path of the letters the filter matched (for bold)
    int score = 0;
};

/// Filters and ranks the tags of a schema for a typed query (the tag palette): FuzzyMatcher over
/// each tag's name, and over its path for the letters of parent names, the name counting more. A
/// query that is exactly a tag's key puts that tag first, but is a filter like any other text.
class TagFilter final
{
public:
    /// Path matches count this much less than matches on the name alone.
    static constexpr int PathPenalty = 8;
    /// Added when the query is the tag's key.
    static constexpr int KeyBonus = 100;

    /// The tags of \a schema that fit \a query, best first, ties in tree order. An empty query gives
    /// every tag in tree order.
    static QList<TagMatch> rank(const TagSchema &schema, const QString &query);
};

} // namespace Gloss
