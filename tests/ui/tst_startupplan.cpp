// What the window opens for its arguments and drops, the recent-projects list and the theme choice.
#include "app/droppedpaths.h"
#include "app/recentprojects.h"
#include "app/startupplan.h"
#include "theme/themechoice.h"
#include "ui/uitestsupport.h"

#include <KSyntaxHighlighting/Theme>

#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Gloss;
using namespace Gloss::Ui;

class TestStartupPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noPathOpensSampleSet();
    void projectFileIsOpened();
    void projectFileWithArticlesImportsThem();
    void folderGetsProjectInDataFolder();
    void sameFolderSameProject();
    void foldersOfSameNameDiffer();
    void droppedPaths_data();
    void droppedPaths();
    void recentProjectsKeepsTenNewestFirst();
    void recentProjectsMenu();
    void themeChoiceRoundTrip_data();
    void themeChoiceRoundTrip();
    void themeChoiceResolves();

private:
    QTemporaryDir m_dir;
};

void TestStartupPlan::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startupplan"));
    GlossTest::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
}

void TestStartupPlan::noPathOpensSampleSet()
{
    const StartupPlan plan = StartupPlan::forPaths({}, QStringLiteral("/data"));
    QCOMPARE(plan.projectPath, QStringLiteral("/data/samples.gloss"));
    QCOMPARE(plan.importPaths, QStringList{QStringLiteral(":/gloss/samples")});
    QVERIFY(plan.isSampleSet);
}

void TestStartupPlan::projectFileIsOpened()
{
    const StartupPlan plan = StartupPlan::forPaths({QStringLiteral("/work/corpus.GLOSS")}, QStringLiteral("/data"));
    QCOMPARE(plan.projectPath, QStringLiteral("/work/corpus.GLOSS"));
    QVERIFY(plan.importPaths.isEmpty());
    QVERIFY(!plan.isSampleSet);
}

void TestStartupPlan::projectFileWithArticlesImportsThem()
{
    const StartupPlan plan
        = StartupPlan::forPaths({QStringLiteral("/a/one.txt"), QStringLiteral("/p/x.gloss"), QStringLiteral("/a/two.html")}, QStringLiteral("/data"));
    QCOMPARE(plan.projectPath, QStringLiteral("/p/x.gloss"));
    QCOMPARE(plan.importPaths, (QStringList{QStringLiteral("/a/one.txt"), QStringLiteral("/a/two.html")}));
}

void TestStartupPlan::folderGetsProjectInDataFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("Coverage June"));
    QVERIFY(QDir().mkpath(folder));
    const StartupPlan plan = StartupPlan::forPaths({folder}, QStringLiteral("/data"));
    QVERIFY2(plan.projectPath.startsWith(QStringLiteral("/data/projects/Coverage-June-")), qPrintable(plan.projectPath));
    QVERIFY(plan.projectPath.endsWith(QStringLiteral(".gloss")));
    QCOMPARE(plan.importPaths, QStringList{folder});
    QVERIFY(!plan.projectPath.startsWith(folder)); // never inside the reader's folder

    // Files are named after their folder.
    const StartupPlan files = StartupPlan::forPaths({folder + QStringLiteral("/a.txt")}, QStringLiteral("/data"));
    QVERIFY2(files.projectPath.startsWith(QStringLiteral("/data/projects/Coverage-June-")), qPrintable(files.projectPath));
}

void TestStartupPlan::sameFolderSameProject()
{
    const QString folder = m_dir.filePath(QStringLiteral("same"));
    QCOMPARE(
        StartupPlan::projectForArticles({folder}, QStringLiteral("/d")), StartupPlan::projectForArticles({folder + QStringLiteral("/")}, QStringLiteral("/d")));
}

void TestStartupPlan::foldersOfSameNameDiffer()
{
    const QString a = StartupPlan::projectForArticles({QStringLiteral("/one/news")}, QStringLiteral("/d"));
    const QString b = StartupPlan::projectForArticles({QStringLiteral("/two/news")}, QStringLiteral("/d"));
    QVERIFY(a != b);
    QVERIFY(QFileInfo(a).fileName().startsWith(QStringLiteral("news-")));
    QVERIFY(QFileInfo(b).fileName().startsWith(QStringLiteral("news-")));
}

void TestStartupPlan::droppedPaths_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<QStringList>("articles");
    QTest::newRow("project") << QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/p/a.gloss"))} << QStringList{QStringLiteral("/p/a.gloss")} << QStringList{};
    QTest::newRow("files and folder") << QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/n/a.txt")), QUrl::fromLocalFile(QStringLiteral("/n/folder"))}
                                      << QStringList{} << QStringList{QStringLiteral("/n/a.txt"), QStringLiteral("/n/folder")};
    QTest::newRow("remote ignored, never fetched") << QList<QUrl>{QUrl(QStringLiteral("https://example.org/article.html"))} << QStringList{} << QStringList{};
    QTest::newRow("mixed") << QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/n/b.md")), QUrl::fromLocalFile(QStringLiteral("/p/b.gloss"))}
                           << QStringList{QStringLiteral("/p/b.gloss")} << QStringList{QStringLiteral("/n/b.md")};
}

void TestStartupPlan::droppedPaths()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QStringList, projects);
    QFETCH(QStringList, articles);
    QMimeData mime;
    mime.setUrls(urls);
    const DroppedPaths dropped = DroppedPaths::fromMimeData(&mime);
    QCOMPARE(dropped.projects, projects);
    QCOMPARE(dropped.articles, articles);
    QCOMPARE(dropped.isEmpty(), projects.isEmpty() && articles.isEmpty());
}

void TestStartupPlan::recentProjectsKeepsTenNewestFirst()
{
    RecentProjects recent;
    recent.clear();
    for (int i = 0; i < 12; ++i)
        recent.add(QStringLiteral("/p/%1.gloss").arg(i));
    recent.add(QStringLiteral("/p/5.gloss"));
    const QStringList paths = recent.paths();
    QCOMPARE(paths.size(), RecentProjects::MaxEntries);
    QCOMPARE(paths.first(), QStringLiteral("/p/5.gloss"));
    QCOMPARE(paths.at(1), QStringLiteral("/p/11.gloss"));
    QCOMPARE(paths.count(QStringLiteral("/p/5.gloss")), 1);
    QVERIFY(!paths.contains(QStringLiteral("/p/1.gloss")));
    // Kept in the settings: a new object sees the same list.
    QCOMPARE(RecentProjects().paths(), paths);
}

void TestStartupPlan::recentProjectsMenu()
{
    const QString existing = m_dir.filePath(QStringLiteral("here.gloss"));
    QCOMPARE(GlossTest::createProject(existing, {}), QString());
    RecentProjects recent;
    recent.clear();
    recent.add(QStringLiteral("/gone/away.gloss"));
    recent.add(existing);
    QMenu menu;
    recent.attachMenu(&menu);
    const QList<QAction *> actions = menu.actions();
    QVERIFY(actions.size() >= 3);
    QVERIFY(actions.at(0)->text().contains(QStringLiteral("here")));
    QVERIFY(actions.at(0)->isEnabled());
    QVERIFY(!actions.at(1)->isEnabled()); // the file is gone
    for (QAction *action : actions)
        QVERIFY(!action->objectName().isEmpty());
    QSignalSpy requested(&recent, &RecentProjects::openRequested);
    actions.at(0)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), existing);
}

void TestStartupPlan::themeChoiceRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("name");
    QTest::newRow("system") << QStringLiteral("system") << int(ThemeChoice::Mode::FollowSystem) << QString();
    QTest::newRow("light") << QStringLiteral("light") << int(ThemeChoice::Mode::Light) << QString();
    QTest::newRow("dark") << QStringLiteral("dark") << int(ThemeChoice::Mode::Dark) << QString();
    QTest::newRow("named") << QStringLiteral("theme:Solarized Light") << int(ThemeChoice::Mode::Named) << QStringLiteral("Solarized Light");
}

void TestStartupPlan::themeChoiceRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(QString, name);
    const ThemeChoice choice = ThemeChoice::fromString(text);
    QCOMPARE(int(choice.mode), mode);
    QCOMPARE(choice.name, name);
    QCOMPARE(choice.toString(), text);
}

void TestStartupPlan::themeChoiceResolves()
{
    QCOMPARE(int(ThemeChoice::fromString(QStringLiteral("nonsense")).mode), int(ThemeChoice::Mode::FollowSystem));
    QVERIFY(ThemeChoice::fromString(QStringLiteral("light")).resolve(30).isValid());
    const KSyntaxHighlighting::Theme dark = ThemeChoice::fromString(QStringLiteral("dark")).resolve(240);
    QVERIFY(dark.isValid());
    QVERIFY(QColor::fromRgba(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);
    // Following the system: a dark window colour gives a dark theme, a light one a light theme.
    const KSyntaxHighlighting::Theme followDark = ThemeChoice().resolve(20);
    const KSyntaxHighlighting::Theme followLight = ThemeChoice().resolve(235);
    QVERIFY(QColor::fromRgba(followDark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);
    QVERIFY(QColor::fromRgba(followLight.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() >= 128);
    // A theme that is not installed falls back to the system's choice.
    QVERIFY(ThemeChoice::fromString(QStringLiteral("theme:No Such Theme")).resolve(235).isValid());
}

QTEST_MAIN(TestStartupPlan)
#include "tst_startupplan.moc"
