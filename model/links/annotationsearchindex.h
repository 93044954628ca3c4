#pragma once

#include "annotations/annotation.h"
#include "article.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

namespace Gloss
{

class Project;

/// One annotation found by AnnotationSearchIndex::search(), with what a picker shows of it.
struct AnnotationSearchHit {
    QString annotationId;
    QString articleId;
    QString tagId;
    QString quote;
    QString articleTitle;
    QString outlet;
    int score = 0; ///< higher is better; compares only between hits of one query
};

/// A fuzzy search over every annotation of the corpus, for the link picker: each annotation is found
/// by its quote, its tag's name, its article's outlet and title. A query fits when its characters
/// appear in that order in this text, ignoring case (FuzzyMatcher), and the best hits come first.
///
/// Built for a keystroke budget over 100,000 annotations: the searched text is lower-cased once, and
/// the part many annotations share (tag name, outlet, title: one "context" per article and tag) is
/// kept and tested once per query. A query first passes a 64-bit character mask, then an
/// ordered-character scan of the quote, the rest of it against the shared context; only the best few
/// hundred survivors by a cheap rank are scored by FuzzyMatcher. A query that extends the previous
/// one searches only the previous survivors. setProject() keeps the index in step with the
/// Annotator's and the project's signals; the set*/upsert/remove calls feed it directly (tests,
/// benchmarks). Rejected suggestions are not indexed.
class AnnotationSearchIndex final : public QObject
{
    Q_OBJECT
public:
    /// Survivors of the cheap rank that FuzzyMatcher scores.
    static constexpr int ScoredCandidates = 200;
    /// Added to the FuzzyMatcher score when the query is one piece of the text, at a word start or anywhere.
    static constexpr int WordPieceBonus = 200;
    static constexpr int PieceBonus = 100;
    /// Characters of a quote that are searched (long claims are cut).
    static constexpr int SearchedQuoteLength = 160;

    explicit AnnotationSearchIndex(QObject *parent = nullptr);
    ~AnnotationSearchIndex() override;

    /// Indexes every annotation of \a project and follows its changes (nullptr: empty).
    void setProject(Project *project);

    /// Replaces everything: the articles (title, outlet), the tag names and the annotations.
    void reset(const QList<ArticleSummary> &articles, const QHash<QString, QString> &tagNames, const QList<Annotation> &annotations);
    /// Adds or replaces annotations (rejected ones are removed).
    void upsert(const QList<Annotation> &annotations);
    void remove(const QStringList &annotationIds);
    /// Adds or updates articles' titles and outlets.
    void setArticles(const QList<ArticleSummary> &articles);
    /// Renames tags (id to name); the annotations with those tags are indexed again.
    void setTagNames(const QHash<QString, QString> &tagNames);

    /// Annotations indexed.
    int size() const { return m_size; }
    bool contains(const QString &annotationId) const { return m_byId.contains(annotationId); }

    /// The best \a limit annotations for \a query, best first (ties: corpus order); \a excludeId is left
    /// out (the link's source). An empty query lists the first \a limit annotations in corpus order.
    QList<AnnotationSearchHit> search(const QString &query, int limit, const QString &excludeId = {}) const;

private:
    struct Entry {
        QString id;
        QString articleId;
        QString tagId;
        QString quote;
        QString folded; ///< the searched start of the quote, case-folded
        quint64 mask = 0; ///< characters of folded
        int context = -1;
        bool alive = false;
    };
    /// What the annotations of one tag in one article share: " · tag · outlet · title", case-folded.
    struct Context {
        QString articleId;
        QString tagId;
        QString folded;
        quint64 mask = 0;
    };
    /// What the scan reads of an entry, packed for the cache: its folded quote is m_text[offset, offset + length).
    struct Hot {
        quint64 mask = 0;
        int context = -1; ///< -1: a removed entry
        int offset = 0;
        int length = 0;
    };
    struct ArticleInfo {
        QString title;
        QString outlet;
    };

    void clear();
    int contextFor(const QString &articleId, const QString &tagId);
    void rebuildContext(Context &context) const;
    void invalidateCache() const;
    AnnotationSearchHit hitFor(const Entry &entry, int score) const;
    void reloadFromProject();

    QPointer<Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    std::vector<Entry> m_entries; ///< removed entries stay until compaction
    std::vector<Hot> m_hot; ///< parallel to m_entries
    std::vector<char16_t> m_text; ///< the folded quotes, one after the other (old versions until compaction)
    void setHot(int index);
    QHash<QString, int> m_byId;
    QHash<QString, ArticleInfo> m_articles;
    QHash<QString, QString> m_tagNames;
    std::vector<Context> m_contexts;
    QHash<QString, int> m_contextIds; ///< by articleId + '\n' + tagId
    int m_size = 0;
    // The previous query and the entries that fit it, for the next, longer query.
    mutable QString m_lastQuery;
    mutable std::vector<int> m_lastSurvivors;
    mutable bool m_cacheValid = false;
};

} // namespace Gloss
