// LinkGraph: symmetric types read both ways, same-as closed transitively (union-find), entity
// classes through same-as mentions, and Annotator::addLink refusing to store a symmetric link twice.
#include "links/linkgraph.h"
#include "model/tst_annotationsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;

Q_DECLARE_METATYPE(Gloss::LinkEnd::Direction)

namespace
{
QList<LinkType> defaultTypes()
{
    return {
        {QStringLiteral("same-as"), QStringLiteral("Same as"), true, true, QStringLiteral("s"), 0},
        {QStringLiteral("corroborates"), QStringLiteral("Corroborates"), true, false, QStringLiteral("c"), 1},
        {QStringLiteral("contradicts"), QStringLiteral("Contradicts"), true, false, QStringLiteral("x"), 2},
        {QStringLiteral("elaborates"), QStringLiteral("Elaborates"), false, false, QStringLiteral("e"), 3},
        {QStringLiteral("quotes"), QStringLiteral("Quotes / attributes to"), false, false, QStringLiteral("q"), 4},
        {QStringLiteral("echoes"), QStringLiteral("Echoes (user type)"), true, false, QStringLiteral("h"), 5},
    };
}

Link link(const QString &id, const QString &type, const QString &source, const QString &target, Annotation::Status status = Annotation::Status::Accepted)
{
    Link result;
    result.id = id;
    result.type = type;
    result.sourceId = source;
    result.targetId = target;
    result.status = status;
    return result;
}

// "a>b:type" strings to links l0, l1 ...
QList<Link> links(const QStringList &specs)
{
    QList<Link> result;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const QStringList ends = parts.at(0).split(QLatin1Char('>'));
        Annotation::Status status = Annotation::Status::Accepted;
        if (parts.size() > 2)
            status = *Annotation::statusFromName(parts.at(2));
        result.append(link(QStringLiteral("l%1").arg(result.size()), parts.at(1), ends.at(0), ends.at(1), status));
    }
    return result;
}
} // namespace

class TestLinkGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void direction_data();
    void direction();
    void sameAsClosure_data();
    void sameAsClosure();
    void rejectedAndSuggestedLinks();
    void entityClasses();
    void duplicates_data();
    void duplicates();
    void unionFindGroups();
    void annotatorRefusesDuplicateSymmetricLink();
    void userDefinedLinkTypes();
};

void TestLinkGraph::direction_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("from");
    QTest::addColumn<LinkEnd::Direction>("direction");
    QTest::addColumn<bool>("outgoing");
    QTest::addColumn<bool>("incoming");
    QTest::newRow("same-as from target") << "a>b:same-as"
                                         << "b" << LinkEnd::Direction::Both << true << true;
    QTest::newRow("corroborates from source") << "a>b:corroborates"
                                              << "a" << LinkEnd::Direction::Both << true << true;
    QTest::newRow("contradicts from target") << "a>b:contradicts"
                                             << "b" << LinkEnd::Direction::Both << true << true;
    QTest::newRow("user symmetric type from target") << "a>b:echoes"
                                                     << "b" << LinkEnd::Direction::Both << true << true;
    QTest::newRow("elaborates from source") << "a>b:elaborates"
                                            << "a" << LinkEnd::Direction::Outgoing << true << false;
    QTest::newRow("elaborates from target") << "a>b:elaborates"
                                            << "b" << LinkEnd::Direction::Incoming << false << true;
    QTest::newRow("quotes from target") << "a>b:quotes"
                                        << "b" << LinkEnd::Direction::Incoming << false << true;
    QTest::newRow("unknown type is directed") << "a>b:mystery"
                                              << "b" << LinkEnd::Direction::Incoming << false << true;
}

void TestLinkGraph::direction()
{
    QFETCH(QString, spec);
    QFETCH(QString, from);
    QFETCH(LinkEnd::Direction, direction);
    QFETCH(bool, outgoing);
    QFETCH(bool, incoming);
    const LinkGraph graph(links({spec}), defaultTypes());
    const QList<LinkEnd> all = graph.linksOf(from);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().direction, direction);
    QCOMPARE(all.first().otherId, from == QLatin1String("a") ? QStringLiteral("b") : QStringLiteral("a"));
    QCOMPARE(graph.outgoing(from).size(), outgoing ? 1 : 0);
    QCOMPARE(graph.incoming(from).size(), incoming ? 1 : 0);
    const QString other = all.first().otherId;
    const QString type = spec.section(QLatin1Char(':'), 1);
    QCOMPARE(graph.related(type, from, other), outgoing);
    QVERIFY(graph.linksOf(QStringLiteral("zzz")).isEmpty());
}

void TestLinkGraph::sameAsClosure_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QString>("of");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("alone") << QStringList{} << "a" << QStringList{"a"};
    QTest::newRow("one link") << QStringList{"a>b:same-as"} << "b" << QStringList{"a", "b"};
    QTest::newRow("chain") << QStringList{"a>b:same-as", "c>b:same-as", "c>d:same-as"} << "a" << QStringList{"a", "b", "c", "d"};
    QTest::newRow("two classes") << QStringList{"a>b:same-as", "c>d:same-as"} << "d" << QStringList{"c", "d"};
    QTest::newRow("corroborates is not transitive") << QStringList{"a>b:same-as", "b>c:corroborates"} << "a" << QStringList{"a", "b"};
    QTest::newRow("cycle") << QStringList{"a>b:same-as", "b>c:same-as", "c>a:same-as"} << "c" << QStringList{"a", "b", "c"};
}

void TestLinkGraph::sameAsClosure()
{
    QFETCH(QStringList, specs);
    QFETCH(QString, of);
    QFETCH(QStringList, expected);
    const LinkGraph graph(links(specs), defaultTypes());
    QStringList members = graph.sameAs(of);
    std::sort(members.begin(), members.end());
    QCOMPARE(members, expected);
    for (const QString &member : expected)
        QVERIFY(graph.related(QStringLiteral("same-as"), of, member));
}

void TestLinkGraph::rejectedAndSuggestedLinks()
{
    const QList<Link> all = links({"a>b:same-as:suggested", "b>c:same-as:rejected", "c>d:same-as"});
    const LinkGraph accepted(all, defaultTypes());
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!accepted.related(QStringLiteral("same-as"), QStringLiteral("a"), QStringLiteral("b")));
    const LinkGraph withSuggested(all, defaultTypes(), LinkGraph::Statuses::AcceptedAndSuggested);
    QCOMPARE(withSuggested.count(), 2);
    QVERIFY(withSuggested.related(QStringLiteral("same-as"), QStringLiteral("a"), QStringLiteral("b")));
    QVERIFY(!withSuggested.related(QStringLiteral("same-as"), QStringLiteral("a"), QStringLiteral("d")));
}

void TestLinkGraph::entityClasses()
{
    // Mentions m1..m4 of entities E1..E3; m1 same-as m2 and m2 same-as m3 make E1, E2, E3 one class;
    // E4 stays alone.
    QList<Annotation> mentions;
    const QStringList entities = {"E1", "E2", "E3", "E4"};
    for (int i = 0; i < entities.size(); ++i) {
        Annotation mention;
        mention.id = QStringLiteral("m%1").arg(i + 1);
        mention.entityId = entities.at(i);
        mentions.append(mention);
    }
    const LinkGraph graph(links({"m1>m2:same-as", "m3>m2:same-as", "m4>m1:corroborates"}), defaultTypes());
    const QHash<QString, QString> classes = graph.entityClasses(mentions);
    QCOMPARE(classes.size(), 4);
    QCOMPARE(classes.value("E1"), classes.value("E2"));
    QCOMPARE(classes.value("E1"), classes.value("E3"));
    QCOMPARE(classes.value("E4"), QStringLiteral("E4"));
    QVERIFY(classes.value("E1") != classes.value("E4"));
}

void TestLinkGraph::duplicates_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("added");
    QTest::addColumn<bool>("symmetric");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("same direction") << "a>b:corroborates"
                                    << "a>b:corroborates" << true << true;
    QTest::newRow("reverse of symmetric") << "a>b:corroborates"
                                          << "b>a:corroborates" << true << true;
    QTest::newRow("reverse of directed") << "a>b:elaborates"
                                         << "b>a:elaborates" << false << false;
    QTest::newRow("same directed") << "a>b:elaborates"
                                   << "a>b:elaborates" << false << true;
    QTest::newRow("other type") << "a>b:corroborates"
                                << "b>a:contradicts" << true << false;
    QTest::newRow("other end") << "a>b:same-as"
                               << "a>c:same-as" << true << false;
}

void TestLinkGraph::duplicates()
{
    QFETCH(QString, existing);
    QFETCH(QString, added);
    QFETCH(bool, symmetric);
    QFETCH(bool, duplicate);
    const Link wanted = links({added}).first();
    const std::optional<Link> found = LinkGraph::duplicateOf(links({existing}), wanted.type, wanted.sourceId, wanted.targetId, symmetric);
    QCOMPARE(found.has_value(), duplicate);
}

void TestLinkGraph::unionFindGroups()
{
    UnionFind sets;
    sets.add(QStringLiteral("x"));
    sets.unite(QStringLiteral("a"), QStringLiteral("b"));
    sets.unite(QStringLiteral("c"), QStringLiteral("d"));
    sets.unite(QStringLiteral("b"), QStringLiteral("d"));
    QCOMPARE(sets.size(), 5);
    QCOMPARE(sets.groups().size(), 2);
    QCOMPARE(sets.groups().at(0), QStringList({"x"}));
    QCOMPARE(sets.groups().at(1), QStringList({"a", "b", "c", "d"}));
    QVERIFY(sets.connected(QStringLiteral("a"), QStringLiteral("c")));
    QVERIFY(!sets.connected(QStringLiteral("a"), QStringLiteral("x")));
    QCOMPARE(sets.find(QStringLiteral("unknown")), QStringLiteral("unknown"));
}

void TestLinkGraph::annotatorRefusesDuplicateSymmetricLink()
{
    using namespace AnnotationTest;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    const QStringList ids = createProject(project, dir.filePath(QStringLiteral("links.gloss")));
    QCOMPARE(ids.size(), 2);
    Annotator &annotator = *project.annotator();
    const std::optional<QString> a
        = annotator.addAnnotation(ids.at(0), {spanOf(HarbourText, QStringLiteral("more than 6,000 were damaged"))}, QStringLiteral("claim"));
    const std::optional<QString> b
        = annotator.addAnnotation(ids.at(1), {spanOf(DenialText, QStringLiteral("denied the union's count of 6,000 containers"))}, QStringLiteral("claim"));
    QVERIFY(a && b);
    const std::optional<QString> first = annotator.addLink(QStringLiteral("contradicts"), *a, *b);
    QVERIFY(first);
    QSignalSpy added(&annotator, &Annotator::linksAdded);
    QSignalSpy messages(&annotator, &Annotator::message);
    const int undoCount = project.undoStack()->count();

    // B -> A of a symmetric type is the same link: nothing stored, a notice, the existing id.
    const std::optional<QString> again = annotator.addLink(QStringLiteral("contradicts"), *b, *a);
    QCOMPARE(again, first);
    QCOMPARE(annotator.allLinks().size(), 1);
    QCOMPARE(added.size(), 0);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(project.undoStack()->count(), undoCount);

    // A directed type may go both ways.
    QVERIFY(annotator.addLink(QStringLiteral("elaborates"), *a, *b));
    QVERIFY(annotator.addLink(QStringLiteral("elaborates"), *b, *a));
    QCOMPARE(annotator.allLinks().size(), 3);
    QVERIFY(annotator.addLink(QStringLiteral("elaborates"), *b, *a));
    QCOMPARE(annotator.allLinks().size(), 3);

    // A suggested link the analyst draws by hand becomes accepted (one undoable edit).
    Link suggested;
    suggested.id = QStringLiteral("5b9f27c4-0d61-4b0e-9d8e-2f7a1c3e4d50");
    suggested.type = QStringLiteral("corroborates");
    suggested.sourceId = *a;
    suggested.targetId = *b;
    suggested.status = Annotation::Status::Suggested;
    suggested.suggestionSource = QStringLiteral("links");
    suggested.created = QDateTime::currentDateTimeUtc();
    suggested.modified = suggested.created;
    ChangeSet changes;
    changes.links.added = {suggested};
    QVERIFY(annotator.applyChanges(changes, QStringLiteral("Suggest")));
    QCOMPARE(annotator.addLink(QStringLiteral("corroborates"), *b, *a), std::optional<QString>(suggested.id));
    const std::optional<Link> accepted = annotator.linkStore().byId(suggested.id);
    QVERIFY(accepted);
    QCOMPARE(accepted->status, Annotation::Status::Accepted);
    project.undoStack()->undo();
    QCOMPARE(annotator.linkStore().byId(suggested.id)->status, Annotation::Status::Suggested);
}

void TestLinkGraph::userDefinedLinkTypes()
{
    using namespace AnnotationTest;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    const QStringList ids = createProject(project, dir.filePath(QStringLiteral("types.gloss")));
    QCOMPARE(ids.size(), 2);
    Annotator &annotator = *project.annotator();
    const std::optional<QString> a = annotator.addAnnotation(ids.at(0), {spanOf(HarbourText, QStringLiteral("5,000 containers"))}, QStringLiteral("claim"));
    const std::optional<QString> b = annotator.addAnnotation(ids.at(1), {spanOf(DenialText, QStringLiteral("6,000 containers"))}, QStringLiteral("claim"));
    QVERIFY(a && b);
    QSignalSpy typesChanged(&annotator, &Annotator::linkTypesChanged);
    const int defaults = int(annotator.linkTypes().size());

    LinkType echoes;
    echoes.name = QStringLiteral("Echoes");
    echoes.symmetric = true;
    echoes.key = QStringLiteral("h");
    QCOMPARE(annotator.addLinkType(echoes), std::optional<QString>(QStringLiteral("echoes")));
    QCOMPARE(typesChanged.size(), 1);
    QCOMPARE(annotator.linkTypes().size(), defaults + 1);
    QCOMPARE(annotator.linkTypes().constLast().id, QStringLiteral("echoes"));
    QVERIFY(LinkGraph::fromAnnotator(annotator).isSymmetric(QStringLiteral("echoes")));
    QVERIFY(!annotator.addLinkType(echoes)); // the id is taken

    // Symmetric: B -> A is the link A -> B.
    const std::optional<QString> first = annotator.addLink(QStringLiteral("echoes"), *a, *b);
    QVERIFY(first);
    QCOMPARE(annotator.addLink(QStringLiteral("echoes"), *b, *a), first);
    QCOMPARE(annotator.allLinks().size(), 1);
    // Made directed, the other way round is a link of its own.
    echoes.id = QStringLiteral("echoes");
    echoes.symmetric = false;
    QVERIFY(annotator.changeLinkType(echoes));
    QVERIFY(!LinkGraph::fromAnnotator(annotator).isSymmetric(QStringLiteral("echoes")));
    QVERIFY(annotator.addLink(QStringLiteral("echoes"), *b, *a) != first);
    QCOMPARE(annotator.allLinks().size(), 2);

    // Removing the type removes its links; undo brings both back.
    QVERIFY(!annotator.removeLinkType(QStringLiteral("same-as")));
    QVERIFY(annotator.removeLinkType(QStringLiteral("echoes")));
    QCOMPARE(annotator.linkTypes().size(), defaults);
    QVERIFY(annotator.allLinks().isEmpty());
    project.undoStack()->undo();
    QCOMPARE(annotator.linkTypes().size(), defaults + 1);
    QCOMPARE(annotator.allLinks().size(), 2);
    project.undoStack()->undo(); // the second link
    project.undoStack()->undo(); // the type's change
    QVERIFY(LinkGraph::fromAnnotator(annotator).isSymmetric(QStringLiteral("echoes")));
}

QTEST_GUILESS_MAIN(TestLinkGraph)
#include "tst_linkgraph.moc"
