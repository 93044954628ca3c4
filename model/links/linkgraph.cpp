#include "linkgraph.h"

#include "annotations/annotator.h"

namespace Gloss
{

LinkGraph::LinkGraph(const QList<Link> &links, const QList<LinkType> &types, Statuses statuses) : m_types(types)
{
    for (int i = 0; i < m_types.size(); ++i)
        m_typeIndex.insert(m_types.at(i).id, i);
    m_links.reserve(links.size());
    for (const Link &link : links) {
        if (link.status == Annotation::Status::Rejected)
            continue;
        if (link.status == Annotation::Status::Suggested && statuses == Statuses::AcceptedOnly)
            continue;
        const int index = int(m_links.size());
        m_links.append(link);
        m_byAnnotation[link.sourceId].append(index);
        if (link.targetId != link.sourceId)
            m_byAnnotation[link.targetId].append(index);
    }
}

LinkGraph LinkGraph::fromAnnotator(const Annotator &annotator, Statuses statuses)
{
    return LinkGraph(annotator.allLinks(), annotator.linkTypes(), statuses);
}

const LinkType *LinkGraph::type(const QString &id) const
{
    const int index = m_typeIndex.value(id, -1);
    return index < 0 ? nullptr : &m_types.at(index);
}

bool LinkGraph::isSymmetric(const QString &typeId) const
{
    const LinkType *linkType = type(typeId);
    return linkType && linkType->symmetric;
}

bool LinkGraph::isTransitive(const QString &typeId) const
{
    const LinkType *linkType = type(typeId);
    return linkType && linkType->transitive;
}

QList<LinkEnd> LinkGraph::ends(const QString &annotationId, const QString &typeId, bool wantOutgoing, bool wantIncoming) const
{
    QList<LinkEnd> result;
    for (const int index : m_byAnnotation.value(annotationId)) {
        const Link &link = m_links.at(index);
        if (!typeId.isEmpty() && link.type != typeId)
            continue;
        LinkEnd end;
        end.link = link;
        end.otherId = link.otherEnd(annotationId);
        if (isSymmetric(link.type))
            end.direction = LinkEnd::Direction::Both;
        else
            end.direction = link.sourceId == annotationId ? LinkEnd::Direction::Outgoing : LinkEnd::Direction::Incoming;
        const bool keep = end.direction == LinkEnd::Direction::Both || (wantOutgoing && end.direction == LinkEnd::Direction::Outgoing)
            || (wantIncoming && end.direction == LinkEnd::Direction::Incoming);
        if (keep)
            result.append(end);
    }
    return result;
}

QList<LinkEnd> LinkGraph::linksOf(const QString &annotationId, const QString &typeId) const
{
    return ends(annotationId, typeId, true, true);
}

QList<LinkEnd> LinkGraph::outgoing(const QString &annotationId, const QString &typeId) const
{
    return ends(annotationId, typeId, true, false);
}

QList<LinkEnd> LinkGraph::incoming(const QString &annotationId, const QString &typeId) const
{
    return ends(annotationId, typeId, false, true);
}

bool LinkGraph::related(const QString &typeId, const QString &a, const QString &b) const
{
    if (isTransitive(typeId)) {
        // Transitive types read as symmetric here: a chain a - x - b relates a and b.
        return a == b || closure({typeId}).connected(a, b);
    }
    const QList<LinkEnd> fromA = outgoing(a, typeId);
    return std::any_of(fromA.cbegin(), fromA.cend(), [&](const LinkEnd &end) { return end.otherId == b; });
}

UnionFind LinkGraph::closure(const QStringList &typeIds) const
{
    UnionFind sets;
    for (const Link &link : m_links) {
        if (typeIds.contains(link.type))
            sets.unite(link.sourceId, link.targetId);
    }
    return sets;
}

QStringList LinkGraph::sameAs(const QString &annotationId) const
{
    QStringList transitiveTypes;
    for (const LinkType &linkType : m_types) {
        if (linkType.transitive)
            transitiveTypes.append(linkType.id);
    }
    if (transitiveTypes.isEmpty())
        transitiveTypes.append(QStringLiteral("same-as"));
    return closure(transitiveTypes).members(annotationId);
}

QHash<QString, QString> LinkGraph::entityClasses(const QList<Annotation> &mentions) const
{
    QHash<QString, QString> entityOf;
    UnionFind entities;
    for (const Annotation &mention : mentions) {
        if (mention.entityId.isEmpty())
            continue;
        entityOf.insert(mention.id, mention.entityId);
        entities.add(mention.entityId);
    }
    for (const Link &link : m_links) {
        if (!isTransitive(link.type) && link.type != QLatin1String("same-as"))
            continue;
        const QString a = entityOf.value(link.sourceId);
        const QString b = entityOf.value(link.targetId);
        if (!a.isEmpty() && !b.isEmpty())
            entities.unite(a, b);
    }
    QHash<QString, QString> result;
    for (const QStringList &group : entities.groups()) {
        for (const QString &id : group)
            result.insert(id, group.constFirst());
    }
    return result;
}

std::optional<Link> LinkGraph::duplicateOf(const QList<Link> &existing, const QString &typeId, const QString &sourceId, const QString &targetId, bool symmetric)
{
    for (const Link &link : existing) {
        if (link.type != typeId)
            continue;
        if ((link.sourceId == sourceId && link.targetId == targetId) || (symmetric && link.sourceId == targetId && link.targetId == sourceId))
            return link;
    }
    return std::nullopt;
}

} // namespace Gloss
