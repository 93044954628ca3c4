#include "memostore.h"

#include "storeformat.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gloss
{

namespace
{
const QString ProjectMemoKey = QStringLiteral("memo");
}

MemoStore::MemoStore(const QSqlDatabase &db) : m_connection(db.connectionName())
{
}

bool MemoStore::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

QString MemoStore::articleMemo(const QString &articleId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT text FROM article_memos WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QHash<QString, QString> MemoStore::articleMemos() const
{
    QHash<QString, QString> memos;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT article_id, text FROM article_memos")))
        return memos;
    while (query.next())
        memos.insert(query.value(0).toString(), query.value(1).toString());
    return memos;
}

// One statement each, so atomic without a savepoint.
bool MemoStore::setArticleMemo(const QString &articleId, const QString &text, const QString &author)
{
    QSqlQuery query(db());
    if (text.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM article_memos WHERE article_id = ?"));
        query.addBindValue(articleId);
    } else {
        query.prepare(QStringLiteral("INSERT INTO article_memos(article_id, text, author, modified) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, author = excluded.author, modified = excluded.modified"));
        query.addBindValue(articleId);
        query.addBindValue(text);
        query.addBindValue(StoreFormat::text(author));
        query.addBindValue(StoreFormat::timeToText(QDateTime::currentDateTimeUtc()));
    }
    if (!query.exec())
        return fail(QStringLiteral("cannot save the memo of article %1: %2").arg(articleId, query.lastError().text()));
    return true;
}

QString MemoStore::projectMemo() const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT value FROM project_values WHERE key = ?"));
    query.addBindValue(ProjectMemoKey);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool MemoStore::setProjectMemo(const QString &text)
{
    QSqlQuery query(db());
    if (text.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM project_values WHERE key = ?"));
        query.addBindValue(ProjectMemoKey);
    } else {
        query.prepare(QStringLiteral("INSERT INTO project_values(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(ProjectMemoKey);
        query.addBindValue(text);
    }
    if (!query.exec())
        return fail(QStringLiteral("cannot save the project memo: ") + query.lastError().text());
    return true;
}

} // namespace Gloss
