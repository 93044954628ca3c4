#include "tagstore.h"

#include "annotations/savepoint.h"
#include "annotations/storeformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Gloss
{

namespace
{
const QString InstalledKey = QStringLiteral("tags.defaultsInstalled");

bool readTags(const QJsonArray &array, const QString &parentId, QList<Tag> &out, QString *error)
{
    int position = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Tag tag;
        tag.id = object.value(QStringLiteral("id")).toString();
        tag.parentId = parentId;
        tag.name = object.value(QStringLiteral("name")).toString();
        tag.kind = Tag::kindFromName(object.value(QStringLiteral("kind")).toString(QStringLiteral("other"))).value_or(Tag::Kind::Other);
        tag.colour = QColor(object.value(QStringLiteral("colour")).toString());
        tag.key = object.value(QStringLiteral("key")).toString();
        tag.description = object.value(QStringLiteral("description")).toString();
        tag.position = position++;
        if (tag.id.isEmpty() || tag.name.isEmpty()) {
            *error = QStringLiteral("a tag without id or name");
            return false;
        }
        if (!tag.colour.isValid() || !Tag::isValidKey(tag.key)) {
            *error = QStringLiteral("tag \"%1\" has an invalid colour or key").arg(tag.name);
            return false;
        }
        out.append(tag);
        if (!readTags(object.value(QStringLiteral("children")).toArray(), tag.id, out, error))
            return false;
    }
    return true;
}
} // namespace

TagStore::TagStore(const QSqlDatabase &db) : m_connection(db.connectionName())
{
}

bool TagStore::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

bool TagStore::insert(const QList<Tag> &tags)
{
    if (tags.isEmpty())
        return true;
    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving tags: ") + savepoint.error());
    QSqlQuery query(db());
    if (!query.prepare(QStringLiteral("INSERT INTO tags(id, parent_id, name, kind, colour, key, description, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(query.lastError().text());
    for (const Tag &tag : tags) {
        query.addBindValue(tag.id);
        query.addBindValue(StoreFormat::optionalId(tag.parentId));
        query.addBindValue(tag.name);
        query.addBindValue(Tag::kindName(tag.kind));
        query.addBindValue(tag.colour.name());
        query.addBindValue(StoreFormat::text(tag.key));
        query.addBindValue(StoreFormat::text(tag.description));
        query.addBindValue(tag.position);
        if (!query.exec())
            return fail(QStringLiteral("cannot save tag \"%1\": %2").arg(tag.name, query.lastError().text()));
    }
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save tags: ") + savepoint.error());
    return true;
}

bool TagStore::update(const QList<Tag> &tags)
{
    if (tags.isEmpty())
        return true;
    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving tags: ") + savepoint.error());
    QSqlQuery query(db());
    if (!query.prepare(QStringLiteral("UPDATE tags SET parent_id = ?, name = ?, kind = ?, colour = ?, key = ?, description = ?, position = ? WHERE id = ?")))
        return fail(query.lastError().text());
    for (const Tag &tag : tags) {
        query.addBindValue(StoreFormat::optionalId(tag.parentId));
        query.addBindValue(tag.name);
        query.addBindValue(Tag::kindName(tag.kind));
        query.addBindValue(tag.colour.name());
        query.addBindValue(StoreFormat::text(tag.key));
        query.addBindValue(StoreFormat::text(tag.description));
        query.addBindValue(tag.position);
        query.addBindValue(tag.id);
        if (!query.exec())
            return fail(QStringLiteral("cannot save tag \"%1\": %2").arg(tag.name, query.lastError().text()));
        if (query.numRowsAffected() != 1)
            return fail(QStringLiteral("tag \"%1\" is not in the project").arg(tag.name));
    }
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save tags: ") + savepoint.error());
    return true;
}

bool TagStore::remove(const QStringList &ids)
{
    const QString error = deleteRowsById(db(), QStringLiteral("tags"), ids, QStringLiteral("tag"), QStringLiteral("tags"));
    return error.isEmpty() || fail(error);
}

QList<Tag> TagStore::all() const
{
    QList<Tag> tags;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, parent_id, name, kind, colour, key, description, position FROM tags ORDER BY position, id")))
        return tags;
    while (query.next()) {
        Tag tag;
        tag.id = query.value(0).toString();
        tag.parentId = query.value(1).toString();
        tag.name = query.value(2).toString();
        tag.kind = Tag::kindFromName(query.value(3).toString()).value_or(Tag::Kind::Other);
        tag.colour = QColor(query.value(4).toString());
        tag.key = query.value(5).toString();
        tag.description = query.value(6).toString();
        tag.position = query.value(7).toInt();
        tags.append(tag);
    }
    return tags;
}

std::optional<QList<Tag>> TagStore::readSchemaFile(const QString &path, QString *error)
{
    QString reason;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot be read: ") + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = path + QStringLiteral(": is not a tag schema (JSON error at %1: %2)").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    QList<Tag> tags;
    if (!readTags(document.object().value(QStringLiteral("tags")).toArray(), QString(), tags, &reason)) {
        if (error)
            *error = path + QStringLiteral(": ") + reason;
        return std::nullopt;
    }
    return tags;
}

bool TagStore::installDefaultsOnce(const QString &resource)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT 1 FROM project_values WHERE key = ?"));
    query.addBindValue(InstalledKey);
    if (query.exec() && query.next())
        return true;
    query.finish();
    QString error;
    const std::optional<QList<Tag>> tags = readSchemaFile(resource, &error);
    if (!tags)
        return fail(error);

    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving the default tags: ") + savepoint.error());
    // A project that already has tags (made by a newer step, or imported) keeps them as they are.
    QSqlQuery count(db());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM tags")) || !count.next())
        return fail(count.lastError().text());
    const bool empty = count.value(0).toInt() == 0;
    count.finish();
    if (empty && !insert(*tags))
        return false;
    QSqlQuery mark(db());
    mark.prepare(QStringLiteral("INSERT INTO project_values(key, value) VALUES (?, '1')"));
    mark.addBindValue(InstalledKey);
    if (!mark.exec())
        return fail(QStringLiteral("cannot save the default tags: ") + mark.lastError().text());
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save the default tags: ") + savepoint.error());
    return true;
}

} // namespace Gloss
