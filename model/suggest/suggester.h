#pragma once

#include "gazetteer.h"
#include "sentencesplitter.h"
#include "stringmatchrecommender.h"
#include "suggestion.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace Gloss
{
struct Article;
}

namespace Gloss::Suggest
{

class ClaimCueSource;

/// One article to suggest for: its text and what is known of it.
struct SuggestInput {
    QString articleId;
    QString text;
    QString outlet; ///< the speaker of claims nobody in the sentence makes
    QDate published; ///< relative dates are resolved against it; invalid when unknown
    /// Spans the analyst has already annotated: no suggestion of the same kind overlapping one is made.
    QList<std::pair<TextSpan, Suggestion::Kind>> annotated;

    static SuggestInput fromArticle(const Article &article);
};

/// Which suggesters run, and the least score a suggestion needs.
struct SuggesterOptions {
    bool entities = true;
    bool figures = true; ///< quantities and money
    bool dates = true;
    bool claims = true;
    bool learned = true; ///< the StringMatchRecommender, when one is set
    bool useCueDefinition = true; ///< claim cues from the syntax definition (else from the lexicon)
    double minimumScore = 0.0;
};

/// Runs every suggester on one article and returns the merged suggestions: names from the gazetteer and the
/// rules, figures and money, dates, claim sentences, and what the analyst taught (StringMatchRecommender).
/// Overlaps are resolved within a layer (entities; figures and dates; claims): the longer suggestion wins, and
/// for the same span the analyst's own tags beat the gazetteer, which beats the rules. Suggestions overlapping
/// a span the analyst already annotated with the same kind are dropped.
///
/// Threads: suggest() is const and shares only read-only data (gazetteer, lexicon, recommender snapshot), so
/// one Suggester serves a QtConcurrent run over many articles. The claim cues come from a KSyntaxHighlighting
/// scanner that is not thread-safe: each thread gets its own (made on first use on that thread), or the caller
/// passes one.
///
/// Caching: fingerprint() names the engine version and the data it ran with; store suggestions keyed by article
/// id and fingerprint, and re-run only articles that are new or whose fingerprint changed.
class Suggester final
{
public:
    /// Bumped whenever a change to the rules can change suggestions.
    static constexpr int EngineVersion = 1;

    /// A suggester with the shipped gazetteer and no learned tags.
    Suggester();

    void setGazetteer(std::shared_ptr<const Gazetteer> gazetteer);
    std::shared_ptr<const Gazetteer> gazetteer() const { return m_gazetteer; }
    /// The analyst's tags to learn from; a snapshot, replaced (not changed) when the analyst tags more.
    void setRecommender(std::shared_ptr<const StringMatchRecommender> recommender);
    void setOptions(const SuggesterOptions &options) { m_options = options; }
    const SuggesterOptions &options() const { return m_options; }

    /// The suggestions for one article, sorted by offset. \a cues may be null (a per-thread scanner is used).
    Suggestions suggest(const SuggestInput &input, ClaimCueSource *cues = nullptr) const;

    /// "engine=1;gazetteer=<digest>;learned=<revision>": changes whenever suggestions may change.
    QString fingerprint() const;

    /// The date part of an article's published value ("2024-06-08", "2024-06-08T10:30:00Z"); invalid if none.
    static QDate dateOf(const QString &published);

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const StringMatchRecommender> m_recommender;
    SuggesterOptions m_options;
    QString m_gazetteerDigest;
};

} // namespace Gloss::Suggest
