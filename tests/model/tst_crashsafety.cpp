// Crash safety with a real child process: gloss_crashwriter annotates a project and prints "saved <id>"
// after each commit; the test SIGKILLs it at arbitrary moments, several rounds on the same file, and
// checks after each that every printed id is in the file, the file passes integrity_check, and the
// lock the dead writer left behind does not stop the next one.
#include "tst_annotationsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <random>

using namespace Gloss;
using namespace AnnotationTest;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWriterLosesNothing();
};

void TestCrashSafety::killedWriterLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.gloss"));
    std::mt19937 random(20240305);
    std::uniform_int_distribution<int> linesBeforeKill(1, 60);
    std::uniform_int_distribution<int> extraDelayMs(0, 25);

    QStringList everySaved;
    constexpr int Rounds = 6;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(GLOSS_CRASHWRITER), {QStringLiteral("write"), path});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        const int wanted = linesBeforeKill(random);
        QStringList saved;
        QByteArray pending;
        const auto collect = [&] {
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(newline));
                pending.remove(0, newline + 1);
                if (line.startsWith(QLatin1String("saved ")))
                    saved.append(line.mid(6));
            }
        };
        QElapsedTimer waited;
        waited.start();
        while (saved.size() < wanted && writer.state() == QProcess::Running && waited.elapsed() < 60000) {
            writer.waitForReadyRead(1000);
            collect();
        }
        QVERIFY2(writer.state() == QProcess::Running, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        QVERIFY2(saved.size() >= wanted, "the writer did not save in time");
        // Kill at an arbitrary moment: between commits, inside one, inside an edit or its undo.
        QThread::msleep(extraDelayMs(random));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        collect(); // lines that were printed before the kill but not read yet
        everySaved += saved;

        Project project;
        QString error;
        QVERIFY2(project.open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY2(!project.isReadOnly(), "the dead writer's lock was not taken over");
        QCOMPARE(integrity(project.store().database()), QStringLiteral("ok"));
        QCOMPARE(foreignKeyViolations(project.store().database()), 0);
        const QList<Annotation> found = project.annotator()->annotationStore().byIds(everySaved);
        QCOMPARE(found.size(), everySaved.size());
        // Every annotation that made it into the file is whole: anchored in its article.
        const QList<Annotation> all = project.annotator()->allAnnotations();
        QVERIFY(all.size() >= everySaved.size());
        const QString text = project.annotator()->articleText(all.constFirst().articleId);
        for (const Annotation &annotation : all)
            QVERIFY2(annotation.isAnchoredIn(text), qPrintable(annotation.id));
        qDebug("round %d: killed after %d printed ids (%d in all), file holds %d annotations", round + 1, int(saved.size()), int(everySaved.size()),
            int(all.size()));
    }
    QVERIFY(everySaved.size() >= Rounds);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
