#include "suggestionlist.h"

#include "project.h"

#include <QSqlQuery>

#include <algorithm>

namespace Gloss::Suggest
{

namespace
{
QString whereClause(const QString &articleId, const QStringList &tagIds, QVariantList &values)
{
    QString where = QStringLiteral(" WHERE status = 'suggested'");
    if (!articleId.isEmpty()) {
        where += QStringLiteral(" AND article_id = ?");
        values.append(articleId);
    }
    if (!tagIds.isEmpty()) {
        where += QStringLiteral(" AND tag_id IN (") + QStringList(tagIds.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        for (const QString &tag : tagIds)
            values.append(tag);
    }
    return where;
}

QSqlQuery run(const Project &project, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(project.store().database());
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.exec();
    }
    return query;
}
} // namespace

QList<Annotation> SuggestionList::suggested(const Project &project, const QString &articleId, const QStringList &tagIds, int limit)
{
    QVariantList values;
    const QString where = whereClause(articleId, tagIds, values);
    values.append(limit);
    QSqlQuery query = run(project,
        QStringLiteral("SELECT annotations.id FROM annotations JOIN articles ON articles.id = annotations.article_id") + where
            + QStringLiteral(" ORDER BY articles.rowid, span_start, span_end DESC LIMIT ?"),
        values);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    QList<Annotation> found = project.annotator()->annotationStore().byIds(ids);
    // byIds() keeps no order: put them back in the query's.
    QHash<QString, qsizetype> order;
    for (qsizetype i = 0; i < ids.size(); ++i)
        order.insert(ids.at(i), i);
    std::sort(found.begin(), found.end(), [&](const Annotation &a, const Annotation &b) { return order.value(a.id) < order.value(b.id); });
    return found;
}

int SuggestionList::count(const Project &project, const QString &articleId, const QStringList &tagIds)
{
    QVariantList values;
    QSqlQuery query = run(project, QStringLiteral("SELECT count(*) FROM annotations") + whereClause(articleId, tagIds, values), values);
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList SuggestionList::sameText(const Project &project, const QString &quote, const QString &tagId)
{
    QSqlQuery query
        = run(project, QStringLiteral("SELECT id FROM annotations WHERE status = 'suggested' AND tag_id = ? AND quote = ? ORDER BY rowid"), {tagId, quote});
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace Gloss::Suggest
