// Tests of the annotation layer's tables through their narrow store primitives: round trips of every
// field (discontinuous spans, astral text, claim attributes), atomic bulk writes, references the schema
// enforces, links, entities, memos, the default tag schema, and the value formats of the columns.
#include "tst_annotationsupport.h"

#include "annotations/annotationstore.h"
#include "annotations/claim.h"
#include "annotations/entitystore.h"
#include "annotations/linkstore.h"
#include "annotations/memostore.h"
#include "annotations/storeformat.h"
#include "tags/tagstore.h"

#include <QStandardPaths>
#include <QTextBoundaryFinder>

using namespace Gloss;
using namespace AnnotationTest;

namespace
{
Annotation sample(const QString &articleId, const QString &text, const Spans &spans, const QString &tag)
{
    Annotation annotation;
    annotation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    annotation.articleId = articleId;
    annotation.spans = spans;
    annotation.kind = Annotation::Kind::Entity;
    annotation.tagId = tag;
    annotation.author = QStringLiteral("tester");
    annotation.created = QDateTime(QDate(2024, 3, 5), QTime(10, 0, 0, 123), Qt::UTC);
    annotation.modified = annotation.created.addSecs(60);
    annotation.anchorTo(text);
    return annotation;
}
} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void everyFieldRoundTrips();
    void bulkInsertIsAtomic();
    void referencesAreEnforced();
    void updateAndRemove();
    void queries();
    void linksAndEntities();
    void memos();
    void defaultTagSchema();
    void defaultsInstalledOnce();
    void spansText_data();
    void spansText();
    void quotesAndContext();
    void claimAttributes();

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QString m_harbour;
    QString m_denial;
};

void TestAnnotationStore::init()
{
    QVERIFY(m_dir.emplace().isValid());
    m_project = std::make_unique<Project>();
    const QStringList ids = createProject(*m_project, m_dir->filePath(QStringLiteral("store.gloss")));
    QCOMPARE(ids.size(), 2);
    m_harbour = ids.at(0);
    m_denial = ids.at(1);
}

void TestAnnotationStore::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestAnnotationStore::everyFieldRoundTrips()
{
    AnnotationStore store(m_project->store().database());
    Annotation annotation = sample(m_harbour, HarbourText,
        {spanOf(HarbourText, QStringLiteral("5,000 containers 🚢")), spanOf(HarbourText, QStringLiteral("𠀋"))}, QStringLiteral("claim-quantity"));
    annotation.kind = Annotation::Kind::Claim;
    Claim claim;
    claim.speaker = QStringLiteral("Ada Lovelace");
    claim.stance = Claim::Stance::Hedges;
    claim.claimType = Claim::Type::Quantity;
    claim.value.type = NormalisedValue::Type::Range;
    claim.value.value = 40;
    claim.value.high = 50;
    claim.value.unit = QStringLiteral("warheads");
    claim.value.approximate = true;
    claim.writeTo(annotation.attributes);
    annotation.attributes.insert(QStringLiteral("reviewer"), QStringLiteral("Zoë"));
    annotation.note = QStringLiteral("Note with emoji 🚢 and RTL ‏שלום‏");
    annotation.status = Annotation::Status::Suggested;
    annotation.suggestionSource = QStringLiteral("rules");
    annotation.score = 0.625;
    QVERIFY2(store.insert({annotation}), qPrintable(store.lastError()));
    const std::optional<Annotation> read = store.byId(annotation.id);
    QVERIFY(read);
    QCOMPARE(*read, annotation);
    QCOMPARE(read->spanQuotes(), (QStringList{QStringLiteral("5,000 containers 🚢"), QStringLiteral("𠀋")}));
    QCOMPARE(Claim::fromAttributes(read->attributes), claim);
}

void TestAnnotationStore::bulkInsertIsAtomic()
{
    AnnotationStore store(m_project->store().database());
    QList<Annotation> batch;
    for (int i = 0; i < 20; ++i)
        batch.append(sample(m_harbour, HarbourText, {Span{i, i + 5}}, QStringLiteral("person")));
    batch.append(batch.at(3)); // a duplicate id at the end
    QVERIFY(!store.insert(batch));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.count(), 0);
    batch.removeLast();
    QVERIFY(store.insert(batch));
    QCOMPARE(store.count(), 20);
}

void TestAnnotationStore::referencesAreEnforced()
{
    AnnotationStore store(m_project->store().database());
    QVERIFY(!store.insert({sample(QStringLiteral("no-such-article"), HarbourText, {Span{0, 3}}, QStringLiteral("person"))}));
    QVERIFY(!store.insert({sample(m_harbour, HarbourText, {Span{0, 3}}, QStringLiteral("no-such-tag"))}));
    Annotation withEntity = sample(m_harbour, HarbourText, {Span{0, 3}}, QStringLiteral("person"));
    withEntity.entityId = QStringLiteral("no-such-entity");
    QVERIFY(!store.insert({withEntity}));
    QCOMPARE(store.count(), 0);
    // A link needs both ends.
    const Annotation a = sample(m_harbour, HarbourText, {Span{0, 3}}, QStringLiteral("person"));
    QVERIFY(store.insert({a}));
    LinkStore links(m_project->store().database());
    Link link;
    link.id = QStringLiteral("link-1");
    link.type = QStringLiteral("same-as");
    link.sourceId = a.id;
    link.targetId = QStringLiteral("missing");
    QVERIFY(!links.insert({link}));
    // A tag in use cannot be deleted behind the facade's back.
    TagStore tags(m_project->store().database());
    QVERIFY(!tags.remove({QStringLiteral("person")}));
}

void TestAnnotationStore::updateAndRemove()
{
    AnnotationStore store(m_project->store().database());
    Annotation a = sample(m_harbour, HarbourText, {spanOf(HarbourText, QStringLiteral("Ada"))}, QStringLiteral("person"));
    const Annotation b = sample(m_harbour, HarbourText, {spanOf(HarbourText, QStringLiteral("Calder"))}, QStringLiteral("place"));
    QVERIFY(store.insert({a, b}));
    a.spans = {spanOf(HarbourText, QStringLiteral("Ada Lovelace"))};
    a.anchorTo(HarbourText);
    a.note = QStringLiteral("widened");
    QVERIFY(store.update({a}));
    QCOMPARE(*store.byId(a.id), a);
    Annotation ghost = a;
    ghost.id = QStringLiteral("ghost");
    QVERIFY(!store.update({ghost}));
    QVERIFY(store.remove({a.id, QStringLiteral("not-there")}));
    QVERIFY(!store.byId(a.id));
    QCOMPARE(store.count(), 1);
}

void TestAnnotationStore::queries()
{
    AnnotationStore store(m_project->store().database());
    const Annotation first = sample(m_harbour, HarbourText, {spanOf(HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place"));
    const Annotation outer = sample(m_harbour, HarbourText, {spanOf(HarbourText, QStringLiteral("Minister Ada Lovelace"))}, QStringLiteral("person"));
    const Annotation inner = sample(m_harbour, HarbourText, {spanOf(HarbourText, QStringLiteral("Minister"))}, QStringLiteral("person"));
    const Annotation other = sample(m_denial, DenialText, {spanOf(DenialText, QStringLiteral("Calder"))}, QStringLiteral("place"));
    QVERIFY(store.insert({first, outer, inner, other}));
    const QList<Annotation> harbour = store.byArticle(m_harbour);
    QCOMPARE(harbour.size(), 3);
    QCOMPARE(harbour.at(0).id, outer.id); // same start: longer first
    QCOMPARE(harbour.at(1).id, inner.id);
    QCOMPARE(harbour.at(2).id, first.id);
    QCOMPARE(store.byTag(QStringLiteral("place")).size(), 2);
    QCOMPARE(store.byIds({first.id, other.id, QStringLiteral("x")}).size(), 2);
    QCOMPARE(store.all().size(), 4);
    QCOMPARE(store.countsByArticle().value(m_harbour), 3);
    QCOMPARE(store.countsByArticle().value(m_denial), 1);
}

void TestAnnotationStore::linksAndEntities()
{
    const QSqlDatabase db = m_project->store().database();
    AnnotationStore annotations(db);
    EntityStore entities(db);
    LinkStore links(db);
    Entity port;
    port.id = QStringLiteral("port-calder");
    port.name = QStringLiteral("Port Calder");
    port.type = QStringLiteral("place");
    port.aliases = {QStringLiteral("Calder"), QStringLiteral("Calder harbour"), QStringLiteral("港")};
    port.externalId = QStringLiteral("Q0");
    port.created = QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC);
    port.modified = port.created;
    QVERIFY(entities.insert({port}));
    QCOMPARE(*entities.byId(port.id), port);

    Annotation a = sample(m_harbour, HarbourText, {spanOf(HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place"));
    a.entityId = port.id;
    const Annotation b = sample(m_denial, DenialText, {spanOf(DenialText, QStringLiteral("Calder"))}, QStringLiteral("place"));
    QVERIFY(annotations.insert({a, b}));
    QCOMPARE(annotations.byEntity(port.id).size(), 1);

    Link link;
    link.id = QStringLiteral("link-1");
    link.type = QStringLiteral("same-as");
    link.sourceId = a.id;
    link.targetId = b.id;
    link.note = QStringLiteral("the same port");
    link.author = QStringLiteral("tester");
    link.created = port.created;
    link.modified = port.created;
    QVERIFY(links.insert({link}));
    QCOMPARE(*links.byId(link.id), link);
    QCOMPARE(links.touching({b.id}).size(), 1);
    QCOMPARE(links.touching({a.id, b.id}).size(), 1);
    QCOMPARE(link.otherEnd(b.id), a.id);
    link.type = QStringLiteral("corroborates");
    QVERIFY(links.update({link}));
    QCOMPARE(links.byId(link.id)->type, QStringLiteral("corroborates"));

    const QList<LinkType> types = links.linkTypes();
    QCOMPARE(types.size(), 5);
    QCOMPARE(types.constFirst().id, QStringLiteral("same-as"));
    QVERIFY(types.constFirst().symmetric && types.constFirst().transitive);

    // Deleting an annotation takes its links; deleting an entity unsets its mentions.
    QVERIFY(annotations.remove({b.id}));
    QCOMPARE(links.count(), 0);
    QVERIFY(entities.remove({port.id}));
    QVERIFY(annotations.byId(a.id)->entityId.isEmpty());
}

void TestAnnotationStore::memos()
{
    MemoStore memos(m_project->store().database());
    QVERIFY(memos.articleMemo(m_harbour).isEmpty());
    QVERIFY(memos.setArticleMemo(m_harbour, QStringLiteral("first 🚢"), QStringLiteral("tester")));
    QVERIFY(memos.setArticleMemo(m_harbour, QStringLiteral("second"), QStringLiteral("tester")));
    QCOMPARE(memos.articleMemo(m_harbour), QStringLiteral("second"));
    QCOMPARE(memos.articleMemos().size(), 1);
    QVERIFY(memos.setArticleMemo(m_harbour, QString(), QStringLiteral("tester")));
    QCOMPARE(memos.articleMemos().size(), 0);
    QVERIFY(!memos.setArticleMemo(QStringLiteral("no-such-article"), QStringLiteral("x"), QString()));
    QVERIFY(memos.setProjectMemo(QStringLiteral("project")));
    QCOMPARE(memos.projectMemo(), QStringLiteral("project"));
    QCOMPARE(m_project->store().value(QStringLiteral("memo")), QStringLiteral("project"));
}

void TestAnnotationStore::defaultTagSchema()
{
    const TagSchema &schema = m_project->annotator()->tagSchema();
    // The entity tags and claim kinds the issue asks for, with keys 1-9 for the entity tags.
    const QStringList entities = {QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("place"), QStringLiteral("group"),
        QStringLiteral("figure"), QStringLiteral("money"), QStringLiteral("datetime"), QStringLiteral("event"), QStringLiteral("weapon")};
    for (int i = 0; i < entities.size(); ++i) {
        const Tag *tag = schema.tag(entities.at(i));
        QVERIFY2(tag, qPrintable(entities.at(i)));
        QCOMPARE(tag->kind, Tag::Kind::Entity);
        QCOMPARE(tag->key, QString::number(i + 1));
        QVERIFY(tag->colour.isValid());
        QVERIFY(!tag->description.isEmpty());
    }
    const QList<Tag> claims = schema.children(QStringLiteral("claim"));
    QStringList names;
    for (const Tag &tag : claims) {
        QCOMPARE(tag.kind, Tag::Kind::Claim);
        names.append(tag.name);
    }
    QCOMPARE(names,
        (QStringList{QStringLiteral("Quantity claim"), QStringLiteral("Event claim"), QStringLiteral("Attribution"), QStringLiteral("Prediction"),
            QStringLiteral("Opinion")}));
    // Keys are unique.
    QSet<QString> keys;
    for (const Tag &tag : schema.treeOrder()) {
        if (!tag.key.isEmpty()) {
            QVERIFY2(!keys.contains(tag.key), qPrintable(tag.key));
            keys.insert(tag.key);
        }
    }
    QCOMPARE(schema.path(QStringLiteral("claim-opinion")), QStringLiteral("Claim / Opinion"));
}

void TestAnnotationStore::defaultsInstalledOnce()
{
    // An analyst who deleted every tag does not get the defaults back on the next open.
    Annotator *annotator = m_project->annotator();
    for (const Tag &tag : annotator->tagSchema().children(QString()))
        QVERIFY(annotator->removeTag(tag.id, Annotator::TagRemoval::DeleteAnnotations));
    while (!annotator->tagSchema().isEmpty())
        QVERIFY(annotator->removeTag(annotator->tagSchema().treeOrder().constFirst().id, Annotator::TagRemoval::DeleteAnnotations));
    const QString path = m_project->path();
    m_project->close();
    QString error;
    QVERIFY2(m_project->open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(m_project->annotator()->tagSchema().isEmpty());
    // A malformed schema file is refused with a reason.
    QFile bad(m_dir->filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"tags\": [{\"id\": \"x\", \"name\": \"X\", \"colour\": \"not a colour\"}]}");
    bad.close();
    QVERIFY(!TagStore::readSchemaFile(bad.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("invalid colour")), qPrintable(error));
}

void TestAnnotationStore::spansText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::newRow("one") << QStringLiteral("12-20") << true << 1;
    QTest::newRow("two") << QStringLiteral("12-20;31-35") << true << 2;
    QTest::newRow("empty") << QString() << true << 0;
    QTest::newRow("missing end") << QStringLiteral("12-") << false << 0;
    QTest::newRow("letters") << QStringLiteral("a-b") << false << 0;
    QTest::newRow("bad separator") << QStringLiteral("1-2,3-4") << false << 0;
    QTest::newRow("non-ascii digit") << QStringLiteral("١-٢") << false << 0;
}

void TestAnnotationStore::spansText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, count);
    const std::optional<Spans> spans = StoreFormat::spansFromText(text);
    QCOMPARE(spans.has_value(), valid);
    if (valid) {
        QCOMPARE(spans->size(), count);
        QCOMPARE(StoreFormat::spansToText(*spans), text);
    }
}

void TestAnnotationStore::quotesAndContext()
{
    // Context never cuts a surrogate pair in half.
    const QString text = QStringLiteral("🚢").repeated(40) + QStringLiteral("target") + QStringLiteral("𠀋").repeated(40);
    Annotation annotation;
    annotation.spans = {spanOf(text, QStringLiteral("target"))};
    annotation.anchorTo(text);
    QCOMPARE(annotation.quote, QStringLiteral("target"));
    QCOMPARE(annotation.prefix, QStringLiteral("🚢").repeated(16));
    QCOMPARE(annotation.suffix, QStringLiteral("𠀋").repeated(16));
    QVERIFY(annotation.isAnchoredIn(text));
    QVERIFY(!annotation.isAnchoredIn(QStringLiteral("x") + text));

    // Spans that split a pair grow to hold it; overlapping ones merge; outside ones are refused.
    const QString ship = QStringLiteral("a🚢b");
    QCOMPARE(SpanRules::validFor({Span{2, 3}}, ship), (Spans{Span{1, 3}}));
    QCOMPARE(SpanRules::validFor({Span{0, 2}}, ship), (Spans{Span{0, 3}}));
    QCOMPARE(SpanRules::validFor({Span{3, 4}, Span{0, 1}, Span{0, 1}}, ship), (Spans{Span{0, 1}, Span{3, 4}}));
    QCOMPARE(SpanRules::validFor({Span{0, 2}, Span{1, 4}}, ship), (Spans{Span{0, 4}}));
    QVERIFY(!SpanRules::validFor({Span{0, 5}}, ship));
    QVERIFY(!SpanRules::validFor({Span{2, 2}}, ship));
    QVERIFY(!SpanRules::validFor({}, ship));

    // Word snapping for selections.
    const Span snapped = SpanRules::snappedToWords(HarbourText, Span{11, 17}); // "a Lovel"
    QCOMPARE(HarbourText.mid(snapped.start, snapped.length()), QStringLiteral("Ada Lovelace"));
    const Span trimmed = SpanRules::snappedToWords(HarbourText, spanOf(HarbourText, QStringLiteral(" Ada ")));
    QCOMPARE(HarbourText.mid(trimmed.start, trimmed.length()), QStringLiteral("Ada"));

    // In a long text, snapping looks at a window around the span only; it must agree with a word
    // finder run over the whole text, also for a word longer than the window's reach.
    const QString longText = HarbourText.repeated(40) + QStringLiteral("x").repeated(3000) + QStringLiteral(" end of text ") + HarbourText;
    QTextBoundaryFinder whole(QTextBoundaryFinder::Word, longText);
    for (int start = 0; start + 9 < longText.size(); start += 97) {
        const Span span{start, start + 9};
        const Span got = SpanRules::snappedToWords(longText, span);
        Span expected = span;
        whole.setPosition(span.start);
        if (!whole.isAtBoundary() && whole.toPreviousBoundary() >= 0)
            expected.start = int(whole.position());
        whole.setPosition(span.end);
        if (!whole.isAtBoundary() && whole.toNextBoundary() >= 0)
            expected.end = int(whole.position());
        while (expected.start < expected.end && longText.at(expected.start).isSpace())
            ++expected.start;
        while (expected.end > expected.start && longText.at(expected.end - 1).isSpace())
            --expected.end;
        if (expected.isEmpty())
            expected = span;
        const Span window = SpanRules::wordWindow(longText, span.start, span.end);
        const bool windowReachesWordEdges
            = (window.start == 0 || longText.at(window.start).isSpace()) && (window.end == longText.size() || longText.at(window.end - 1).isSpace());
        if (windowReachesWordEdges)
            QCOMPARE(got, expected);
        else
            QVERIFY(got.start <= span.start && got.end >= span.end); // inside a huge word: grown as far as the window goes
    }
}

void TestAnnotationStore::claimAttributes()
{
    QVariantMap attributes{{QStringLiteral("custom"), QStringLiteral("kept")}};
    Claim claim;
    claim.speaker = QStringLiteral("the union");
    claim.stance = Claim::Stance::Denies;
    claim.certainty = Claim::Certainty::Low;
    claim.claimType = Claim::Type::Event;
    claim.value.type = NormalisedValue::Type::Date;
    claim.value.date = QStringLiteral("2024-03");
    claim.writeTo(attributes);
    QCOMPARE(attributes.value(QStringLiteral("stance")).toString(), QStringLiteral("denies"));
    QCOMPARE(attributes.value(QStringLiteral("custom")).toString(), QStringLiteral("kept"));
    QCOMPARE(Claim::fromAttributes(attributes), claim);
    // Through JSON (the column format) and back.
    QCOMPARE(Claim::fromAttributes(StoreFormat::mapFromJson(StoreFormat::mapToJson(attributes))), claim);
    // Clearing a field removes its key.
    claim.stance = Claim::Stance::Unspecified;
    claim.value = NormalisedValue();
    claim.writeTo(attributes);
    QVERIFY(!attributes.contains(QStringLiteral("stance")));
    QVERIFY(!attributes.contains(QStringLiteral("value")));
    QCOMPARE(Claim::stanceFromName(QStringLiteral("nonsense")), Claim::Stance::Unspecified);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
