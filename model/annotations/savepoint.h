#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Gloss
{

/// A nestable write scope on a project connection (SQLite SAVEPOINT). The outermost one is the
/// transaction: releasing it commits, durably (WAL + synchronous=FULL), before release() returns.
/// Inner ones join their enclosing scope, so a store primitive is atomic on its own and still part of
/// one transaction when the editing facade groups several. Destroyed without release(): rolled back.
class Savepoint final
{
public:
    explicit Savepoint(const QSqlDatabase &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    /// False when the scope could not be opened; error() says why.
    bool isActive() const { return m_active; }
    /// Keeps the changes (commits when outermost). False, with everything undone, when that fails.
    bool release();
    /// Undoes every change made in the scope.
    void rollback();
    QString error() const { return m_error; }

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

/// Deletes the rows of \a table whose id is in \a ids, all or none, inside one Savepoint. Returns an
/// empty string on success, else the reason, naming rows as \a singular / \a plural ("tag", "tags").
QString deleteRowsById(const QSqlDatabase &db, const QString &table, const QStringList &ids, const QString &singular, const QString &plural);

} // namespace Gloss
