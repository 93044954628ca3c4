#pragma once

#include "annotations/annotation.h"
#include "annotations/link.h"
#include "unionfind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss
{

class Annotator;

/// One link seen from one of its ends: the link, the annotation at the other end and how it reads
/// from here. Symmetric types read Both ways, whichever end the link was stored from.
struct LinkEnd {
    enum class Direction { Outgoing, Incoming, Both };

    Link link;
    QString otherId; ///< the annotation at the other end
    Direction direction = Direction::Both;
};

/// The links of a project as a graph with their types' semantics (issue 6): symmetric types
/// (same-as, corroborates, contradicts, and user types marked symmetric) are read both ways, transitive
/// ones (same-as) are closed over with union-find, and a symmetric link is never stored twice.
///
/// A value snapshot: build it from Annotator::allLinks() and linkTypes(), read it from any thread,
/// rebuild it after linksAdded/linksRemoved/linksChanged.
class LinkGraph final
{
public:
    /// Which links take part: rejected suggestions never do.
    enum class Statuses { AcceptedOnly, AcceptedAndSuggested };

    LinkGraph() = default;
    LinkGraph(const QList<Link> &links, const QList<LinkType> &types, Statuses statuses = Statuses::AcceptedOnly);
    static LinkGraph fromAnnotator(const Annotator &annotator, Statuses statuses = Statuses::AcceptedOnly);

    /// The type \a id; nullptr for a type the project does not define (read as directed).
    const LinkType *type(const QString &id) const;
    QList<LinkType> types() const { return m_types; }
    bool isSymmetric(const QString &typeId) const;
    bool isTransitive(const QString &typeId) const;

    /// Every link touching \a annotationId (of \a typeId only when given), from its point of view.
    QList<LinkEnd> linksOf(const QString &annotationId, const QString &typeId = {}) const;
    /// The links leaving \a annotationId: its outgoing directed links and all its symmetric ones.
    QList<LinkEnd> outgoing(const QString &annotationId, const QString &typeId = {}) const;
    /// The links reaching \a annotationId: its incoming directed links and all its symmetric ones.
    QList<LinkEnd> incoming(const QString &annotationId, const QString &typeId = {}) const;
    /// True when a direct link of \a typeId goes from \a a to \a b (either way for symmetric types);
    /// for transitive types also when a chain of such links does.
    bool related(const QString &typeId, const QString &a, const QString &b) const;

    /// The annotations \a annotationId is the same as, itself included (same-as closure, transitive).
    QStringList sameAs(const QString &annotationId) const;
    /// The transitive closure of the links of \a typeIds, read as undirected: the annotations each
    /// chain of such links connects, as disjoint sets.
    UnionFind closure(const QStringList &typeIds) const;
    /// Entities of the registry that same-as links make one: for each entity id named by \a mentions
    /// (annotations with entityId), the representative entity of its class. Two mentions linked by
    /// same-as (directly or through a chain) put their entities in one class.
    QHash<QString, QString> entityClasses(const QList<Annotation> &mentions) const;

    QList<Link> links() const { return m_links; }
    int count() const { return int(m_links.size()); }

    /// The link among \a existing that adding \a typeId from \a sourceId to \a targetId would
    /// duplicate: same type between the same ends, either way round when the type is \a symmetric.
    static std::optional<Link> duplicateOf(
        const QList<Link> &existing, const QString &typeId, const QString &sourceId, const QString &targetId, bool symmetric);

private:
    QList<LinkEnd> ends(const QString &annotationId, const QString &typeId, bool wantOutgoing, bool wantIncoming) const;

    QList<Link> m_links;
    QList<LinkType> m_types;
    QHash<QString, int> m_typeIndex;
    QHash<QString, QList<int>> m_byAnnotation; ///< annotation id -> indexes into m_links
};

} // namespace Gloss
