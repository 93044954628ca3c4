#pragma once

#include "annotations/annotator.h"
#include "stringmatchrecommender.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Gloss
{
class Project;
}

namespace Gloss::Suggest
{

/// Learning from the analyst: when a span is tagged by hand (Annotator::annotationsAdded, status Accepted,
/// no suggestionSource), the same text (and the aliases of the mention's entity) is proposed with that tag
/// wherever it occurs in the corpus, as Suggested annotations with suggestionSource "learned", through
/// StringMatchRecommender. The score is the Laplace-smoothed accept rate of that text and tag: the analyst's
/// own tags and accepted "learned" suggestions count as accepted, rejected "learned" suggestions as rejected;
/// a text and tag only ever rejected, and a rejected spot, are not proposed again.
///
/// Cost is bounded: the project's full-text index names the candidate articles (at most CandidateLimit per
/// taught text), and they are matched a few at a time from the event loop (about SliceMs per turn), so the
/// window never waits long. Bulk additions (imports, undoing a bulk delete: more than BulkLimit annotations
/// at once) teach nothing. Writes are machine output, not undo steps (Annotator::replaceSuggestions()).
class LearnedSuggestions final : public QObject
{
    Q_OBJECT
public:
    static constexpr int CandidateLimit = 5000;
    static constexpr int BulkLimit = 10;
    static constexpr int SliceMs = 8;

    /// Listens to \a project's annotator while enabled (the default).
    explicit LearnedSuggestions(Project &project, QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /// True while taught texts are still being proposed across the corpus.
    bool isBusy() const { return !m_tasks.isEmpty() || !m_taught.isEmpty(); }
    /// Proposes what is queued right away, without returning to the event loop (tests, headless use).
    void finishNow();

    /// The ids of the articles whose text may contain \a texts (full-text index, phrase queries), at most \a limit.
    QStringList candidateArticles(const QStringList &texts, int limit = CandidateLimit) const;

Q_SIGNALS:
    /// A taught text was proposed across the corpus: \a added new suggestions of \a tagId.
    void finished(const QString &text, const QString &tagId, int added);

private:
    struct Task {
        QString text;
        QString tagId;
        Annotation::Kind kind = Annotation::Kind::Entity;
        std::shared_ptr<StringMatchRecommender> recommender;
        QStringList articleIds;
        qsizetype next = 0;
        int added = 0;
    };

    void learn(const QString &articleId, const QList<Gloss::Annotation> &annotations);
    void queue(const Annotation &taught);
    std::shared_ptr<StringMatchRecommender> recommenderFor(const QString &text, const QString &tagId) const;
    /// Matches candidate articles of the first task for about \a budgetMs (negative: all) and writes them.
    void work(int budgetMs);
    void schedule();

    Project &m_project;
    QList<Annotation> m_taught; ///< tagged by hand, not yet looked up (done from the event loop)
    QList<Task> m_tasks;
    bool m_enabled = true;
    bool m_scheduled = false;
};

} // namespace Gloss::Suggest
