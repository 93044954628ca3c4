// Storing suggestions: SuggestionRun (incremental by fingerprint, rejected spots and the analyst's
// annotations respected, suggestions proposed again keep their id, not undo steps, an undo command that
// refers to a withdrawn suggestion fails with a message) and LearnedSuggestions (the analyst's tags
// proposed across the corpus, scored by their review history).
#include "suggest/learnedsuggestions.h"
#include "suggest/suggestionrun.h"
#include "tst_annotationsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;
using namespace Gloss::Suggest;
using namespace AnnotationTest;

namespace
{
QList<Annotation> withStatus(const QList<Annotation> &annotations, Annotation::Status status)
{
    QList<Annotation> result;
    for (const Annotation &annotation : annotations) {
        if (annotation.status == status)
            result.append(annotation);
    }
    return result;
}

std::optional<Annotation> at(const QList<Annotation> &annotations, Span span, const QString &tagId, std::optional<Annotation::Status> status = {})
{
    for (const Annotation &annotation : annotations) {
        if (annotation.spans == Spans{span} && annotation.tagId == tagId && (!status || annotation.status == *status))
            return annotation;
    }
    return std::nullopt;
}
} // namespace

class TestSuggestionRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void firstRunStoresSuggestions();
    void secondRunDoesNothing();
    void rejectedNotProposedAgain();
    void acceptedUntouched();
    void fingerprintChangeRunsAgain();
    void suggestionsAreNotUndoSteps();
    void undoOfWithdrawnSuggestionFailsGracefully();
    void cancelKeepsWhatWasWritten();
    void learnedProposedAcrossCorpus();
    void learnedRejectedSpotNotProposedAgain();
    void learnedSurvivesRun();

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    Annotator *m_annotator = nullptr;
    QString m_harbour;
    QString m_denial;
};

void TestSuggestionRun::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_project = std::make_unique<Project>();
    const QStringList ids = createProject(*m_project, m_dir->filePath(QStringLiteral("p.gloss")));
    QCOMPARE(ids.size(), 2);
    m_harbour = ids.at(0);
    m_denial = ids.at(1);
    m_annotator = m_project->annotator();
}

void TestSuggestionRun::cleanup()
{
    m_annotator = nullptr;
    m_project.reset();
    m_dir.reset();
}

void TestSuggestionRun::firstRunStoresSuggestions()
{
    SuggestionRun run(*m_project);
    QCOMPARE(run.pendingArticles().size(), 2);
    QList<std::pair<int, int>> progress;
    const SuggestionRunSummary summary = run.run([&](int done, int total) {
        progress.append({done, total});
        return true;
    });
    QCOMPARE(summary.articles, 2);
    QCOMPARE(summary.pending, 2);
    QCOMPARE(summary.done, 2);
    QVERIFY(!summary.failed);
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.added > 0);
    QCOMPARE(progress.constFirst(), std::make_pair(0, 2));
    QCOMPARE(progress.constLast(), std::make_pair(2, 2));

    const QList<Annotation> stored = m_annotator->allAnnotations();
    QCOMPARE(stored.size(), summary.added);
    QCOMPARE(withStatus(stored, Annotation::Status::Suggested).size(), stored.size());
    // The minister, the figure and the claim of the harbour article are among them.
    QVERIFY(at(stored, spanOf(HarbourText, QStringLiteral("Ada Lovelace")), QStringLiteral("person")));
    QVERIFY(at(stored, spanOf(HarbourText, QStringLiteral("5,000 containers")), QStringLiteral("figure")));
    int added = 0;
    for (const int count : summary.addedByTag)
        added += count;
    QCOMPARE(added, summary.added);
    for (const Annotation &annotation : stored) {
        QCOMPARE(annotation.author, Annotator::suggesterAuthor());
        QVERIFY(SuggestionRun::replacedSources().contains(annotation.suggestionSource));
        QVERIFY(annotation.score > 0 && annotation.score <= 1);
        QVERIFY(annotation.isAnchoredIn(m_annotator->articleText(annotation.articleId)));
    }
    QCOMPARE(m_annotator->suggestionStateStore().fingerprint(m_harbour), run.fingerprint());
    QCOMPARE(m_annotator->suggestionStateStore().fingerprint(m_denial), run.fingerprint());
    QCOMPARE(foreignKeyViolations(m_project->store().database()), 0);
}

void TestSuggestionRun::secondRunDoesNothing()
{
    QVERIFY(SuggestionRun(*m_project).run().added > 0);
    const QByteArray before = dump(*m_project);
    SuggestionRun again(*m_project);
    QVERIFY(again.pendingArticles().isEmpty());
    const SuggestionRunSummary summary = again.run();
    QCOMPARE(summary.pending, 0);
    QCOMPARE(summary.done, 0);
    QCOMPARE(summary.added, 0);
    QCOMPARE(dump(*m_project), before);

    // A new article is the only one suggested for next time.
    ImportBatch batch;
    batch.articles = {article(QStringLiteral("Late news"), QStringLiteral("Calder Wire"),
        QStringLiteral("The mayor of Calder, Tomas Riva, said on Monday that 300 volunteers had joined the clean-up."))};
    QCOMPARE(m_project->addArticles(batch).addedIds.size(), 1);
    const SuggestionRunSummary third = SuggestionRun(*m_project).run();
    QCOMPARE(third.pending, 1);
    QCOMPARE(third.done, 1);
    QVERIFY(third.added > 0);
}

void TestSuggestionRun::rejectedNotProposedAgain()
{
    SuggestionRun(*m_project).run();
    const Span person = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    const std::optional<Annotation> suggestion = at(m_annotator->annotationsOf(m_harbour), person, QStringLiteral("person"));
    QVERIFY(suggestion);
    QVERIFY(m_annotator->setStatus({suggestion->id}, Annotation::Status::Rejected));

    SuggestionRun force(*m_project);
    force.setForce(true);
    const SuggestionRunSummary summary = force.run();
    QCOMPARE(summary.done, 2);
    QVERIFY(summary.dropped >= 1);
    const QList<Annotation> after = m_annotator->annotationsOf(m_harbour);
    const std::optional<Annotation> rejected = at(after, person, QStringLiteral("person"), Annotation::Status::Rejected);
    QVERIFY(rejected);
    QCOMPARE(rejected->id, suggestion->id);
    QVERIFY(!at(after, person, QStringLiteral("person"), Annotation::Status::Suggested));
}

void TestSuggestionRun::acceptedUntouched()
{
    SuggestionRun(*m_project).run();
    const Span figure = spanOf(HarbourText, QStringLiteral("5,000 containers"));
    const std::optional<Annotation> suggestion = at(m_annotator->annotationsOf(m_harbour), figure, QStringLiteral("figure"));
    QVERIFY(suggestion);
    QVERIFY(m_annotator->setStatus({suggestion->id}, Annotation::Status::Accepted));
    // The analyst's own tag on a word the suggesters do not propose.
    const std::optional<QString> own = m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("storm"))}, QStringLiteral("event"));
    QVERIFY(own);
    const Annotation accepted = *m_annotator->annotation(suggestion->id);
    const Annotation mine = *m_annotator->annotation(*own);

    SuggestionRun force(*m_project);
    force.setForce(true);
    force.run();
    QCOMPARE(*m_annotator->annotation(suggestion->id), accepted);
    QCOMPARE(*m_annotator->annotation(*own), mine);
    const QList<Annotation> after = m_annotator->annotationsOf(m_harbour);
    QVERIFY(!at(after, figure, QStringLiteral("figure"), Annotation::Status::Suggested));
}

void TestSuggestionRun::fingerprintChangeRunsAgain()
{
    SuggestionRun first(*m_project);
    first.run();
    const Span port = spanOf(HarbourText, QStringLiteral("Port Calder"));
    const QList<Annotation> before = m_annotator->annotationsOf(m_harbour);

    // A name list with one more place: another fingerprint, so every article is suggested for again.
    auto gazetteer = std::make_shared<Gazetteer>(*Gazetteer::builtin());
    GazetteerEntry entry;
    entry.tag = QStringLiteral("Place");
    entry.canonical = QStringLiteral("Port Calder");
    entry.list = QStringLiteral("test");
    gazetteer->addEntry(entry);
    auto suggester = std::make_shared<Suggester>(*SuggestionRun::projectSuggester(*m_annotator));
    suggester->setGazetteer(gazetteer);
    SuggestionRun second(*m_project);
    second.setSuggester(suggester);
    QVERIFY(second.fingerprint() != first.fingerprint());
    QCOMPARE(second.pendingArticles().size(), 2);
    const SuggestionRunSummary summary = second.run();
    QCOMPARE(summary.done, 2);
    QVERIFY(summary.kept > 0);
    const QList<Annotation> after = m_annotator->annotationsOf(m_harbour);
    QVERIFY(at(after, port, QStringLiteral("place"), Annotation::Status::Suggested));
    // What is proposed again keeps its id.
    const Span person = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    QCOMPARE(at(after, person, QStringLiteral("person"))->id, at(before, person, QStringLiteral("person"))->id);
    QCOMPARE(m_annotator->suggestionStateStore().fingerprint(m_harbour), second.fingerprint());
    QVERIFY(SuggestionRun(*m_project).pendingArticles().size() == 2); // the default suggester differs again
}

void TestSuggestionRun::suggestionsAreNotUndoSteps()
{
    QSignalSpy added(m_annotator, &Annotator::annotationsAdded);
    QSignalSpy highlight(m_annotator, &Annotator::highlightChanged);
    const std::shared_ptr<const AnnotationIndex> index = m_annotator->index(m_harbour);
    QVERIFY(index);
    SuggestionRun(*m_project).run();
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(added.size(), 2); // one per article
    QVERIFY(highlight.size() >= 2);
    // The cached index of an open article follows (the reader draws suggestions from it).
    QVERIFY(index->annotation(at(m_annotator->annotationsOf(m_harbour), spanOf(HarbourText, QStringLiteral("Ada Lovelace")), QStringLiteral("person"))->id));
}

void TestSuggestionRun::undoOfWithdrawnSuggestionFailsGracefully()
{
    SuggestionRun(*m_project).run();
    const Span person = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    const QString id = at(m_annotator->annotationsOf(m_harbour), person, QStringLiteral("person"))->id;
    QVERIFY(m_annotator->setStatus({id}, Annotation::Status::Accepted));
    m_project->undoStack()->undo(); // a suggestion again
    QCOMPARE(m_annotator->annotation(id)->status, Annotation::Status::Suggested);

    // A run that no longer proposes it withdraws it.
    auto suggester = std::make_shared<Suggester>();
    SuggesterOptions none;
    none.entities = none.figures = none.dates = none.claims = none.learned = false;
    suggester->setOptions(none);
    SuggestionRun withdraw(*m_project);
    withdraw.setSuggester(suggester);
    withdraw.setForce(true);
    QVERIFY(withdraw.run().removed > 0);
    QVERIFY(!m_annotator->annotation(id));

    QSignalSpy messages(m_annotator, &Annotator::message);
    QVERIFY(m_project->undoStack()->canRedo());
    const QByteArray before = dump(*m_project);
    m_project->undoStack()->redo(); // refers to the withdrawn suggestion
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().constFirst().value<Message>().text.contains(id));
    QVERIFY(!m_annotator->annotation(id));
    QCOMPARE(dump(*m_project), before);
    QCOMPARE(m_project->undoStack()->count(), 0); // the failed command was dropped
}

void TestSuggestionRun::cancelKeepsWhatWasWritten()
{
    SuggestionRun run(*m_project);
    run.setBatchSize(1);
    const SuggestionRunSummary summary = run.run([](int done, int) { return done < 1; });
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.done, 1);
    QCOMPARE(SuggestionRun(*m_project).pendingArticles().size(), 1);
}

void TestSuggestionRun::learnedProposedAcrossCorpus()
{
    LearnedSuggestions learned(*m_project);
    QSignalSpy finished(&learned, &LearnedSuggestions::finished);
    // "Calder" stands in both articles: tagged once, proposed in the other.
    QVERIFY(m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("Calder"))}, QStringLiteral("place")));
    QVERIFY(learned.isBusy());
    QCOMPARE(m_project->undoStack()->count(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().at(2).toInt(), 1);
    QCOMPARE(m_project->undoStack()->count(), 1); // machine output is no undo step
    const std::optional<Annotation> proposed
        = at(m_annotator->annotationsOf(m_denial), spanOf(DenialText, QStringLiteral("Calder")), QStringLiteral("place"), Annotation::Status::Suggested);
    QVERIFY(proposed);
    QCOMPARE(proposed->suggestionSource, QStringLiteral("learned"));
    QCOMPARE(proposed->score, 2.0 / 3.0); // (1 accepted + 1) / (1 + 0 + 2)
    QCOMPARE(learned.candidateArticles({QStringLiteral("Calder")}).size(), 2);
    QCOMPARE(learned.candidateArticles({QStringLiteral("Lovelace")}).size(), 1);
}

void TestSuggestionRun::learnedRejectedSpotNotProposedAgain()
{
    LearnedSuggestions learned(*m_project);
    const std::optional<QString> own = m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("Calder"))}, QStringLiteral("place"));
    QVERIFY(own);
    learned.finishNow();
    const Span spot = spanOf(DenialText, QStringLiteral("Calder"));
    const std::optional<Annotation> proposed = at(m_annotator->annotationsOf(m_denial), spot, QStringLiteral("place"));
    QVERIFY(proposed);
    QVERIFY(m_annotator->setStatus({proposed->id}, Annotation::Status::Rejected));

    // Tagged again by hand: the rejected spot stays rejected, nothing is proposed there.
    QVERIFY(m_annotator->removeAnnotations({*own}));
    QVERIFY(m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("Calder"))}, QStringLiteral("place")));
    learned.finishNow();
    const QList<Annotation> after = m_annotator->annotationsOf(m_denial);
    QVERIFY(at(after, spot, QStringLiteral("place"), Annotation::Status::Rejected));
    QVERIFY(!at(after, spot, QStringLiteral("place"), Annotation::Status::Suggested));

    // Elsewhere the history lowers the score: one accepted, one rejected.
    ImportBatch batch;
    batch.articles = {article(QStringLiteral("Calder again"), QStringLiteral("Calder Wire"), QStringLiteral("Rain fell on Calder all night."))};
    const QString third = m_project->addArticles(batch).addedIds.value(0);
    QVERIFY(!third.isEmpty());
    QVERIFY(m_annotator->removeAnnotations(
        {at(m_annotator->annotationsOf(m_harbour), spanOf(HarbourText, QStringLiteral("Calder")), QStringLiteral("place"))->id}));
    QVERIFY(m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("Calder"))}, QStringLiteral("place")));
    learned.finishNow();
    const std::optional<Annotation> elsewhere
        = at(m_annotator->annotationsOf(third), spanOf(QStringLiteral("Rain fell on Calder all night."), QStringLiteral("Calder")), QStringLiteral("place"));
    QVERIFY(elsewhere);
    QCOMPARE(elsewhere->score, 0.5); // (1 + 1) / (1 + 1 + 2)
}

void TestSuggestionRun::learnedSurvivesRun()
{
    LearnedSuggestions learned(*m_project);
    QVERIFY(m_annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("union"))}, QStringLiteral("organisation")));
    learned.finishNow();
    const Span spot = spanOf(DenialText, QStringLiteral("union"));
    const std::optional<Annotation> proposed = at(m_annotator->annotationsOf(m_denial), spot, QStringLiteral("organisation"));
    QVERIFY(proposed);
    SuggestionRun force(*m_project);
    force.setForce(true);
    force.run();
    QCOMPARE(*m_annotator->annotation(proposed->id), *proposed);
}

QTEST_GUILESS_MAIN(TestSuggestionRun)
#include "tst_suggestionrun.moc"
