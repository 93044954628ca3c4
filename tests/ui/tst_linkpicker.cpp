// The keyboard link flow (offscreen, real widgets): type a query, Enter on the target, the type's key
// stores the link (undoable, saved at once); Esc steps back or cancels; unknown keys do nothing.
#include "links/annotationsearchindex.h"
#include "links/linkpicker.h"
#include "project.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Gloss;
using namespace Gloss::Ui;

class TestLinkPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void lists_data();
    void lists();
    void typeQueryEnterKeyCreatesLink_data();
    void typeQueryEnterKeyCreatesLink();
    void downChoosesTheSecondHit();
    void escInTypeStepGoesBack();
    void escCancels();
    void unknownKeyDoesNothing();
    void sourceIsNotListed();
    void newAnnotationsAreFound();

private:
    QString annotate(int article, const QString &needle, const QString &tagId);
    void open(const QString &sourceId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QWidget> m_window;
    LinkPicker *m_picker = nullptr;
    QList<Article> m_articles;
    QString m_engineer; // "Dana Whitlock", Harbour Courier
    QString m_cost; // "$12 million", Harbour Courier
    QString m_vehicles; // "12,500 vehicles a day", Valley Ledger
    QString m_fund; // "$15 million", Valley Ledger
};

QString TestLinkPicker::annotate(int article, const QString &needle, const QString &tagId)
{
    const QString &text = m_articles.at(article).text;
    const qsizetype at = text.indexOf(needle);
    Q_ASSERT(at >= 0);
    return m_project->annotator()->addAnnotation(m_articles.at(article).id, {Span{int(at), int(at + needle.size())}}, tagId).value_or(QString());
}

void TestLinkPicker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    GlossTest::isolateSettings(m_dir->path());
    m_articles = GlossTest::storyArticles();
    const QString path = m_dir->filePath(QStringLiteral("links.gloss"));
    QCOMPARE(GlossTest::createProject(path, m_articles), QString());
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    m_engineer = annotate(0, QStringLiteral("Dana Whitlock"), QStringLiteral("person"));
    m_cost = annotate(0, QStringLiteral("$12 million"), QStringLiteral("money"));
    m_vehicles = annotate(1, QStringLiteral("12,500 vehicles a day"), QStringLiteral("figure"));
    m_fund = annotate(4, QStringLiteral("$15 million"), QStringLiteral("money"));
    QVERIFY(!m_engineer.isEmpty() && !m_cost.isEmpty() && !m_vehicles.isEmpty() && !m_fund.isEmpty());

    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_picker = new LinkPicker(m_window.get());
    m_picker->setProject(m_project.get());
    QCOMPARE(m_picker->objectName(), QStringLiteral("linkPicker"));
}

void TestLinkPicker::cleanup()
{
    m_window.reset();
    m_picker = nullptr;
    m_project.reset();
    m_dir.reset();
}

void TestLinkPicker::open(const QString &sourceId)
{
    m_picker->start(sourceId, m_window->mapToGlobal(QPoint(10, 10)));
    QVERIFY(m_picker->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_picker));
    QVERIFY(!m_picker->isChoosingType());
    QCOMPARE(m_picker->sourceAnnotationId(), sourceId);
}

void TestLinkPicker::lists_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first"); // member name of the expected first hit

    QTest::newRow("quote") << QStringLiteral("12,500") << QStringLiteral("vehicles");
    QTest::newRow("outlet and quote") << QStringLiteral("15 mil") << QStringLiteral("fund");
    QTest::newRow("tag name") << QStringLiteral("figure") << QStringLiteral("vehicles");
}

void TestLinkPicker::lists()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    const QHash<QString, QString> ids{{QStringLiteral("vehicles"), m_vehicles}, {QStringLiteral("fund"), m_fund}};
    open(m_engineer);
    QCOMPARE(m_picker->shownAnnotationIds().size(), 3); // every annotation but the source
    QTest::keyClicks(m_picker->filterEdit(), query);
    QVERIFY(!m_picker->shownAnnotationIds().isEmpty());
    QCOMPARE(m_picker->shownAnnotationIds().constFirst(), ids.value(first));
    // The row shows quote, tag, outlet and title.
    const QTreeWidgetItem *row = m_picker->resultList()->topLevelItem(0);
    QVERIFY(!row->text(0).isEmpty());
    QVERIFY(!row->icon(0).isNull());
    QVERIFY(!row->text(2).isEmpty());
    QVERIFY(!row->text(3).isEmpty());
}

void TestLinkPicker::typeQueryEnterKeyCreatesLink_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::newRow("c corroborates") << QStringLiteral("c") << QStringLiteral("corroborates");
    QTest::newRow("x contradicts") << QStringLiteral("x") << QStringLiteral("contradicts");
    QTest::newRow("s same as") << QStringLiteral("s") << QStringLiteral("same-as");
    QTest::newRow("E elaborates (upper case)") << QStringLiteral("E") << QStringLiteral("elaborates");
}

void TestLinkPicker::typeQueryEnterKeyCreatesLink()
{
    QFETCH(QString, key);
    QFETCH(QString, type);
    QSignalSpy created(m_picker, &LinkPicker::linkCreated);
    QSignalSpy cancelled(m_picker, &LinkPicker::cancelled);
    const int undoBefore = m_project->undoStack()->count();
    open(m_cost);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("15 mil"));
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Return);
    QVERIFY(m_picker->isChoosingType());
    QCOMPARE(m_picker->targetAnnotationId(), m_fund);
    QVERIFY(m_picker->typeList()->topLevelItemCount() >= 5);
    QTest::keyClicks(m_picker->typeList(), key);

    QCOMPARE(created.size(), 1);
    QCOMPARE(cancelled.size(), 0);
    QVERIFY(!m_picker->isVisible());
    const QList<Link> links = m_project->annotator()->allLinks();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.constFirst().id, created.constFirst().constFirst().toString());
    QCOMPARE(links.constFirst().type, type);
    QCOMPARE(links.constFirst().sourceId, m_cost);
    QCOMPARE(links.constFirst().targetId, m_fund);
    QCOMPARE(m_project->undoStack()->count(), undoBefore + 1);

    // Saved at once: a second Project on the same file sees it (read-only, the lock is held).
    {
        Project reader;
        QString error;
        QVERIFY(reader.open(m_project->path(), ProjectStore::Mode::ReadOnly, &error));
        QCOMPARE(reader.annotator()->allLinks().size(), 1);
    }
    m_project->undoStack()->undo();
    QVERIFY(m_project->annotator()->allLinks().isEmpty());
    m_project->undoStack()->redo();
    QCOMPARE(m_project->annotator()->allLinks().size(), 1);
}

void TestLinkPicker::downChoosesTheSecondHit()
{
    open(m_engineer);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("million"));
    const QStringList shown = m_picker->shownAnnotationIds();
    QVERIFY(shown.size() >= 2);
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Down);
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Enter);
    QCOMPARE(m_picker->targetAnnotationId(), shown.at(1));
    // Enter on the highlighted (first) type links with it.
    QTest::keyClick(m_picker->typeList(), Qt::Key_Return);
    QCOMPARE(m_project->annotator()->allLinks().size(), 1);
    QCOMPARE(m_project->annotator()->allLinks().constFirst().type, QStringLiteral("same-as"));
    QCOMPARE(m_project->annotator()->allLinks().constFirst().targetId, shown.at(1));
}

void TestLinkPicker::escInTypeStepGoesBack()
{
    QSignalSpy cancelled(m_picker, &LinkPicker::cancelled);
    open(m_engineer);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("12,500"));
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Return);
    QVERIFY(m_picker->isChoosingType());
    QTest::keyClick(m_picker->typeList(), Qt::Key_Escape);
    QVERIFY(!m_picker->isChoosingType());
    QVERIFY(m_picker->isVisible());
    QVERIFY(m_picker->filterEdit()->text().isEmpty());
    QCOMPARE(cancelled.size(), 0);
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Escape);
    QVERIFY(!m_picker->isVisible());
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(m_project->annotator()->allLinks().isEmpty());
}

void TestLinkPicker::escCancels()
{
    QSignalSpy cancelled(m_picker, &LinkPicker::cancelled);
    QSignalSpy created(m_picker, &LinkPicker::linkCreated);
    const int undoBefore = m_project->undoStack()->count();
    open(m_engineer);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("fund"));
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Escape);
    QVERIFY(!m_picker->isVisible());
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(created.size(), 0);
    QCOMPARE(m_project->undoStack()->count(), undoBefore);
}

void TestLinkPicker::unknownKeyDoesNothing()
{
    open(m_engineer);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("12,500"));
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Return);
    QTest::keyClicks(m_picker->typeList(), QStringLiteral("z9"));
    QVERIFY(m_picker->isVisible());
    QVERIFY(m_picker->isChoosingType());
    QVERIFY(m_project->annotator()->allLinks().isEmpty());
}

void TestLinkPicker::sourceIsNotListed()
{
    open(m_engineer);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("whitlock"));
    QVERIFY(!m_picker->shownAnnotationIds().contains(m_engineer));
}

void TestLinkPicker::newAnnotationsAreFound()
{
    const QString ferry = annotate(2, QStringLiteral("every ten minutes"), QStringLiteral("figure"));
    open(m_engineer);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("ten minutes"));
    QCOMPARE(m_picker->shownAnnotationIds().value(0), ferry);
    QTest::keyClick(m_picker->filterEdit(), Qt::Key_Escape);
    m_project->undoStack()->undo();
    open(m_engineer);
    QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("ten minutes"));
    QVERIFY(!m_picker->shownAnnotationIds().contains(ferry));
}

QTEST_MAIN(TestLinkPicker)
#include "tst_linkpicker.moc"
