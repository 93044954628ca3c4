// The Suggestions dock from the keyboard: Enter accepts, Backspace rejects, Ctrl+Enter accepts the same
// text across the corpus in one undo step, N/P and Down/Up move; scope and type filters; activation signal.
#include "import/articleimporter.h"
#include "project.h"
#include "suggest/reviewdock.h"
#include "suggest/suggestionrun.h"
#include "ui/uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Gloss;

class TestReviewDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listsTheArticlesSuggestions();
    void enterAcceptsBackspaceRejects();
    void ctrlEnterAcceptsSameTextEverywhere();
    void nextAndPrevious();
    void filters_data();
    void filters();
    void selectAnnotation();

private:
    QListWidget *list() const { return m_dock->findChild<QListWidget *>(QStringLiteral("reviewList")); }
    Annotation::Status statusOf(const QString &id) const { return m_project->annotator()->annotation(id)->status; }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<Ui::ReviewDock> m_dock;
    QStringList m_articles;
};

void TestReviewDock::init()
{
    m_dir.emplace();
    GlossTest::isolateSettings(m_dir->path());
    const QString path = m_dir->filePath(QStringLiteral("story.gloss"));
    QCOMPARE(GlossTest::createProject(path, GlossTest::storyArticles()), QString());
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(Suggest::SuggestionRun(*m_project).run().added > 0);
    m_articles.clear();
    for (const ArticleSummary &summary : m_project->store().articleSummaries())
        m_articles.append(summary.id);
    m_dock = std::make_unique<Ui::ReviewDock>();
    QCOMPARE(m_dock->objectName(), QStringLiteral("reviewDock"));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Suggestions"));
    m_dock->setProject(m_project.get());
    m_dock->setCurrentArticle(m_articles.constFirst());
    m_dock->show();
    list()->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
}

void TestReviewDock::cleanup()
{
    m_dock.reset();
    m_project.reset();
    m_dir.reset();
}

void TestReviewDock::listsTheArticlesSuggestions()
{
    QStringList expected;
    for (const Annotation &annotation : m_project->annotator()->annotationsOf(m_articles.constFirst()))
        expected.append(annotation.id);
    QCOMPARE(m_dock->listedIds().size(), expected.size());
    for (const QString &id : m_dock->listedIds())
        QVERIFY(expected.contains(id));
    m_dock->setScope(Ui::ReviewDock::Scope::Corpus);
    QCOMPARE(m_dock->listedIds().size(), m_project->annotator()->allAnnotations().size());
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("reviewCount"))->text().contains(QString::number(m_dock->listedIds().size())));
}

void TestReviewDock::enterAcceptsBackspaceRejects()
{
    QSignalSpy activated(m_dock.get(), &Ui::ReviewDock::suggestionActivated);
    list()->setCurrentRow(1);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(0).toString(), m_articles.constFirst());
    QCOMPARE(activated.constFirst().at(1).toString(), m_dock->listedIds().value(1));
    const QString first = m_dock->currentId();
    const QString second = m_dock->listedIds().value(2);
    const qsizetype listed = m_dock->listedIds().size();
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(statusOf(first), Annotation::Status::Accepted);
    QCOMPARE(m_dock->listedIds().size(), listed - 1);
    QCOMPARE(m_dock->currentId(), second); // the next one is current
    QTest::keyClick(list(), Qt::Key_Backspace);
    QCOMPARE(statusOf(second), Annotation::Status::Rejected);
    QCOMPARE(m_dock->listedIds().size(), listed - 2);
    QCOMPARE(m_project->undoStack()->count(), 2);
    m_project->undoStack()->undo(); // the list follows undo
    QTRY_COMPARE(m_dock->listedIds().size(), listed - 1);
    QCOMPARE(statusOf(second), Annotation::Status::Suggested);
}

void TestReviewDock::ctrlEnterAcceptsSameTextEverywhere()
{
    // A name suggested in more than one article.
    ImportBatch batch;
    batch.articles = {GlossTest::makeArticle(QStringLiteral("Divers check the piers"), QStringLiteral("Tarrow Gazette"), QStringLiteral("2031-03-06"),
        QString(), QString(), QStringLiteral("Dana Whitlock said on Friday that forty divers had checked the piers of the bridge."))};
    QCOMPARE(m_project->addArticles(batch).addedIds.size(), 1);
    QVERIFY(Suggest::SuggestionRun(*m_project).run().added > 0);
    QHash<QString, QStringList> byText;
    for (const Annotation &annotation : m_project->annotator()->allAnnotations())
        byText[annotation.quote + QLatin1Char('\t') + annotation.tagId].append(annotation.id);
    QStringList same;
    for (const QStringList &ids : std::as_const(byText)) {
        if (ids.size() > same.size())
            same = ids;
    }
    QVERIFY(same.size() > 1);
    m_dock->setScope(Ui::ReviewDock::Scope::Corpus);
    m_dock->selectAnnotation(same.constFirst());
    QCOMPARE(m_dock->currentId(), same.constFirst());
    QTest::keyClick(list(), Qt::Key_Return, Qt::ControlModifier);
    for (const QString &id : same)
        QCOMPARE(statusOf(id), Annotation::Status::Accepted);
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    for (const QString &id : same)
        QCOMPARE(statusOf(id), Annotation::Status::Suggested);
}

void TestReviewDock::nextAndPrevious()
{
    QVERIFY(m_dock->listedIds().size() >= 3);
    list()->setCurrentRow(0);
    QTest::keyClick(list(), Qt::Key_N);
    QCOMPARE(list()->currentRow(), 1);
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(list()->currentRow(), 2);
    QTest::keyClick(list(), Qt::Key_P);
    QCOMPARE(list()->currentRow(), 1);
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(list()->currentRow(), 0);
    QTest::keyClick(list(), Qt::Key_P);
    QCOMPARE(list()->currentRow(), 0);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestReviewDock::filters_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("people") << QStringLiteral("People") << QStringList{QStringLiteral("person")};
    QTest::newRow("figures") << QStringLiteral("Figures and money") << QStringList{QStringLiteral("figure"), QStringLiteral("money")};
    QTest::newRow("dates") << QStringLiteral("Dates") << QStringList{QStringLiteral("datetime")};
    QTest::newRow("claims") << QStringLiteral("Claims") << QStringList{QStringLiteral("claim")};
}

void TestReviewDock::filters()
{
    QFETCH(QString, label);
    QFETCH(QStringList, tags);
    m_dock->setScope(Ui::ReviewDock::Scope::Corpus);
    auto *filter = m_dock->findChild<QComboBox *>(QStringLiteral("reviewFilter"));
    filter->setCurrentIndex(filter->findText(label));
    QVERIFY(filter->currentIndex() > 0);
    int expected = 0;
    for (const Annotation &annotation : m_project->annotator()->allAnnotations())
        expected += tags.contains(annotation.tagId) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(m_dock->listedIds().size(), expected);
    for (const QString &id : m_dock->listedIds())
        QVERIFY(tags.contains(m_project->annotator()->annotation(id)->tagId));
}

void TestReviewDock::selectAnnotation()
{
    QSignalSpy activated(m_dock.get(), &Ui::ReviewDock::suggestionActivated);
    const QString last = m_dock->listedIds().constLast();
    m_dock->selectAnnotation(last);
    QCOMPARE(m_dock->currentId(), last);
    QCOMPARE(activated.size(), 0); // the reader is already there
    m_dock->selectAnnotation(QStringLiteral("not-listed"));
    QCOMPARE(m_dock->currentId(), last);
}

QTEST_MAIN(TestReviewDock)
#include "tst_reviewdock.moc"
