#pragma once

#include "annotations/annotation.h"
#include "annotations/link.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Gloss
{

class Annotator;
class Project;

/// Proposes links between claims of different articles (issue 6), stored as links with status
/// Suggested and reviewed like suggested annotations (Annotator::changeLink with status Accepted or
/// Rejected, undoable; rejected ones are remembered and never proposed again):
///   - the same normalised figure (value and unit, or date) in two claims -> corroborates;
///   - the same pair of entities in two claims (mentions inside the claims, or the speaker's) ->
///     corroborates, or contradicts when one asserts and the other denies;
///   - differing figures (ValueComparison: Discrepant) for the same subject, that is the same claim
///     type and a shared entity or keyword -> contradicts.
/// Pairs already linked by any link (either way, any status) are left alone. Pure except apply().
class LinkSuggester final
{
public:
    struct Options {
        double approximateTolerance = 0.10; ///< as in ValueComparison
        int minKeywordLength = 5; ///< shorter words are not subject keywords
        int maxBucket = 200; ///< a figure, entity or keyword shared by more claims is too common to suggest on
    };

    struct Input {
        QList<Annotation> annotations; ///< the claims and the entity mentions (other kinds are ignored)
        QList<Link> links; ///< the project's links (all statuses)
        QList<LinkType> linkTypes;
    };

    /// The suggestion source recorded on the links ("links").
    static QString sourceName();
    /// New links (id, created and modified set; author empty; status Suggested; note says why), at most
    /// one per pair of claims, ordered by score then by the claims' order in \a input.
    static QList<Link> suggest(const Input &input, const Options &options);
    static QList<Link> suggest(const Input &input) { return suggest(input, Options()); }
    static Input inputOf(const Project &project);
    /// Stores \a links in one undoable step; returns how many, or nothing when the write was refused.
    static std::optional<int> apply(Annotator &annotator, const QList<Link> &links);
};

} // namespace Gloss
