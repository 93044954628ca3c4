// The links dock (offscreen, real widgets): incoming and outgoing links of the current annotation with
// direction and the other end, kept in step with the Annotator (add, remove, undo), activation, Delete
// and changing the type.
#include "links/linksdock.h"
#include "project.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Gloss;
using namespace Gloss::Ui;

class TestLinksDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listsBothDirections();
    void followsEditsAndUndo();
    void activationEmitsTheOtherEnd();
    void deleteRemovesSelected();
    void changeType();
    void noAnnotation();

private:
    QString annotate(int article, const QString &needle, const QString &tagId);
    QTreeWidgetItem *rowOf(const QString &linkId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LinksDock> m_dock;
    QList<Article> m_articles;
    QString m_cost, m_fund, m_budget;
    QString m_out, m_in; // m_cost -elaborates-> m_fund; m_budget -contradicts(symmetric)-> m_cost
};

QString TestLinksDock::annotate(int article, const QString &needle, const QString &tagId)
{
    const QString &text = m_articles.at(article).text;
    const qsizetype at = text.indexOf(needle);
    Q_ASSERT(at >= 0);
    return m_project->annotator()->addAnnotation(m_articles.at(article).id, {Span{int(at), int(at + needle.size())}}, tagId).value_or(QString());
}

QTreeWidgetItem *TestLinksDock::rowOf(const QString &linkId) const
{
    const int row = int(m_dock->shownLinkIds().indexOf(linkId));
    return row < 0 ? nullptr : m_dock->view()->topLevelItem(row);
}

void TestLinksDock::init()
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
    m_cost = annotate(0, QStringLiteral("Repairs could cost $12 million"), QStringLiteral("money"));
    m_fund = annotate(4, QStringLiteral("$15 million"), QStringLiteral("money"));
    m_budget = annotate(5, QStringLiteral("the repair budget was cut by 40 percent"), QStringLiteral("figure"));
    Annotator *annotator = m_project->annotator();
    m_out = annotator->addLink(QStringLiteral("elaborates"), m_cost, m_fund).value_or(QString());
    m_in = annotator->addLink(QStringLiteral("contradicts"), m_budget, m_cost).value_or(QString());
    QVERIFY(!m_out.isEmpty() && !m_in.isEmpty());

    m_dock = std::make_unique<LinksDock>();
    m_dock->setProject(m_project.get());
    m_dock->resize(700, 300);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    QCOMPARE(m_dock->objectName(), QStringLiteral("linksDock"));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Links"));
}

void TestLinksDock::cleanup()
{
    m_dock.reset();
    m_project.reset();
    m_dir.reset();
}

void TestLinksDock::listsBothDirections()
{
    m_dock->setAnnotation(m_cost);
    QCOMPARE(m_dock->shownLinkIds().size(), 2);
    QTreeWidgetItem *out = rowOf(m_out);
    QTreeWidgetItem *in = rowOf(m_in);
    QVERIFY(out && in);
    QCOMPARE(out->text(LinksDock::TypeColumn), QStringLiteral("Elaborates"));
    QCOMPARE(out->text(LinksDock::DirectionColumn), QStringLiteral("→"));
    QCOMPARE(out->text(LinksDock::QuoteColumn), QStringLiteral("$15 million"));
    QCOMPARE(out->text(LinksDock::TagColumn), QStringLiteral("Money"));
    QVERIFY(out->text(LinksDock::SourceColumn).startsWith(QStringLiteral("Valley Ledger / Council approves")));
    QCOMPARE(in->text(LinksDock::DirectionColumn), QStringLiteral("↔")); // contradicts is symmetric
    QCOMPARE(in->text(LinksDock::QuoteColumn), QStringLiteral("the repair budget was cut by 40 percent"));

    // From the other end an asymmetric link is incoming.
    m_dock->setAnnotation(m_fund);
    QCOMPARE(m_dock->shownLinkIds(), QStringList{m_out});
    QCOMPARE(rowOf(m_out)->text(LinksDock::DirectionColumn), QStringLiteral("←"));
    QCOMPARE(rowOf(m_out)->text(LinksDock::QuoteColumn), QStringLiteral("Repairs could cost $12 million"));
}

void TestLinksDock::followsEditsAndUndo()
{
    m_dock->setAnnotation(m_fund);
    const QString added = *m_project->annotator()->addLink(QStringLiteral("corroborates"), m_budget, m_fund);
    QCOMPARE(m_dock->shownLinkIds().size(), 2);
    QVERIFY(rowOf(added));
    m_project->undoStack()->undo();
    QCOMPARE(m_dock->shownLinkIds(), QStringList{m_out});
    // Deleting the other end's annotation takes its links along; undo brings both back.
    QVERIFY(m_project->annotator()->removeAnnotations({m_cost}));
    QVERIFY(m_dock->shownLinkIds().isEmpty());
    m_project->undoStack()->undo();
    QCOMPARE(m_dock->shownLinkIds(), QStringList{m_out});
    // A retag of the other end shows at once.
    QVERIFY(m_project->annotator()->setTag({m_cost}, QStringLiteral("figure")));
    QCOMPARE(rowOf(m_out)->text(LinksDock::TagColumn), QStringLiteral("Figure or quantity"));
}

void TestLinksDock::activationEmitsTheOtherEnd()
{
    QSignalSpy activated(m_dock.get(), &LinksDock::annotationActivated);
    m_dock->setAnnotation(m_cost);
    m_dock->view()->setFocus();
    m_dock->view()->setCurrentItem(rowOf(m_out));
    QTest::keyClick(m_dock->view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(0).toString(), m_articles.at(4).id);
    QCOMPARE(activated.constFirst().at(1).toString(), m_fund);
}

void TestLinksDock::deleteRemovesSelected()
{
    m_dock->setAnnotation(m_cost);
    const int undoBefore = m_project->undoStack()->count();
    m_dock->view()->setFocus();
    m_dock->view()->clearSelection();
    rowOf(m_in)->setSelected(true);
    QTest::keyClick(m_dock->view(), Qt::Key_Delete);
    QCOMPARE(m_dock->shownLinkIds(), QStringList{m_out});
    QCOMPARE(m_project->annotator()->allLinks().size(), 1);
    QCOMPARE(m_project->undoStack()->count(), undoBefore + 1);
    m_project->undoStack()->undo();
    QCOMPARE(m_dock->shownLinkIds().size(), 2);
}

void TestLinksDock::changeType()
{
    m_dock->setAnnotation(m_cost);
    m_dock->view()->clearSelection();
    rowOf(m_out)->setSelected(true);
    QVERIFY(m_dock->changeSelectedType(QStringLiteral("corroborates")));
    QCOMPARE(rowOf(m_out)->text(LinksDock::TypeColumn), QStringLiteral("Corroborates"));
    QCOMPARE(rowOf(m_out)->text(LinksDock::DirectionColumn), QStringLiteral("↔"));
    QVERIFY(rowOf(m_out)->isSelected()); // the selection survives the refresh
    m_project->undoStack()->undo();
    QCOMPARE(rowOf(m_out)->text(LinksDock::TypeColumn), QStringLiteral("Elaborates"));
}

void TestLinksDock::noAnnotation()
{
    m_dock->setAnnotation(m_cost);
    m_dock->setAnnotation(QString());
    QVERIFY(m_dock->shownLinkIds().isEmpty());
    m_dock->setAnnotation(m_cost);
    m_dock->setProject(nullptr);
    QVERIFY(m_dock->shownLinkIds().isEmpty());
    QVERIFY(m_project->annotator()->removeLinks({m_out}));
}

QTEST_MAIN(TestLinksDock)
#include "tst_linksdock.moc"
