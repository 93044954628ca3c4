#pragma once

#include "entity.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss
{

/// The entities table (the project's entity registry): narrow primitives like AnnotationStore.
class EntityStore final
{
public:
    explicit EntityStore(const QSqlDatabase &db);

    bool insert(const QList<Entity> &entities);
    bool update(const QList<Entity> &entities);
    bool remove(const QStringList &ids);

    std::optional<Entity> byId(const QString &id) const;
    /// Every entity, by name.
    QList<Entity> all() const;

    QString lastError() const { return m_lastError; }

private:
    bool write(const QString &sql, const QList<Entity> &entities, bool bindIdLast);
    bool fail(const QString &reason) const;

    /// The connection by name: holding a QSqlDatabase would keep ProjectStore from closing it cleanly.
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    mutable QString m_lastError;
};

} // namespace Gloss
