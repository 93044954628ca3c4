#include "projectstore.h"

#include "annotations/savepoint.h"
#include "schema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Gloss
{

namespace
{
constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);

// A null QString binds as SQL NULL; the schema keeps unknown fields as empty text instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}
} // namespace

QStringList SearchHit::matchedTerms() const
{
    QStringList terms;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = snippet.indexOf(MarkStart, from);
        if (start < 0)
            break;
        const qsizetype end = snippet.indexOf(MarkEnd, start + 1);
        if (end < 0)
            break;
        const QString term = snippet.mid(start + 1, end - start - 1);
        if (!term.isEmpty() && !terms.contains(term, Qt::CaseInsensitive))
            terms.append(term);
        from = end + 1;
    }
    return terms;
}

int ProjectStore::currentSchemaVersion()
{
    return Schema::migrations().constLast().version;
}

ProjectStore::ProjectStore() : m_connectionName(QStringLiteral("gloss-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::fail(const QString &reason) const
{
    m_lastError = m_path.isEmpty() ? reason : m_path + QStringLiteral(": ") + reason;
    return false;
}

bool ProjectStore::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    m_mode = mode;
    m_lastError.clear();

    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return fail(QStringLiteral("is a folder, not a Gloss project file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot be read: ") + file.errorString());
        const QByteArray head = file.read(16);
        if (!head.isEmpty() && QByteArrayView(head) != SqliteMagic)
            return fail(QStringLiteral("is not a Gloss project (not an SQLite database)"));
    } else if (mode == Mode::ReadOnly) {
        return fail(QStringLiteral("does not exist"));
    }

    // The handle is scoped so that no copy of the connection is alive when a failure below removes it.
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        else
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            openError = db.lastError().text();
    }
    if (!openError.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        return fail(QStringLiteral("cannot be opened: ") + openError);
    }

    if (!checkIdentity() || !migrate()) {
        const QString reason = m_lastError;
        close();
        m_lastError = reason;
        return false;
    }
    return true;
}

bool ProjectStore::checkIdentity()
{
    QSqlQuery query(database());
    // Reading the schema is the first real access: a file with a SQLite header but damaged content fails here.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(QStringLiteral("is not a readable SQLite database: ") + sqlError(query));
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return fail(QStringLiteral("is not a readable SQLite database: ") + sqlError(query));
    const bool empty = query.value(0).toInt() == 0;
    if (applicationId != ApplicationId && !(empty && applicationId == 0))
        return fail(QStringLiteral("is an SQLite database but not a Gloss project"));
    const int version = schemaVersion();
    if (version > currentSchemaVersion())
        return fail(QStringLiteral("was written by a newer Gloss (project schema %1; this Gloss reads up to %2)").arg(version).arg(currentSchemaVersion()));
    return true;
}

bool ProjectStore::migrate()
{
    const int from = schemaVersion();
    if (m_mode == Mode::ReadOnly) {
        if (from < currentSchemaVersion())
            return fail(QStringLiteral("uses an older project schema (%1) and is open read-only, so it cannot be upgraded").arg(from));
        return true;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=FULL")) || !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return false;
    if (from == currentSchemaVersion())
        return true;

    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(QStringLiteral("cannot start the schema upgrade: ") + db.lastError().text());
    for (const Schema::Migration &step : Schema::migrations()) {
        if (step.version <= from)
            continue;
        for (const QString &statement : step.statements) {
            if (!exec(statement)) {
                const QString reason = m_lastError;
                db.rollback();
                m_lastError = reason;
                return false;
            }
        }
    }
    if (!exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)) || !exec(QStringLiteral("PRAGMA user_version=%1").arg(currentSchemaVersion()))) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(QStringLiteral("cannot save the schema upgrade: ") + db.lastError().text());
    return true;
}

bool ProjectStore::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(QStringLiteral("database error: ") + sqlError(query));
    return true;
}

void ProjectStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ProjectStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ProjectStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<QStringList> ProjectStore::addArticles(const QList<Article> &articles)
{
    if (isReadOnly()) {
        fail(QStringLiteral("is open read-only"));
        return std::nullopt;
    }
    QSqlDatabase db = database();
    // A savepoint, not BEGIN: an annotation import adds its articles inside its own transaction.
    Savepoint savepoint(db);
    if (!savepoint.isActive()) {
        fail(QStringLiteral("cannot start saving: ") + savepoint.error());
        return std::nullopt;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO articles(id, title, outlet, byline, published, url, language, text, length, source_path, imported_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING RETURNING rowid"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QStringList added;
    for (const Article &article : articles) {
        const QString id = article.id.isEmpty() ? Article::idForText(article.text) : article.id;
        insert.addBindValue(id);
        insert.addBindValue(text(article.title));
        insert.addBindValue(text(article.outlet));
        insert.addBindValue(text(article.byline));
        insert.addBindValue(text(article.published));
        insert.addBindValue(text(article.url));
        insert.addBindValue(text(article.language));
        insert.addBindValue(text(article.text));
        insert.addBindValue(int(article.text.size()));
        insert.addBindValue(text(article.sourcePath));
        insert.addBindValue(now);
        if (!insert.exec()) {
            fail(QStringLiteral("cannot save article \"%1\": %2").arg(article.title, sqlError(insert)));
            insert.finish();
            savepoint.rollback();
            return std::nullopt;
        }
        if (insert.next()) // RETURNING gives a row only when the article was new
            added.append(id);
        insert.finish();
    }
    insert.finish();
    if (!savepoint.release()) {
        fail(QStringLiteral("cannot save the articles: ") + savepoint.error());
        return std::nullopt;
    }
    return added;
}

int ProjectStore::articleCount() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<ArticleSummary> ProjectStore::articleSummaries() const
{
    QList<ArticleSummary> summaries;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT rowid, id, title, outlet, published, length FROM articles ORDER BY rowid")))
        return summaries;
    while (query.next()) {
        summaries.append(ArticleSummary{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toInt()});
    }
    return summaries;
}

std::optional<Article> ProjectStore::article(const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, title, outlet, byline, published, url, language, text, source_path FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Article article;
    article.id = query.value(0).toString();
    article.title = query.value(1).toString();
    article.outlet = query.value(2).toString();
    article.byline = query.value(3).toString();
    article.published = query.value(4).toString();
    article.url = query.value(5).toString();
    article.language = query.value(6).toString();
    article.text = query.value(7).toString();
    article.sourcePath = query.value(8).toString();
    return article;
}

bool ProjectStore::containsArticle(const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

SearchResult ProjectStore::search(const QString &queryText, int limit) const
{
    SearchResult result;
    const QString trimmed = queryText.trimmed();
    if (trimmed.isEmpty())
        return result;

    const auto run = [&](const QString &match, QString *error) {
        QList<SearchHit> hits;
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT a.id, a.title, a.outlet, snippet(articles_fts, -1, char(1), char(2), '…', 16), articles_fts.rank"
                                     " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                                     " WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?"));
        query.addBindValue(match);
        query.addBindValue(limit);
        if (!query.exec()) {
            *error = query.lastError().databaseText();
            return hits;
        }
        while (query.next())
            hits.append(SearchHit{
                query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(), query.value(4).toDouble()});
        return hits;
    };

    QString error;
    result.hits = run(trimmed, &error);
    if (error.isEmpty())
        return result;

    // Not valid FTS5 syntax (a stray quote, a lone operator): search the words literally instead.
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList words = trimmed.split(separators, Qt::SkipEmptyParts);
    for (QString &word : words)
        word = QLatin1Char('"') + word + QLatin1Char('"');
    QString relaxedError;
    result.hits = run(words.join(QLatin1Char(' ')), &relaxedError);
    if (relaxedError.isEmpty()) {
        result.relaxed = true;
        return result;
    }
    result.error = QStringLiteral("the search \"%1\" was not understood: %2").arg(trimmed, error);
    return result;
}

QString ProjectStore::value(const QString &key, const QString &defaultValue) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM project_values WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return defaultValue;
}

bool ProjectStore::setValue(const QString &key, const QString &value)
{
    if (isReadOnly())
        return fail(QStringLiteral("is open read-only"));
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO project_values(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(QStringLiteral("cannot save a project value: ") + sqlError(query));
    return true;
}

bool ProjectStore::saveCopy(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return fail(QStringLiteral("cannot replace %1").arg(path));
    QSqlQuery query(database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec())
        return fail(QStringLiteral("cannot write a copy to %1: %2").arg(path, sqlError(query)));
    return true;
}

} // namespace Gloss
