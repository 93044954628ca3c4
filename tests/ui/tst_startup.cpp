// What the window opens at start: the bundled sample set without arguments (imported once, reused
// after), and a project in the data folder for a folder of articles (never written into that folder).
#include "app/projectsession.h"
#include "app/startupplan.h"
#include "docks/articlelistdock.h"
#include "import/articleimporter.h"
#include "import/importrunner.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "ui/uitestsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Gloss;
using namespace Gloss::Ui;

class TestStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartImportsSampleSetOnce();
    void folderGetsItsOwnProject();

private:
    std::unique_ptr<MainWindow> startWindow(const StartupPlan &plan, bool expectImport);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStartup::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startup"));
}

void TestStartup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
}

void TestStartup::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestStartup::startWindow(const StartupPlan &plan, bool expectImport)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy imported(window.get(), &MainWindow::importFinished);
    window->open(plan);
    if (expectImport) {
        if (!imported.wait(30000))
            return nullptr;
    } else if (window->session()->importRunner()->isRunning()) {
        return nullptr;
    }
    return window;
}

void TestStartup::firstStartImportsSampleSetOnce()
{
    Messages messages;
    const QStringList files = ArticleImporter::collectFiles({StartupPlan::sampleFolder()}, &messages);
    QVERIFY2(files.size() >= 6, "the resource folder :/gloss/samples is readable like a folder");
    QSet<QString> ids;
    for (const Article &article : ArticleImporter().read(files).articles)
        ids.insert(article.id);

    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    const StartupPlan plan = StartupPlan::forPaths({}, dataDir);
    {
        std::unique_ptr<MainWindow> window = startWindow(plan, true);
        QVERIFY(window);
        QCOMPARE(window->articleList()->model()->rowCount(), ids.size());
        QVERIFY(QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("samples.gloss"))));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Sample")));
        QVERIFY(!window->reader()->articleId().isEmpty());
        QVERIFY(!window->reader()->view()->toPlainText().isEmpty());
        QCOMPARE(window->focusWidget(), window->reader()->view());
        window->articleList()->view()->setCurrentIndex(window->articleList()->view()->model()->index(2, 0));
        window->close();
    }
    // Second start: the same project, not imported again, the article last read shown.
    std::unique_ptr<MainWindow> window = startWindow(plan, false);
    QVERIFY(window);
    QCOMPARE(window->articleList()->model()->rowCount(), ids.size());
    QCOMPARE(window->reader()->articleId(), window->articleList()->view()->model()->index(2, 0).data(ArticleListModel::IdRole).toString());
}

void TestStartup::folderGetsItsOwnProject()
{
    const QString folder = m_dir->filePath(QStringLiteral("june coverage"));
    QVERIFY(QDir().mkpath(folder));
    const QList<Article> story = GlossTest::storyArticles();
    for (int i = 0; i < 3; ++i) {
        QFile out(QDir(folder).filePath(QStringLiteral("article%1.txt").arg(i)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write((story.at(i).title + QStringLiteral("\n\n") + story.at(i).text + QLatin1Char('\n')).toUtf8());
    }
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    const StartupPlan plan = StartupPlan::forPaths({folder}, dataDir);
    {
        std::unique_ptr<MainWindow> window = startWindow(plan, true);
        QVERIFY(window);
        QCOMPARE(window->articleList()->model()->rowCount(), 3);
        QVERIFY(window->session()->project()->path().startsWith(QDir(dataDir).filePath(QStringLiteral("projects/june-coverage-"))));
        QVERIFY(window->reader()->view()->toPlainText().contains(QStringLiteral("Tarrow")));
        window->close();
    }
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);

    // Opening the folder again imports only what is new: nothing here.
    std::unique_ptr<MainWindow> window = startWindow(plan, true);
    QVERIFY(window);
    QCOMPARE(window->articleList()->model()->rowCount(), 3);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("3 already in the project")), qPrintable(window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
