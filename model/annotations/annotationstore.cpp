#include "annotationstore.h"

#include "savepoint.h"
#include "storeformat.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gloss
{

namespace
{
const QString Columns = QStringLiteral(
    "id, article_id, spans, quote, prefix, suffix, kind, tag_id, attributes, note, author, created, modified, status, suggestion_source, score, entity_id");

Annotation readRow(const QSqlQuery &query)
{
    Annotation annotation;
    annotation.id = query.value(0).toString();
    annotation.articleId = query.value(1).toString();
    annotation.spans = StoreFormat::spansFromText(query.value(2).toString()).value_or(Spans());
    annotation.quote = query.value(3).toString();
    annotation.prefix = query.value(4).toString();
    annotation.suffix = query.value(5).toString();
    annotation.kind = Annotation::kindFromName(query.value(6).toString()).value_or(Annotation::Kind::Other);
    annotation.tagId = query.value(7).toString();
    annotation.attributes = StoreFormat::mapFromJson(query.value(8).toString());
    annotation.note = query.value(9).toString();
    annotation.author = query.value(10).toString();
    annotation.created = StoreFormat::timeFromText(query.value(11).toString());
    annotation.modified = StoreFormat::timeFromText(query.value(12).toString());
    annotation.status = Annotation::statusFromName(query.value(13).toString()).value_or(Annotation::Status::Accepted);
    annotation.suggestionSource = query.value(14).toString();
    annotation.score = query.value(15).toDouble();
    annotation.entityId = query.value(16).toString();
    return annotation;
}

// Binds every column but id, in the order of the UPDATE statement; INSERT binds id first.
void bindFields(QSqlQuery &query, const Annotation &annotation)
{
    using namespace StoreFormat;
    query.addBindValue(annotation.articleId);
    query.addBindValue(annotation.start());
    query.addBindValue(annotation.end());
    query.addBindValue(spansToText(annotation.spans));
    query.addBindValue(text(annotation.quote));
    query.addBindValue(text(annotation.prefix));
    query.addBindValue(text(annotation.suffix));
    query.addBindValue(Annotation::kindName(annotation.kind));
    query.addBindValue(optionalId(annotation.tagId));
    query.addBindValue(mapToJson(annotation.attributes));
    query.addBindValue(text(annotation.note));
    query.addBindValue(text(annotation.author));
    query.addBindValue(timeToText(annotation.created));
    query.addBindValue(timeToText(annotation.modified));
    query.addBindValue(Annotation::statusName(annotation.status));
    query.addBindValue(text(annotation.suggestionSource));
    query.addBindValue(annotation.score);
    query.addBindValue(optionalId(annotation.entityId));
}
} // namespace

AnnotationStore::AnnotationStore(const QSqlDatabase &db) : m_connection(db.connectionName())
{
}

bool AnnotationStore::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

bool AnnotationStore::insert(const QList<Annotation> &annotations)
{
    if (annotations.isEmpty())
        return true;
    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving annotations: ") + savepoint.error());
    QSqlQuery query(db());
    if (!query.prepare(QStringLiteral("INSERT INTO annotations(id, article_id, span_start, span_end, spans, quote, prefix, suffix, kind, tag_id, attributes,"
                                      " note, author, created, modified, status, suggestion_source, score, entity_id)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(query.lastError().text());
    for (const Annotation &annotation : annotations) {
        query.addBindValue(annotation.id);
        bindFields(query, annotation);
        if (!query.exec())
            return fail(QStringLiteral("cannot save annotation %1: %2").arg(annotation.id, query.lastError().text()));
    }
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save annotations: ") + savepoint.error());
    return true;
}

bool AnnotationStore::update(const QList<Annotation> &annotations)
{
    if (annotations.isEmpty())
        return true;
    Savepoint savepoint(db());
    if (!savepoint.isActive())
        return fail(QStringLiteral("cannot start saving annotations: ") + savepoint.error());
    QSqlQuery query(db());
    if (!query.prepare(QStringLiteral("UPDATE annotations SET article_id = ?, span_start = ?, span_end = ?, spans = ?, quote = ?, prefix = ?, suffix = ?,"
                                      " kind = ?, tag_id = ?, attributes = ?, note = ?, author = ?, created = ?, modified = ?, status = ?,"
                                      " suggestion_source = ?, score = ?, entity_id = ? WHERE id = ?")))
        return fail(query.lastError().text());
    for (const Annotation &annotation : annotations) {
        bindFields(query, annotation);
        query.addBindValue(annotation.id);
        if (!query.exec())
            return fail(QStringLiteral("cannot save annotation %1: %2").arg(annotation.id, query.lastError().text()));
        if (query.numRowsAffected() != 1)
            return fail(QStringLiteral("annotation %1 is not in the project").arg(annotation.id));
    }
    if (!savepoint.release())
        return fail(QStringLiteral("cannot save annotations: ") + savepoint.error());
    return true;
}

bool AnnotationStore::remove(const QStringList &ids)
{
    const QString error = deleteRowsById(db(), QStringLiteral("annotations"), ids, QStringLiteral("annotation"), QStringLiteral("annotations"));
    return error.isEmpty() || fail(error);
}

QList<Annotation> AnnotationStore::select(const QString &where, const QVariantList &values) const
{
    QList<Annotation> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM annotations ") + where)) {
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

std::optional<Annotation> AnnotationStore::byId(const QString &id) const
{
    const QList<Annotation> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Annotation> AnnotationStore::byIds(const QStringList &ids) const
{
    QList<Annotation> result;
    // Batches keep each statement under SQLite's bound-parameter limit.
    constexpr qsizetype Batch = 500;
    for (qsizetype from = 0; from < ids.size(); from += Batch) {
        const QStringList batch = ids.mid(from, Batch);
        QStringList marks(batch.size(), QStringLiteral("?"));
        QVariantList values;
        for (const QString &id : batch)
            values.append(id);
        result.append(select(QStringLiteral("WHERE id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'), values));
    }
    return result;
}

QList<Annotation> AnnotationStore::byArticle(const QString &articleId) const
{
    return select(QStringLiteral("WHERE article_id = ? ORDER BY span_start, span_end DESC, id"), {articleId});
}

QList<Annotation> AnnotationStore::byTag(const QString &tagId) const
{
    return select(QStringLiteral("WHERE tag_id = ? ORDER BY article_id, span_start, id"), {tagId});
}

QList<Annotation> AnnotationStore::byEntity(const QString &entityId) const
{
    return select(QStringLiteral("WHERE entity_id = ? ORDER BY article_id, span_start, id"), {entityId});
}

QList<Annotation> AnnotationStore::all() const
{
    return select(QStringLiteral("ORDER BY article_id, span_start, span_end DESC, id"), {});
}

int AnnotationStore::count() const
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT count(*) FROM annotations")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QHash<QString, int> AnnotationStore::countsByArticle() const
{
    QHash<QString, int> counts;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT article_id, count(*) FROM annotations GROUP BY article_id")))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

QHash<QString, int> AnnotationStore::countsByTag() const
{
    QHash<QString, int> counts;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT tag_id, count(*) FROM annotations GROUP BY tag_id")))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

} // namespace Gloss
