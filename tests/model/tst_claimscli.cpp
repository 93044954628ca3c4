// `gloss claims` and `gloss duplicates` run as a user would: the claim x outlet matrix as CSV and
// JSON (stdout or --output), copies of wire text marked, the near-duplicate pairs, and usage errors.
#include "import/articleimporter.h"
#include "project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

namespace
{
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run gloss(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLOSS_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Original text about a fictional event: a wire paragraph two outlets reprint, and an outlet of its own.
const QString WireParagraph
    = QStringLiteral("The Tarrow river authority said on Monday that floodwater had reached 3.4 metres at the Eastgate weir, the highest level recorded "
                     "since the embankment was rebuilt, and that about 1,200 households in the lower town had been asked to move to higher ground.");
const QString CoastText = QStringLiteral("Tarrow braces for more rain\n\n") + WireParagraph
    + QStringLiteral("\n\nVolunteers filled sandbags outside the library through the night.");
const QString ValleyText
    = QStringLiteral("Lower town told to leave\n\n") + WireParagraph + QStringLiteral("\n\nThe council opened two school halls as shelters for families.");
const QString UplandText = QStringLiteral("Eastgate weir under strain\n\nOur reporter at the weir counted at least 2,000 households leaving the "
                                          "lower town on Monday evening, far more than the authority's figure.");

Article article(const QString &outlet, const QString &text)
{
    Article result;
    result.title = text.section(QLatin1Char('\n'), 0, 0);
    result.outlet = outlet;
    result.text = text;
    result.published = QStringLiteral("2025-02-17");
    result.id = Article::idForText(text);
    return result;
}

Span spanOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    Q_ASSERT(at >= 0);
    return Span{int(at), int(at + needle.size())};
}
} // namespace

class TestClaimsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvToStdout();
    void jsonToFile();
    void duplicates();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestClaimsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFileInfo::exists(QStringLiteral(GLOSS_BINARY)));
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("flood.gloss"));
    Project project;
    QString error;
    QVERIFY2(project.open(m_project, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    ImportBatch batch;
    batch.articles = {article(QStringLiteral("Coast Courier"), CoastText), article(QStringLiteral("Valley Times"), ValleyText),
        article(QStringLiteral("Upland Herald"), UplandText), article(QStringLiteral("Quiet Weekly"), QStringLiteral("Nothing about the flood\n\nA recipe."))};
    const QStringList ids = project.addArticles(batch).addedIds;
    QCOMPARE(ids.size(), 4);
    Annotator &annotator = *project.annotator();
    const auto addClaim = [&](const QString &articleId, const QString &text, const QString &needle, double value, Claim::Stance stance, bool approximate) {
        const std::optional<QString> id = annotator.addAnnotation(articleId, {spanOf(text, needle)}, QStringLiteral("claim-quantity"));
        if (!id)
            return QString();
        Claim claim;
        claim.claimType = Claim::Type::Quantity;
        claim.stance = stance;
        claim.value.type = NormalisedValue::Type::Number;
        claim.value.value = value;
        claim.value.unit = QStringLiteral("households");
        claim.value.approximate = approximate;
        return annotator.setClaim(*id, claim) ? *id : QString();
    };
    const QString coast = addClaim(ids.at(0), CoastText, QStringLiteral("about 1,200 households"), 1200, Claim::Stance::Reports, true);
    const QString valley = addClaim(ids.at(1), ValleyText, QStringLiteral("about 1,200 households"), 1200, Claim::Stance::Reports, true);
    const QString upland = addClaim(ids.at(2), UplandText, QStringLiteral("at least 2,000 households"), 2000, Claim::Stance::Asserts, false);
    QVERIFY(!coast.isEmpty() && !valley.isEmpty() && !upland.isEmpty());
    QVERIFY(annotator.addLink(QStringLiteral("corroborates"), coast, valley));
    QVERIFY(annotator.addLink(QStringLiteral("contradicts"), upland, coast));
    const std::optional<QString> lone
        = annotator.addAnnotation(ids.at(0), {spanOf(CoastText, QStringLiteral("Volunteers filled sandbags"))}, QStringLiteral("claim"));
    QVERIFY(lone);
}

void TestClaimsCli::csvToStdout()
{
    const Run run = gloss({QStringLiteral("claims"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, the flood cluster, the lone claim
    QCOMPARE(lines.at(0),
        QStringLiteral("cluster,representative_id,quote,claim_type,claims,discrepancy,contradicted,outlets,independent_outlets,"
                       "Coast Courier: stance,Coast Courier: value,Quiet Weekly: stance,Quiet Weekly: value,Upland Herald: stance,"
                       "Upland Herald: value,Valley Times: stance,Valley Times: value"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("C1,")), qPrintable(lines.at(1)));
    // 1,200 (about) against at least 2,000: a discrepancy; the contradicts link; three outlets of which
    // two reprint the same wire paragraph.
    QVERIFY2(lines.at(1).contains(QStringLiteral(",quantity,3,yes,yes,3,2,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("reports (copy),~1200 households,not mentioned,,asserts,2000 households,reports (copy),~1200 households")),
        qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("C2,")));
    QVERIFY(lines.at(2).contains(QStringLiteral("Volunteers filled sandbags")));

    const Run noCopies = gloss({QStringLiteral("claims"), QStringLiteral("--project"), m_project, QStringLiteral("--no-duplicates")});
    QCOMPARE(noCopies.exitCode, 0);
    QVERIFY(noCopies.out.contains(QStringLiteral(",quantity,3,yes,yes,3,3,")));
    QVERIFY(!noCopies.out.contains(QStringLiteral("(copy)")));
}

void TestClaimsCli::jsonToFile()
{
    const QString output = m_dir.filePath(QStringLiteral("matrix.json"));
    const Run run = gloss({QStringLiteral("claims"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("2 claim clusters across 4 outlets, 1 with conflicting")), qPrintable(run.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("outlets")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("conflicts")).toInt(), 1);
    const QJsonArray clusters = json.value(QStringLiteral("clusters")).toArray();
    QCOMPARE(clusters.size(), 2);
    const QJsonObject flood = clusters.at(0).toObject();
    QCOMPARE(flood.value(QStringLiteral("claims")).toArray().size(), 3);
    QCOMPARE(flood.value(QStringLiteral("independentOutlets")).toInt(), 2);
    const QJsonObject upland = flood.value(QStringLiteral("cells")).toObject().value(QStringLiteral("Upland Herald")).toObject();
    QCOMPARE(upland.value(QStringLiteral("stance")).toString(), QStringLiteral("asserts"));
    QCOMPARE(upland.value(QStringLiteral("values")).toArray().at(0).toObject().value(QStringLiteral("value")).toDouble(), 2000.0);
    QCOMPARE(flood.value(QStringLiteral("cells")).toObject().value(QStringLiteral("Coast Courier")).toObject().value(QStringLiteral("copied")).toBool(), true);
}

void TestClaimsCli::duplicates()
{
    const Run run = gloss({QStringLiteral("duplicates"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray pairs = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(pairs.size(), 1);
    const QJsonObject pair = pairs.at(0).toObject();
    QCOMPARE(pair.value(QStringLiteral("jaccard")).toDouble(), 1.0);
    QStringList outlets = {pair.value(QStringLiteral("first")).toObject().value(QStringLiteral("outlet")).toString(),
        pair.value(QStringLiteral("second")).toObject().value(QStringLiteral("outlet")).toString()};
    outlets.sort();
    QCOMPARE(outlets, QStringList({QStringLiteral("Coast Courier"), QStringLiteral("Valley Times")}));
    const int start = pair.value(QStringLiteral("first")).toObject().value(QStringLiteral("start")).toInt();
    const int end = pair.value(QStringLiteral("first")).toObject().value(QStringLiteral("end")).toInt();
    QCOMPARE(end - start, int(WireParagraph.size()));

    const Run csv = gloss({QStringLiteral("duplicates"), QStringLiteral("--project"), m_project});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts).size(), 2);
}

void TestClaimsCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no project") << QStringList{"claims"} << 2 << "claims needs a project";
    QTest::newRow("bad format") << QStringList{"claims", "--project", "x.gloss", "--format", "xml"} << 2 << "unknown --format 'xml'";
    QTest::newRow("bad tolerance") << QStringList{"claims", "--project", "x.gloss", "--tolerance", "lots"} << 2 << "--tolerance takes a number";
    QTest::newRow("unknown option") << QStringList{"claims", "--project", "x.gloss", "--colour"} << 2 << "--colour";
    QTest::newRow("positional") << QStringList{"claims", "stray", "--project", "x.gloss"} << 2 << "takes no paths";
    QTest::newRow("missing project") << QStringList{"claims", "--project", "/nonexistent/none.gloss"} << 1 << "no such project";
    QTest::newRow("duplicates bad threshold") << QStringList{"duplicates", "--project", "x.gloss", "--threshold", "2"} << 2 << "--threshold";
}

void TestClaimsCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = gloss(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestClaimsCli)
#include "tst_claimscli.moc"
