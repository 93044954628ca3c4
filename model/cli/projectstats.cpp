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

QJsonObject ProjectStats::collect(const Project &project)
{
    QJsonObject stats = articleCounts(project.store());
    stats.insert(QStringLiteral("schemaVersion"), project.store().schemaVersion());
    // Later sections go here, each from its own model function:
    //   stats.insert("annotations", ...by kind and status...);
    //   stats.insert("links", ...by type...);
    return stats;
}

} // namespace Gloss
