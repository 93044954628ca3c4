// The main window as a reader uses it: opening a project, choosing articles, filtering, finding,
// searching the corpus, zoom, themes, drag and drop, errors. Runs offscreen.
#include "app/projectsession.h"
#include "app/startupplan.h"
#include "docks/articlelistdock.h"
#include "docks/legenddock.h"
#include "docks/searchdock.h"
#include "import/importrunner.h"
#include "mainwindow.h"
#include "messages/messagebanner.h"
#include "models/articlefilterproxymodel.h"
#include "models/articlelistmodel.h"
#include "models/searchresultmodel.h"
#include "reader/articleheader.h"
#include "reader/findbar.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "status/readingstatus.h"
#include "theme/themecontroller.h"
#include "ui/uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>

using namespace Gloss;
using namespace Gloss::Ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensProjectWithEveryArticle();
    void showsFirstArticleWithFocusInReader();
    void remembersLastArticle();
    void selectingArticleChangesReader_data();
    void selectingArticleChangesReader();
    void nextAndPreviousArticle();
    void filterBoxFilters_data();
    void filterBoxFilters();
    void ctrlLFocusesFilter();
    void sortsByColumn();
    void findBarFindsAndCounts();
    void findBarCaseOption();
    void corpusSearchOpensHit_data();
    void corpusSearchOpensHit();
    void corpusSearchReportsBadQuery();
    void zoomChangesFont();
    void zoomIsRemembered();
    void themeSwitchChangesReaderBackground();
    void themeIsRemembered();
    void legendShowsEveryCueKind();
    void everyActionToolBarAndDockHasObjectName();
    void dropOfArticleFileImportsIt();
    void emptyProjectShowsHowToStart();
    void dropOfProjectOpensIt();
    void cancelledImportAddsNothing();
    void badProjectShowsBanner_data();
    void badProjectShowsBanner();
    void statusShowsPosition();

private:
    void openWindow();
    ArticleListDock *list() const { return m_window->articleList(); }
    ReaderView *view() const { return m_window->reader()->view(); }
    int countInTexts(const QString &word) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_projectPath;
    QList<Article> m_articles;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
    m_articles = GlossTest::storyArticles();
    m_projectPath = m_dir->filePath(QStringLiteral("story.gloss"));
    const QString error = GlossTest::createProject(m_projectPath, m_articles);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    openWindow();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy shown(m_window.get(), &MainWindow::projectShown);
    m_window->open(StartupPlan::forPaths({m_projectPath}, m_dir->filePath(QStringLiteral("data"))));
    QCOMPARE(shown.size(), 1);
}

void TestMainWindow::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_dir.reset();
}

int TestMainWindow::countInTexts(const QString &word) const
{
    int count = 0;
    for (const Article &article : m_articles)
        count += article.text.contains(word, Qt::CaseInsensitive) ? 1 : 0;
    return count;
}

void TestMainWindow::opensProjectWithEveryArticle()
{
    QCOMPARE(list()->view()->model()->rowCount(), m_articles.size());
    QCOMPARE(m_window->readingStatus()->countText(), QStringLiteral("6 articles"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("story")));
}

void TestMainWindow::showsFirstArticleWithFocusInReader()
{
    QCOMPARE(view()->toPlainText(), m_articles.at(0).text);
    QCOMPARE(m_window->reader()->header()->title(), m_articles.at(0).title);
    QCOMPARE(list()->currentArticle(), m_articles.at(0).id);
    QCOMPARE(m_window->focusWidget(), view());
}

void TestMainWindow::remembersLastArticle()
{
    m_window->showArticle(m_articles.at(3).id);
    m_window->close(); // saves what is pending
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->reader()->articleId(), m_articles.at(3).id);
    QCOMPARE(view()->toPlainText(), m_articles.at(3).text);
    QCOMPARE(m_window->focusWidget(), view());
}

void TestMainWindow::selectingArticleChangesReader_data()
{
    QTest::addColumn<int>("article");
    QTest::newRow("second") << 1;
    QTest::newRow("third, no byline or url") << 2;
    QTest::newRow("last") << 5;
}

void TestMainWindow::selectingArticleChangesReader()
{
    QFETCH(int, article);
    const Article &expected = m_articles.at(article);
    QTreeView *tree = list()->view();
    const int row = list()->proxy()->rowOf(expected.id);
    QVERIFY(row >= 0);
    const QRect rect = tree->visualRect(tree->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->reader()->articleId(), expected.id);
    QCOMPARE(view()->toPlainText(), expected.text);
    QCOMPARE(m_window->reader()->header()->title(), expected.title);
    QVERIFY(m_window->reader()->header()->metaLine().contains(expected.outlet));
    QCOMPARE(m_window->reader()->header()->url(), expected.url);
    QCOMPARE(m_window->reader()->header()->metaLine().contains(QStringLiteral("By ")), !expected.byline.isEmpty());
}

void TestMainWindow::nextAndPreviousArticle()
{
    QAction *next = m_window->findChild<QAction *>(QStringLiteral("nextArticleAction"));
    QAction *previous = m_window->findChild<QAction *>(QStringLiteral("previousArticleAction"));
    QVERIFY(next && previous);
    next->trigger();
    QCOMPARE(m_window->reader()->articleId(), m_articles.at(1).id);
    next->trigger();
    QCOMPARE(m_window->reader()->articleId(), m_articles.at(2).id);
    previous->trigger();
    QCOMPARE(m_window->reader()->articleId(), m_articles.at(1).id);
}

void TestMainWindow::filterBoxFilters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected");
    QTest::newRow("title word") << QStringLiteral("ferry") << 1;
    QTest::newRow("outlet") << QStringLiteral("courier") << 2;
    QTest::newRow("title word, any case") << QStringLiteral("TARROW") << 4;
    QTest::newRow("two words, title and outlet") << QStringLiteral("tarrow ledger") << 2;
    QTest::newRow("nothing matches") << QStringLiteral("volcano") << 0;
}

void TestMainWindow::filterBoxFilters()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    auto *filter = list()->findChild<QLineEdit *>(QStringLiteral("articleFilter"));
    QVERIFY(filter);
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter articles"));
    QTest::keyClicks(filter, typed);
    QCOMPARE(list()->view()->model()->rowCount(), expected);
    for (int row = 0; row < expected; ++row) {
        const QModelIndex index = list()->view()->model()->index(row, 0);
        const QString haystack = index.data(ArticleListModel::TitleRole).toString() + QLatin1Char(' ') + index.data(ArticleListModel::OutletRole).toString();
        for (const QString &word : typed.split(QLatin1Char(' ')))
            QVERIFY2(haystack.contains(word, Qt::CaseInsensitive), qPrintable(haystack));
    }
    if (expected < m_articles.size())
        QVERIFY(m_window->readingStatus()->countText().contains(QStringLiteral("%1 of 6").arg(expected)));
    filter->clear();
    QCOMPARE(list()->view()->model()->rowCount(), m_articles.size());
}

void TestMainWindow::ctrlLFocusesFilter()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(view(), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), list()->findChild<QLineEdit *>(QStringLiteral("articleFilter")));
}

void TestMainWindow::sortsByColumn()
{
    QTreeView *tree = list()->view();
    tree->sortByColumn(ArticleListModel::LengthColumn, Qt::DescendingOrder);
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const int length = tree->model()->index(row, 0).data(ArticleListModel::LengthRole).toInt();
        QVERIFY(length <= previous);
        previous = length;
    }
    tree->sortByColumn(ArticleListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(tree->model()->index(0, 0).data(ArticleListModel::IdRole).toString(), m_articles.at(0).id);
    QCOMPARE(tree->model()->index(5, 0).data(ArticleListModel::IdRole).toString(), m_articles.at(5).id);
}

void TestMainWindow::findBarFindsAndCounts()
{
    m_window->showArticle(m_articles.at(0).id);
    FindBar *bar = m_window->reader()->findBar();
    QVERIFY(!bar->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    auto *field = bar->findChild<QLineEdit *>(QStringLiteral("findField"));
    QTRY_COMPARE(QApplication::focusWidget(), field);

    QTest::keyClicks(field, QStringLiteral("the"));
    const int expected = int(m_articles.at(0).text.count(QStringLiteral("the"), Qt::CaseInsensitive));
    QVERIFY(expected >= 3);
    QCOMPARE(bar->matches().size(), expected);
    QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(expected));
    QCOMPARE(view()->textCursor().selectedText().toLower(), QStringLiteral("the"));
    const int first = view()->textCursor().selectionStart();

    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(bar->countText(), QStringLiteral("2 of %1").arg(expected));
    QVERIFY(view()->textCursor().selectionStart() > first);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(expected));
    QCOMPARE(view()->textCursor().selectionStart(), first);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier); // wraps to the last
    QCOMPARE(bar->countText(), QStringLiteral("%1 of %1").arg(expected));

    // The other matches on screen are marked.
    QVERIFY(!view()->extraSelections().isEmpty());
    for (const QTextEdit::ExtraSelection &mark : view()->extraSelections())
        QCOMPARE(mark.cursor.selectedText().toLower(), QStringLiteral("the"));

    QTest::keyClicks(field, QStringLiteral("zzz"));
    QCOMPARE(bar->countText(), QStringLiteral("No matches"));
    QVERIFY(view()->extraSelections().isEmpty());

    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), view());

    // Esc in the text closes it too.
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), view());
    QTest::keyClick(view(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::findBarCaseOption()
{
    m_window->showArticle(m_articles.at(0).id);
    FindBar *bar = m_window->reader()->findBar();
    bar->activate();
    bar->setQuery(QStringLiteral("The"));
    const int insensitive = int(bar->matches().size());
    bar->setCaseSensitive(true);
    const int sensitive = int(bar->matches().size());
    QCOMPARE(sensitive, int(m_articles.at(0).text.count(QStringLiteral("The"), Qt::CaseSensitive)));
    QVERIFY(sensitive < insensitive);
}

void TestMainWindow::corpusSearchOpensHit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedHits");
    QTest::addColumn<QString>("term");
    QTest::newRow("word") << QStringLiteral("ferry") << countInTexts(QStringLiteral("ferry")) << QStringLiteral("ferry");
    QTest::newRow("phrase") << QStringLiteral("\"main span\"") << countInTexts(QStringLiteral("main span")) << QStringLiteral("main span");
    QTest::newRow("prefix") << QStringLiteral("corro*") << countInTexts(QStringLiteral("corro")) << QStringLiteral("corrosion");
    int ferryNotCouncil = 0;
    for (const Article &article : m_articles)
        ferryNotCouncil
            += article.text.contains(QStringLiteral("ferry"), Qt::CaseInsensitive) && !article.text.contains(QStringLiteral("council"), Qt::CaseInsensitive);
    QTest::newRow("boolean") << QStringLiteral("ferry NOT council") << ferryNotCouncil << QStringLiteral("ferry");
}

void TestMainWindow::corpusSearchOpensHit()
{
    QFETCH(QString, query);
    QFETCH(int, expectedHits);
    QFETCH(QString, term);
    QVERIFY(expectedHits > 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SearchDock *dock = m_window->searchDock();
    QVERIFY(dock->isVisible());
    auto *field = dock->findChild<QLineEdit *>(QStringLiteral("searchQuery"));
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(field, query);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(dock->model()->rowCount(), expectedHits);
    QVERIFY(dock->statusText().contains(QString::number(expectedHits)));

    // Open the last hit (the first may be the article shown already).
    const int row = expectedHits - 1;
    const QModelIndex index = dock->model()->index(row);
    const QString id = index.data(SearchResultModel::IdRole).toString();
    QVERIFY(index.data(SearchResultModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>")));
    dock->view()->setCurrentIndex(index);
    Q_EMIT dock->view()->activated(index);
    QCOMPARE(m_window->reader()->articleId(), id);
    QCOMPARE(list()->currentArticle(), id);
    const QTextCursor cursor = view()->textCursor();
    QVERIFY(cursor.hasSelection());
    QCOMPARE(cursor.selectedText().toLower(), term.toLower());
    // The selection is the first occurrence of the term.
    const int first = int(view()->toPlainText().indexOf(term, 0, Qt::CaseInsensitive));
    QCOMPARE(cursor.selectionStart(), first);
}

void TestMainWindow::corpusSearchReportsBadQuery()
{
    SearchDock *dock = m_window->searchDock();
    dock->search(QStringLiteral("\"ferry"));
    QVERIFY2(!dock->statusText().isEmpty(), "an unbalanced quote gives a message");
    QVERIFY(dock->statusText().contains(QStringLiteral("not understood")));
    dock->search(QStringLiteral("volcano"));
    QCOMPARE(dock->model()->rowCount(), 0);
    QVERIFY(dock->statusText().contains(QStringLiteral("No articles")));
}

void TestMainWindow::zoomChangesFont()
{
    const qreal base = view()->font().pointSizeF();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(view(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view()->font().pointSizeF() > base);
    QCOMPARE(view()->zoomStep(), 1);
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view()->font().pointSizeF() < base);
    QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view()->font().pointSizeF(), base);

    // Ctrl+wheel zooms too.
    QWheelEvent wheel(QPointF(50, 50), view()->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(view()->viewport(), &wheel);
    QCOMPARE(view()->zoomStep(), 1);
}

void TestMainWindow::zoomIsRemembered()
{
    view()->setZoomStep(3);
    const qreal size = view()->font().pointSizeF();
    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(view()->zoomStep(), 3);
    QCOMPARE(view()->font().pointSizeF(), size);
}

void TestMainWindow::themeSwitchChangesReaderBackground()
{
    auto *dark = m_window->findChild<QAction *>(QStringLiteral("themeDarkAction"));
    auto *light = m_window->findChild<QAction *>(QStringLiteral("themeLightAction"));
    QVERIFY(dark && light);
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(view()->palette().color(QPalette::Base).lightness() < 100);
    // What is drawn follows: a pixel of the page margin.
    QImage shot = view()->viewport()->grab().toImage();
    QVERIFY(QColor(shot.pixel(2, shot.height() - 3)).lightness() < 100);
    const QColor darkText = view()->palette().color(QPalette::Text);

    light->trigger();
    QVERIFY(view()->palette().color(QPalette::Base).lightness() > 150);
    shot = view()->viewport()->grab().toImage();
    QVERIFY(QColor(shot.pixel(2, shot.height() - 3)).lightness() > 150);
    QVERIFY(view()->palette().color(QPalette::Text) != darkText);
}

void TestMainWindow::themeIsRemembered()
{
    auto *dark = m_window->findChild<QAction *>(QStringLiteral("themeDarkAction"));
    QVERIFY(dark);
    dark->trigger();
    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->themeController()->choice().mode, ThemeChoice::Mode::Dark);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("themeDarkAction"))->isChecked());
    QVERIFY(view()->palette().color(QPalette::Base).lightness() < 100);
}

void TestMainWindow::legendShowsEveryCueKind()
{
    const QList<QLabel *> names = m_window->legendDock()->nameLabels();
    QVERIFY(names.size() >= 5);
    QSet<QRgb> colours;
    for (QLabel *name : names) {
        QVERIFY(!name->text().isEmpty());
        colours.insert(name->palette().color(QPalette::WindowText).rgb());
    }
    QVERIFY2(colours.size() >= 3, "the cue kinds are told apart by colour");
}

void TestMainWindow::everyActionToolBarAndDockHasObjectName()
{
    const auto actions = m_window->findChildren<QAction *>();
    QVERIFY(actions.size() > 20);
    for (QAction *action : actions)
        QVERIFY2(!action->objectName().isEmpty(),
            qPrintable(QStringLiteral("action without objectName: \"%1\" in %2 %3")
                           .arg(action->text(), QString::fromLatin1(action->parent()->metaObject()->className()), action->parent()->objectName())
                + QString::fromLatin1(action->parent()->parent() ? action->parent()->parent()->metaObject()->className() : "-")
                + (action->parent()->parent() ? action->parent()->parent()->objectName() : QString())));
    const auto toolBars = m_window->findChildren<QToolBar *>();
    QVERIFY(!toolBars.isEmpty());
    for (QToolBar *toolBar : toolBars)
        QVERIFY2(!toolBar->objectName().isEmpty(), qPrintable(toolBar->windowTitle()));
    const auto docks = m_window->findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 4);
    for (QDockWidget *dock : docks)
        QVERIFY2(!dock->objectName().isEmpty(), qPrintable(dock->windowTitle()));
}

namespace
{
void drop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}
} // namespace

void TestMainWindow::dropOfArticleFileImportsIt()
{
    const QString file = m_dir->filePath(QStringLiteral("dropped.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Ferry tickets sell out on the first weekend\n\n"
                  "All sailings between Tarrow and Illen were full by Saturday noon, the operator said.\n\n"
                  "Extra boats will be chartered from the northern coast.\n");
    }
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    drop(m_window.get(), {QUrl::fromLocalFile(file)});
    QVERIFY(finished.wait(10000));
    QCOMPARE(list()->model()->rowCount(), m_articles.size() + 1);
    QCOMPARE(m_window->readingStatus()->countText(), QStringLiteral("7 articles"));
    // The new article is in the list and in the index.
    m_window->searchDock()->search(QStringLiteral("chartered"));
    QCOMPARE(m_window->searchDock()->model()->rowCount(), 1);
}

void TestMainWindow::emptyProjectShowsHowToStart()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.gloss"));
    QVERIFY(m_window->openProject(empty));
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(m_window->reader()->articleId().isEmpty());
    QVERIFY(view()->toPlainText().isEmpty());
    QVERIFY(m_window->reader()->header()->metaLine().contains(QStringLiteral("Drop article files")));
    QCOMPARE(m_window->readingStatus()->countText(), QStringLiteral("0 articles"));
}

void TestMainWindow::dropOfProjectOpensIt()
{
    const QString other = m_dir->filePath(QStringLiteral("other.gloss"));
    const QList<Article> two = m_articles.mid(0, 2);
    QCOMPARE(GlossTest::createProject(other, two), QString());
    drop(m_window.get(), {QUrl::fromLocalFile(other)});
    QCOMPARE(m_window->session()->project()->path(), other);
    QCOMPARE(list()->model()->rowCount(), 2);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("other")));
}

void TestMainWindow::cancelledImportAddsNothing()
{
    const QString folder = m_dir->filePath(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < 300; ++i) {
        QFile out(QDir(folder).filePath(QStringLiteral("article-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("Numbered notice %1\n\nThe harbour office published notice number %1 today.\n").arg(i).toUtf8());
    }
    QSignalSpy finished(m_window->session(), &ProjectSession::importFinished);
    m_window->importPaths({folder});
    auto *cancel = m_window->findChild<QAbstractButton *>(QStringLiteral("importCancelButton"));
    QVERIFY(cancel);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("importProgress"))->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(m_window->session()->project()->store().articleCount(), m_articles.size());
    QCOMPARE(list()->model()->rowCount(), m_articles.size());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("importProgress"))->isVisible());
}

void TestMainWindow::badProjectShowsBanner_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QByteArray("this is not a database\n") << QStringLiteral("not a Gloss project");
    QTest::newRow("damaged sqlite") << QByteArray("SQLite format 3\0garbage garbage garbage", 40) << QStringLiteral("SQLite");
}

void TestMainWindow::badProjectShowsBanner()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString bad = m_dir->filePath(QStringLiteral("bad.gloss"));
    {
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    MessageBanner *banner = m_window->banner();
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_window->openProject(bad));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("bad.gloss")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(reason), qPrintable(banner->text()));
    // The project that was open stays open and readable.
    QCOMPARE(m_window->session()->project()->path(), m_projectPath);
    QCOMPARE(list()->model()->rowCount(), m_articles.size());
    QCOMPARE(view()->toPlainText(), m_articles.at(0).text);
    banner->findChild<QAbstractButton *>(QStringLiteral("messageBannerClose"))->click();
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::statusShowsPosition()
{
    m_window->showArticle(m_articles.at(2).id);
    const QString position = m_window->readingStatus()->positionText();
    QVERIFY2(position.startsWith(QStringLiteral("Article 3 of 6")), qPrintable(position));
    QVERIFY2(position.contains(QStringLiteral("of 3")), qPrintable(position)); // three paragraphs
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
