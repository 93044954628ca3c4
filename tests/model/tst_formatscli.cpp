// The headless commands `gloss export` and `gloss import-annotations`, run as a user would: exit
// codes, the one-line reasons, the files written, and that a refused import changes nothing.
#include "model/formatstestsupport.h"

#include <QProcess>
#include <QTemporaryDir>

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
} // namespace

class TestFormatsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void exportScopesAndFilters();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void importRoundTrip();
    void importRefusesHostileFile();
    void importUsageErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    FormatsTest::Fixture m_fixture;
};

void TestFormatsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFileInfo::exists(QStringLiteral(GLOSS_BINARY)))
        QSKIP("the gloss executable is not built");
}

void TestFormatsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("harbour.gloss"));
    Project project;
    QString error;
    QVERIFY2(project.open(m_project, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    m_fixture = FormatsTest::fill(project);
}

void TestFormatsCli::cleanup()
{
    m_dir.reset();
}

void TestFormatsCli::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("out.json");
    QTest::newRow("w3c") << QStringLiteral("w3c") << QStringLiteral("out.jsonld");
    QTest::newRow("brat") << QStringLiteral("brat") << QStringLiteral("brat-out");
    QTest::newRow("qdpx") << QStringLiteral("qdpx") << QStringLiteral("out.qdpx");
    QTest::newRow("qdc") << QStringLiteral("qdc") << QStringLiteral("out.qdc");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("out.csv");
    QTest::newRow("conll") << QStringLiteral("conll") << QStringLiteral("out.conll");
}

void TestFormatsCli::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    const QString target = m_dir->filePath(output);
    const Run run
        = gloss({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), format, QStringLiteral("--output"), target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo::exists(target));
    if (format == QLatin1String("qdc")) {
        QVERIFY2(run.out.startsWith(QStringLiteral("exported 16 tags to ")), qPrintable(run.out)); // the default schema and one more
    } else {
        QVERIFY2(run.out.startsWith(
                     QStringLiteral("exported %1 annotations and %2 links from 3 articles to ").arg(format == QLatin1String("json") ? 15 : 14).arg(5)),
            qPrintable(run.out));
    }
    if (format == QLatin1String("csv"))
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("out-links.csv"))));
}

void TestFormatsCli::exportScopesAndFilters()
{
    const QString target = m_dir->filePath(QStringLiteral("scoped.json"));
    Run run = gloss({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format=json"), QStringLiteral("--output"), target,
        QStringLiteral("--scope"), QStringLiteral("article:") + m_fixture.articles.at(1).id, QStringLiteral("--tag"), QStringLiteral("Claim"),
        QStringLiteral("--no-text")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("exported 2 annotations and 0 links from 1 articles")), qPrintable(run.out));
    const QJsonObject root = QJsonDocument::fromJson(FormatsTest::readAll(target)).object();
    QCOMPARE(root.value(QStringLiteral("annotations")).toArray().size(), 2);
    QVERIFY(!root.value(QStringLiteral("articles")).toArray().at(0).toObject().contains(QStringLiteral("text")));

    run = gloss({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--output"), m_dir->filePath(QStringLiteral("ben.csv")), QStringLiteral("--author"), QStringLiteral("ben"), QStringLiteral("--status"),
        QStringLiteral("accepted"), QStringLiteral("--kind"), QStringLiteral("claim")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("exported 1 annotations")), qPrintable(run.out));
}

void TestFormatsCli::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--output"), QStringLiteral("x")} << 2
                                    << QStringLiteral("unknown export format 'docx'");
    QTest::newRow("no output") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 2
                               << QStringLiteral("needs --project P, --format F and --output OUT");
    QTest::newRow("bad scope") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("x"),
        QStringLiteral("--scope"), QStringLiteral("everything")}
                               << 2 << QStringLiteral("unknown --scope");
    QTest::newRow("unknown tag") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("x"),
        QStringLiteral("--tag"), QStringLiteral("Sports")}
                                 << 2 << QStringLiteral("no tag 'Sports'");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("x"),
        QStringLiteral("--kind"), QStringLiteral("rumour")}
                                  << 2 << QStringLiteral("unknown --kind");
    QTest::newRow("unknown article") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("x"),
        QStringLiteral("--scope"), QStringLiteral("article:0000000000000000")}
                                     << 1 << QStringLiteral("not in the project");
}

void TestFormatsCli::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const Run run = gloss(QStringList{QStringLiteral("export"), QStringLiteral("--project"), m_project} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(run.err.startsWith(QStringLiteral("gloss: ")));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(QStringLiteral("x")));
}

void TestFormatsCli::importRoundTrip()
{
    const QString file = m_dir->filePath(QStringLiteral("all.json"));
    QCOMPARE(gloss({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--output"), file})
                 .exitCode,
        0);
    const QString target = m_dir->filePath(QStringLiteral("copy.gloss"));
    // The format is guessed from the file when --format is left out.
    const Run run = gloss({QStringLiteral("import-annotations"), QStringLiteral("--project"), target, file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("imported 15 annotations, 5 links, 1 new tag, 2 new entities, 3 new articles into ")), qPrintable(run.out));

    Project source;
    Project copy;
    QString error;
    QVERIFY(source.open(m_project, ProjectStore::Mode::ReadOnly, &error));
    QVERIFY(copy.open(target, ProjectStore::Mode::ReadOnly, &error));
    QCOMPARE(FormatsTest::stateDump(copy), FormatsTest::stateDump(source));
    copy.close();

    // brat and qdpx through the command line as well.
    for (const QString &format : {QStringLiteral("brat"), QStringLiteral("qdpx")}) {
        const QString exported = m_dir->filePath(QStringLiteral("cli.") + format);
        QCOMPARE(
            gloss({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), format, QStringLiteral("--output"), exported})
                .exitCode,
            0);
        const Run imported = gloss({QStringLiteral("import-annotations"), QStringLiteral("--project"), m_dir->filePath(format + QStringLiteral(".gloss")),
            QStringLiteral("--format"), format, exported});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("3 new articles")), qPrintable(imported.out));
    }
}

void TestFormatsCli::importRefusesHostileFile()
{
    const QString file = m_dir->filePath(QStringLiteral("hostile.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"gloss\", \"version\": 1, \"annotations\": [ {\"id\": ");
    }
    Project before;
    QString error;
    QVERIFY(before.open(m_project, ProjectStore::Mode::ReadOnly, &error));
    const QByteArray state = FormatsTest::stateDump(before);
    before.close();

    const Run run
        = gloss({QStringLiteral("import-annotations"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("json"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is not valid JSON")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing was imported")));
    QVERIFY(run.out.isEmpty());
    Project after;
    QVERIFY(after.open(m_project, ProjectStore::Mode::ReadOnly, &error));
    QCOMPARE(FormatsTest::stateDump(after), state);

    // A project that did not exist before a refused import is not left behind.
    const QString fresh = m_dir->filePath(QStringLiteral("never.gloss"));
    QCOMPARE(
        gloss({QStringLiteral("import-annotations"), QStringLiteral("--project"), fresh, QStringLiteral("--format"), QStringLiteral("json"), file}).exitCode,
        1);
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestFormatsCli::importUsageErrors()
{
    Run run = gloss({QStringLiteral("import-annotations"), QStringLiteral("--project"), m_project});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("exactly one FILE")));
    run = gloss({QStringLiteral("import-annotations"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("csv"), m_project});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("unknown import format 'csv'")));
    run = gloss({QStringLiteral("import-annotations"), QStringLiteral("--project"), m_project, m_dir->filePath(QStringLiteral("missing.json"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no such file")));
    run = gloss({QStringLiteral("import-annotations"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Usage: gloss import-annotations")));
}

QTEST_GUILESS_MAIN(TestFormatsCli)
#include "tst_formatscli.moc"
