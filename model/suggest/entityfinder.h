#pragma once

#include "gazetteer.h"
#include "suggestion.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace Gloss::Suggest
{

class AnalysedText;

/// A named entity found in a text.
struct EntityMention {
    int start = 0; ///< UTF-16 offset
    int end = 0;
    int firstToken = 0;
    int lastToken = 0; ///< inclusive
    QString tag; ///< "Person", "Organisation", "Place", "Group", "Event", "Weapon", or a user list's tag
    double score = 0.7;
    Suggestion::Source source = Suggestion::Source::Rule;
    QString canonical; ///< from a name list, or the full name of an earlier mention ("Kask" -> "Mari Kask")
    QVariantMap attributes; ///< the list entry's facts; "rule" names the rule that fired
};

/// Finds people, organisations, places, groups, events and weapons: names from the gazetteer, then rules over
/// proper-noun chunks: a title before a name ("President X", "Interior Minister X", "spokesperson X", "Mr X")
/// or a common given name makes a Person; organisation words ("Ministry", "Agency", "Council", "Party",
/// "Ministry of ...") an Organisation; place words ("Oblast", "River", "the town of X", "X region", "in X",
/// "X, Estonia") a Place; "Summit", "Conference", "War" an Event; designations like "F-16" or "Su-35" a Weapon.
/// Names found once are found again in the same article: "Kask" after "Mari Kask", "BEA" after
/// "Baltic Energy Agency (BEA)". Person names leave out their titles ("President Vladimir Putin" gives
/// "Vladimir Putin"). Stateless apart from the shared, read-only gazetteer: safe on several threads.
class EntityFinder final
{
public:
    explicit EntityFinder(std::shared_ptr<const Gazetteer> gazetteer = Gazetteer::builtin());

    /// Entities of \a text, sorted and not overlapping; \a claimed marks tokens that are dates or figures.
    /// \a articleNames are names the article's metadata gives (its outlet), found like names met in the text.
    QList<EntityMention> findAll(const AnalysedText &text, const QList<bool> &claimed = {}, const QList<GazetteerEntry> &articleNames = {}) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace Gloss::Suggest
