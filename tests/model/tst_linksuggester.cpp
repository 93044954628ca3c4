// Suggested links between claims of different articles: the same figure or entity pair suggests
// corroborates, differing figures for the same subject suggest contradicts; pairs already linked (or
// rejected before) are left alone; suggestions are stored in one undoable step and reviewed through
// Annotator::changeLink.
#include "links/linksuggester.h"
#include "model/tst_annotationsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;

namespace
{
QList<LinkType> defaultTypes()
{
    return {
        {QStringLiteral("same-as"), QStringLiteral("Same as"), true, true, QStringLiteral("s"), 0},
        {QStringLiteral("corroborates"), QStringLiteral("Corroborates"), true, false, QStringLiteral("c"), 1},
        {QStringLiteral("contradicts"), QStringLiteral("Contradicts"), true, false, QStringLiteral("x"), 2},
    };
}

NormalisedValue number(double value, const QString &unit, bool approximate = false)
{
    NormalisedValue result;
    result.type = NormalisedValue::Type::Number;
    result.value = value;
    result.unit = unit;
    result.approximate = approximate;
    return result;
}

Annotation claim(const QString &id, const QString &articleId, const QString &quote, Claim::Type type, const NormalisedValue &value,
    Claim::Stance stance = Claim::Stance::Asserts)
{
    Annotation annotation;
    annotation.id = id;
    annotation.articleId = articleId;
    annotation.kind = Annotation::Kind::Claim;
    annotation.spans = {Span{100, 100 + int(quote.size())}};
    annotation.quote = quote;
    Claim attributes;
    attributes.claimType = type;
    attributes.stance = stance;
    attributes.value = value;
    attributes.writeTo(annotation.attributes);
    return annotation;
}

Annotation mention(const QString &id, const QString &articleId, int start, const QString &entityId)
{
    Annotation annotation;
    annotation.id = id;
    annotation.articleId = articleId;
    annotation.kind = Annotation::Kind::Entity;
    annotation.spans = {Span{start, start + 5}};
    annotation.entityId = entityId;
    return annotation;
}

// "type:a-b" for each suggestion, ends sorted.
QStringList describe(const QList<Link> &links)
{
    QStringList result;
    for (const Link &link : links) {
        const QString a = std::min(link.sourceId, link.targetId);
        const QString b = std::max(link.sourceId, link.targetId);
        result.append(link.type + QLatin1Char(':') + a + QLatin1Char('-') + b);
    }
    std::sort(result.begin(), result.end());
    return result;
}
} // namespace

class TestLinkSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void suggestions_data();
    void suggestions();
    void suggestionFields();
    void storedAndReviewed();
};

void TestLinkSuggester::suggestions_data()
{
    QTest::addColumn<QList<Annotation>>("annotations");
    QTest::addColumn<QStringList>("existing"); // "type:a-b:status"
    QTest::addColumn<QStringList>("expected");

    const auto q = Claim::Type::Quantity;
    const auto e = Claim::Type::Event;
    const Annotation fiveMillion = claim("a", "art1", "The ministry ordered five million artillery shells", q, number(5e6, "shells"));
    const Annotation fiveMillionToo = claim("b", "art2", "Five million shells were ordered, officials confirmed", q, number(5e6, "shell"));
    const Annotation tenMillion = claim("c", "art3", "The order covers ten million artillery shells", q, number(1e7, "shells"));
    const Annotation aroundTen = claim("d", "art4", "Roughly ten million artillery rounds were ordered", q, number(1e7, "shells", true));
    const Annotation sameArticle = claim("s", "art1", "Five million shells again, in the same article", q, number(5e6, "shells"));
    const Annotation otherSubject = claim("o", "art5", "The harbour received ten million litres of fuel", q, number(1e7, "litres"));

    QTest::newRow("same figure corroborates") << QList<Annotation>{fiveMillion, fiveMillionToo} << QStringList{} << QStringList{"corroborates:a-b"};
    QTest::newRow("not within one article") << QList<Annotation>{fiveMillion, sameArticle} << QStringList{} << QStringList{};
    QTest::newRow("different figure same keyword contradicts") << QList<Annotation>{fiveMillion, tenMillion} << QStringList{} << QStringList{"contradicts:a-c"};
    QTest::newRow("approximate equal figures corroborate") << QList<Annotation>{tenMillion, aroundTen} << QStringList{} << QStringList{"corroborates:c-d"};
    QTest::newRow("other unit is another subject") << QList<Annotation>{fiveMillion, otherSubject} << QStringList{} << QStringList{};
    QTest::newRow("already linked") << QList<Annotation>{fiveMillion, fiveMillionToo} << QStringList{"elaborates:b-a:accepted"} << QStringList{};
    QTest::newRow("rejected before") << QList<Annotation>{fiveMillion, tenMillion} << QStringList{"contradicts:a-c:rejected"} << QStringList{};
    QTest::newRow("four claims") << QList<Annotation>{fiveMillion, fiveMillionToo, tenMillion, aroundTen} << QStringList{}
                                 << QStringList{
                                        "contradicts:a-c", "contradicts:a-d", "contradicts:b-c", "contradicts:b-d", "corroborates:a-b", "corroborates:c-d"};

    // Entity pairs: claims mentioning the same two entities (one through a same-as mention link).
    const Annotation visit = claim("v", "art1", "The delegation met the governor at the harbour", e, {});
    const Annotation meeting = claim("w", "art2", "A meeting between the two took place on Monday", e, {});
    const Annotation denial = claim("x", "art3", "No meeting with the governor happened", e, {}, Claim::Stance::Denies);
    QList<Annotation> withEntities = {visit, meeting, mention("m1", "art1", 105, "E-delegation"), mention("m2", "art1", 120, "E-governor"),
        mention("m3", "art2", 110, "E-delegation"), mention("m4", "art2", 115, "E-governor")};
    QTest::newRow("same entity pair corroborates") << withEntities << QStringList{} << QStringList{"corroborates:v-w"};
    QList<Annotation> outside = withEntities;
    outside[5].spans = {Span{10, 15}}; // the governor is named before the claim, not in it
    QTest::newRow("mention outside the claim") << outside << QStringList{} << QStringList{};
    QList<Annotation> aliased = withEntities;
    aliased[5].entityId = QStringLiteral("E-governor-duplicate");
    aliased.append(mention("m5", "art9", 0, "E-governor"));
    aliased.append(mention("m6", "art9", 10, "E-governor-duplicate"));
    QTest::newRow("same-as entities") << aliased << QStringList{"same-as:m5-m6:accepted"} << QStringList{"corroborates:v-w"};
    QList<Annotation> denied = {visit, denial, mention("m1", "art1", 105, "E-delegation"), mention("m2", "art1", 120, "E-governor"),
        mention("m3", "art3", 110, "E-delegation"), mention("m4", "art3", 115, "E-governor")};
    QTest::newRow("assert against deny contradicts") << denied << QStringList{} << QStringList{"contradicts:v-x"};
}

void TestLinkSuggester::suggestions()
{
    QFETCH(QList<Annotation>, annotations);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, expected);
    LinkSuggester::Input input;
    input.annotations = annotations;
    input.linkTypes = defaultTypes();
    for (const QString &spec : existing) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        Link link;
        link.id = QStringLiteral("existing-") + parts.at(1);
        link.type = parts.at(0);
        link.sourceId = parts.at(1).section(QLatin1Char('-'), 0, 0);
        link.targetId = parts.at(1).section(QLatin1Char('-'), 1, 1);
        link.status = *Annotation::statusFromName(parts.at(2));
        input.links.append(link);
    }
    QCOMPARE(describe(LinkSuggester::suggest(input)), expected);
}

void TestLinkSuggester::suggestionFields()
{
    LinkSuggester::Input input;
    input.linkTypes = defaultTypes();
    input.annotations = {claim("a", "art1", "Forty trucks crossed the bridge", Claim::Type::Quantity, number(40, "trucks")),
        claim("b", "art2", "Forty trucks crossed at dawn", Claim::Type::Quantity, number(40, "trucks"))};
    const QList<Link> links = LinkSuggester::suggest(input);
    QCOMPARE(links.size(), 1);
    const Link &link = links.first();
    QCOMPARE(link.status, Annotation::Status::Suggested);
    QCOMPARE(link.suggestionSource, LinkSuggester::sourceName());
    QVERIFY(link.score > 0 && link.score <= 1);
    QVERIFY(!link.id.isEmpty());
    QVERIFY(link.created.isValid());
    QVERIFY(link.note.contains(QStringLiteral("figure")));
}

void TestLinkSuggester::storedAndReviewed()
{
    using namespace AnnotationTest;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    const QStringList ids = createProject(project, dir.filePath(QStringLiteral("suggest.gloss")));
    QCOMPARE(ids.size(), 2);
    Annotator &annotator = *project.annotator();
    const auto addClaim = [&](const QString &articleId, const QString &text, const QString &needle, const NormalisedValue &value) {
        const std::optional<QString> id = annotator.addAnnotation(articleId, {spanOf(text, needle)}, QStringLiteral("claim-quantity"));
        Claim attributes;
        attributes.claimType = Claim::Type::Quantity;
        attributes.stance = Claim::Stance::Asserts;
        attributes.value = value;
        return id && annotator.setClaim(*id, attributes) ? *id : QString();
    };
    const QString union6000 = addClaim(ids.at(0), HarbourText, QStringLiteral("more than 6,000 were damaged"), number(6000, "containers"));
    const QString inspected = addClaim(ids.at(0), HarbourText, QStringLiteral("5,000 containers"), number(5000, "containers"));
    const QString count6000 = addClaim(ids.at(1), DenialText, QStringLiteral("the union's count of 6,000 containers"), number(6000, "containers"));
    QVERIFY(!union6000.isEmpty() && !inspected.isEmpty() && !count6000.isEmpty());

    const QList<Link> suggestions = LinkSuggester::suggest(LinkSuggester::inputOf(project));
    QCOMPARE(describe(suggestions),
        QStringList({QStringLiteral("contradicts:%1-%2").arg(std::min(inspected, count6000), std::max(inspected, count6000)),
            QStringLiteral("corroborates:%1-%2").arg(std::min(union6000, count6000), std::max(union6000, count6000))}));

    QSignalSpy added(&annotator, &Annotator::linksAdded);
    const int undoBefore = project.undoStack()->count();
    QCOMPARE(LinkSuggester::apply(annotator, suggestions), std::optional<int>(2));
    QCOMPARE(added.size(), 1);
    QCOMPARE(project.undoStack()->count(), undoBefore + 1);
    QCOMPARE(annotator.allLinks().size(), 2);
    // Stored ones are not suggested again.
    QVERIFY(LinkSuggester::suggest(LinkSuggester::inputOf(project)).isEmpty());

    // Review: accept the corroboration, reject the contradiction; both undoable.
    Link corroborates = *std::find_if(suggestions.cbegin(), suggestions.cend(), [](const Link &l) { return l.type == QLatin1String("corroborates"); });
    Link contradicts = *std::find_if(suggestions.cbegin(), suggestions.cend(), [](const Link &l) { return l.type == QLatin1String("contradicts"); });
    corroborates.status = Annotation::Status::Accepted;
    contradicts.status = Annotation::Status::Rejected;
    QVERIFY(annotator.changeLink(corroborates));
    QVERIFY(annotator.changeLink(contradicts));
    QCOMPARE(annotator.linkStore().byId(corroborates.id)->status, Annotation::Status::Accepted);
    QCOMPARE(annotator.linkStore().byId(corroborates.id)->suggestionSource, LinkSuggester::sourceName());
    QCOMPARE(annotator.linkStore().byId(contradicts.id)->status, Annotation::Status::Rejected);
    QVERIFY(LinkSuggester::suggest(LinkSuggester::inputOf(project)).isEmpty());
    project.undoStack()->undo();
    QCOMPARE(annotator.linkStore().byId(contradicts.id)->status, Annotation::Status::Suggested);
    project.undoStack()->undo();
    project.undoStack()->undo();
    QVERIFY(annotator.allLinks().isEmpty());
}

QTEST_GUILESS_MAIN(TestLinkSuggester)
#include "tst_linksuggester.moc"
