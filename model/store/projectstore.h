#pragma once

#include "article.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss
{

/// One hit of a full-text search over the corpus.
struct SearchHit {
    QString articleId;
    QString title;
    QString outlet;
    QString snippet; ///< plain text; the matched terms are wrapped in SearchHit::MarkStart / MarkEnd
    double rank = 0; ///< bm25 rank, lower is better
    static constexpr QChar MarkStart = QChar(0x0001);
    static constexpr QChar MarkEnd = QChar(0x0002);
    /// The matched terms as they stand in the snippet, for finding the hit in the article text.
    QStringList matchedTerms() const;
};

/// The result of a full-text search: the hits, best first, or why the query could not run.
struct SearchResult {
    QList<SearchHit> hits;
    QString error; ///< non-empty when the query was not understood
    bool relaxed = false; ///< the query had a syntax error and was searched for as plain words instead
};

/// A Gloss project: one SQLite file with a versioned schema (see schema.cpp for the migrations).
///
/// Every write is one transaction, committed before the call returns, so what a caller reports as
/// done survives a crash. Not thread-safe: use a store from the thread that opened it.
class ProjectStore final
{
public:
    /// The schema version this build writes. Older files are migrated when opened read-write;
    /// newer ones are refused.
    static int currentSchemaVersion();
    /// Marks the file as a Gloss project (SQLite's PRAGMA application_id): "GLSS".
    static constexpr int ApplicationId = 0x474C5353;
    static constexpr auto FileSuffix = "gloss";

    enum class Mode { ReadWrite, ReadOnly };

    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    /// Opens the project at \a path, creating it when it does not exist (ReadWrite only).
    /// On failure returns false and lastError() says why, naming the file.
    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    /// The connection, for the parts of model/ that keep their own tables (annotations, links).
    QSqlDatabase database() const;

    // Articles ---------------------------------------------------------------------------------
    /// Adds \a articles in one transaction. Articles whose id is already in the project are skipped
    /// (same text imported twice). Returns the ids actually added, in order; on failure nothing is added.
    std::optional<QStringList> addArticles(const QList<Article> &articles);
    int articleCount() const;
    QList<ArticleSummary> articleSummaries() const;
    std::optional<Article> article(const QString &id) const;
    bool containsArticle(const QString &id) const;

    // Search -----------------------------------------------------------------------------------
    /// Full-text search (SQLite FTS5): words, "phrases", prefix*, AND / OR / NOT, title:word.
    SearchResult search(const QString &query, int limit = 200) const;

    // Project-wide values (last article read, project memo, ...) ------------------------------
    QString value(const QString &key, const QString &defaultValue = QString()) const;
    bool setValue(const QString &key, const QString &value);

    /// Writes a consistent copy of the whole project to \a path (VACUUM INTO).
    bool saveCopy(const QString &path);

private:
    bool fail(const QString &reason) const;
    bool checkIdentity();
    bool migrate();
    bool exec(const QString &sql) const;

    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    mutable QString m_lastError;
};

} // namespace Gloss
