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

} // namespace Gloss
