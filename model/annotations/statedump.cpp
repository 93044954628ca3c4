#include "statedump.h"

#include "annotationstore.h"
#include "entitystore.h"
#include "linkstore.h"
#include "memostore.h"
#include "storeformat.h"
#include "tags/tagstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Gloss
{

namespace
{
template<typename Record>
QList<Record> sortedById(QList<Record> records)
{
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return records;
}

QJsonObject toJson(const Annotation &annotation)
{
    using namespace StoreFormat;
    return QJsonObject{
        {QStringLiteral("id"), annotation.id},
        {QStringLiteral("article"), annotation.articleId},
        {QStringLiteral("spans"), spansToText(annotation.spans)},
        {QStringLiteral("quote"), annotation.quote},
        {QStringLiteral("prefix"), annotation.prefix},
        {QStringLiteral("suffix"), annotation.suffix},
        {QStringLiteral("kind"), Annotation::kindName(annotation.kind)},
        {QStringLiteral("tag"), annotation.tagId},
        {QStringLiteral("attributes"), QJsonObject::fromVariantMap(annotation.attributes)},
        {QStringLiteral("note"), annotation.note},
        {QStringLiteral("author"), annotation.author},
        {QStringLiteral("created"), timeToText(annotation.created)},
        {QStringLiteral("modified"), timeToText(annotation.modified)},
        {QStringLiteral("status"), Annotation::statusName(annotation.status)},
        {QStringLiteral("source"), annotation.suggestionSource},
        {QStringLiteral("score"), annotation.score},
        {QStringLiteral("entity"), annotation.entityId},
    };
}

QJsonObject toJson(const Tag &tag)
{
    return QJsonObject{
        {QStringLiteral("id"), tag.id},
        {QStringLiteral("parent"), tag.parentId},
        {QStringLiteral("name"), tag.name},
        {QStringLiteral("kind"), Tag::kindName(tag.kind)},
        {QStringLiteral("colour"), tag.colour.name()},
        {QStringLiteral("key"), tag.key},
        {QStringLiteral("description"), tag.description},
        {QStringLiteral("position"), tag.position},
    };
}

QJsonObject toJson(const Link &link)
{
    using namespace StoreFormat;
    return QJsonObject{
        {QStringLiteral("id"), link.id},
        {QStringLiteral("type"), link.type},
        {QStringLiteral("source"), link.sourceId},
        {QStringLiteral("target"), link.targetId},
        {QStringLiteral("note"), link.note},
        {QStringLiteral("author"), link.author},
        {QStringLiteral("created"), timeToText(link.created)},
        {QStringLiteral("modified"), timeToText(link.modified)},
        {QStringLiteral("status"), Annotation::statusName(link.status)},
        {QStringLiteral("suggestionSource"), link.suggestionSource},
        {QStringLiteral("score"), link.score},
    };
}

QJsonObject toJson(const Entity &entity)
{
    using namespace StoreFormat;
    return QJsonObject{
        {QStringLiteral("id"), entity.id},
        {QStringLiteral("name"), entity.name},
        {QStringLiteral("type"), entity.type},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(entity.aliases)},
        {QStringLiteral("externalId"), entity.externalId},
        {QStringLiteral("note"), entity.note},
        {QStringLiteral("created"), timeToText(entity.created)},
        {QStringLiteral("modified"), timeToText(entity.modified)},
    };
}

template<typename Record>
QJsonArray toJsonArray(const QList<Record> &records)
{
    QJsonArray array;
    for (const Record &record : sortedById(records))
        array.append(toJson(record));
    return array;
}
} // namespace

QByteArray StateDump::of(const QSqlDatabase &db)
{
    const MemoStore memos(db);
    const QHash<QString, QString> articleMemos = memos.articleMemos();
    QJsonObject memoObject;
    for (auto it = articleMemos.cbegin(); it != articleMemos.cend(); ++it)
        memoObject.insert(it.key(), it.value());
    const QJsonObject state{
        {QStringLiteral("annotations"), toJsonArray(AnnotationStore(db).all())},
        {QStringLiteral("tags"), toJsonArray(TagStore(db).all())},
        {QStringLiteral("links"), toJsonArray(LinkStore(db).all())},
        {QStringLiteral("entities"), toJsonArray(EntityStore(db).all())},
        {QStringLiteral("articleMemos"), memoObject},
        {QStringLiteral("projectMemo"), memos.projectMemo()},
    };
    return QJsonDocument(state).toJson(QJsonDocument::Indented);
}

} // namespace Gloss
