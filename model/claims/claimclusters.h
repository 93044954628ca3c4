#pragma once

#include "annotations/annotation.h"
#include "annotations/link.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss
{

class LinkGraph;

/// One claim cluster: claims that same-as, corroborates or contradicts links join (transitively), or
/// one claim alone.
struct ClaimCluster {
    QString id; ///< "C1", "C2" ... in the order of ClaimClusters::build() (not stable across edits)
    QString representativeId; ///< the claim that stands for the cluster: the best-linked one, then the first
    QStringList claimIds; ///< members, in the order of the claims given to build()
    QList<Link> links; ///< the clustering links among the members (accepted, and suggested when asked)
};

/// Builds claim clusters from claims and the link graph (issue 6). A value computation.
class ClaimClusters final
{
public:
    /// The link types that join claims into one cluster.
    static QStringList clusterLinkTypes();
    /// The clusters of \a claims (annotations of kind Claim; others are ignored), joined by the links of
    /// \a graph of clusterLinkTypes() whose two ends are both among \a claims. Singletons included.
    /// Ordered by size (largest first), then by the position of their first member in \a claims.
    static QList<ClaimCluster> build(const QList<Annotation> &claims, const LinkGraph &graph);
};

} // namespace Gloss
