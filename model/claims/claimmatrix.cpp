#include "claimmatrix.h"

#include "links/linkgraph.h"
#include "links/unionfind.h"
#include "project.h"
#include "valuecomparison.h"

#include <algorithm>

namespace Gloss
{

namespace
{
ClaimCell::Stance cellStanceOf(Claim::Stance stance)
{
    switch (stance) {
    case Claim::Stance::Unspecified:
        return ClaimCell::Stance::Unspecified;
    case Claim::Stance::Asserts:
        return ClaimCell::Stance::Asserts;
    case Claim::Stance::Denies:
        return ClaimCell::Stance::Denies;
    case Claim::Stance::Hedges:
        return ClaimCell::Stance::Hedges;
    case Claim::Stance::Reports:
        return ClaimCell::Stance::Reports;
    }
    return ClaimCell::Stance::Unspecified;
}

// How firmly a stance commits the outlet: one outlet's several claims show its firmest.
int strength(ClaimCell::Stance stance)
{
    switch (stance) {
    case ClaimCell::Stance::NotMentioned:
        return 0;
    case ClaimCell::Stance::Unspecified:
        return 1;
    case ClaimCell::Stance::Reports:
        return 2;
    case ClaimCell::Stance::Hedges:
        return 3;
    case ClaimCell::Stance::Asserts:
    case ClaimCell::Stance::Denies:
        return 4;
    case ClaimCell::Stance::Mixed:
        return 5;
    }
    return 0;
}

ClaimCell::Stance combined(ClaimCell::Stance current, ClaimCell::Stance added)
{
    using S = ClaimCell::Stance;
    if ((current == S::Asserts && added == S::Denies) || (current == S::Denies && added == S::Asserts))
        return S::Mixed;
    return strength(added) > strength(current) ? added : current;
}
} // namespace

QString ClaimCell::stanceName(Stance stance)
{
    switch (stance) {
    case Stance::NotMentioned:
        return QStringLiteral("not mentioned");
    case Stance::Unspecified:
        return QStringLiteral("mentions");
    case Stance::Asserts:
        return QStringLiteral("asserts");
    case Stance::Denies:
        return QStringLiteral("denies");
    case Stance::Hedges:
        return QStringLiteral("hedges");
    case Stance::Reports:
        return QStringLiteral("reports");
    case Stance::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

QString ClaimMatrix::unknownOutlet()
{
    return QStringLiteral("(unknown outlet)");
}

const Annotation *ClaimMatrix::claim(const QString &id) const
{
    const auto it = m_claims.constFind(id);
    return it == m_claims.cend() ? nullptr : &*it;
}

int ClaimMatrix::conflictCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ClaimRow &row) { return row.conflict(); }));
}

ClaimMatrix::Input ClaimMatrix::inputOf(const Project &project, const QList<PassagePair> &duplicates)
{
    Input input;
    const Annotator *annotator = project.annotator();
    for (const Annotation &annotation : annotator->allAnnotations()) {
        if (annotation.kind == Annotation::Kind::Claim)
            input.claims.append(annotation);
    }
    for (const ArticleSummary &article : project.store().articleSummaries())
        input.outletOfArticle.insert(article.id, article.outlet);
    input.links = annotator->allLinks();
    input.linkTypes = annotator->linkTypes();
    input.duplicates = duplicates;
    return input;
}

ClaimMatrix ClaimMatrix::build(const Input &input, const Options &options)
{
    ClaimMatrix matrix;
    QList<Annotation> claims;
    claims.reserve(input.claims.size());
    for (const Annotation &annotation : input.claims) {
        if (annotation.kind != Annotation::Kind::Claim || annotation.status == Annotation::Status::Rejected)
            continue;
        if (annotation.status == Annotation::Status::Suggested && !options.includeSuggestedClaims)
            continue;
        claims.append(annotation);
        matrix.m_claims.insert(annotation.id, annotation);
    }

    const auto outletOf = [&](const QString &articleId) {
        const QString outlet = input.outletOfArticle.value(articleId).trimmed();
        return outlet.isEmpty() ? unknownOutlet() : outlet;
    };
    QSet<QString> outletSet;
    for (auto it = input.outletOfArticle.cbegin(); it != input.outletOfArticle.cend(); ++it)
        outletSet.insert(outletOf(it.key()));
    for (const Annotation &claim : std::as_const(claims))
        outletSet.insert(outletOf(claim.articleId));
    matrix.m_outlets = QStringList(outletSet.cbegin(), outletSet.cend());
    std::sort(matrix.m_outlets.begin(), matrix.m_outlets.end(), [](const QString &a, const QString &b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    QHash<QString, int> column;
    for (int i = 0; i < matrix.m_outlets.size(); ++i)
        column.insert(matrix.m_outlets.at(i), i);

    const LinkGraph graph(
        input.links, input.linkTypes, options.includeSuggestedLinks ? LinkGraph::Statuses::AcceptedAndSuggested : LinkGraph::Statuses::AcceptedOnly);
    const QList<ClaimCluster> clusters = ClaimClusters::build(claims, graph);
    const DuplicateIndex duplicates(input.duplicates);
    const ValueComparison comparison(options.approximateTolerance);

    matrix.m_rows.reserve(clusters.size());
    for (const ClaimCluster &cluster : clusters) {
        ClaimRow row;
        row.cluster = cluster;
        row.cells.resize(matrix.m_outlets.size());
        const Annotation &representative = matrix.m_claims[cluster.representativeId];
        row.quote = representative.quote;
        const Claim representativeClaim = Claim::fromAttributes(representative.attributes);
        row.claimType = Claim::typeName(representativeClaim.claimType);

        struct Member {
            const Annotation *annotation;
            int column;
            NormalisedValue value;
        };
        QList<Member> members;
        members.reserve(cluster.claimIds.size());
        for (const QString &id : cluster.claimIds) {
            const Annotation *annotation = &*matrix.m_claims.constFind(id);
            const Claim claim = Claim::fromAttributes(annotation->attributes);
            const int col = column.value(outletOf(annotation->articleId));
            ClaimCell &cell = row.cells[col];
            cell.stance = combined(cell.stance, cellStanceOf(claim.stance));
            cell.claimIds.append(id);
            if (!claim.value.isNull())
                cell.values.append(claim.value);
            members.append(Member{annotation, col, claim.value});
            matrix.m_rowOfClaim.insert(id, int(matrix.m_rows.size()));
        }

        for (int i = 0; i < members.size(); ++i) {
            if (members.at(i).value.isNull())
                continue;
            for (int j = i + 1; j < members.size(); ++j) {
                if (comparison.compare(members.at(i).value, members.at(j).value) == ValueComparison::Result::Discrepant)
                    row.discrepantClaims.append({members.at(i).annotation->id, members.at(j).annotation->id});
            }
        }
        row.discrepancy = !row.discrepantClaims.isEmpty();
        row.contradicted = std::any_of(cluster.links.cbegin(), cluster.links.cend(),
            [](const Link &link) { return link.type == QLatin1String("contradicts") && link.status == Annotation::Status::Accepted; });

        // Outlets whose claims sit in copies of each other's passages count once.
        UnionFind sources;
        QList<bool> copiedClaim(members.size(), false);
        if (!duplicates.isEmpty()) {
            for (int i = 0; i < members.size(); ++i) {
                for (int j = i + 1; j < members.size(); ++j) {
                    const Member &a = members.at(i);
                    const Member &b = members.at(j);
                    if (a.column == b.column
                        || !duplicates.copied(a.annotation->articleId, a.annotation->start(), b.annotation->articleId, b.annotation->start()))
                        continue;
                    copiedClaim[i] = true;
                    copiedClaim[j] = true;
                    sources.unite(QString::number(a.column), QString::number(b.column));
                }
            }
        }
        for (int col = 0; col < row.cells.size(); ++col) {
            ClaimCell &cell = row.cells[col];
            if (cell.stance == ClaimCell::Stance::NotMentioned)
                continue;
            ++row.mentioningOutlets;
            sources.add(QString::number(col));
            bool allCopied = true;
            for (int i = 0; i < members.size(); ++i) {
                if (members.at(i).column == col && !copiedClaim.at(i))
                    allCopied = false;
            }
            cell.copied = allCopied && !duplicates.isEmpty();
        }
        row.independentOutlets = int(sources.groups().size());
        matrix.m_rows.append(row);
    }
    return matrix;
}

} // namespace Gloss
