// The memo dock driven from the keyboard (offscreen): article and project memos saved after the
// typing pause, on focus out and before another article is shown; kept in the project file; undo
// and edits made elsewhere shown without clobbering typing in progress; a read-only project.
#include "editing/debouncedfield.h"
#include "memos/memodock.h"
#include "model/tst_annotationsupport.h"
#include "ui/uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Gloss;
using namespace Gloss::Ui;
using namespace AnnotationTest;

class TestMemoDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheArticleTitle();
    void typedMemoIsSavedAndReopened_data();
    void typedMemoIsSavedAndReopened();
    void undoRefreshesTheMemo();
    void switchingArticleSavesPendingText();
    void refreshKeepsTypingInProgress();
    void readOnlyProject();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_dock->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void showWindow();
    QPlainTextEdit *articleMemo() const { return child<QPlainTextEdit>("articleMemoEdit"); }
    QPlainTextEdit *projectMemo() const { return child<QPlainTextEdit>("projectMemoEdit"); }
    void reopen(ProjectStore::Mode mode);

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QMainWindow> m_window;
    MemoDock *m_dock = nullptr;
    QLineEdit *m_elsewhere = nullptr;
    QString m_harbour;
    QString m_denial;
};

void TestMemoDock::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_memodock"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestMemoDock::init()
{
    QVERIFY(m_dir.emplace().isValid());
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
    m_project = std::make_unique<Project>();
    const QStringList articles = createProject(*m_project, m_dir->filePath(QStringLiteral("memos.gloss")));
    QCOMPARE(articles.size(), 2);
    m_harbour = articles.at(0);
    m_denial = articles.at(1);
}

void TestMemoDock::cleanup()
{
    m_window.reset();
    m_dock = nullptr;
    m_project.reset();
    m_dir.reset();
}

void TestMemoDock::showWindow()
{
    m_window = std::make_unique<QMainWindow>();
    m_elsewhere = new QLineEdit(m_window.get());
    m_window->setCentralWidget(m_elsewhere);
    m_dock = new MemoDock(m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(900, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_dock->setProject(m_project.get());
}

void TestMemoDock::reopen(ProjectStore::Mode mode)
{
    // The window's order when another project is opened: the dock moves first, then the old one closes.
    const QString path = m_project->path();
    m_dock->setProject(nullptr);
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(path, mode, &error), qPrintable(error));
    m_dock->setProject(m_project.get());
}

void TestMemoDock::showsTheArticleTitle()
{
    showWindow();
    auto *title = child<QLabel>("articleMemoTitle");
    QCOMPARE(title->text(), QStringLiteral("No article is shown."));
    QVERIFY(!articleMemo()->isEnabled());
    m_dock->setCurrentArticle(m_denial);
    QCOMPARE(title->text(), QStringLiteral("Officials deny union count"));
    QVERIFY(articleMemo()->isEnabled());
    QCOMPARE(m_dock->currentArticle(), m_denial);

    // Hidden, the dock reads the article only when it is shown again.
    m_dock->hide();
    m_dock->setCurrentArticle(m_harbour);
    QCOMPARE(title->text(), QStringLiteral("Officials deny union count"));
    m_dock->focusArticleMemo();
    QCOMPARE(title->text(), QStringLiteral("Containers inspected at Port Calder"));
    QVERIFY(m_dock->isVisible());
}

void TestMemoDock::typedMemoIsSavedAndReopened_data()
{
    QTest::addColumn<bool>("projectTab");
    QTest::addColumn<bool>("moveFocus");
    QTest::newRow("article memo, typing pause") << false << false;
    QTest::newRow("article memo, focus out") << false << true;
    QTest::newRow("project memo, typing pause") << true << false;
    QTest::newRow("project memo, focus out") << true << true;
}

void TestMemoDock::typedMemoIsSavedAndReopened()
{
    QFETCH(bool, projectTab);
    QFETCH(bool, moveFocus);
    showWindow();
    m_dock->setCurrentArticle(m_harbour);
    QPlainTextEdit *edit = projectTab ? projectMemo() : articleMemo();
    if (projectTab)
        m_dock->focusProjectMemo();
    else
        m_dock->focusArticleMemo();
    QCOMPARE(child<QTabWidget>("memoTabs")->currentIndex(), projectTab ? 1 : 0);
    QTRY_VERIFY(edit->hasFocus());
    const QString typed = QStringLiteral("Compare the union's 6,000 with the port's count");
    QTest::keyClicks(edit, typed);
    const auto saved = [&] { return projectTab ? m_project->annotator()->projectMemo() : m_project->annotator()->articleMemo(m_harbour); };
    QCOMPARE(saved(), QString());
    if (moveFocus) {
        m_elsewhere->setFocus();
        QCOMPARE(saved(), typed);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(saved(), typed, DebouncedField::Delay * 4);
    }
    // Typing one memo is one undo step.
    QCOMPARE(m_project->undoStack()->count(), 1);

    reopen(ProjectStore::Mode::ReadWrite);
    m_dock->setCurrentArticle(m_harbour);
    QCOMPARE(edit->toPlainText(), typed);
    QCOMPARE(saved(), typed);
    QCOMPARE((projectTab ? articleMemo() : projectMemo())->toPlainText(), QString());
}

void TestMemoDock::undoRefreshesTheMemo()
{
    showWindow();
    m_dock->setCurrentArticle(m_harbour);
    m_dock->focusArticleMemo();
    QTRY_VERIFY(articleMemo()->hasFocus());
    QTest::keyClicks(articleMemo(), QStringLiteral("first"));
    QTRY_COMPARE_WITH_TIMEOUT(m_project->annotator()->articleMemo(m_harbour), QStringLiteral("first"), DebouncedField::Delay * 4);
    QVERIFY(m_project->annotator()->setProjectMemo(QStringLiteral("project notes")));
    QCOMPARE(projectMemo()->toPlainText(), QStringLiteral("project notes"));

    m_project->undoStack()->undo();
    QCOMPARE(projectMemo()->toPlainText(), QString());
    m_project->undoStack()->undo();
    QCOMPARE(articleMemo()->toPlainText(), QString());
    QCOMPARE(m_project->annotator()->articleMemo(m_harbour), QString());
    m_project->undoStack()->redo();
    QCOMPARE(articleMemo()->toPlainText(), QStringLiteral("first"));
}

void TestMemoDock::switchingArticleSavesPendingText()
{
    showWindow();
    QVERIFY(m_project->annotator()->setArticleMemo(m_denial, QStringLiteral("denial memo")));
    m_dock->setCurrentArticle(m_harbour);
    m_dock->focusArticleMemo();
    QTRY_VERIFY(articleMemo()->hasFocus());
    QTest::keyClicks(articleMemo(), QStringLiteral("harbour memo"));
    m_dock->setCurrentArticle(m_denial);
    QCOMPARE(m_project->annotator()->articleMemo(m_harbour), QStringLiteral("harbour memo"));
    QCOMPARE(articleMemo()->toPlainText(), QStringLiteral("denial memo"));
    QCOMPARE(child<QLabel>("articleMemoTitle")->text(), QStringLiteral("Officials deny union count"));
    QTest::qWait(DebouncedField::Delay * 2);
    QCOMPARE(m_project->annotator()->articleMemo(m_denial), QStringLiteral("denial memo"));
    m_dock->setCurrentArticle(m_harbour);
    QCOMPARE(articleMemo()->toPlainText(), QStringLiteral("harbour memo"));

    // Opening another project saves what is pending too.
    QTest::keyClicks(articleMemo(), QStringLiteral(", more"));
    reopen(ProjectStore::Mode::ReadWrite);
    QCOMPARE(m_project->annotator()->articleMemo(m_harbour), QStringLiteral("harbour memo, more"));
}

void TestMemoDock::refreshKeepsTypingInProgress()
{
    showWindow();
    m_dock->setCurrentArticle(m_harbour);
    m_dock->focusProjectMemo();
    QTRY_VERIFY(projectMemo()->hasFocus());
    QTest::keyClicks(projectMemo(), QStringLiteral("typing"));
    QVERIFY(m_project->annotator()->setProjectMemo(QStringLiteral("from elsewhere")));
    QVERIFY(m_project->annotator()->setArticleMemo(m_harbour, QStringLiteral("article, from elsewhere")));
    QCOMPARE(projectMemo()->toPlainText(), QStringLiteral("typing"));
    QCOMPARE(articleMemo()->toPlainText(), QStringLiteral("article, from elsewhere"));
    m_elsewhere->setFocus();
    QCOMPARE(m_project->annotator()->projectMemo(), QStringLiteral("typing"));
}

void TestMemoDock::readOnlyProject()
{
    QVERIFY(m_project->annotator()->setProjectMemo(QStringLiteral("stored")));
    showWindow();
    reopen(ProjectStore::Mode::ReadOnly);
    QVERIFY(m_project->isReadOnly());
    m_dock->setCurrentArticle(m_harbour);
    QVERIFY(articleMemo()->isReadOnly());
    QVERIFY(projectMemo()->isReadOnly());
    m_dock->focusProjectMemo();
    QTest::keyClicks(projectMemo(), QStringLiteral("x"));
    m_elsewhere->setFocus();
    QCOMPARE(projectMemo()->toPlainText(), QStringLiteral("stored"));
    QCOMPARE(m_project->annotator()->projectMemo(), QStringLiteral("stored"));
}

QTEST_MAIN(TestMemoDock)
#include "tst_memodock.moc"
