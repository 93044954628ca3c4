// `gloss suggest` run as a user would: the built executable on a project in a temporary folder.
#include "tst_annotationsupport.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

namespace
{
struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result gloss(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GLOSS_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

int countWithStatus(const QString &path, const QString &status)
{
    Project project;
    QString error;
    if (!project.open(path, ProjectStore::Mode::ReadOnly, &error))
        return -1;
    int count = 0;
    for (const Annotation &annotation : project.annotator()->allAnnotations())
        count += Annotation::statusName(annotation.status) == status ? 1 : 0;
    return count;
}
} // namespace

class TestSuggestCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void incrementalThenAccept();
    void refusals_data();
    void refusals();
};

void TestSuggestCommand::incrementalThenAccept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gloss"));
    {
        Project project;
        QCOMPARE(createProject(project, path).size(), 2);
    }
    const Result first = gloss({QStringLiteral("suggest"), QStringLiteral("--project"), path});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(QStringLiteral("suggested for 2 of 2 articles (0 up to date)")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("  Person: ")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("  Claim: ")), qPrintable(first.out));
    QVERIFY(first.err.contains(QStringLiteral("suggesting 2/2 articles")));
    const int suggested = countWithStatus(path, QStringLiteral("suggested"));
    QVERIFY(suggested > 0);
    QVERIFY(first.out.contains(QStringLiteral("suggestions: %1 new").arg(suggested)));

    const Result second = gloss({QStringLiteral("suggest"), QStringLiteral("--project"), path});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.startsWith(QStringLiteral("suggested for 0 of 2 articles (2 up to date)")), qPrintable(second.out));
    QCOMPARE(countWithStatus(path, QStringLiteral("suggested")), suggested);

    const Result forced = gloss(
        {QStringLiteral("suggest"), QStringLiteral("--project"), path, QStringLiteral("--force"), QStringLiteral("--accept-above"), QStringLiteral("0%")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY2(forced.out.contains(QStringLiteral("suggestions: 0 new, %1 kept").arg(suggested)), qPrintable(forced.out));
    QVERIFY2(forced.out.contains(QStringLiteral("accepted %1 suggestions").arg(suggested)), qPrintable(forced.out));
    QCOMPARE(countWithStatus(path, QStringLiteral("suggested")), 0);
    QCOMPARE(countWithStatus(path, QStringLiteral("accepted")), suggested);
}

void TestSuggestCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no project") << QStringList{QStringLiteral("suggest")} << 2 << QStringLiteral("needs a project");
    QTest::newRow("missing project") << QStringList{QStringLiteral("suggest"), QStringLiteral("--project"), QStringLiteral("@DIR@/none.gloss")} << 1
                                     << QStringLiteral("no such project");
    QTest::newRow("score out of range") << QStringList{QStringLiteral("suggest"), QStringLiteral("--project"), QStringLiteral("p"),
        QStringLiteral("--accept-above"), QStringLiteral("1.5")}
                                        << 2 << QStringLiteral("--accept-above takes a score");
    QTest::newRow("a path") << QStringList{QStringLiteral("suggest"), QStringLiteral("x.txt"), QStringLiteral("--project"), QStringLiteral("p")} << 2
                            << QStringLiteral("takes no paths");
}

void TestSuggestCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    arguments.replaceInStrings(QStringLiteral("@DIR@"), dir.path());
    const Result result = gloss(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.gloss"))));
}

QTEST_GUILESS_MAIN(TestSuggestCommand)
#include "tst_suggestcommand.moc"
