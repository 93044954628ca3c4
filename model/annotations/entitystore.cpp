#include "entitystore.h"

#include "savepoint.h"
#include "storeformat.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gloss
{

EntityStore::EntityStore(const QSqlDatabase &db) : m_connection(db.connectionName())
{
}

bool EntityStore::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

bool EntityStore::write(const QString &sql, const QList<Entity> &entities, bool bindIdLast)
{
    if (entities.isEmpty())
        return true;
    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving entities: ") + savepoint.error());
    QSqlQuery query(db());
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    using namespace StoreFormat;
    for (const Entity &entity : entities) {
        if (!bindIdLast)
            query.addBindValue(entity.id);
        query.addBindValue(text(entity.name));
        query.addBindValue(text(entity.type));
        query.addBindValue(listToJson(entity.aliases));
        query.addBindValue(text(entity.externalId));
        query.addBindValue(text(entity.note));
        query.addBindValue(timeToText(entity.created));
        query.addBindValue(timeToText(entity.modified));
        if (bindIdLast)
            query.addBindValue(entity.id);
        if (!query.exec())
            return fail(QStringLiteral("cannot save entity \"%1\": %2").arg(entity.name, query.lastError().text()));
        if (bindIdLast && query.numRowsAffected() != 1)
            return fail(QStringLiteral("entity \"%1\" is not in the project").arg(entity.name));
    }
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save entities: ") + savepoint.error());
    return true;
}

bool EntityStore::insert(const QList<Entity> &entities)
{
    return write(
        QStringLiteral("INSERT INTO entities(id, name, type, aliases, external_id, note, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), entities, false);
}

bool EntityStore::update(const QList<Entity> &entities)
{
    return write(QStringLiteral("UPDATE entities SET name = ?, type = ?, aliases = ?, external_id = ?, note = ?, created = ?, modified = ? WHERE id = ?"),
        entities, true);
}

bool EntityStore::remove(const QStringList &ids)
{
    const QString error = deleteRowsById(db(), QStringLiteral("entities"), ids, QStringLiteral("entity"), QStringLiteral("entities"));
    return error.isEmpty() || fail(error);
}

namespace
{
QList<Entity> readAll(QSqlQuery &query)
{
    QList<Entity> result;
    while (query.next()) {
        Entity entity;
        entity.id = query.value(0).toString();
        entity.name = query.value(1).toString();
        entity.type = query.value(2).toString();
        entity.aliases = StoreFormat::listFromJson(query.value(3).toString());
        entity.externalId = query.value(4).toString();
        entity.note = query.value(5).toString();
        entity.created = StoreFormat::timeFromText(query.value(6).toString());
        entity.modified = StoreFormat::timeFromText(query.value(7).toString());
        result.append(entity);
    }
    return result;
}
} // namespace

std::optional<Entity> EntityStore::byId(const QString &id) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, name, type, aliases, external_id, note, created, modified FROM entities WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    const QList<Entity> found = readAll(query);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Entity> EntityStore::all() const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, type, aliases, external_id, note, created, modified FROM entities ORDER BY name, id")))
        return {};
    return readAll(query);
}

} // namespace Gloss
