// Tests of the hierarchical tag schema: tree order, lookups and paths in memory (TagSchema), the
// default schema file, and the schema edits of the editing facade that need more than a round trip:
// keys moving between tags, positions kept dense, nesting refused under itself, children of a removed
// tag moving up, annotation kinds following a retag.
#include "tst_annotationsupport.h"

#include "tags/tagschema.h"
#include "tags/tagstore.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

namespace
{
Tag tag(const QString &id, const QString &parent, int position, const QString &key = {})
{
    Tag result;
    result.id = id;
    result.parentId = parent;
    result.name = id.toUpper();
    result.position = position;
    result.key = key;
    result.colour = QColor(Qt::red);
    return result;
}

QStringList ids(const QList<Tag> &tags)
{
    QStringList result;
    for (const Tag &t : tags)
        result.append(t.id);
    return result;
}

// Positions among siblings are 0..n-1 for every parent.
bool positionsAreDense(const TagSchema &schema)
{
    QSet<QString> parents{QString()};
    for (const Tag &t : schema.treeOrder())
        parents.insert(t.id);
    for (const QString &parent : parents) {
        const QList<Tag> children = schema.children(parent);
        for (int i = 0; i < children.size(); ++i) {
            if (children.at(i).position != i)
                return false;
        }
    }
    return true;
}
} // namespace

class TestTagSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void treeOrderAndLookups();
    void applyKeepsTreeOrder();
    void cyclesDoNotLoseTags();
    void keyValidity_data();
    void keyValidity();
    void defaultSchemaFile();
    void keysMoveBetweenTags();
    void positionsStayDense();
    void cannotNestUnderItself();
    void removingATagLiftsItsChildren();
    void retagFollowsKind();
    void invalidEditsAreRefused();

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QStringList m_articles;
};

void TestTagSchema::init()
{
    QVERIFY(m_dir.emplace().isValid());
    m_project = std::make_unique<Project>();
    m_articles = createProject(*m_project, m_dir->filePath(QStringLiteral("tags.gloss")));
    QCOMPARE(m_articles.size(), 2);
}

void TestTagSchema::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestTagSchema::treeOrderAndLookups()
{
    const TagSchema schema({tag(QStringLiteral("b"), QString(), 1, QStringLiteral("2")), tag(QStringLiteral("a2"), QStringLiteral("a"), 1),
        tag(QStringLiteral("a"), QString(), 0, QStringLiteral("1")), tag(QStringLiteral("a1"), QStringLiteral("a"), 0),
        tag(QStringLiteral("a1x"), QStringLiteral("a1"), 0, QStringLiteral("x"))});
    QCOMPARE(
        ids(schema.treeOrder()), (QStringList{QStringLiteral("a"), QStringLiteral("a1"), QStringLiteral("a1x"), QStringLiteral("a2"), QStringLiteral("b")}));
    QCOMPARE(ids(schema.children(QString())), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(schema.tagForKey(QStringLiteral("x"))->id, QStringLiteral("a1x"));
    QCOMPARE(schema.tagForKey(QStringLiteral("9")), nullptr);
    QCOMPARE(schema.path(QStringLiteral("a1x")), QStringLiteral("A / A1 / A1X"));
    QCOMPARE(schema.depth(QStringLiteral("a1x")), 2);
    QCOMPARE(schema.depth(QStringLiteral("nope")), -1);
    QVERIFY(schema.isWithin(QStringLiteral("a1x"), QStringLiteral("a")));
    QVERIFY(!schema.isWithin(QStringLiteral("b"), QStringLiteral("a")));
    QCOMPARE(schema.subtree(QStringLiteral("a")), (QStringList{QStringLiteral("a"), QStringLiteral("a1"), QStringLiteral("a1x"), QStringLiteral("a2")}));
    QCOMPARE(schema.subtree(QStringLiteral("b")), (QStringList{QStringLiteral("b")}));
}

void TestTagSchema::applyKeepsTreeOrder()
{
    TagSchema schema({tag(QStringLiteral("a"), QString(), 0), tag(QStringLiteral("b"), QString(), 1)});
    schema.apply({tag(QStringLiteral("c"), QStringLiteral("a"), 0), tag(QStringLiteral("b"), QString(), 0), tag(QStringLiteral("a"), QString(), 1)}, {});
    QCOMPARE(ids(schema.treeOrder()), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    schema.apply({}, {QStringLiteral("b")});
    QCOMPARE(ids(schema.treeOrder()), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QVERIFY(!schema.contains(QStringLiteral("b")));
}

void TestTagSchema::cyclesDoNotLoseTags()
{
    const TagSchema schema({tag(QStringLiteral("a"), QStringLiteral("b"), 0), tag(QStringLiteral("b"), QStringLiteral("a"), 0)});
    QCOMPARE(schema.size(), 2);
    QCOMPARE(schema.treeOrder().size(), 2);
    QVERIFY(!schema.path(QStringLiteral("a")).isEmpty());
}

void TestTagSchema::keyValidity_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("digit") << QStringLiteral("7") << true;
    QTest::newRow("letter") << QStringLiteral("q") << true;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("capital") << QStringLiteral("Q") << false;
    QTest::newRow("two") << QStringLiteral("ab") << false;
    QTest::newRow("accented") << QStringLiteral("é") << false;
}

void TestTagSchema::keyValidity()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(Tag::isValidKey(key), valid);
}

void TestTagSchema::defaultSchemaFile()
{
    QString error;
    const std::optional<QList<Tag>> tags = TagStore::readSchemaFile(QString::fromLatin1(TagStore::DefaultSchemaResource), &error);
    QVERIFY2(tags, qPrintable(error));
    QCOMPARE(tags->size(), 15);
    const TagSchema schema(*tags);
    QCOMPARE(schema.children(QString()).size(), 10);
    QCOMPARE(schema.children(QStringLiteral("claim")).size(), 5);
    QVERIFY(positionsAreDense(schema));
    // What a new project holds is exactly the file.
    QCOMPARE(m_project->annotator()->tagSchema().treeOrder(), schema.treeOrder());
}

void TestTagSchema::keysMoveBetweenTags()
{
    Annotator *annotator = m_project->annotator();
    QSignalSpy changed(annotator, &Annotator::tagsChanged);
    Tag money = *annotator->tagSchema().tag(QStringLiteral("money"));
    money.key = QStringLiteral("q"); // Quantity claim's
    QVERIFY(annotator->changeTag(money));
    QCOMPARE(annotator->tagSchema().tagForKey(QStringLiteral("q"))->id, QStringLiteral("money"));
    QVERIFY(annotator->tagSchema().tag(QStringLiteral("claim-quantity"))->key.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toStringList().size(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(annotator->tagSchema().tagForKey(QStringLiteral("q"))->id, QStringLiteral("claim-quantity"));
    QCOMPARE(annotator->tagSchema().tag(QStringLiteral("money"))->key, QStringLiteral("6"));
}

void TestTagSchema::positionsStayDense()
{
    Annotator *annotator = m_project->annotator();
    QVERIFY(annotator->moveTag(QStringLiteral("claim-prediction"), QString(), 3));
    QVERIFY(annotator->moveTag(QStringLiteral("person"), QStringLiteral("group"), 0));
    QVERIFY(annotator->moveTag(QStringLiteral("weapon"), QString(), 100));
    QVERIFY(annotator->moveTag(QStringLiteral("claim-opinion"), QStringLiteral("claim"), 0));
    Tag extra;
    extra.name = QStringLiteral("Ship");
    extra.parentId = QStringLiteral("weapon");
    QVERIFY(annotator->addTag(extra));
    extra.name = QStringLiteral("Aircraft");
    extra.position = 0;
    QVERIFY(annotator->addTag(extra));
    QVERIFY(annotator->removeTag(QStringLiteral("claim"), Annotator::TagRemoval::DeleteAnnotations));
    QVERIFY(positionsAreDense(annotator->tagSchema()));
    QCOMPARE(annotator->tagSchema().children(QString()).constLast().id, QStringLiteral("weapon"));
    QCOMPARE(annotator->tagSchema().children(QStringLiteral("weapon")).constFirst().name, QStringLiteral("Aircraft"));
    QCOMPARE(annotator->tagSchema().children(QString()).at(2).id, QStringLiteral("claim-prediction")); // person left the top level
    while (m_project->undoStack()->canUndo())
        m_project->undoStack()->undo();
    QVERIFY(positionsAreDense(annotator->tagSchema()));
    QCOMPARE(annotator->tagSchema().treeOrder(), TagSchema(*TagStore::readSchemaFile(QString::fromLatin1(TagStore::DefaultSchemaResource))).treeOrder());
}

void TestTagSchema::cannotNestUnderItself()
{
    Annotator *annotator = m_project->annotator();
    QVERIFY(!annotator->moveTag(QStringLiteral("claim"), QStringLiteral("claim"), 0));
    QVERIFY(!annotator->moveTag(QStringLiteral("claim"), QStringLiteral("claim-opinion"), 0));
    QVERIFY(annotator->moveTag(QStringLiteral("claim-opinion"), QStringLiteral("claim-event"), 0));
    QCOMPARE(annotator->tagSchema().path(QStringLiteral("claim-opinion")), QStringLiteral("Claim / Event claim / Opinion"));
}

void TestTagSchema::removingATagLiftsItsChildren()
{
    Annotator *annotator = m_project->annotator();
    const std::optional<QString> claimId
        = annotator->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("5,000 containers"))}, QStringLiteral("claim"));
    const std::optional<QString> quantityId
        = annotator->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("6,000"))}, QStringLiteral("claim-quantity"));
    QVERIFY(claimId && quantityId);
    QVERIFY(annotator->removeTag(QStringLiteral("claim"), Annotator::TagRemoval::DeleteAnnotations));
    // Children take the parent's place among the top-level tags, in their order; their annotations stay.
    const QStringList top = ids(annotator->tagSchema().children(QString()));
    QCOMPARE(top.mid(9),
        (QStringList{QStringLiteral("claim-quantity"), QStringLiteral("claim-event"), QStringLiteral("claim-attribution"), QStringLiteral("claim-prediction"),
            QStringLiteral("claim-opinion")}));
    QVERIFY(!annotator->annotation(*claimId));
    QVERIFY(annotator->annotation(*quantityId));
    QVERIFY(positionsAreDense(annotator->tagSchema()));
}

void TestTagSchema::retagFollowsKind()
{
    Annotator *annotator = m_project->annotator();
    const std::optional<QString> id = annotator->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("5,000"))}, QStringLiteral("figure"));
    QVERIFY(id);
    QCOMPARE(annotator->annotation(*id)->kind, Annotation::Kind::Entity);
    QVERIFY(annotator->setTag({*id}, QStringLiteral("claim-quantity")));
    QCOMPARE(annotator->annotation(*id)->kind, Annotation::Kind::Claim);
    QVERIFY(annotator->setTag({*id}, QString()));
    QCOMPARE(annotator->annotation(*id)->kind, Annotation::Kind::Note);
}

void TestTagSchema::invalidEditsAreRefused()
{
    Annotator *annotator = m_project->annotator();
    const QByteArray before = dump(*m_project);
    Tag bad;
    QVERIFY(!annotator->addTag(bad)); // no name
    bad.name = QStringLiteral("Bad");
    bad.key = QStringLiteral("Ü");
    QVERIFY(!annotator->addTag(bad));
    bad.key.clear();
    bad.parentId = QStringLiteral("missing");
    QVERIFY(!annotator->addTag(bad));
    bad.parentId.clear();
    bad.id = QStringLiteral("person");
    QVERIFY(!annotator->addTag(bad)); // id taken
    Tag renamed = *annotator->tagSchema().tag(QStringLiteral("person"));
    renamed.name = QStringLiteral("   ");
    QVERIFY(!annotator->changeTag(renamed));
    QVERIFY(!annotator->removeTag(QStringLiteral("missing"), Annotator::TagRemoval::DeleteAnnotations));
    QVERIFY(!annotator->retagAnnotations(QStringLiteral("person"), QStringLiteral("missing")));
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(dump(*m_project), before);
}

QTEST_GUILESS_MAIN(TestTagSchema)
#include "tst_tagschema.moc"
