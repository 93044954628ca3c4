// SuggestionJob on a real project: runs in the background (the event loop keeps turning), writes the
// same suggestions as the synchronous run, reports progress, is incremental, and cancels cleanly.
#include "project.h"
#include "suggest/suggestionjob.h"
#include "ui/uitestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gloss;

class TestSuggestionJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void runsInTheBackground();
    void secondRunDoesNothing();
    void cancelStops();
    void refusesReadOnlyAndTwice();

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestSuggestionJob::init()
{
    m_dir.emplace();
    GlossTest::isolateSettings(m_dir->path());
    const QString path = m_dir->filePath(QStringLiteral("story.gloss"));
    QCOMPARE(GlossTest::createProject(path, GlossTest::storyArticles()), QString());
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
}

void TestSuggestionJob::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestSuggestionJob::runsInTheBackground()
{
    Ui::SuggestionJob job;
    QSignalSpy progress(&job, &Ui::SuggestionJob::progress);
    QSignalSpy finished(&job, &Ui::SuggestionJob::finished);
    QSignalSpy added(m_project->annotator(), &Annotator::annotationsAdded);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(0);
    QVERIFY(job.start(m_project.get()));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!job.isRunning());
    QVERIFY(ticks > 0); // the event loop turned while it ran
    const auto summary = finished.constFirst().constFirst().value<Suggest::SuggestionRunSummary>();
    const int articles = int(GlossTest::storyArticles().size());
    QCOMPARE(summary.pending, articles);
    QCOMPARE(summary.done, articles);
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.added > 0);
    QCOMPARE(progress.constFirst().at(0).toInt(), 0);
    QCOMPARE(progress.constLast().at(0).toInt(), articles);
    QCOMPARE(progress.constLast().at(1).toInt(), articles);
    QVERIFY(!added.isEmpty());
    QCOMPARE(m_project->annotator()->allAnnotations().size(), summary.added);
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(Suggest::SuggestionRun(*m_project).pendingArticles().isEmpty());
}

void TestSuggestionJob::secondRunDoesNothing()
{
    Ui::SuggestionJob job;
    QSignalSpy finished(&job, &Ui::SuggestionJob::finished);
    QVERIFY(job.start(m_project.get()));
    QVERIFY(finished.wait(20000));
    QVERIFY(job.start(m_project.get()));
    QVERIFY(finished.size() == 2 || finished.wait(5000));
    const auto summary = finished.constLast().constFirst().value<Suggest::SuggestionRunSummary>();
    QCOMPARE(summary.pending, 0);
    QCOMPARE(summary.added, 0);
}

void TestSuggestionJob::cancelStops()
{
    Ui::SuggestionJob job;
    QSignalSpy finished(&job, &Ui::SuggestionJob::finished);
    QVERIFY(job.start(m_project.get()));
    job.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QVERIFY(!job.isRunning());
    const auto summary = finished.constFirst().constFirst().value<Suggest::SuggestionRunSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.done, 0);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_project->annotator()->allAnnotations().size(), 0);
}

void TestSuggestionJob::refusesReadOnlyAndTwice()
{
    Ui::SuggestionJob job;
    QVERIFY(!job.start(nullptr));
    QSignalSpy finished(&job, &Ui::SuggestionJob::finished);
    QVERIFY(job.start(m_project.get()));
    QVERIFY(!job.start(m_project.get()));
    QVERIFY(finished.wait(20000));
    Project readOnly;
    QString error;
    QVERIFY(readOnly.open(m_project->path(), ProjectStore::Mode::ReadOnly, &error));
    QVERIFY(!job.start(&readOnly));
}

QTEST_MAIN(TestSuggestionJob)
#include "tst_suggestionjob.moc"
