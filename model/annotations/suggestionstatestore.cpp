#include "suggestionstatestore.h"

#include "savepoint.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Gloss
{

SuggestionStateStore::SuggestionStateStore(const QSqlDatabase &db) : m_connection(db.connectionName())
{
}

bool SuggestionStateStore::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

bool SuggestionStateStore::setFingerprint(const QStringList &articleIds, const QString &fingerprint)
{
    if (articleIds.isEmpty())
        return true;
    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving suggestion fingerprints: ") + savepoint.error());
    QSqlQuery query(db());
    if (!query.prepare(QStringLiteral("INSERT INTO suggestion_state(article_id, fingerprint, suggested_at) VALUES (?, ?, ?)"
                                      " ON CONFLICT(article_id) DO UPDATE SET fingerprint = excluded.fingerprint, suggested_at = excluded.suggested_at")))
        return fail(query.lastError().text());
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString &id : articleIds) {
        query.addBindValue(id);
        query.addBindValue(fingerprint);
        query.addBindValue(time);
        if (!query.exec())
            return fail(QStringLiteral("cannot save the suggestion fingerprint of article %1: %2").arg(id, query.lastError().text()));
    }
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save suggestion fingerprints: ") + savepoint.error());
    return true;
}

QString SuggestionStateStore::fingerprint(const QString &articleId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT fingerprint FROM suggestion_state WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QStringList SuggestionStateStore::staleArticles(const QString &fingerprint) const
{
    QStringList ids;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT a.id FROM articles a LEFT JOIN suggestion_state s ON s.article_id = a.id"
                                      " WHERE s.fingerprint IS NULL OR s.fingerprint <> ? ORDER BY a.rowid"))) {
        fail(query.lastError().text());
        return ids;
    }
    query.addBindValue(fingerprint);
    if (!query.exec()) {
        fail(query.lastError().text());
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

bool SuggestionStateStore::clear()
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("DELETE FROM suggestion_state")))
        return fail(query.lastError().text());
    return true;
}

} // namespace Gloss
