// Do / undo / redo round trips of every editing operation of the annotation layer, comparing the
// canonical dump of the project file at each step (StateDump), checking that the in-memory index and
// tag schema agree with the file, and that the state survives closing and reopening the project.
#include "tst_annotationsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

class TestUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void undoSurvivesSwitchingArticles();
    void boundaryNudgesMerge();
    void memoTypingMerges();
    void failedEditLeavesNoCommand();
    void signalsAreFineGrained();

private:
    void prepare(const QString &operation);
    bool perform(const QString &operation);
    void verifyCachesMatchFile();
    QString fixtureId(const QString &name) const { return m_ids.value(name); }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    Annotator *m_annotator = nullptr;
    QString m_harbour;
    QString m_denial;
    QHash<QString, QString> m_ids;
};

void TestUndo::init()
{
    QVERIFY(m_dir.emplace().isValid());
    m_project = std::make_unique<Project>();
    const QStringList articles = createProject(*m_project, m_dir->filePath(QStringLiteral("undo.gloss")));
    QCOMPARE(articles.size(), 2);
    m_harbour = articles.at(0);
    m_denial = articles.at(1);
    m_annotator = m_project->annotator();
    m_annotator->setAuthor(QStringLiteral("tester"));
    QVERIFY(m_annotator->tagSchema().contains(QStringLiteral("person")));

    // Overlapping and nested annotations, a discontinuous one, one on astral text, a link, an entity.
    const auto add = [&](const QString &name, const QString &article, const Spans &spans, const QString &tag) {
        const std::optional<QString> id = m_annotator->addAnnotation(article, spans, tag);
        QVERIFY2(id, qPrintable(name));
        m_ids.insert(name, *id);
    };
    add(QStringLiteral("person"), m_harbour, {spanOf(HarbourText, QStringLiteral("Ada Lovelace"))}, QStringLiteral("person"));
    add(QStringLiteral("minister"), m_harbour, {spanOf(HarbourText, QStringLiteral("Minister Ada Lovelace"))}, QStringLiteral("person"));
    add(QStringLiteral("claim"), m_harbour, {spanOf(HarbourText, QStringLiteral("Minister Ada Lovelace said on Tuesday that 5,000 containers"))},
        QStringLiteral("claim-quantity"));
    add(QStringLiteral("figure"), m_harbour, {spanOf(HarbourText, QStringLiteral("5,000 containers 🚢"))}, QStringLiteral("figure"));
    add(QStringLiteral("place"), m_harbour, {spanOf(HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place"));
    add(QStringLiteral("split"), m_harbour, {spanOf(HarbourText, QStringLiteral("more than 6,000")), spanOf(HarbourText, QStringLiteral("damaged 𠀋"))},
        QStringLiteral("claim-quantity"));
    add(QStringLiteral("denial"), m_denial, {spanOf(DenialText, QStringLiteral("6,000 containers"))}, QStringLiteral("figure"));
    add(QStringLiteral("calder"), m_denial, {spanOf(DenialText, QStringLiteral("Calder"))}, QStringLiteral("place"));
    const std::optional<QString> link
        = m_annotator->addLink(QStringLiteral("contradicts"), fixtureId(QStringLiteral("figure")), fixtureId(QStringLiteral("denial")));
    QVERIFY(link);
    m_ids.insert(QStringLiteral("link"), *link);
    Entity port;
    port.name = QStringLiteral("Port Calder");
    port.type = QStringLiteral("place");
    port.aliases = {QStringLiteral("Calder"), QStringLiteral("Calder harbour")};
    const std::optional<QString> entity = m_annotator->addEntity(port);
    QVERIFY(entity);
    m_ids.insert(QStringLiteral("entity"), *entity);
    QVERIFY(m_annotator->setEntity({fixtureId(QStringLiteral("place")), fixtureId(QStringLiteral("calder"))}, *entity));
    QVERIFY(m_annotator->setArticleMemo(m_harbour, QStringLiteral("Figures differ from the union's.")));
    m_project->undoStack()->clear();
}

void TestUndo::cleanup()
{
    m_project.reset();
    m_dir.reset();
    m_ids.clear();
}

void TestUndo::roundTrip_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation : {"add annotation", "add note without tag", "add discontinuous", "add on astral text", "add several at once",
             "remove annotation", "remove annotation with link", "remove several", "set tag", "set spans", "set spans to discontinuous", "move start left",
             "move end over emoji", "set attributes", "set claim", "set note", "set kind", "reject suggestion", "accept suggestion", "set entity",
             "clear entity", "remove annotations of tag", "retag annotations", "add link", "remove link", "change link", "add entity", "change entity",
             "remove entity", "add tag", "add tag taking a key", "add tag in the middle", "rename tag", "recolour tag", "set tag key", "reorder tag",
             "nest tag", "unnest tag", "remove tag deleting annotations", "remove tag retagging annotations", "remove parent tag", "set article memo",
             "clear article memo", "set project memo"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

// State some operations start from, set up before the "before" dump.
void TestUndo::prepare(const QString &op)
{
    if (op.endsWith(QLatin1String("suggestion"))) {
        Annotation draft;
        draft.articleId = m_harbour;
        draft.spans = {spanOf(HarbourText, QStringLiteral("harbour authority"))};
        draft.tagId = QStringLiteral("organisation");
        draft.status = Annotation::Status::Suggested;
        draft.suggestionSource = QStringLiteral("gazetteer");
        draft.score = 0.5;
        const std::optional<QStringList> ids = m_annotator->addAnnotations({draft});
        QVERIFY(ids);
        m_ids.insert(QStringLiteral("suggestion"), ids->constFirst());
        QVERIFY(m_annotator->index(m_harbour)->contains(ids->constFirst()));
        m_project->undoStack()->clear();
    }
}

bool TestUndo::perform(const QString &op)
{
    Annotator &a = *m_annotator;
    const QString figure = fixtureId(QStringLiteral("figure"));
    if (op == QLatin1String("add annotation"))
        return a.addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("Tuesday"))}, QStringLiteral("datetime")).has_value();
    if (op == QLatin1String("add note without tag")) {
        const std::optional<QString> id = a.addAnnotation(m_denial, {spanOf(DenialText, QStringLiteral("inspections"))}, QString());
        return id && a.annotation(*id)->kind == Annotation::Kind::Note;
    }
    if (op == QLatin1String("add discontinuous"))
        return a
            .addAnnotation(m_denial, {spanOf(DenialText, QStringLiteral("Harbour officials")), spanOf(DenialText, QStringLiteral("denied"))},
                QStringLiteral("claim-attribution"))
            .has_value();
    if (op == QLatin1String("add on astral text")) {
        const std::optional<QString> id = a.addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("🚢"))}, QStringLiteral("weapon"));
        return id && a.annotation(*id)->quote == QStringLiteral("🚢");
    }
    if (op == QLatin1String("add several at once")) {
        QList<Annotation> drafts;
        for (const QString &word : {QStringLiteral("Friday"), QStringLiteral("union")}) {
            Annotation draft;
            draft.articleId = m_denial;
            draft.spans = {spanOf(DenialText, word)};
            draft.tagId = QStringLiteral("event");
            draft.status = Annotation::Status::Suggested;
            draft.suggestionSource = QStringLiteral("rules");
            draft.score = 0.75;
            drafts.append(draft);
        }
        const std::optional<QStringList> ids = a.addAnnotations(drafts, QStringLiteral("Accept two"));
        return ids && ids->size() == 2;
    }
    if (op == QLatin1String("remove annotation"))
        return a.removeAnnotations({fixtureId(QStringLiteral("person"))});
    if (op == QLatin1String("remove annotation with link"))
        return a.removeAnnotations({figure}) && a.allLinks().isEmpty();
    if (op == QLatin1String("remove several"))
        return a.removeAnnotations({fixtureId(QStringLiteral("minister")), fixtureId(QStringLiteral("denial")), QStringLiteral("not-there")});
    if (op == QLatin1String("set tag"))
        return a.setTag({fixtureId(QStringLiteral("person"))}, QStringLiteral("organisation"));
    if (op == QLatin1String("set spans"))
        return a.setSpans(fixtureId(QStringLiteral("person")), {spanOf(HarbourText, QStringLiteral("Lovelace"))});
    if (op == QLatin1String("set spans to discontinuous"))
        return a.setSpans(fixtureId(QStringLiteral("person")), {spanOf(HarbourText, QStringLiteral("Ada")), spanOf(HarbourText, QStringLiteral("Tuesday"))});
    if (op == QLatin1String("move start left"))
        return a.moveBoundary(fixtureId(QStringLiteral("person")), Annotator::Boundary::Start, -3);
    if (op == QLatin1String("move end over emoji")) {
        // "5,000 containers" then space then the ship: two steps left go over the ship (two code units) and the space.
        const bool moved = a.moveBoundary(figure, Annotator::Boundary::End, -2);
        return moved && a.annotation(figure)->quote == QStringLiteral("5,000 containers");
    }
    if (op == QLatin1String("set attributes"))
        return a.setAttributes(figure, {{QStringLiteral("confidence"), QStringLiteral("checked")}, {QStringLiteral("page"), 3}});
    if (op == QLatin1String("set claim")) {
        Claim claim;
        claim.speaker = QStringLiteral("Ada Lovelace");
        claim.speakerAnnotationId = fixtureId(QStringLiteral("person"));
        claim.stance = Claim::Stance::Asserts;
        claim.certainty = Claim::Certainty::High;
        claim.claimType = Claim::Type::Quantity;
        claim.value.type = NormalisedValue::Type::Number;
        claim.value.value = 5000;
        claim.value.unit = QStringLiteral("containers");
        return a.setClaim(fixtureId(QStringLiteral("claim")), claim);
    }
    if (op == QLatin1String("set note"))
        return a.setNote(figure, QStringLiteral("Count from the ministry, not independently checked."));
    if (op == QLatin1String("set kind"))
        return a.setKind({figure}, Annotation::Kind::Cue);
    if (op == QLatin1String("reject suggestion"))
        return a.setStatus({fixtureId(QStringLiteral("suggestion"))}, Annotation::Status::Rejected)
            && !a.index(m_harbour)->contains(fixtureId(QStringLiteral("suggestion")));
    if (op == QLatin1String("accept suggestion"))
        return a.setStatus({fixtureId(QStringLiteral("suggestion"))}, Annotation::Status::Accepted);
    if (op == QLatin1String("set entity"))
        return a.setEntity({fixtureId(QStringLiteral("denial"))}, fixtureId(QStringLiteral("entity")));
    if (op == QLatin1String("clear entity"))
        return a.setEntity({fixtureId(QStringLiteral("place"))}, QString());
    if (op == QLatin1String("remove annotations of tag"))
        return a.removeAnnotationsOfTag(QStringLiteral("figure")) && a.annotationStore().byTag(QStringLiteral("figure")).isEmpty();
    if (op == QLatin1String("retag annotations"))
        return a.retagAnnotations(QStringLiteral("place"), QStringLiteral("organisation"));
    if (op == QLatin1String("add link"))
        return a.addLink(QStringLiteral("same-as"), fixtureId(QStringLiteral("place")), fixtureId(QStringLiteral("calder")), QStringLiteral("same port"))
            .has_value();
    if (op == QLatin1String("remove link"))
        return a.removeLinks({fixtureId(QStringLiteral("link"))});
    if (op == QLatin1String("change link")) {
        Link link = a.allLinks().constFirst();
        link.type = QStringLiteral("corroborates");
        link.note = QStringLiteral("on second reading they agree");
        return a.changeLink(link);
    }
    if (op == QLatin1String("add entity")) {
        Entity entity;
        entity.name = QStringLiteral("Ada Lovelace");
        entity.type = QStringLiteral("person");
        entity.externalId = QStringLiteral("Q7259");
        return a.addEntity(entity).has_value();
    }
    if (op == QLatin1String("change entity")) {
        Entity entity = *a.entity(fixtureId(QStringLiteral("entity")));
        entity.aliases.append(QStringLiteral("Calder port"));
        entity.note = QStringLiteral("fictional port");
        return a.changeEntity(entity);
    }
    if (op == QLatin1String("remove entity"))
        return a.removeEntity(fixtureId(QStringLiteral("entity"))) && a.annotation(fixtureId(QStringLiteral("place")))->entityId.isEmpty();
    if (op == QLatin1String("add tag")) {
        Tag tag;
        tag.name = QStringLiteral("Vessel");
        tag.kind = Tag::Kind::Entity;
        tag.colour = QColor(QStringLiteral("#123456"));
        return a.addTag(tag).has_value();
    }
    if (op == QLatin1String("add tag taking a key")) {
        Tag tag;
        tag.name = QStringLiteral("Agency");
        tag.parentId = QStringLiteral("organisation");
        tag.kind = Tag::Kind::Entity;
        tag.key = QStringLiteral("2");
        const std::optional<QString> id = a.addTag(tag);
        return id && a.tagSchema().tagForKey(QStringLiteral("2"))->id == *id && a.tagSchema().tag(QStringLiteral("organisation"))->key.isEmpty();
    }
    if (op == QLatin1String("add tag in the middle")) {
        Tag tag;
        tag.name = QStringLiteral("Casualty figure");
        tag.position = 2;
        tag.parentId = QStringLiteral("claim");
        tag.kind = Tag::Kind::Claim;
        const std::optional<QString> id = a.addTag(tag);
        return id && a.tagSchema().children(QStringLiteral("claim")).at(2).id == *id;
    }
    if (op == QLatin1String("rename tag")) {
        Tag tag = *a.tagSchema().tag(QStringLiteral("place"));
        tag.name = QStringLiteral("Location");
        return a.changeTag(tag);
    }
    if (op == QLatin1String("recolour tag")) {
        Tag tag = *a.tagSchema().tag(QStringLiteral("place"));
        tag.colour = QColor(Qt::darkGreen);
        return a.changeTag(tag);
    }
    if (op == QLatin1String("set tag key")) {
        Tag tag = *a.tagSchema().tag(QStringLiteral("event"));
        tag.key = QStringLiteral("1"); // taken from Person
        return a.changeTag(tag) && a.tagSchema().tag(QStringLiteral("person"))->key.isEmpty();
    }
    if (op == QLatin1String("reorder tag"))
        return a.moveTag(QStringLiteral("weapon"), QString(), 0) && a.tagSchema().children(QString()).constFirst().id == QStringLiteral("weapon");
    if (op == QLatin1String("nest tag"))
        return a.moveTag(QStringLiteral("money"), QStringLiteral("figure"), 0) && a.tagSchema().depth(QStringLiteral("money")) == 1;
    if (op == QLatin1String("unnest tag"))
        return a.moveTag(QStringLiteral("claim-opinion"), QString(), 1) && a.tagSchema().depth(QStringLiteral("claim-opinion")) == 0;
    if (op == QLatin1String("remove tag deleting annotations"))
        return a.removeTag(QStringLiteral("place"), Annotator::TagRemoval::DeleteAnnotations) && !a.tagSchema().contains(QStringLiteral("place"));
    if (op == QLatin1String("remove tag retagging annotations"))
        return a.removeTag(QStringLiteral("figure"), Annotator::TagRemoval::RetagAnnotations, QStringLiteral("claim-quantity"))
            && a.annotation(figure)->kind == Annotation::Kind::Claim;
    if (op == QLatin1String("remove parent tag"))
        return a.removeTag(QStringLiteral("claim"), Annotator::TagRemoval::RetagAnnotations, QStringLiteral("claim-event"))
            && a.tagSchema().depth(QStringLiteral("claim-quantity")) == 0;
    if (op == QLatin1String("set article memo"))
        return a.setArticleMemo(m_denial, QStringLiteral("Check the union's figure 🚢 against the port's."));
    if (op == QLatin1String("clear article memo"))
        return a.setArticleMemo(m_harbour, QString());
    if (op == QLatin1String("set project memo"))
        return a.setProjectMemo(QStringLiteral("Coverage of the Calder storm, March."));
    qWarning("unknown operation %s", qPrintable(op));
    return false;
}

void TestUndo::verifyCachesMatchFile()
{
    for (const QString &article : {m_harbour, m_denial}) {
        const std::shared_ptr<const AnnotationIndex> index = m_annotator->index(article);
        QVERIFY(index);
        QList<Annotation> drawn = m_annotator->annotationsOf(article);
        drawn.removeIf([](const Annotation &annotation) { return annotation.status == Annotation::Status::Rejected; });
        const AnnotationIndex fromFile(drawn);
        QCOMPARE(index->annotations(), fromFile.annotations());
        for (const Annotation &annotation : drawn)
            QVERIFY2(annotation.isAnchoredIn(m_annotator->articleText(article)), qPrintable(annotation.quote));
    }
    QCOMPARE(m_annotator->tagSchema().treeOrder(), TagSchema(TagStore(m_project->store().database()).all()).treeOrder());
    QCOMPARE(integrity(m_project->store().database()), QStringLiteral("ok"));
    QCOMPARE(foreignKeyViolations(m_project->store().database()), 0);
}

void TestUndo::roundTrip()
{
    QFETCH(QString, operation);
    prepare(operation);
    // Load the article caches first, so that the in-place updates are what is checked.
    verifyCachesMatchFile();
    QUndoStack *stack = m_project->undoStack();
    const int commandsBefore = stack->count();
    const QByteArray before = dump(*m_project);
    QVERIFY2(perform(operation), qPrintable(operation));
    const QByteArray after = dump(*m_project);
    QVERIFY2(after != before, "the operation changed nothing in the file");
    QCOMPARE(stack->count(), commandsBefore + 1);
    verifyCachesMatchFile();

    stack->undo();
    QCOMPARE(dump(*m_project), before);
    verifyCachesMatchFile();
    stack->redo();
    QCOMPARE(dump(*m_project), after);
    verifyCachesMatchFile();
    stack->undo();
    QCOMPARE(dump(*m_project), before);
    stack->redo();
    QCOMPARE(dump(*m_project), after);

    // What the file holds is what a new session sees.
    const QString path = m_project->path();
    m_project->close();
    QString error;
    QVERIFY2(m_project->open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(dump(*m_project), after);
    verifyCachesMatchFile();
}

void TestUndo::undoSurvivesSwitchingArticles()
{
    QUndoStack *stack = m_project->undoStack();
    const QByteArray start = dump(*m_project);
    QVERIFY(m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("Friday"))}, QStringLiteral("datetime")));
    // The reader moves to the other article: the harbour index is released and evicted from the cache.
    std::shared_ptr<const AnnotationIndex> denialIndex = m_annotator->index(m_denial);
    QVERIFY(m_annotator->addAnnotation(m_denial, {spanOf(DenialText, QStringLiteral("Friday"))}, QStringLiteral("datetime")));
    QCOMPARE(denialIndex->size(), 3);
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(denialIndex->size(), 2);
    stack->undo();
    QCOMPARE(dump(*m_project), start);
    QCOMPARE(m_annotator->index(m_harbour)->size(), 6);
}

void TestUndo::boundaryNudgesMerge()
{
    QUndoStack *stack = m_project->undoStack();
    const QString person = fixtureId(QStringLiteral("person"));
    const QByteArray before = dump(*m_project);
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_annotator->moveBoundary(person, Annotator::Boundary::End, -1));
    QVERIFY(m_annotator->moveBoundary(person, Annotator::Boundary::Start, 1));
    QCOMPARE(m_annotator->annotation(person)->quote, QStringLiteral("da Love"));
    QCOMPARE(stack->count(), 1);
    // Another annotation's nudge is a separate step.
    QVERIFY(m_annotator->moveBoundary(fixtureId(QStringLiteral("place")), Annotator::Boundary::Start, 1));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    QCOMPARE(dump(*m_project), before);
    // A boundary never crosses the other one: the span keeps one character.
    QVERIFY(m_annotator->moveBoundary(person, Annotator::Boundary::End, -100));
    QCOMPARE(m_annotator->annotation(person)->quote, QStringLiteral("A"));
    QVERIFY(!m_annotator->moveBoundary(person, Annotator::Boundary::End, -1));
}

void TestUndo::memoTypingMerges()
{
    QUndoStack *stack = m_project->undoStack();
    const QString original = m_annotator->articleMemo(m_harbour);
    QVERIFY(m_annotator->setArticleMemo(m_harbour, original + QStringLiteral(" A")));
    QVERIFY(m_annotator->setArticleMemo(m_harbour, original + QStringLiteral(" Al")));
    QVERIFY(m_annotator->setArticleMemo(m_harbour, original + QStringLiteral(" Also")));
    QCOMPARE(stack->count(), 1);
    QVERIFY(m_annotator->setProjectMemo(QStringLiteral("x")));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    QCOMPARE(m_annotator->articleMemo(m_harbour), original);
    QCOMPARE(m_annotator->projectMemo(), QString());
}

void TestUndo::failedEditLeavesNoCommand()
{
    QUndoStack *stack = m_project->undoStack();
    const QByteArray before = dump(*m_project);
    QSignalSpy messages(m_annotator, &Annotator::message);
    QVERIFY(!m_annotator->addAnnotation(m_harbour, {Span{10, 100000}}, QStringLiteral("person")));
    QVERIFY(!m_annotator->addAnnotation(QStringLiteral("no-such-article"), {Span{0, 3}}, QStringLiteral("person")));
    QVERIFY(!m_annotator->addAnnotation(m_harbour, {Span{0, 3}}, QStringLiteral("no-such-tag")));
    QVERIFY(!m_annotator->setTag({fixtureId(QStringLiteral("person"))}, QStringLiteral("no-such-tag")));
    QVERIFY(!m_annotator->addLink(QStringLiteral("no-such-type"), fixtureId(QStringLiteral("person")), fixtureId(QStringLiteral("place"))));
    QVERIFY(!m_annotator->addLink(QStringLiteral("same-as"), fixtureId(QStringLiteral("person")), fixtureId(QStringLiteral("person"))));
    QVERIFY(!m_annotator->moveTag(QStringLiteral("claim"), QStringLiteral("claim-event"), 0));
    QVERIFY(!m_annotator->removeTag(QStringLiteral("place"), Annotator::TagRemoval::RetagAnnotations, QStringLiteral("place")));
    QVERIFY(!m_annotator->removeAnnotations({QStringLiteral("nothing")}));
    QCOMPARE(messages.size(), 9);
    QCOMPARE(stack->count(), 0);
    QCOMPARE(dump(*m_project), before);

    // A write the database refuses (a tag that a foreign key needs is gone behind the facade's back):
    // the transaction is rolled back, the command dropped, the caches untouched.
    QSqlQuery sabotage(m_project->store().database());
    QVERIFY(sabotage.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON annotations BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    const QByteArray sabotaged = dump(*m_project);
    QVERIFY(!m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("storm"))}, QStringLiteral("event")));
    QVERIFY(messages.constLast().constFirst().value<Message>().text.contains(QStringLiteral("refused for the test")));
    QCOMPARE(stack->count(), 0);
    QCOMPARE(dump(*m_project), sabotaged);
    QCOMPARE(m_annotator->index(m_harbour)->size(), 6);
}

void TestUndo::signalsAreFineGrained()
{
    QSignalSpy added(m_annotator, &Annotator::annotationsAdded);
    QSignalSpy removed(m_annotator, &Annotator::annotationsRemoved);
    QSignalSpy changed(m_annotator, &Annotator::annotationsChanged);
    QSignalSpy highlight(m_annotator, &Annotator::highlightChanged);
    QSignalSpy linksRemoved(m_annotator, &Annotator::linksRemoved);
    QSignalSpy tags(m_annotator, &Annotator::tagSchemaChanged);

    const Span friday = spanOf(HarbourText, QStringLiteral("Friday"));
    const std::optional<QString> id = m_annotator->addAnnotation(m_harbour, {friday}, QStringLiteral("datetime"));
    QVERIFY(id);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().at(0).toString(), m_harbour);
    QCOMPARE(added.constFirst().at(1).value<QList<Annotation>>().constFirst().id, *id);
    QCOMPARE(highlight.constLast().at(1).toInt(), friday.start);
    QCOMPARE(highlight.constLast().at(2).toInt(), friday.end);

    // Moving a span announces old and new extent.
    const Span tuesday = spanOf(HarbourText, QStringLiteral("Tuesday"));
    QVERIFY(m_annotator->setSpans(*id, {tuesday}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(highlight.constLast().at(1).toInt(), tuesday.start);
    QCOMPARE(highlight.constLast().at(2).toInt(), friday.end);

    // A bulk removal over two articles: one signal per article, the link announced once.
    QVERIFY(m_annotator->removeAnnotations({fixtureId(QStringLiteral("figure")), fixtureId(QStringLiteral("denial")), fixtureId(QStringLiteral("place"))}));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(linksRemoved.size(), 1);
    QCOMPARE(tags.size(), 0);
    m_project->undoStack()->undo();
    QCOMPARE(added.size(), 3);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
