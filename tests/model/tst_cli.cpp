#include "cli/headless.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

// The headless command line, run as the real gloss binary (GLOSS_BINARY).
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isHeadless_data();
    void isHeadless();
    void version();
    void help();
    void importAndStats();
    void userBoilerplateList();
    void badProjectFile();
    void everyFileFails();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result gloss(const QStringList &arguments);

    QTemporaryDir m_home; ///< HOME and XDG_CONFIG_HOME of the runs, so no user settings leak in
};

namespace
{
void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}
} // namespace

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(GLOSS_BINARY)), GLOSS_BINARY);
}

TestCli::Result TestCli::gloss(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLOSS_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::isHeadless_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::newRow("nothing") << QStringList() << false;
    QTest::newRow("a folder") << QStringList{QStringLiteral("articles/")} << false;
    QTest::newRow("a project and files") << QStringList{QStringLiteral("p.gloss"), QStringLiteral("a.txt")} << false;
    QTest::newRow("qt option") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")} << false;
    QTest::newRow("path after double dash") << QStringList{QStringLiteral("--"), QStringLiteral("--odd-name.txt")} << false;
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("--project"), QStringLiteral("p")} << true;
    QTest::newRow("stats") << QStringList{QStringLiteral("stats")} << true;
    QTest::newRow("suggest") << QStringList{QStringLiteral("suggest")} << true;
    QTest::newRow("export") << QStringList{QStringLiteral("export")} << true;
    QTest::newRow("import-annotations") << QStringList{QStringLiteral("import-annotations")} << true;
    QTest::newRow("claims") << QStringList{QStringLiteral("claims")} << true;
    QTest::newRow("duplicates") << QStringList{QStringLiteral("duplicates")} << true;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("short help") << QStringList{QStringLiteral("-h")} << true;
    QTest::newRow("unknown long option") << QStringList{QStringLiteral("a.txt"), QStringLiteral("--frobnicate")} << true;
}

void TestCli::isHeadless()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(Cli::isHeadless(arguments), headless);
}

void TestCli::version()
{
    const Result result = gloss({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("gloss 0.1.0\n"));
    QVERIFY(result.err.isEmpty());
}

void TestCli::help()
{
    const Result result = gloss({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *expected :
        {"gloss [PATH...]", "gloss import PATH... --project P", "gloss suggest --project P", "gloss export --project P --format F --output OUT",
            "gloss import-annotations --project P --format F FILE", "gloss stats --project P", "gloss --version", "gloss --help"})
        QVERIFY2(result.out.contains(QLatin1String(expected)), expected);
    QCOMPARE(gloss({QStringLiteral("import"), QStringLiteral("--help")}).out, result.out);
}

void TestCli::importAndStats()
{
    QTemporaryDir dir;
    const QString articles = dir.filePath(QStringLiteral("articles"));
    writeFile(articles + QStringLiteral("/one.txt"), "Weir repairs finish early\nSource: Riverside Echo\n\nThe weir reopened on Friday.\n");
    writeFile(articles + QStringLiteral("/two.md"), "# Bus lane trial\n\nA *six-month* trial starts in May.\n");
    writeFile(articles + QStringLiteral("/nested/three.json"),
        R"([{"title": "Ferry fares", "outlet": "Harbour Post", "text": "Fares rise by 5%."}, {"title": "Pier", "outlet": "Riverside Echo", "text": "The pier shuts."}])");
    writeFile(articles + QStringLiteral("/empty.txt"), "");
    const QString project = dir.filePath(QStringLiteral("new/p.gloss"));
    QDir().mkpath(dir.filePath(QStringLiteral("new")));

    Result result = gloss({QStringLiteral("import"), articles, QStringLiteral("--project"), project});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("imported 4 articles (0 duplicates skipped) into %1\n").arg(project));
    // One line per problem, "gloss: FILE: reason"; no progress line when stderr is not a terminal.
    QCOMPARE(result.err, QStringLiteral("gloss: %1: is empty\n").arg(QDir(articles).filePath(QStringLiteral("empty.txt"))));
    QVERIFY(QFileInfo::exists(project));

    result = gloss({QStringLiteral("import"), QStringLiteral("--project=") + project, articles + QStringLiteral("/one.txt")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("imported 0 articles (1 duplicates skipped) into %1\n").arg(project));

    result = gloss({QStringLiteral("stats"), QStringLiteral("--project"), project});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject stats = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(stats.value(QLatin1String("articles")).toInt(), 4);
    QCOMPARE(stats.value(QLatin1String("outlets")).toInt(), 2);

    ProjectStore store;
    QVERIFY2(store.open(project, ProjectStore::Mode::ReadOnly), qPrintable(store.lastError()));
    qint64 characters = 0;
    for (const ArticleSummary &summary : store.articleSummaries())
        characters += summary.length;
    QVERIFY(characters > 0);
    QCOMPARE(stats.value(QLatin1String("characters")).toInteger(), characters);
}

void TestCli::userBoilerplateList()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("a.txt"));
    writeFile(article, "Headline\n\nKept paragraph.\n\nTrending on Example Radio\n\nDropped by the option too\n");
    const QString list = dir.filePath(QStringLiteral("mylist.txt"));
    writeFile(list, "# mine\nDropped by the option too\n");
    writeFile(m_home.filePath(QStringLiteral("config/Gloss/Gloss/boilerplate.txt")), "Trending on Example Radio\n");
    const QString project = dir.filePath(QStringLiteral("p.gloss"));

    const Result result = gloss({QStringLiteral("import"), article, QStringLiteral("--boilerplate"), list, QStringLiteral("--project"), project});
    QFile::remove(m_home.filePath(QStringLiteral("config/Gloss/Gloss/boilerplate.txt")));
    QCOMPARE(result.exitCode, 0);
    ProjectStore store;
    QVERIFY(store.open(project, ProjectStore::Mode::ReadOnly));
    const QList<ArticleSummary> summaries = store.articleSummaries();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(store.article(summaries.first().id)->text, QStringLiteral("Kept paragraph."));

    const Result missing = gloss(
        {QStringLiteral("import"), article, QStringLiteral("--boilerplate"), dir.filePath(QStringLiteral("nope.txt")), QStringLiteral("--project"), project});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("nope.txt")));
}

void TestCli::badProjectFile()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("a.txt"));
    writeFile(article, "Headline\n\nText.\n");
    const QString project = dir.filePath(QStringLiteral("x.gloss"));
    writeFile(project, "these are my notes, not a project\n");

    for (const QString &command : {QStringLiteral("import"), QStringLiteral("stats")}) {
        QStringList arguments{command, QStringLiteral("--project"), project};
        if (command == QLatin1String("import"))
            arguments.append(article);
        const Result result = gloss(arguments);
        QVERIFY2(result.exitCode != 0, qPrintable(command));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("gloss: ") + project + QStringLiteral(": ")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("not a Gloss project")), qPrintable(result.err));
    }
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("these are my notes, not a project\n"));

    const Result missing = gloss({QStringLiteral("stats"), QStringLiteral("--project"), dir.filePath(QStringLiteral("none.gloss"))});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, QStringLiteral("gloss: %1: does not exist\n").arg(dir.filePath(QStringLiteral("none.gloss"))));
}

void TestCli::everyFileFails()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("in/empty.txt")), "");
    writeFile(dir.filePath(QStringLiteral("in/binary.html")),
        QByteArray("\x7f"
                   "ELF\0\0\0\0",
            8));
    const QString project = dir.filePath(QStringLiteral("p.gloss"));
    const Result result = gloss({QStringLiteral("import"), dir.filePath(QStringLiteral("in")), QStringLiteral("--project"), project});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QStringLiteral("binary.html: is a binary file")));
    QVERIFY(lines.at(1).contains(QStringLiteral("empty.txt: is empty")));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("gloss: nothing imported")), qPrintable(lines.at(2)));
    // A project created for this import is not left behind empty.
    QVERIFY(!QFileInfo::exists(project));

    const Result nothing = gloss({QStringLiteral("import"), dir.filePath(QStringLiteral("missing")), QStringLiteral("--project"), project});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY(nothing.err.contains(QStringLiteral("does not exist")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("export without format") << QStringList{QStringLiteral("export"), QStringLiteral("--project"), QStringLiteral("p")}
                                           << QStringLiteral("gloss: export needs --project P, --format F and --output OUT");
    QTest::newRow("claims without project") << QStringList{QStringLiteral("claims")}
                                            << QStringLiteral("gloss: claims needs a project: gloss claims --project P");
    QTest::newRow("suggest without project") << QStringList{QStringLiteral("suggest")}
                                             << QStringLiteral("gloss: suggest needs a project: gloss suggest --project P");
    QTest::newRow("suggest with a bad score") << QStringList{QStringLiteral("suggest"), QStringLiteral("--project"), QStringLiteral("p"),
        QStringLiteral("--accept-above"), QStringLiteral("2")}
                                              << QStringLiteral("gloss: --accept-above takes a score from 0 to 1 or a percentage (got '2')");
    QTest::newRow("import-annotations without project")
        << QStringList{QStringLiteral("import-annotations")}
        << QStringLiteral("gloss: import-annotations needs a project: gloss import-annotations --project P --format F FILE");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("a.txt"), QStringLiteral("--project"), QStringLiteral("p"),
        QStringLiteral("--fast")} << QStringLiteral("gloss: unknown option '--fast' for 'import'");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frobnicate")}
                                           << QStringLiteral("gloss: unknown option '--frobnicate'; see gloss --help");
    QTest::newRow("import without project") << QStringList{QStringLiteral("import"), QStringLiteral("a.txt")}
                                            << QStringLiteral("gloss: import needs a project: gloss import PATH... --project P");
    QTest::newRow("import without paths") << QStringList{QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("p")}
                                          << QStringLiteral("gloss: import needs at least one file or folder: gloss import PATH... --project P");
    QTest::newRow("project without value") << QStringList{QStringLiteral("stats"), QStringLiteral("--project")}
                                           << QStringLiteral("gloss: option '--project' needs a value");
    QTest::newRow("project twice") << QStringList{QStringLiteral("stats"), QStringLiteral("--project"), QStringLiteral("a"), QStringLiteral("--project"),
        QStringLiteral("b")} << QStringLiteral("gloss: option '--project' given more than once");
    QTest::newRow("stats with a path") << QStringList{QStringLiteral("stats"), QStringLiteral("x"), QStringLiteral("--project"), QStringLiteral("p")}
                                       << QStringLiteral("gloss: stats takes no paths, only --project P (got 'x')");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Result result = gloss(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err, reason + QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
