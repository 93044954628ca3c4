#include "linksuggester.h"

#include "annotations/annotator.h"
#include "annotations/claim.h"
#include "claims/valuecomparison.h"
#include "linkgraph.h"
#include "project.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Gloss
{

namespace
{
struct ClaimInfo {
    const Annotation *annotation = nullptr;
    Claim claim;
    QString figure; ///< ValueComparison::figureKey
    QStringList entities; ///< canonical entity ids, sorted, unique
    QStringList keywords; ///< sorted, unique
};

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {QStringLiteral("about"), QStringLiteral("after"), QStringLiteral("again"), QStringLiteral("against"),
        QStringLiteral("among"), QStringLiteral("around"), QStringLiteral("because"), QStringLiteral("before"), QStringLiteral("being"),
        QStringLiteral("between"), QStringLiteral("could"), QStringLiteral("during"), QStringLiteral("every"), QStringLiteral("first"), QStringLiteral("would"),
        QStringLiteral("should"), QStringLiteral("their"), QStringLiteral("there"), QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("which"),
        QStringLiteral("while"), QStringLiteral("where"), QStringLiteral("other"), QStringLiteral("since"), QStringLiteral("still"), QStringLiteral("under"),
        QStringLiteral("until"), QStringLiteral("without"), QStringLiteral("according"), QStringLiteral("said"), QStringLiteral("says"),
        QStringLiteral("saying"), QStringLiteral("told"), QStringLiteral("reported"), QStringLiteral("reportedly"), QStringLiteral("officials"),
        QStringLiteral("million"), QStringLiteral("billion"), QStringLiteral("thousand"), QStringLiteral("hundred"), QStringLiteral("nearly"),
        QStringLiteral("almost"), QStringLiteral("least"), QStringLiteral("more"), QStringLiteral("than"), QStringLiteral("including"),
        QStringLiteral("within"), QStringLiteral("through"), QStringLiteral("however"), QStringLiteral("also"), QStringLiteral("have"), QStringLiteral("has"),
        QStringLiteral("been"), QStringLiteral("were"), QStringLiteral("will"), QStringLiteral("year"), QStringLiteral("years")};
    return words;
}

QStringList keywordsOf(const QString &quote, int minLength)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}][\\p{L}\\p{Mn}'’-]*"));
    QSet<QString> found;
    for (auto it = word.globalMatch(quote); it.hasNext();) {
        const QString text = it.next().captured().toLower();
        if (text.size() >= minLength && !stopWords().contains(text))
            found.insert(text);
    }
    QStringList result(found.cbegin(), found.cend());
    std::sort(result.begin(), result.end());
    return result;
}

int commonCount(const QStringList &a, const QStringList &b)
{
    int count = 0;
    for (qsizetype i = 0, j = 0; i < a.size() && j < b.size();) {
        const int order = a.at(i).compare(b.at(j));
        if (order < 0) {
            ++i;
        } else if (order > 0) {
            ++j;
        } else {
            ++count;
            ++i;
            ++j;
        }
    }
    return count;
}

bool opposite(Claim::Stance a, Claim::Stance b)
{
    return (a == Claim::Stance::Asserts && b == Claim::Stance::Denies) || (a == Claim::Stance::Denies && b == Claim::Stance::Asserts);
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}
} // namespace

QString LinkSuggester::sourceName()
{
    return QStringLiteral("links");
}

LinkSuggester::Input LinkSuggester::inputOf(const Project &project)
{
    Input input;
    const Annotator *annotator = project.annotator();
    for (const Annotation &annotation : annotator->allAnnotations()) {
        if (annotation.kind == Annotation::Kind::Claim || (annotation.kind == Annotation::Kind::Entity && !annotation.entityId.isEmpty()))
            input.annotations.append(annotation);
    }
    input.links = annotator->allLinks();
    input.linkTypes = annotator->linkTypes();
    return input;
}

QList<Link> LinkSuggester::suggest(const Input &input, const Options &options)
{
    // Entity mentions by article, with same-as making entities one.
    QHash<QString, QList<const Annotation *>> mentionsOf;
    QHash<QString, const Annotation *> byId;
    QList<Annotation> mentions;
    for (const Annotation &annotation : input.annotations) {
        byId.insert(annotation.id, &annotation);
        if (annotation.kind == Annotation::Kind::Entity && !annotation.entityId.isEmpty() && annotation.status != Annotation::Status::Rejected) {
            mentionsOf[annotation.articleId].append(&annotation);
            mentions.append(annotation);
        }
    }
    const LinkGraph graph(input.links, input.linkTypes);
    const QHash<QString, QString> canonical = graph.entityClasses(mentions);

    QList<ClaimInfo> claims;
    for (const Annotation &annotation : input.annotations) {
        if (annotation.kind != Annotation::Kind::Claim || annotation.status == Annotation::Status::Rejected)
            continue;
        ClaimInfo info;
        info.annotation = &annotation;
        info.claim = Claim::fromAttributes(annotation.attributes);
        info.figure = ValueComparison::figureKey(info.claim.value);
        QSet<QString> entities;
        for (const Annotation *mention : mentionsOf.value(annotation.articleId)) {
            if (mention->intersects(annotation.start(), annotation.end()))
                entities.insert(canonical.value(mention->entityId, mention->entityId));
        }
        if (const Annotation *speaker = byId.value(info.claim.speakerAnnotationId); speaker && !speaker->entityId.isEmpty())
            entities.insert(canonical.value(speaker->entityId, speaker->entityId));
        info.entities = QStringList(entities.cbegin(), entities.cend());
        std::sort(info.entities.begin(), info.entities.end());
        info.keywords = keywordsOf(annotation.quote, options.minKeywordLength);
        claims.append(info);
    }

    // Buckets of claims sharing a figure, an entity pair, or a claim type with an entity or keyword.
    QHash<QString, QList<int>> buckets;
    for (int i = 0; i < claims.size(); ++i) {
        const ClaimInfo &info = claims.at(i);
        if (!info.figure.isEmpty())
            buckets[QStringLiteral("f:") + info.figure].append(i);
        const QStringList &entities = info.entities;
        for (qsizetype a = 0; a < entities.size() && a < 8; ++a) {
            for (qsizetype b = a + 1; b < entities.size() && b < 8; ++b)
                buckets[QStringLiteral("e:") + entities.at(a) + QLatin1Char('|') + entities.at(b)].append(i);
        }
        if (info.claim.value.isNull())
            continue;
        const QString type = Claim::typeName(info.claim.claimType);
        for (const QString &entity : entities)
            buckets[QStringLiteral("te:") + type + QLatin1Char(':') + entity].append(i);
        for (const QString &keyword : info.keywords)
            buckets[QStringLiteral("tk:") + type + QLatin1Char(':') + keyword].append(i);
    }
    QSet<quint64> candidates;
    for (const QList<int> &bucket : std::as_const(buckets)) {
        if (bucket.size() < 2 || bucket.size() > options.maxBucket)
            continue;
        for (qsizetype i = 0; i < bucket.size(); ++i) {
            for (qsizetype j = i + 1; j < bucket.size(); ++j) {
                const int a = std::min(bucket.at(i), bucket.at(j));
                const int b = std::max(bucket.at(i), bucket.at(j));
                if (claims.at(a).annotation->articleId != claims.at(b).annotation->articleId)
                    candidates.insert((quint64(a) << 32) | quint64(b));
            }
        }
    }

    QSet<QString> linked;
    for (const Link &link : input.links)
        linked.insert(pairKey(link.sourceId, link.targetId));

    const ValueComparison comparison(options.approximateTolerance);
    struct Proposal {
        int a;
        int b;
        Link link;
    };
    QList<Proposal> proposals;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const quint64 candidate : std::as_const(candidates)) {
        const int a = int(candidate >> 32);
        const int b = int(candidate & 0xffffffffULL);
        const ClaimInfo &x = claims.at(a);
        const ClaimInfo &y = claims.at(b);
        if (linked.contains(pairKey(x.annotation->id, y.annotation->id)))
            continue;
        const int sharedEntities = commonCount(x.entities, y.entities);
        const int sharedKeywords = commonCount(x.keywords, y.keywords);
        const ValueComparison::Result values = comparison.compare(x.claim.value, y.claim.value);
        const bool sameType = x.claim.claimType == y.claim.claimType;

        QString type;
        QString why;
        double score = 0;
        if (values == ValueComparison::Result::Discrepant && sameType && (sharedEntities > 0 || sharedKeywords > 0)) {
            type = QStringLiteral("contradicts");
            why = QStringLiteral("different figures for the same subject");
            score = sharedEntities > 0 ? 0.7 : 0.5;
        } else if (sharedEntities >= 2 && opposite(x.claim.stance, y.claim.stance)) {
            type = QStringLiteral("contradicts");
            why = QStringLiteral("the same entities, one asserts and the other denies");
            score = 0.6;
        } else if (!x.figure.isEmpty() && x.figure == y.figure && !opposite(x.claim.stance, y.claim.stance)) {
            type = QStringLiteral("corroborates");
            why = QStringLiteral("the same figure");
            score = std::min(1.0, 0.6 + 0.1 * sharedEntities + (sharedKeywords > 0 ? 0.1 : 0.0));
        } else if (sharedEntities >= 2 && values != ValueComparison::Result::Discrepant) {
            type = QStringLiteral("corroborates");
            why = QStringLiteral("the same entities");
            score = std::min(1.0, 0.4 + 0.05 * sharedEntities);
        } else {
            continue;
        }
        Link link;
        link.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        link.type = type;
        link.sourceId = x.annotation->id;
        link.targetId = y.annotation->id;
        link.note = QStringLiteral("Suggested: ") + why;
        link.created = now;
        link.modified = now;
        link.status = Annotation::Status::Suggested;
        link.suggestionSource = sourceName();
        link.score = score;
        proposals.append(Proposal{a, b, link});
    }
    std::sort(proposals.begin(), proposals.end(), [](const Proposal &p, const Proposal &q) {
        if (p.link.score != q.link.score)
            return p.link.score > q.link.score;
        return p.a != q.a ? p.a < q.a : p.b < q.b;
    });
    QList<Link> result;
    result.reserve(proposals.size());
    for (const Proposal &proposal : std::as_const(proposals))
        result.append(proposal.link);
    return result;
}

std::optional<int> LinkSuggester::apply(Annotator &annotator, const QList<Link> &links)
{
    if (links.isEmpty())
        return 0;
    ChangeSet changes;
    changes.links.added = links;
    const QString text = links.size() == 1 ? QStringLiteral("Suggest 1 link") : QStringLiteral("Suggest %1 links").arg(links.size());
    if (!annotator.applyChanges(changes, text))
        return std::nullopt;
    return int(links.size());
}

} // namespace Gloss
