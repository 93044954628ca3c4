#include "linkstore.h"

#include "savepoint.h"
#include "storeformat.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Gloss
{

namespace
{
Link readRow(const QSqlQuery &query)
{
    Link link;
    link.id = query.value(0).toString();
    link.type = query.value(1).toString();
    link.sourceId = query.value(2).toString();
    link.targetId = query.value(3).toString();
    link.note = query.value(4).toString();
    link.author = query.value(5).toString();
    link.created = StoreFormat::timeFromText(query.value(6).toString());
    link.modified = StoreFormat::timeFromText(query.value(7).toString());
    link.status = Annotation::statusFromName(query.value(8).toString()).value_or(Annotation::Status::Accepted);
    link.suggestionSource = query.value(9).toString();
    link.score = query.value(10).toDouble();
    return link;
}
} // namespace

LinkStore::LinkStore(const QSqlDatabase &db) : m_connection(db.connectionName())
{
}

bool LinkStore::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

bool LinkStore::write(const QString &sql, const QList<Link> &links, bool bindIdLast)
{
    if (links.isEmpty())
        return true;
    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving links: ") + savepoint.error());
    QSqlQuery query(db());
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    using namespace StoreFormat;
    for (const Link &link : links) {
        if (!bindIdLast)
            query.addBindValue(link.id);
        query.addBindValue(link.type);
        query.addBindValue(link.sourceId);
        query.addBindValue(link.targetId);
        query.addBindValue(text(link.note));
        query.addBindValue(text(link.author));
        query.addBindValue(timeToText(link.created));
        query.addBindValue(timeToText(link.modified));
        query.addBindValue(Annotation::statusName(link.status));
        query.addBindValue(text(link.suggestionSource));
        query.addBindValue(link.score);
        if (bindIdLast)
            query.addBindValue(link.id);
        if (!query.exec())
            return fail(QStringLiteral("cannot save link %1: %2").arg(link.id, query.lastError().text()));
        if (bindIdLast && query.numRowsAffected() != 1)
            return fail(QStringLiteral("link %1 is not in the project").arg(link.id));
    }
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save links: ") + savepoint.error());
    return true;
}

bool LinkStore::insert(const QList<Link> &links)
{
    return write(QStringLiteral("INSERT INTO links(id, type, source_id, target_id, note, author, created, modified, status, suggestion_source, score)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        links, false);
}

bool LinkStore::update(const QList<Link> &links)
{
    return write(QStringLiteral("UPDATE links SET type = ?, source_id = ?, target_id = ?, note = ?, author = ?, created = ?, modified = ?, status = ?,"
                                " suggestion_source = ?, score = ? WHERE id = ?"),
        links, true);
}

bool LinkStore::remove(const QStringList &ids)
{
    const QString error = deleteRowsById(db(), QStringLiteral("links"), ids, QStringLiteral("link"), QStringLiteral("links"));
    return error.isEmpty() || fail(error);
}

QList<Link> LinkStore::select(const QString &where, const QVariantList &values) const
{
    QList<Link> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT id, type, source_id, target_id, note, author, created, modified, status, suggestion_source, score FROM links ") + where)) {
        fail(query.lastError().text());
        return result;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError().text());
        return result;
    }
    while (query.next())
        result.append(readRow(query));
    return result;
}

std::optional<Link> LinkStore::byId(const QString &id) const
{
    const QList<Link> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Link> LinkStore::touching(const QStringList &annotationIds) const
{
    QList<Link> result;
    QSet<QString> seen;
    constexpr qsizetype Batch = 400; // two parameters per id, under SQLite's limit
    for (qsizetype from = 0; from < annotationIds.size(); from += Batch) {
        const QStringList batch = annotationIds.mid(from, Batch);
        const QString marks = QStringList(batch.size(), QStringLiteral("?")).join(QLatin1Char(','));
        QVariantList values;
        for (const QString &id : batch)
            values.append(id);
        const QVariantList twice = values + values;
        const QList<Link> found = select(
            QStringLiteral("WHERE source_id IN (") + marks + QStringLiteral(") OR target_id IN (") + marks + QStringLiteral(") ORDER BY created, id"), twice);
        for (const Link &link : found) {
            if (!seen.contains(link.id)) {
                seen.insert(link.id);
                result.append(link);
            }
        }
    }
    return result;
}

QList<Link> LinkStore::all() const
{
    return select(QStringLiteral("ORDER BY created, id"), {});
}

int LinkStore::count() const
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT count(*) FROM links")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<LinkType> LinkStore::linkTypes() const
{
    QList<LinkType> types;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, symmetric, transitive, key, position FROM link_types ORDER BY position, id")))
        return types;
    while (query.next())
        types.append(LinkType{query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(), query.value(3).toBool(), query.value(4).toString(),
            query.value(5).toInt()});
    return types;
}

bool LinkStore::insertTypes(const QList<LinkType> &types)
{
    return writeTypes(QStringLiteral("INSERT INTO link_types(name, symmetric, transitive, key, position, id) VALUES (?, ?, ?, ?, ?, ?)"), types);
}

bool LinkStore::updateTypes(const QList<LinkType> &types)
{
    return writeTypes(QStringLiteral("UPDATE link_types SET name = ?, symmetric = ?, transitive = ?, key = ?, position = ? WHERE id = ?"), types);
}

bool LinkStore::removeTypes(const QStringList &ids)
{
    const QString error = deleteRowsById(db(), QStringLiteral("link_types"), ids, QStringLiteral("link type"), QStringLiteral("link types"));
    return error.isEmpty() || fail(error);
}

bool LinkStore::writeTypes(const QString &sql, const QList<LinkType> &types)
{
    if (types.isEmpty())
        return true;
    QSqlQuery query(db());
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    for (const LinkType &type : types) {
        query.addBindValue(type.name);
        query.addBindValue(type.symmetric ? 1 : 0);
        query.addBindValue(type.transitive ? 1 : 0);
        query.addBindValue(type.key);
        query.addBindValue(type.position);
        query.addBindValue(type.id);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    return true;
}

} // namespace Gloss
