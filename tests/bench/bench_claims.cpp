// Benchmark of issue 6's claim comparison figures: the claim x outlet matrix for 1,000 claims x 50
// outlets (target <= 200 ms), link suggestions over the same claims, and near-duplicate passages over
// 10,000 generated articles (target <= 30 s on 2 cores). Prints its figures; not a test.
//
// Usage: bench_claims [--claims N] [--outlets N] [--articles N]
#include "benchsupport.h"

#include "claims/claimmatrix.h"
#include "claims/claimmatrixwriter.h"
#include "duplicates/nearduplicates.h"
#include "links/linksuggester.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <sys/resource.h>

using namespace Gloss;
using namespace GlossBench;

namespace
{
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QList<LinkType> defaultTypes()
{
    return {
        {QStringLiteral("same-as"), QStringLiteral("Same as"), true, true, QStringLiteral("s"), 0},
        {QStringLiteral("corroborates"), QStringLiteral("Corroborates"), true, false, QStringLiteral("c"), 1},
        {QStringLiteral("contradicts"), QStringLiteral("Contradicts"), true, false, QStringLiteral("x"), 2},
        {QStringLiteral("elaborates"), QStringLiteral("Elaborates"), false, false, QStringLiteral("e"), 3},
        {QStringLiteral("quotes"), QStringLiteral("Quotes / attributes to"), false, false, QStringLiteral("q"), 4},
    };
}

// Claims spread over outlets x 4 articles each; about one claim in five is alone, the others form
// clusters of 2-12 claims joined by corroborates, same-as and (one link in eight) contradicts.
ClaimMatrix::Input claimsInput(int claimCount, int outletCount, std::mt19937 &random)
{
    ClaimMatrix::Input input;
    input.linkTypes = defaultTypes();
    const int articleCount = outletCount * 4;
    for (int a = 0; a < articleCount; ++a)
        input.outletOfArticle.insert(QStringLiteral("article-%1").arg(a), QStringLiteral("Outlet %1").arg(a % outletCount));
    static const QStringList units
        = {QStringLiteral("shells"), QStringLiteral("tonnes"), QStringLiteral("households"), QStringLiteral("USD"), QStringLiteral("%")};
    static const QStringList stances = {QStringLiteral("asserts"), QStringLiteral("denies"), QStringLiteral("hedges"), QStringLiteral("reports")};
    int linkCounter = 0;
    int previous = -1;
    int remainingInCluster = 0;
    for (int i = 0; i < claimCount; ++i) {
        Annotation claim;
        claim.id = QStringLiteral("claim-%1").arg(i);
        claim.articleId = QStringLiteral("article-%1").arg(random() % articleCount);
        claim.kind = Annotation::Kind::Claim;
        const int start = int(random() % 4000);
        claim.spans = {Span{start, start + 60}};
        claim.quote = QStringLiteral("Officials said that %1 %2 were counted near the harbour").arg(random() % 5000).arg(units.at(random() % units.size()));
        Claim attributes;
        attributes.stance = Claim::stanceFromName(stances.at(random() % stances.size()));
        attributes.claimType = Claim::Type::Quantity;
        if (random() % 10 < 8) {
            attributes.value.type = random() % 4 == 0 ? NormalisedValue::Type::Range : NormalisedValue::Type::Number;
            attributes.value.value = double(1000 + random() % 200);
            attributes.value.high = attributes.value.value + double(random() % 50);
            attributes.value.unit = units.at(i / 97 % units.size());
            attributes.value.approximate = random() % 3 == 0;
        }
        attributes.writeTo(claim.attributes);
        input.claims.append(claim);

        if (remainingInCluster > 0 && previous >= 0) {
            Link link;
            link.id = QStringLiteral("link-%1").arg(++linkCounter);
            const unsigned pick = random() % 8;
            link.type = pick == 0 ? QStringLiteral("contradicts") : pick < 3 ? QStringLiteral("same-as") : QStringLiteral("corroborates");
            link.sourceId = claim.id;
            link.targetId = QStringLiteral("claim-%1").arg(previous - int(random() % std::max(1, 12 - remainingInCluster)) % (previous + 1));
            input.links.append(link);
            --remainingInCluster;
        } else if (random() % 5 != 0) {
            remainingInCluster = 1 + int(random() % 11);
        }
        previous = i;
    }
    return input;
}

QList<DuplicateDocument> articles(int count, int outletCount, int *copies)
{
    CorpusGenerator generator;
    std::mt19937 random(7);
    QStringList wire;
    for (int w = 0; w < 200; ++w)
        wire.append(generator.paragraph(500));
    QList<DuplicateDocument> documents;
    documents.reserve(count);
    *copies = 0;
    for (int i = 0; i < count; ++i) {
        const int chars = 3000 + int(random() % 5000);
        QString text = generator.articleFile(i, chars);
        // One article in four reprints a wire paragraph, with its own first words.
        if (i % 4 == 0) {
            QString copy = wire.at(random() % wire.size());
            copy.replace(0, copy.indexOf(QLatin1Char(' ')), QStringLiteral("Meanwhile"));
            text += copy + QStringLiteral("\n\n");
            ++*copies;
        }
        documents.append(DuplicateDocument{QStringLiteral("article-%1").arg(i), QStringLiteral("Outlet %1").arg(i % outletCount), text});
    }
    return documents;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int claimCount = 1000;
    int outletCount = 50;
    int articleCount = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--claims"))
            claimCount = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--outlets"))
            outletCount = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--articles"))
            articleCount = args.at(++i).toInt();
    }
    std::printf("threads: %d\n", QThreadPool::globalInstance()->maxThreadCount());

    std::mt19937 random(20261123);
    const ClaimMatrix::Input input = claimsInput(claimCount, outletCount, random);
    QList<double> buildTimes;
    QList<double> csvTimes;
    ClaimMatrix matrix;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer timer;
        timer.start();
        matrix = ClaimMatrix::build(input);
        buildTimes.append(elapsedMs(timer));
        timer.restart();
        const QByteArray csv = ClaimMatrixWriter::toCsv(matrix);
        csvTimes.append(elapsedMs(timer));
        if (csv.isEmpty())
            return 1;
    }
    std::printf("%d claims, %lld links, %d outlets -> %d clusters, %d with conflicts\n", claimCount, qlonglong(input.links.size()),
        int(matrix.outlets().size()), matrix.rowCount(), matrix.conflictCount());
    report("claim matrix build, median of 15", percentile(buildTimes, 50), "ms", "<= 200 ms");
    report("claim matrix build, worst of 15", percentile(buildTimes, 100), "ms", "<= 200 ms");
    report("claim matrix as CSV, median of 15", percentile(csvTimes, 50), "ms", "-");

    LinkSuggester::Input suggesterInput;
    suggesterInput.annotations = input.claims;
    suggesterInput.linkTypes = input.linkTypes;
    QElapsedTimer timer;
    timer.start();
    const QList<Link> suggestions = LinkSuggester::suggest(suggesterInput);
    report("link suggestions over the same claims", elapsedMs(timer), "ms", "-");
    std::printf("  %lld links suggested\n", qlonglong(suggestions.size()));

    int copies = 0;
    timer.restart();
    const QList<DuplicateDocument> documents = articles(articleCount, outletCount, &copies);
    std::printf("generated %d articles (%d reprint one of 200 wire paragraphs) in %.1f s\n", articleCount, copies, elapsedMs(timer) / 1000);
    const double cpuBefore = cpuSeconds();
    timer.restart();
    const QList<PassagePair> pairs = NearDuplicates::find(documents);
    const double wall = elapsedMs(timer) / 1000;
    report("near-duplicate passages, wall clock", wall, "s", "<= 30 s");
    report("near-duplicate passages, CPU", cpuSeconds() - cpuBefore, "s", "-");
    report("peak resident memory", procStatusMiB("VmHWM"), "MiB", "-");
    std::printf("  %lld pairs of near-duplicate passages across outlets\n", qlonglong(pairs.size()));
    return 0;
}
