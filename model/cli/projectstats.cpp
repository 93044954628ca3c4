#include "projectstats.h"

#include "project.h"

#include <QSqlQuery>
#include <QVariant>

namespace Gloss
{

QJsonObject ProjectStats::articleCounts(const ProjectStore &store)
{
    QJsonObject counts;
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT count(*), count(DISTINCT NULLIF(outlet, '')), coalesce(sum(length), 0) FROM articles")) && query.next()) {
        counts.insert(QStringLiteral("articles"), query.value(0).toLongLong());
        counts.insert(QStringLiteral("outlets"), query.value(1).toLongLong());
        counts.insert(QStringLiteral("characters"), query.value(2).toLongLong());
    }
    return counts;
}

namespace
{
// {"total": n, "<value of column>": count, ...} for one grouping column of one table.
QJsonObject countsBy(const ProjectStore &store, const QString &table, const QString &column)
{
    QJsonObject counts;
    qint64 total = 0;
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT %1, count(*) FROM %2 GROUP BY %1 ORDER BY %1").arg(column, table))) {
        while (query.next()) {
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
            total += query.value(1).toLongLong();
        }
    }
    counts.insert(QStringLiteral("total"), total);
    return counts;
}

qint64 rowCount(const ProjectStore &store, const QString &table)
{
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next())
        return query.value(0).toLongLong();
    return 0;
}
} // namespace

QJsonObject ProjectStats::annotationCounts(const ProjectStore &store)
{
    QJsonObject annotations;
    const QJsonObject byKind = countsBy(store, QStringLiteral("annotations"), QStringLiteral("kind"));
    annotations.insert(QStringLiteral("total"), byKind.value(QLatin1String("total")));
    QJsonObject kinds = byKind;
    kinds.remove(QStringLiteral("total"));
    annotations.insert(QStringLiteral("byKind"), kinds);
    QJsonObject statuses = countsBy(store, QStringLiteral("annotations"), QStringLiteral("status"));
    statuses.remove(QStringLiteral("total"));
    annotations.insert(QStringLiteral("byStatus"), statuses);
    return annotations;
}

QJsonObject ProjectStats::linkCounts(const ProjectStore &store)
{
    QJsonObject links;
    QJsonObject byType = countsBy(store, QStringLiteral("links"), QStringLiteral("type"));
    links.insert(QStringLiteral("total"), byType.take(QStringLiteral("total")));
    links.insert(QStringLiteral("byType"), byType);
    return links;
}

QJsonObject ProjectStats::collect(const Project &project)
{
    const ProjectStore &store = project.store();
    QJsonObject stats = articleCounts(store);
    stats.insert(QStringLiteral("schemaVersion"), store.schemaVersion());
    stats.insert(QStringLiteral("annotations"), annotationCounts(store));
    stats.insert(QStringLiteral("links"), linkCounts(store));
    stats.insert(QStringLiteral("entities"), rowCount(store, QStringLiteral("entities")));
    stats.insert(QStringLiteral("tags"), rowCount(store, QStringLiteral("tags")));
    return stats;
}

} // namespace Gloss
