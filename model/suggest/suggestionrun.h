#pragma once

#include "annotations/annotator.h"
#include "suggester.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Gloss
{
class Project;
}

namespace Gloss::Suggest
{

/// What a suggestion run did (counts over the whole run).
struct SuggestionRunSummary {
    int articles = 0; ///< articles in the project
    int pending = 0; ///< articles that needed suggesting (new, or suggested with another fingerprint)
    int done = 0; ///< articles suggested for and written
    int added = 0; ///< new Suggested annotations
    int removed = 0; ///< Suggested annotations no longer proposed, deleted
    int kept = 0; ///< proposed again, kept with their id
    int dropped = 0; ///< proposals already annotated, rejected, or of an unknown tag
    QHash<QString, int> addedByTag; ///< tag id -> new Suggested annotations
    bool cancelled = false;
    bool failed = false; ///< a write failed (the annotator's message() said why); what was written stays
    double seconds = 0;
    double writeSeconds = 0; ///< of which spent writing on the project's thread

    void add(const SuggestionWriteResult &result);
};

/// Suggests for the articles of one project whose suggestions are missing or stale, and stores them.
///
/// Staleness: each article's suggestions are stored with the Suggester::fingerprint() they were made with
/// (Annotator::suggestionStateStore()); a run suggests only for articles with no or another fingerprint,
/// so a second run over an unchanged project does nothing. The run's Suggester has the shipped gazetteer
/// plus the project's entity registry (its names and aliases count as a list) and no learned tags: what
/// the analyst teaches is proposed by LearnedSuggestions and kept apart (suggestionSource "learned").
///
/// Threads: prepare() and write() use the project and must run on its thread; compute() is pure and runs on
/// any thread (a QtConcurrent pool). run() strings them together synchronously (the command line, tests,
/// benchmarks); ui/suggest/SuggestionJob does the same in the background of the window.
///
/// Writing (Annotator::replaceSuggestions): per batch one transaction, not an undo step; an article's
/// Suggested annotations from these suggesters are replaced, Accepted and Rejected ones are never touched,
/// and no span + tag the analyst has or rejected is proposed again.
class SuggestionRun final
{
public:
    /// The suggestionSource values the run owns and replaces ("gazetteer", "rule", "cue").
    static QStringList replacedSources();
    /// A Suggester for \a annotator's project: the shipped gazetteer plus the entity registry, no learning.
    static std::shared_ptr<const Suggester> projectSuggester(const Annotator &annotator);

    explicit SuggestionRun(Project &project);

    /// Replaces the suggester (default: projectSuggester()); its fingerprint keys what is stored.
    void setSuggester(std::shared_ptr<const Suggester> suggester);
    std::shared_ptr<const Suggester> suggester() const { return m_suggester; }
    QString fingerprint() const { return m_fingerprint; }
    /// Suggest for every article, whatever its stored fingerprint.
    void setForce(bool force) { m_force = force; }
    /// Articles per write transaction in run() (default 200).
    void setBatchSize(int size) { m_batchSize = std::max(1, size); }

    /// The ids of the articles to suggest for, in import order.
    QStringList pendingArticles() const;
    /// Reads the articles \a ids and the spans already annotated in them (project thread).
    QList<SuggestInput> prepare(const QStringList &ids) const;
    /// The suggestions for one article as Suggested annotation drafts (any thread).
    static SuggestionWrite compute(const Suggester &suggester, const SuggestInput &input, const QString &fingerprint);
    /// Writes \a results in one transaction and adds the counts to \a summary (project thread).
    bool write(const QList<SuggestionWrite> &results, SuggestionRunSummary &summary);

    /// The whole run, synchronously, computing on the global thread pool while the previous batch is
    /// written. \a progress (done, total) is called after each batch; returning false cancels the run
    /// (what was written stays, and is not suggested again).
    SuggestionRunSummary run(const std::function<bool(int done, int total)> &progress = {});

private:
    Project &m_project;
    std::shared_ptr<const Suggester> m_suggester;
    QString m_fingerprint;
    bool m_force = false;
    int m_batchSize = 200;
};

} // namespace Gloss::Suggest

Q_DECLARE_METATYPE(Gloss::Suggest::SuggestionRunSummary)
