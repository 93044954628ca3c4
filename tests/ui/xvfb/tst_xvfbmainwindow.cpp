// Starts the real main window on an X server (run under xvfb-run, see tests/CMakeLists.txt), opens
// the bundled sample article set as a first start does, and saves screenshots of the window:
// <build>/screenshots/main-window.png (light theme), main-window-search.png (a corpus search
// hit opened) and main-window-dark.png. Checks they are not blank.
#include "app/projectsession.h"
#include "app/startupplan.h"
#include "docks/articlelistdock.h"
#include "docks/searchdock.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/searchresultmodel.h"
#include "reader/annotationcontroller.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "theme/themecontroller.h"
#include "ui/uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QListView>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;
using namespace Gloss::Ui;

class TestXvfbMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void screenshotOfSampleSet();
    void screenshotOfSearch();
    void screenshotWhileAnnotating();
    void screenshotInDarkTheme();

private:
    QImage grabWindow();
    static void checkNotBlank(const QImage &image);
    void save(const QImage &image, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestXvfbMainWindow::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "this test runs the real window on an X server (xvfb-run)");
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_xvfbmainwindow"));
    GlossTest::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/gloss/icons/gloss.svg")));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1560, 940);
    m_window->move(20, 20);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    // As a first start without arguments: the sample set is imported into a new project.
    m_window->open(StartupPlan::forPaths({}, m_dir.filePath(QStringLiteral("data"))));
    QVERIFY(imported.wait(30000));
    QVERIFY2(m_window->articleList()->model()->rowCount() >= 6, "the sample set holds 6-10 articles");
    QVERIFY(!m_window->reader()->articleId().isEmpty());
}

void TestXvfbMainWindow::cleanupTestCase()
{
    if (m_window)
        m_window->close();
    m_window.reset();
}

QImage TestXvfbMainWindow::grabWindow()
{
    // Let every pending layout and paint happen, then take what the X server shows.
    QTest::qWait(400);
    QScreen *screen = m_window->screen();
    return screen->grabWindow(m_window->winId()).toImage();
}

void TestXvfbMainWindow::checkNotBlank(const QImage &image)
{
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() >= 1200 && image.height() >= 700, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y) & 0xffffff];
    }
    int total = 0;
    int most = 0;
    for (const int count : std::as_const(counts)) {
        total += count;
        most = std::max(most, count);
    }
    QVERIFY2(counts.size() >= 32, qPrintable(QStringLiteral("only %1 colours").arg(counts.size())));
    QVERIFY2(most < total * 0.85, "one colour covers almost the whole window");
}

void TestXvfbMainWindow::save(const QImage &image, const QString &name)
{
    const QString dir = QStringLiteral(GLOSS_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(name);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestXvfbMainWindow::screenshotOfSampleSet()
{
    m_window->findChild<QAction *>(QStringLiteral("themeLightAction"))->trigger();
    const QImage image = grabWindow();
    checkNotBlank(image);
    save(image, QStringLiteral("main-window.png"));
}

void TestXvfbMainWindow::screenshotOfSearch()
{
    SearchDock *dock = m_window->searchDock();
    dock->activate();
    dock->search(QStringLiteral("quay"));
    QVERIFY(dock->model()->rowCount() > 0);
    const QModelIndex hit = dock->model()->index(1);
    dock->view()->setCurrentIndex(hit);
    Q_EMIT dock->view()->activated(hit);
    QCOMPARE(m_window->reader()->articleId(), hit.data(SearchResultModel::IdRole).toString());
    const QImage image = grabWindow();
    checkNotBlank(image);
    save(image, QStringLiteral("main-window-search.png"));
}

void TestXvfbMainWindow::screenshotWhileAnnotating()
{
    // As an analyst would: select with the keyboard in the reader and press tag keys.
    ReaderView *view = m_window->reader()->view();
    m_window->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    const QString text = view->articleText();
    const auto select = [view](int from, int to) {
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(from);
        view->setTextCursor(cursor);
        for (int i = from; i < to; ++i)
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    };
    const qsizetype secondParagraph = text.indexOf(QStringLiteral("\n\n")) + 2;
    QVERIFY(secondParagraph > 2);
    const int claimStart = int(secondParagraph);
    const int claimEnd = int(std::min<qsizetype>(text.indexOf(QLatin1Char('.'), claimStart + 20), claimStart + 90));
    select(claimStart, claimEnd);
    QTest::keyClick(view, Qt::Key_Q); // quantity claim
    QTest::keyClick(view, Qt::Key_Escape);
    select(claimStart + 4, claimStart + 12);
    QTest::keyClick(view, Qt::Key_2); // an organisation nested in the claim
    QTest::keyClick(view, Qt::Key_Escape);
    select(5, 14);
    QTest::keyClick(view, Qt::Key_3); // a place in the first paragraph, left current
    Project *project = m_window->session()->project();
    int accepted = 0;
    for (const Annotation &annotation : project->annotator()->annotationsOf(m_window->reader()->articleId()))
        accepted += annotation.status == Annotation::Status::Accepted ? 1 : 0;
    QCOMPARE(accepted, 3); // the three just tagged; the rest are suggestions made when the set opened
    QVERIFY(!m_window->reader()->annotations()->currentAnnotation().isEmpty());

    const QImage image = grabWindow();
    checkNotBlank(image);
    // The claim is drawn: its text sits on a background other than the page's.
    QTextCursor inClaim(view->document());
    inClaim.setPosition(claimStart + 1);
    const QPoint inWindow = view->viewport()->mapTo(m_window.get(), view->cursorRect(inClaim).center() + QPoint(0, 0));
    const QColor page = view->palette().color(QPalette::Base);
    bool differs = false;
    for (int dx = -2; dx <= 6 && !differs; ++dx)
        differs = image.pixelColor(inWindow + QPoint(dx, view->cursorRect(inClaim).height() / 3)) != page;
    QVERIFY2(differs, "the claim's background is drawn");
    save(image, QStringLiteral("main-window-annotating.png"));
}

void TestXvfbMainWindow::screenshotInDarkTheme()
{
    m_window->findChild<QAction *>(QStringLiteral("themeDarkAction"))->trigger();
    const QImage image = grabWindow();
    checkNotBlank(image);
    // The reading page is dark now: sample the reader's bottom-left corner.
    const QPoint corner = m_window->reader()->view()->mapTo(m_window.get(), QPoint(4, m_window->reader()->view()->height() - 4));
    QVERIFY(QColor(image.pixel(corner)).lightness() < 100);
    save(image, QStringLiteral("main-window-dark.png"));
}

QTEST_MAIN(TestXvfbMainWindow)
#include "tst_xvfbmainwindow.moc"
