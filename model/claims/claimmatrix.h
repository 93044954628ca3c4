#pragma once

#include "annotations/annotation.h"
#include "annotations/claim.h"
#include "annotations/link.h"
#include "claimclusters.h"
#include "duplicates/nearduplicates.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Gloss
{

class Project;

/// What one outlet says about one claim cluster.
struct ClaimCell {
    /// NotMentioned: none of the outlet's claims is in the cluster. Unspecified: it has claims there
    /// without a stance. Mixed: its claims there both assert and deny.
    enum class Stance { NotMentioned, Unspecified, Asserts, Denies, Hedges, Reports, Mixed };

    Stance stance = Stance::NotMentioned;
    QStringList claimIds; ///< the outlet's claims in the cluster
    QList<NormalisedValue> values; ///< their figures and dates (those that have one), side by side
    /// Every one of the outlet's claims here lies in a passage that near-duplicates another outlet's
    /// passage holding a claim of the cluster: copied wire text, not independent corroboration.
    bool copied = false;

    static QString stanceName(Stance stance); ///< "not mentioned", "asserts" ...
};

/// One row of the matrix: a cluster across all outlets.
struct ClaimRow {
    ClaimCluster cluster;
    QString quote; ///< the representative claim's quote
    QString claimType; ///< Claim::typeName of the representative (empty when unspecified)
    QList<ClaimCell> cells; ///< one per ClaimMatrix::outlets(), in that order
    /// Figures or dates of two claims of the cluster differ (ValueComparison says Discrepant).
    bool discrepancy = false;
    /// An accepted contradicts link joins two claims of the cluster.
    bool contradicted = false;
    QList<QPair<QString, QString>> discrepantClaims; ///< the pairs of claim ids whose values differ
    int mentioningOutlets = 0; ///< outlets whose cell is not NotMentioned
    /// Mentioning outlets, counting outlets whose claims are copies of each other's passages once.
    int independentOutlets = 0;

    bool conflict() const { return discrepancy || contradicted; }
};

/// The claim x outlet matrix of issue 6: per claim cluster, each outlet's stance, the normalised
/// figures side by side and whether they disagree. A value snapshot (any thread); build() is pure.
///
/// Cheap: 1,000 claims x 50 outlets build in a few milliseconds (tests/bench/bench_claims).
class ClaimMatrix final
{
public:
    struct Options {
        double approximateTolerance = 0.10; ///< relative tolerance around approximate figures
        bool includeSuggestedClaims = false; ///< suggested claim annotations take part (rejected never do)
        bool includeSuggestedLinks = false; ///< suggested links join clusters (rejected never do)
    };

    /// What build() reads.
    struct Input {
        QList<Annotation> claims; ///< any annotations: only kind Claim are used
        QHash<QString, QString> outletOfArticle; ///< article id -> outlet; every outlet here gets a column
        QList<Link> links;
        QList<LinkType> linkTypes;
        QList<PassagePair> duplicates; ///< near-duplicate passages (NearDuplicates::find), may be empty
    };

    static ClaimMatrix build(const Input &input, const Options &options);
    static ClaimMatrix build(const Input &input) { return build(input, Options()); }
    /// Reads the claims, articles and links of \a project; \a duplicates as in Input.
    static Input inputOf(const Project &project, const QList<PassagePair> &duplicates = {});

    /// The outlets (columns), sorted case-insensitively; articles without one fall under unknownOutlet().
    QStringList outlets() const { return m_outlets; }
    QList<ClaimRow> rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    const ClaimRow &row(int index) const { return m_rows.at(index); }
    /// The row of the cluster holding \a claimId; -1 when none.
    int rowOfClaim(const QString &claimId) const { return m_rowOfClaim.value(claimId, -1); }
    /// The claim annotation \a id as read by build() (for quotes and values in views).
    const Annotation *claim(const QString &id) const;
    int conflictCount() const;

    static QString unknownOutlet();

private:
    QStringList m_outlets;
    QList<ClaimRow> m_rows;
    QHash<QString, int> m_rowOfClaim;
    QHash<QString, Annotation> m_claims;
};

} // namespace Gloss
