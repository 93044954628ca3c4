#pragma once

#include "gazetteer.h"
#include "suggestion.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Gloss::Suggest
{

/// Learns from the analyst, after INCEpTION's string-matching recommender: every text the analyst tagged, and
/// every alias of an entity, is suggested with the same tag wherever it occurs again (whole words, case and
/// diacritics as in Gazetteer). Each suggestion is scored by the Laplace-smoothed accept rate of its
/// (text, tag): (accepted + 1) / (accepted + rejected + 2). A (text, tag) that was rejected and never
/// accepted is not proposed again, nor is any spot the analyst rejected.
///
/// A plain value: feed it on the GUI thread, then hand a copy (or a shared const pointer) to the Suggester;
/// suggest() is const and safe on several threads.
class StringMatchRecommender final
{
public:
    /// The analyst tagged \a text with \a tag (an annotation made, or a suggestion accepted). Tags are the
    /// schema's tag ids ("person", "datetime" ...); suggestions carry them as tagId and tag.
    void addAccepted(const QString &text, const QString &tag, const QString &canonical = {});
    /// The analyst rejected the suggestion of \a tag for \a text; with an article and offsets, that spot is
    /// never proposed again either.
    void addRejected(const QString &text, const QString &tag, const QString &articleId = {}, int start = -1, int end = -1);
    /// The names of one entity of the registry: each is suggested with \a tag and counts as accepted once.
    void addAliases(const QString &canonical, const QString &tag, const QStringList &aliases);

    int acceptedCount(const QString &text, const QString &tag) const;
    int rejectedCount(const QString &text, const QString &tag) const;
    /// (accepted + 1) / (accepted + rejected + 2)
    double score(const QString &text, const QString &tag) const;
    /// True when (\a text, \a tag) was rejected and never accepted: it is not proposed.
    bool isSuppressed(const QString &text, const QString &tag) const;

    /// The suggestions for one article (tokens from Tokenizer::tokenize(text)), source Learned.
    Suggestions suggest(const QString &articleId, QStringView text, const Tokens &tokens) const;

    /// Changes with every call that feeds it, for keying cached suggestions.
    int revision() const { return m_revision; }
    bool isEmpty() const { return m_gazetteer.isEmpty(); }

private:
    static QString keyOf(const QString &text, const QString &tag);
    void learn(const QString &text, const QString &tag, const QString &canonical);

    Gazetteer m_gazetteer; ///< every learned (text, tag)
    QSet<QString> m_learned; ///< keys already in m_gazetteer
    QHash<QString, int> m_accepted; ///< key -> count
    QHash<QString, int> m_rejected;
    QSet<QString> m_rejectedSpots; ///< "article\tstart\tend\ttag"
    int m_revision = 0;
};

} // namespace Gloss::Suggest
