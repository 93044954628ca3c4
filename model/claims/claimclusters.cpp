#include "claimclusters.h"

#include "links/linkgraph.h"
#include "links/unionfind.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Gloss
{

QStringList ClaimClusters::clusterLinkTypes()
{
    return {QStringLiteral("same-as"), QStringLiteral("corroborates"), QStringLiteral("contradicts")};
}

QList<ClaimCluster> ClaimClusters::build(const QList<Annotation> &claims, const LinkGraph &graph)
{
    QHash<QString, int> position;
    UnionFind sets;
    for (const Annotation &claim : claims) {
        if (claim.kind != Annotation::Kind::Claim || position.contains(claim.id))
            continue;
        position.insert(claim.id, int(position.size()));
        sets.add(claim.id);
    }
    const QStringList types = clusterLinkTypes();
    QList<Link> clusterLinks;
    for (const Link &link : graph.links()) {
        if (!types.contains(link.type) || !position.contains(link.sourceId) || !position.contains(link.targetId))
            continue;
        sets.unite(link.sourceId, link.targetId);
        clusterLinks.append(link);
    }

    QList<QStringList> groups = sets.groups();
    for (QStringList &group : groups)
        std::sort(group.begin(), group.end(), [&](const QString &a, const QString &b) { return position.value(a) < position.value(b); });
    std::stable_sort(groups.begin(), groups.end(), [&](const QStringList &a, const QStringList &b) {
        if (a.size() != b.size())
            return a.size() > b.size();
        return position.value(a.constFirst()) < position.value(b.constFirst());
    });

    QHash<QString, int> groupOf;
    for (int i = 0; i < groups.size(); ++i) {
        for (const QString &id : groups.at(i))
            groupOf.insert(id, i);
    }
    QList<ClaimCluster> clusters(groups.size());
    QHash<QString, int> degree;
    for (const Link &link : clusterLinks) {
        clusters[groupOf.value(link.sourceId)].links.append(link);
        degree[link.sourceId] += 1;
        degree[link.targetId] += 1;
    }
    for (int i = 0; i < groups.size(); ++i) {
        ClaimCluster &cluster = clusters[i];
        cluster.id = QStringLiteral("C%1").arg(i + 1);
        cluster.claimIds = groups.at(i);
        // The first of the best-linked members (members are in input order).
        cluster.representativeId = *std::max_element(
            cluster.claimIds.cbegin(), cluster.claimIds.cend(), [&](const QString &a, const QString &b) { return degree.value(a) < degree.value(b); });
    }
    return clusters;
}

} // namespace Gloss
