// Claim clusters and the claim x outlet matrix: clusters joined by same-as / corroborates / contradicts
// (transitively, singletons included), stances per outlet, value comparison (ranges, approximate
// figures, units, dates) and the discrepancy and contradiction flags, copies of wire text.
#include "claims/claimclusters.h"
#include "claims/claimmatrix.h"
#include "claims/claimmatrixwriter.h"
#include "claims/valuecomparison.h"
#include "links/linkgraph.h"
#include "models/claimmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Gloss;

Q_DECLARE_METATYPE(Gloss::NormalisedValue)
Q_DECLARE_METATYPE(Gloss::ValueComparison::Result)
Q_DECLARE_METATYPE(Gloss::ClaimCell::Stance)

namespace
{
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

NormalisedValue number(double value, const QString &unit = {}, bool approximate = false)
{
    NormalisedValue result;
    result.type = NormalisedValue::Type::Number;
    result.value = value;
    result.unit = unit;
    result.approximate = approximate;
    return result;
}

NormalisedValue range(double low, double high, const QString &unit = {}, bool approximate = false)
{
    NormalisedValue result = number(low, unit, approximate);
    result.type = NormalisedValue::Type::Range;
    result.high = high;
    return result;
}

NormalisedValue date(const QString &iso)
{
    NormalisedValue result;
    result.type = NormalisedValue::Type::Date;
    result.date = iso;
    return result;
}

Annotation claim(const QString &id, const QString &articleId, Claim::Stance stance, const NormalisedValue &value = {}, int start = 0)
{
    Annotation annotation;
    annotation.id = id;
    annotation.articleId = articleId;
    annotation.kind = Annotation::Kind::Claim;
    annotation.spans = {Span{start, start + 10}};
    annotation.quote = QStringLiteral("quote of ") + id;
    Claim attributes;
    attributes.stance = stance;
    attributes.claimType = Claim::Type::Quantity;
    attributes.value = value;
    attributes.writeTo(annotation.attributes);
    return annotation;
}

Link link(const QString &type, const QString &source, const QString &target, Annotation::Status status = Annotation::Status::Accepted)
{
    static int counter = 0;
    Link result;
    result.id = QStringLiteral("link-%1").arg(++counter);
    result.type = type;
    result.sourceId = source;
    result.targetId = target;
    result.status = status;
    return result;
}

// Three outlets (Harbour Gazette: article h, Valley Courier: v1 and v2, Northern Post: n) and an
// outlet with no claims (Quiet Times: q).
ClaimMatrix::Input baseInput()
{
    ClaimMatrix::Input input;
    input.outletOfArticle = {{QStringLiteral("h"), QStringLiteral("Harbour Gazette")}, {QStringLiteral("v1"), QStringLiteral("Valley Courier")},
        {QStringLiteral("v2"), QStringLiteral("Valley Courier")}, {QStringLiteral("n"), QStringLiteral("Northern Post")},
        {QStringLiteral("q"), QStringLiteral("Quiet Times")}};
    input.linkTypes = defaultTypes();
    return input;
}

int column(const ClaimMatrix &matrix, const QString &outlet)
{
    return int(matrix.outlets().indexOf(outlet));
}
} // namespace

class TestClaimMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compareValues_data();
    void compareValues();
    void figureKeys();
    void clusters_data();
    void clusters();
    void representativeIsBestLinked();
    void stancesPerOutlet();
    void discrepancyFlags_data();
    void discrepancyFlags();
    void suggestedAndRejectedLinks();
    void copiesAreNotIndependent();
    void writers();
    void tableModel();
};

void TestClaimMatrix::compareValues_data()
{
    using R = ValueComparison::Result;
    QTest::addColumn<NormalisedValue>("a");
    QTest::addColumn<NormalisedValue>("b");
    QTest::addColumn<R>("expected");
    QTest::newRow("equal numbers") << number(5e6, "shells") << number(5e6, "shells") << R::Consistent;
    QTest::newRow("five against ten million shells") << number(5e6, "shells") << number(1e7, "shells") << R::Discrepant;
    QTest::newRow("plural and singular unit") << number(40, "shell") << number(40, "Shells") << R::Consistent;
    QTest::newRow("number inside range") << number(45, "warheads") << range(40, 50, "warheads") << R::Consistent;
    QTest::newRow("number outside range") << number(55, "warheads") << range(40, 50, "warheads") << R::Discrepant;
    QTest::newRow("overlapping ranges") << range(40, 50) << range(48, 60) << R::Consistent;
    QTest::newRow("disjoint ranges") << range(40, 50) << range(51, 60) << R::Discrepant;
    QTest::newRow("range boundary touches") << range(40, 50) << number(50) << R::Consistent;
    QTest::newRow("approximate within 10%") << number(1e7, "shells", true) << number(9.3e6, "shells") << R::Consistent;
    QTest::newRow("approximate beyond 10%") << number(1e7, "shells", true) << number(8.5e6, "shells") << R::Discrepant;
    QTest::newRow("exact figures differ slightly") << number(1000) << number(1001) << R::Discrepant;
    QTest::newRow("both approximate") << number(100, {}, true) << number(118, {}, true) << R::Consistent;
    QTest::newRow("different units") << number(5, "tonnes") << number(5, "shells") << R::Incomparable;
    QTest::newRow("dollar sign and USD") << number(3.2e9, "$") << number(3.2e9, "USD") << R::Consistent;
    QTest::newRow("per cent spellings") << number(12, "per cent") << number(14, "%") << R::Discrepant;
    QTest::newRow("km and metres") << number(2, "km") << number(2000, "metres") << R::Consistent;
    QTest::newRow("km and metres differ") << number(2, "km") << number(200, "m") << R::Discrepant;
    QTest::newRow("missing unit") << number(40) << number(40, "trucks") << R::Consistent;
    QTest::newRow("same date") << date("2024-06-08") << date("2024-06-08") << R::Consistent;
    QTest::newRow("coarser date") << date("2024-06") << date("2024-06-08") << R::Consistent;
    QTest::newRow("date and time") << date("2024-06-08T10:00Z") << date("2024-06-08") << R::Consistent;
    QTest::newRow("dates differ") << date("2024-06-08") << date("2024-06-09") << R::Discrepant;
    QTest::newRow("years differ") << date("2023") << date("2024-06-09") << R::Discrepant;
    QTest::newRow("month prefix is not a match") << date("2024-1") << date("2024-10") << R::Discrepant;
    QTest::newRow("date and number") << date("2024") << number(2024) << R::Incomparable;
    QTest::newRow("no value") << NormalisedValue() << number(1) << R::Incomparable;
}

void TestClaimMatrix::compareValues()
{
    QFETCH(NormalisedValue, a);
    QFETCH(NormalisedValue, b);
    QFETCH(ValueComparison::Result, expected);
    const ValueComparison comparison(0.10);
    QCOMPARE(comparison.compare(a, b), expected);
    QCOMPARE(comparison.compare(b, a), expected);
}

void TestClaimMatrix::figureKeys()
{
    QCOMPARE(ValueComparison::figureKey(number(5e6, "Shells")), ValueComparison::figureKey(number(5e6, "shell")));
    QCOMPARE(ValueComparison::figureKey(number(2, "km")), ValueComparison::figureKey(number(2000, "m")));
    QVERIFY(ValueComparison::figureKey(number(5e6, "shells")) != ValueComparison::figureKey(number(1e7, "shells")));
    QVERIFY(ValueComparison::figureKey(range(40, 50)) != ValueComparison::figureKey(number(40)));
    QVERIFY(ValueComparison::figureKey(NormalisedValue()).isEmpty());
}

void TestClaimMatrix::clusters_data()
{
    QTest::addColumn<QStringList>("specs"); // "a>b:type[:status]"
    QTest::addColumn<QStringList>("expected"); // clusters as "a,b,c", largest first
    QTest::newRow("no links: singletons") << QStringList{} << QStringList{"a", "b", "c", "d", "e"};
    QTest::newRow("corroborates pair") << QStringList{"b>d:corroborates"} << QStringList{"b,d", "a", "c", "e"};
    QTest::newRow("transitive through kinds") << QStringList{"a>b:same-as", "c>b:contradicts", "d>c:corroborates"} << QStringList{"a,b,c,d", "e"};
    QTest::newRow("elaborates does not cluster") << QStringList{"a>b:elaborates", "c>d:quotes"} << QStringList{"a", "b", "c", "d", "e"};
    QTest::newRow("two clusters") << QStringList{"e>d:same-as", "a>c:corroborates"} << QStringList{"a,c", "d,e", "b"};
    QTest::newRow("link to a non-claim ignored") << QStringList{"a>x:same-as"} << QStringList{"a", "b", "c", "d", "e"};
}

void TestClaimMatrix::clusters()
{
    QFETCH(QStringList, specs);
    QFETCH(QStringList, expected);
    QList<Annotation> claims;
    for (const QString id : {"a", "b", "c", "d", "e"})
        claims.append(claim(id, QStringLiteral("h"), Claim::Stance::Asserts));
    Annotation entity = claim(QStringLiteral("x"), QStringLiteral("h"), Claim::Stance::Asserts);
    entity.kind = Annotation::Kind::Entity;
    claims.append(entity);
    QList<Link> links;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        links.append(link(parts.at(1), parts.at(0).section(QLatin1Char('>'), 0, 0), parts.at(0).section(QLatin1Char('>'), 1, 1)));
    }
    const QList<ClaimCluster> clusters = ClaimClusters::build(claims, LinkGraph(links, defaultTypes()));
    QStringList actual;
    for (const ClaimCluster &cluster : clusters) {
        actual.append(cluster.claimIds.join(QLatin1Char(',')));
        QVERIFY(cluster.claimIds.contains(cluster.representativeId));
        QCOMPARE(cluster.id, QStringLiteral("C%1").arg(actual.size()));
    }
    QCOMPARE(actual, expected);
}

void TestClaimMatrix::representativeIsBestLinked()
{
    QList<Annotation> claims;
    for (const QString id : {"a", "b", "c", "d"})
        claims.append(claim(id, QStringLiteral("h"), Claim::Stance::Asserts));
    const QList<Link> links = {link("corroborates", "a", "c"), link("corroborates", "b", "c"), link("same-as", "d", "c")};
    const QList<ClaimCluster> clusters = ClaimClusters::build(claims, LinkGraph(links, defaultTypes()));
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first().representativeId, QStringLiteral("c"));
    QCOMPARE(clusters.first().links.size(), 3);
}

void TestClaimMatrix::stancesPerOutlet()
{
    ClaimMatrix::Input input = baseInput();
    input.claims = {claim("h1", "h", Claim::Stance::Asserts), claim("v1a", "v1", Claim::Stance::Hedges), claim("v2a", "v2", Claim::Stance::Reports),
        claim("n1", "n", Claim::Stance::Asserts), claim("n2", "n", Claim::Stance::Denies), claim("alone", "q", Claim::Stance::Unspecified)};
    input.links = {link("corroborates", "h1", "v1a"), link("corroborates", "v2a", "h1"), link("same-as", "n1", "h1"), link("corroborates", "n2", "n1")};
    const ClaimMatrix matrix = ClaimMatrix::build(input);
    QCOMPARE(matrix.outlets(), QStringList({"Harbour Gazette", "Northern Post", "Quiet Times", "Valley Courier"}));
    QCOMPARE(matrix.rowCount(), 2);
    const ClaimRow &row = matrix.row(0);
    QCOMPARE(row.cluster.claimIds.size(), 5);
    QCOMPARE(row.cells.at(column(matrix, "Harbour Gazette")).stance, ClaimCell::Stance::Asserts);
    // Hedges and reports in one outlet: the firmer one shows.
    QCOMPARE(row.cells.at(column(matrix, "Valley Courier")).stance, ClaimCell::Stance::Hedges);
    QCOMPARE(row.cells.at(column(matrix, "Valley Courier")).claimIds, QStringList({"v1a", "v2a"}));
    QCOMPARE(row.cells.at(column(matrix, "Northern Post")).stance, ClaimCell::Stance::Mixed);
    QCOMPARE(row.cells.at(column(matrix, "Quiet Times")).stance, ClaimCell::Stance::NotMentioned);
    QCOMPARE(row.mentioningOutlets, 3);
    QCOMPARE(row.independentOutlets, 3);
    QCOMPARE(matrix.rowOfClaim(QStringLiteral("n2")), 0);
    QCOMPARE(matrix.rowOfClaim(QStringLiteral("alone")), 1);
    QCOMPARE(matrix.rowOfClaim(QStringLiteral("nothing")), -1);
    QCOMPARE(matrix.row(1).cells.at(column(matrix, "Quiet Times")).stance, ClaimCell::Stance::Unspecified);
    QVERIFY(matrix.claim(QStringLiteral("h1")));
}

void TestClaimMatrix::discrepancyFlags_data()
{
    QTest::addColumn<NormalisedValue>("first");
    QTest::addColumn<NormalisedValue>("second");
    QTest::addColumn<QString>("linkType");
    QTest::addColumn<bool>("discrepancy");
    QTest::addColumn<bool>("contradicted");
    QTest::newRow("five against ten million") << number(5e6, "shells") << number(1e7, "shells") << "corroborates" << true << false;
    QTest::newRow("same figure") << number(5e6, "shells") << number(5e6, "shell") << "corroborates" << false << false;
    QTest::newRow("overlapping ranges") << range(40, 50, "trucks") << range(45, 55, "trucks") << "same-as" << false << false;
    QTest::newRow("approximate close") << number(1e7, "shells", true) << number(9.5e6, "shells") << "same-as" << false << false;
    QTest::newRow("units do not compare") << number(5, "tonnes") << number(9, "containers") << "same-as" << false << false;
    QTest::newRow("dates differ") << date("2024-06-08") << date("2024-06-10") << "same-as" << true << false;
    QTest::newRow("contradicts link, same figures") << number(40) << number(40) << "contradicts" << false << true;
    QTest::newRow("contradicts link and figures") << number(40) << number(90) << "contradicts" << true << true;
    QTest::newRow("one without value") << NormalisedValue() << number(90) << "corroborates" << false << false;
}

void TestClaimMatrix::discrepancyFlags()
{
    QFETCH(NormalisedValue, first);
    QFETCH(NormalisedValue, second);
    QFETCH(QString, linkType);
    QFETCH(bool, discrepancy);
    QFETCH(bool, contradicted);
    ClaimMatrix::Input input = baseInput();
    input.claims = {claim("h1", "h", Claim::Stance::Asserts, first), claim("n1", "n", Claim::Stance::Asserts, second)};
    input.links = {link(linkType, "h1", "n1")};
    const ClaimMatrix matrix = ClaimMatrix::build(input);
    QCOMPARE(matrix.rowCount(), 1);
    const ClaimRow &row = matrix.row(0);
    QCOMPARE(row.discrepancy, discrepancy);
    QCOMPARE(row.contradicted, contradicted);
    QCOMPARE(row.conflict(), discrepancy || contradicted);
    QCOMPARE(matrix.conflictCount(), discrepancy || contradicted ? 1 : 0);
    QCOMPARE(row.discrepantClaims.size(), discrepancy ? 1 : 0);
    QCOMPARE(row.cells.at(column(matrix, "Harbour Gazette")).values.size(), first.isNull() ? 0 : 1);
}

void TestClaimMatrix::suggestedAndRejectedLinks()
{
    ClaimMatrix::Input input = baseInput();
    input.claims = {claim("h1", "h", Claim::Stance::Asserts), claim("n1", "n", Claim::Stance::Asserts), claim("v1", "v1", Claim::Stance::Asserts)};
    input.links = {link("corroborates", "h1", "n1", Annotation::Status::Suggested), link("contradicts", "h1", "v1", Annotation::Status::Rejected)};
    QCOMPARE(ClaimMatrix::build(input).rowCount(), 3);
    ClaimMatrix::Options options;
    options.includeSuggestedLinks = true;
    const ClaimMatrix withSuggested = ClaimMatrix::build(input, options);
    QCOMPARE(withSuggested.rowCount(), 2);
    QCOMPARE(withSuggested.row(0).cluster.claimIds, QStringList({"h1", "n1"}));
    // A suggested claim stays out unless asked for.
    Annotation suggested = claim("s1", "q", Claim::Stance::Asserts);
    suggested.status = Annotation::Status::Suggested;
    input.claims.append(suggested);
    QCOMPARE(ClaimMatrix::build(input).rowOfClaim(QStringLiteral("s1")), -1);
    options.includeSuggestedClaims = true;
    QVERIFY(ClaimMatrix::build(input, options).rowOfClaim(QStringLiteral("s1")) >= 0);
}

void TestClaimMatrix::copiesAreNotIndependent()
{
    ClaimMatrix::Input input = baseInput();
    // h and n carry the same wire paragraph [0, 200) and [50, 250); v1 has its own reporting.
    input.claims = {claim("h1", "h", Claim::Stance::Asserts, number(12, "%"), 20), claim("n1", "n", Claim::Stance::Asserts, number(12, "%"), 70),
        claim("v1", "v1", Claim::Stance::Asserts, number(12, "%"), 400)};
    input.links = {link("corroborates", "h1", "n1"), link("corroborates", "n1", "v1")};
    PassagePair pair;
    pair.first = Passage{QStringLiteral("h"), QStringLiteral("Harbour Gazette"), Span{0, 200}};
    pair.second = Passage{QStringLiteral("n"), QStringLiteral("Northern Post"), Span{50, 250}};
    pair.jaccard = 0.9;
    input.duplicates = {pair};
    const ClaimMatrix matrix = ClaimMatrix::build(input);
    const ClaimRow &row = matrix.row(0);
    QCOMPARE(row.mentioningOutlets, 3);
    QCOMPARE(row.independentOutlets, 2);
    QVERIFY(row.cells.at(column(matrix, "Harbour Gazette")).copied);
    QVERIFY(row.cells.at(column(matrix, "Northern Post")).copied);
    QVERIFY(!row.cells.at(column(matrix, "Valley Courier")).copied);

    // Without the duplicate pair all three count.
    input.duplicates.clear();
    QCOMPARE(ClaimMatrix::build(input).row(0).independentOutlets, 3);
}

void TestClaimMatrix::writers()
{
    ClaimMatrix::Input input = baseInput();
    input.claims = {claim("h1", "h", Claim::Stance::Asserts, number(5e6, "shells")), claim("n1", "n", Claim::Stance::Denies, number(1e7, "shells", true))};
    input.claims[0].quote = QStringLiteral("Five million shells, \"officially\"");
    input.links = {link("contradicts", "h1", "n1")};
    const ClaimMatrix matrix = ClaimMatrix::build(input);

    const QStringList lines = QString::fromUtf8(ClaimMatrixWriter::toCsv(matrix)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("cluster,representative_id,quote,claim_type,claims,discrepancy,contradicted,outlets,independent_outlets,")));
    QVERIFY(lines.at(0).contains(QStringLiteral("Harbour Gazette: stance,Harbour Gazette: value")));
    QVERIFY2(lines.at(1).contains(QStringLiteral("\"Five million shells, \"\"officially\"\"\"")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral(",yes,yes,2,2,")));
    QVERIFY(lines.at(1).contains(QStringLiteral("asserts,5000000 shells")));
    QVERIFY(lines.at(1).contains(QStringLiteral("denies,~10000000 shells")));
    QVERIFY(lines.at(1).contains(QStringLiteral("not mentioned,")));

    const QJsonObject json = ClaimMatrixWriter::toJson(matrix);
    QCOMPARE(json.value(QStringLiteral("outlets")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("conflicts")).toInt(), 1);
    const QJsonObject cluster = json.value(QStringLiteral("clusters")).toArray().at(0).toObject();
    QCOMPARE(cluster.value(QStringLiteral("discrepancy")).toBool(), true);
    QCOMPARE(cluster.value(QStringLiteral("contradicted")).toBool(), true);
    const QJsonObject northern = cluster.value(QStringLiteral("cells")).toObject().value(QStringLiteral("Northern Post")).toObject();
    QCOMPARE(northern.value(QStringLiteral("stance")).toString(), QStringLiteral("denies"));
    QCOMPARE(northern.value(QStringLiteral("values")).toArray().at(0).toObject().value(QStringLiteral("value")).toDouble(), 1e7);
    QCOMPARE(ClaimMatrixWriter::valueText(range(40, 50, "warheads")), QStringLiteral("40-50 warheads"));
    QCOMPARE(ClaimMatrixWriter::valueText(date("2024-06")), QStringLiteral("2024-06"));
}

void TestClaimMatrix::tableModel()
{
    ClaimMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);

    ClaimMatrix::Input input = baseInput();
    input.claims = {claim("h1", "h", Claim::Stance::Asserts, number(5e6, "shells")), claim("n1", "n", Claim::Stance::Hedges, number(1e7, "shells")),
        claim("v1", "v1", Claim::Stance::Reports)};
    input.links = {link("corroborates", "h1", "n1")};
    model.setMatrix(ClaimMatrix::build(input));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Claim"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Northern Post"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("C2"));
    const QModelIndex quote = model.index(0, ClaimMatrixModel::ClaimColumn);
    QVERIFY(quote.data().toString().startsWith(QStringLiteral("⚠ ")));
    QCOMPARE(quote.data(ClaimMatrixModel::DiscrepancyRole).toBool(), true);
    QCOMPARE(quote.data(ClaimMatrixModel::ClaimIdsRole).toStringList(), QStringList({"h1", "n1"}));
    const QModelIndex northern = model.index(0, 2);
    QCOMPARE(northern.data().toString(), QStringLiteral("hedges: 10000000 shells"));
    QCOMPARE(northern.data(ClaimMatrixModel::StanceRole).toInt(), int(ClaimCell::Stance::Hedges));
    QCOMPARE(northern.data(ClaimMatrixModel::OutletRole).toString(), QStringLiteral("Northern Post"));
    QCOMPARE(northern.data(ClaimMatrixModel::ClaimIdsRole).toStringList(), QStringList({"n1"}));
    QCOMPARE(model.index(0, 3).data(ClaimMatrixModel::StanceRole).toInt(), int(ClaimCell::Stance::NotMentioned));
    QCOMPARE(model.index(0, 3).data().toString(), QString());
    QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("reports"));
    QVERIFY(model.roleNames().contains(ClaimMatrixModel::StanceRole));
    model.setMatrix(ClaimMatrix());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestClaimMatrix)
#include "tst_claimmatrix.moc"
