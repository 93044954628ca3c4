#include "savepoint.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gloss
{

Savepoint::Savepoint(const QSqlDatabase &db) : m_db(db)
{
    m_active = exec(QStringLiteral("SAVEPOINT gloss_write"));
}

Savepoint::~Savepoint()
{
    if (m_active)
        rollback();
}

bool Savepoint::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool Savepoint::release()
{
    if (!m_active)
        return false;
    if (exec(QStringLiteral("RELEASE gloss_write"))) {
        m_active = false;
        return true;
    }
    // A failed commit leaves the transaction open: undo it so the file stays as it was.
    const QString reason = m_error;
    rollback();
    m_error = reason;
    return false;
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    exec(QStringLiteral("ROLLBACK TO gloss_write"));
    // Releasing an inner savepoint cannot fail; the outermost one can (it commits), and then only a
    // full rollback ends the transaction.
    if (!exec(QStringLiteral("RELEASE gloss_write")))
        exec(QStringLiteral("ROLLBACK"));
}

QString deleteRowsById(const QSqlDatabase &db, const QString &table, const QStringList &ids, const QString &singular, const QString &plural)
{
    if (ids.isEmpty())
        return {};
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return QStringLiteral("cannot start deleting %1: %2").arg(plural, savepoint.error());
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)))
        return query.lastError().text();
    for (const QString &id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return QStringLiteral("cannot delete %1 %2: %3").arg(singular, id, query.lastError().text());
    }
    if (!savepoint.release())
        return QStringLiteral("cannot delete %1: %2").arg(plural, savepoint.error());
    return {};
}

} // namespace Gloss
