// Tests of the tag tree model of the tag schema editor, under QAbstractItemModelTester: the tree and
// its roles, annotation counts, edits through setData (refused ones change nothing), moves by drag
// and drop, and every change undone and redone through the project's undo stack.
#include "tst_annotationsupport.h"

#include "models/tagtreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

class TestTagTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void treeOfTheDefaultSchema();
    void roles();
    void annotationCounts();
    void edits_data();
    void edits();
    void keyTakenFromAnotherTag();
    void recolour();
    void dragNestsAndReorders_data();
    void dragNestsAndReorders();
    void cannotDropUnderItself();
    void addAndRemoveReset();
    void removalWithRetagMovesCounts();
    void noProject();

private:
    QModelIndex at(const QString &id, int column = TagTreeModel::NameColumn) const { return m_model->indexOf(id, column); }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TagTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_articles;
};

void TestTagTreeModel::init()
{
    QVERIFY(m_dir.emplace().isValid());
    m_project = std::make_unique<Project>();
    m_articles = createProject(*m_project, m_dir->filePath(QStringLiteral("tags.gloss")));
    QCOMPARE(m_articles.size(), 2);
    m_model = std::make_unique<TagTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setProject(m_project.get());
}

void TestTagTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
    m_dir.reset();
}

void TestTagTreeModel::treeOfTheDefaultSchema()
{
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->columnCount(), int(TagTreeModel::ColumnCount));
    const QModelIndex claim = at(QStringLiteral("claim"));
    QVERIFY(claim.isValid());
    QCOMPARE(claim.row(), 9);
    QCOMPARE(m_model->rowCount(claim), 5);
    QCOMPARE(m_model->index(0, 0, claim), at(QStringLiteral("claim-quantity")));
    QCOMPARE(at(QStringLiteral("claim-quantity")).parent(), claim);
    QCOMPARE(m_model->rowCount(at(QStringLiteral("claim"), TagTreeModel::KeyColumn)), 0);
    QVERIFY(!at(QStringLiteral("no-such-tag")).isValid());
    QCOMPARE(m_model->tagId(m_model->index(0, TagTreeModel::DescriptionColumn)), QStringLiteral("person"));
}

void TestTagTreeModel::roles()
{
    const QModelIndex quantity = at(QStringLiteral("claim-quantity"));
    QCOMPARE(quantity.data().toString(), QStringLiteral("Quantity claim"));
    QCOMPARE(quantity.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#d62728")));
    QCOMPARE(quantity.data(TagTreeModel::ColourRole).value<QColor>(), QColor(QStringLiteral("#d62728")));
    QCOMPARE(quantity.data(TagTreeModel::TagIdRole).toString(), QStringLiteral("claim-quantity"));
    QCOMPARE(at(QStringLiteral("claim-quantity"), TagTreeModel::KeyColumn).data().toString(), QStringLiteral("q"));
    QCOMPARE(at(QStringLiteral("claim-quantity"), TagTreeModel::KindColumn).data().toString(), QStringLiteral("Claim"));
    QCOMPARE(at(QStringLiteral("person"), TagTreeModel::KindColumn).data().toString(), QStringLiteral("Entity"));
    QVERIFY(at(QStringLiteral("claim-quantity"), TagTreeModel::DescriptionColumn).data().toString().startsWith(QStringLiteral("A claim about a number")));
    QVERIFY(quantity.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Claim / Quantity claim\n")));
    QVERIFY(m_model->flags(quantity).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(at(QStringLiteral("claim-quantity"), TagTreeModel::KindColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(m_model->flags(quantity).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(m_model->headerData(TagTreeModel::AnnotationsColumn, Qt::Horizontal).toString(), QStringLiteral("Annotations"));
}

void TestTagTreeModel::annotationCounts()
{
    Annotator *annotator = m_project->annotator();
    QVERIFY(annotator->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("Ada Lovelace"))}, QStringLiteral("person")));
    QVERIFY(annotator->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place")));
    QVERIFY(annotator->addAnnotation(m_articles.at(1), {spanOf(DenialText, QStringLiteral("Calder"))}, QStringLiteral("place")));
    const QModelIndex places = at(QStringLiteral("place"), TagTreeModel::AnnotationsColumn);
    QTRY_COMPARE(places.data().toInt(), 2);
    QCOMPARE(at(QStringLiteral("person"), TagTreeModel::AnnotationsColumn).data().toInt(), 1);
    QCOMPARE(m_model->annotationCount(QStringLiteral("claim")), 0);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_project->undoStack()->undo();
    QTRY_COMPARE(places.data().toInt(), 1);
    QCOMPARE(changed.size(), 1); // only the count that changed
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), places);

    // A new model counts once, from the store.
    TagTreeModel fresh;
    fresh.setProject(m_project.get());
    QCOMPARE(fresh.annotationCount(QStringLiteral("place")), 1);
    QCOMPARE(fresh.annotationCount(QStringLiteral("person")), 1);
}

void TestTagTreeModel::edits_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown"); // what the cell shows afterwards

    QTest::newRow("rename") << int(TagTreeModel::NameColumn) << QStringLiteral("Named person") << true << QStringLiteral("Named person");
    QTest::newRow("rename trimmed") << int(TagTreeModel::NameColumn) << QStringLiteral("  Speaker ") << true << QStringLiteral("Speaker");
    QTest::newRow("empty name") << int(TagTreeModel::NameColumn) << QStringLiteral("   ") << false << QStringLiteral("Person");
    QTest::newRow("free key") << int(TagTreeModel::KeyColumn) << QStringLiteral("x") << true << QStringLiteral("x");
    QTest::newRow("no key") << int(TagTreeModel::KeyColumn) << QString() << true << QString();
    QTest::newRow("capital key") << int(TagTreeModel::KeyColumn) << QStringLiteral("X") << false << QStringLiteral("1");
    QTest::newRow("zero key") << int(TagTreeModel::KeyColumn) << QStringLiteral("0") << false << QStringLiteral("1");
    QTest::newRow("two-letter key") << int(TagTreeModel::KeyColumn) << QStringLiteral("ab") << false << QStringLiteral("1");
    QTest::newRow("description") << int(TagTreeModel::DescriptionColumn) << QStringLiteral("Someone named.") << true << QStringLiteral("Someone named.");
}

void TestTagTreeModel::edits()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);

    const QPersistentModelIndex cell = at(QStringLiteral("person"), column);
    const QString original = cell.data().toString();
    const QByteArray before = dump(*m_project);
    const int steps = m_project->undoStack()->count();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QCOMPARE(m_model->setData(cell, value), accepted);
    QCOMPARE(cell.data().toString(), shown);
    QCOMPARE(reset.size(), 0);
    if (!accepted) {
        QCOMPARE(changed.size(), 0);
        QCOMPARE(dump(*m_project), before);
        QCOMPARE(m_project->undoStack()->count(), steps);
        return;
    }
    QCOMPARE(changed.size(), 1);
    QVERIFY(dump(*m_project) != before);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    m_project->undoStack()->undo();
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), original);
    QCOMPARE(dump(*m_project), before);
    m_project->undoStack()->redo();
    QCOMPARE(cell.data().toString(), shown);
}

void TestTagTreeModel::keyTakenFromAnotherTag()
{
    QVERIFY(m_model->setData(at(QStringLiteral("money"), TagTreeModel::KeyColumn), QStringLiteral("q")));
    QCOMPARE(at(QStringLiteral("money"), TagTreeModel::KeyColumn).data().toString(), QStringLiteral("q"));
    QCOMPARE(at(QStringLiteral("claim-quantity"), TagTreeModel::KeyColumn).data().toString(), QString());
    m_project->undoStack()->undo();
    QCOMPARE(at(QStringLiteral("money"), TagTreeModel::KeyColumn).data().toString(), QStringLiteral("6"));
    QCOMPARE(at(QStringLiteral("claim-quantity"), TagTreeModel::KeyColumn).data().toString(), QStringLiteral("q"));
}

void TestTagTreeModel::recolour()
{
    const QModelIndex person = at(QStringLiteral("person"));
    QVERIFY(m_model->setData(person, QColor(Qt::darkCyan), TagTreeModel::ColourRole));
    QCOMPARE(person.data(Qt::DecorationRole).value<QColor>(), QColor(Qt::darkCyan));
    QCOMPARE(m_project->annotator()->tagSchema().tag(QStringLiteral("person"))->colour, QColor(Qt::darkCyan));
    QVERIFY(!m_model->setData(person, QColor(), TagTreeModel::ColourRole));
    m_project->undoStack()->undo();
    QCOMPARE(person.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#4e79a7")));
}

void TestTagTreeModel::dragNestsAndReorders_data()
{
    QTest::addColumn<QString>("dragged");
    QTest::addColumn<QString>("target"); // the parent dropped into; empty: the top level
    QTest::addColumn<int>("row"); // -1: dropped on the target itself
    QTest::addColumn<QString>("parentAfter");
    QTest::addColumn<int>("rowAfter");

    QTest::newRow("onto a tag nests") << QStringLiteral("person") << QStringLiteral("group") << -1 << QStringLiteral("group") << 0;
    QTest::newRow("up among siblings") << QStringLiteral("weapon") << QString() << 0 << QString() << 0;
    QTest::newRow("down among siblings") << QStringLiteral("person") << QString() << 3 << QString() << 2;
    QTest::newRow("between children") << QStringLiteral("money") << QStringLiteral("claim") << 2 << QStringLiteral("claim") << 2;
    QTest::newRow("child to top level") << QStringLiteral("claim-opinion") << QString() << 1 << QString() << 1;
    QTest::newRow("after the last") << QStringLiteral("person") << QString() << 10 << QString() << 9;
}

void TestTagTreeModel::dragNestsAndReorders()
{
    QFETCH(QString, dragged);
    QFETCH(QString, target);
    QFETCH(int, row);
    QFETCH(QString, parentAfter);
    QFETCH(int, rowAfter);

    const QPersistentModelIndex moved = at(dragged, TagTreeModel::KeyColumn);
    const QString key = moved.data().toString();
    const int rowBefore = moved.row();
    const QString parentBefore = m_model->tagId(moved.parent());
    const QByteArray before = dump(*m_project);
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(dragged)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(QString::fromLatin1(TagTreeModel::MimeType)));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, at(target)));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, row, 0, at(target)));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, at(target)));

    const Tag *tag = m_project->annotator()->tagSchema().tag(dragged);
    QCOMPARE(tag->parentId, parentAfter);
    QCOMPARE(tag->position, rowAfter);
    // The persistent index follows the tag (a layout change, not a reset).
    QVERIFY(moved.isValid());
    QCOMPARE(m_model->tagId(moved), dragged);
    QCOMPARE(moved.row(), rowAfter);
    QCOMPARE(m_model->tagId(moved.parent()), parentAfter);
    QCOMPARE(moved.column(), int(TagTreeModel::KeyColumn));
    QCOMPARE(moved.data().toString(), key);

    m_project->undoStack()->undo();
    QCOMPARE(dump(*m_project), before);
    QCOMPARE(moved.row(), rowBefore);
    QCOMPARE(m_model->tagId(moved.parent()), parentBefore);
    m_project->undoStack()->redo();
    QCOMPARE(moved.row(), rowAfter);
    QCOMPARE(m_model->tagId(moved.parent()), parentAfter);
}

void TestTagTreeModel::cannotDropUnderItself()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(QStringLiteral("claim"))}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, at(QStringLiteral("claim-quantity"))));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, at(QStringLiteral("claim"))));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, at(QStringLiteral("claim-event"))));
    QMimeData foreign;
    foreign.setText(QStringLiteral("person"));
    QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestTagTreeModel::addAndRemoveReset()
{
    Annotator *annotator = m_project->annotator();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Tag draft;
    draft.name = QStringLiteral("Vessel");
    draft.parentId = QStringLiteral("weapon");
    const std::optional<QString> id = annotator->addTag(draft);
    QVERIFY(id);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(at(QStringLiteral("weapon"))), 1);
    QCOMPARE(at(*id).data().toString(), QStringLiteral("Vessel"));
    m_project->undoStack()->undo();
    QVERIFY(!at(*id).isValid());
    QCOMPARE(m_model->rowCount(at(QStringLiteral("weapon"))), 0);
    m_project->undoStack()->redo();
    QCOMPARE(at(*id).parent(), at(QStringLiteral("weapon")));

    QVERIFY(annotator->removeTag(QStringLiteral("claim"), Annotator::TagRemoval::DeleteAnnotations));
    QVERIFY(!at(QStringLiteral("claim")).isValid());
    QCOMPARE(m_model->rowCount(), 14); // the five claim kinds moved up in its place
    QCOMPARE(m_model->index(9, 0).data(TagTreeModel::TagIdRole).toString(), QStringLiteral("claim-quantity"));
    m_project->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->rowCount(at(QStringLiteral("claim"))), 5);
}

void TestTagTreeModel::removalWithRetagMovesCounts()
{
    Annotator *annotator = m_project->annotator();
    QVERIFY(annotator->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("5,000 containers"))}, QStringLiteral("figure")));
    QVERIFY(annotator->addAnnotation(m_articles.at(1), {spanOf(DenialText, QStringLiteral("6,000 containers"))}, QStringLiteral("figure")));
    QTRY_COMPARE(m_model->annotationCount(QStringLiteral("figure")), 2);
    QVERIFY(annotator->removeTag(QStringLiteral("figure"), Annotator::TagRemoval::RetagAnnotations, QStringLiteral("claim-quantity")));
    QCOMPARE(at(QStringLiteral("claim-quantity"), TagTreeModel::AnnotationsColumn).data().toInt(), 2);
    m_project->undoStack()->undo();
    QTRY_COMPARE(at(QStringLiteral("figure"), TagTreeModel::AnnotationsColumn).data().toInt(), 2);
    QCOMPARE(at(QStringLiteral("claim-quantity"), TagTreeModel::AnnotationsColumn).data().toInt(), 0);
}

void TestTagTreeModel::noProject()
{
    m_model->setProject(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("x")));
    m_model->setProject(m_project.get());
    QCOMPARE(m_model->rowCount(), 10);
    // Closing the project empties the model (the Annotator reloads).
    m_project->close();
    QCOMPARE(m_model->rowCount(), 0);
    // A project deleted under the model leaves it empty, not dangling.
    m_project.reset();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->project());
}

QTEST_GUILESS_MAIN(TestTagTreeModel)
#include "tst_tagtreemodel.moc"
