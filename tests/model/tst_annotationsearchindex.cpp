// The link picker's search over every annotation of the corpus: ranking, what is searched (quote, tag,
// outlet, title, without case or diacritics), the narrowing cache, and incremental updates from the
// editing facade (and from undo and redo).
#include "links/annotationsearchindex.h"
#include "tst_annotationsupport.h"

#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

namespace
{

ArticleSummary summary(const QString &id, const QString &title, const QString &outlet)
{
    ArticleSummary result;
    result.id = id;
    result.title = title;
    result.outlet = outlet;
    return result;
}

Annotation record(const QString &id, const QString &articleId, const QString &quote, const QString &tagId)
{
    Annotation annotation;
    annotation.id = id;
    annotation.articleId = articleId;
    annotation.quote = quote;
    annotation.tagId = tagId;
    annotation.spans = {Span{0, int(quote.size())}};
    return annotation;
}

QStringList idsOf(const QList<AnnotationSearchHit> &hits)
{
    QStringList ids;
    for (const AnnotationSearchHit &hit : hits)
        ids.append(hit.annotationId);
    return ids;
}

/// A small corpus: two outlets, a few quotes.
void fill(AnnotationSearchIndex &index)
{
    index.reset({summary(QStringLiteral("a1"), QStringLiteral("Bridge shut after crack"), QStringLiteral("Harbour Courier")),
                    summary(QStringLiteral("a2"), QStringLiteral("Ferry doubled"), QStringLiteral("Valley Ledger"))},
        {{QStringLiteral("person"), QStringLiteral("Person")}, {QStringLiteral("figure"), QStringLiteral("Figure or quantity")},
            {QStringLiteral("claim"), QStringLiteral("Claim")}},
        {record(QStringLiteral("whitlock"), QStringLiteral("a1"), QStringLiteral("Dana Whitlock"), QStringLiteral("person")),
            record(QStringLiteral("vehicles"), QStringLiteral("a1"), QStringLiteral("14,000 vehicles"), QStringLiteral("figure")),
            record(QStringLiteral("cost"), QStringLiteral("a1"), QStringLiteral("Repairs could cost $12 million"), QStringLiteral("claim")),
            record(QStringLiteral("ferry"), QStringLiteral("a2"), QStringLiteral("The ferry will sail every ten minutes"), QStringLiteral("claim")),
            record(QStringLiteral("sao"), QStringLiteral("a2"), QStringLiteral("São Tomé delegation"), QStringLiteral("person")),
            record(QStringLiteral("wide"), QStringLiteral("a2"), QStringLiteral("what hit local events"), QStringLiteral("claim"))});
}

/// The hits as "score id" sorted (ties in corpus order may differ once undo has re-added an annotation).
QStringList scored(const QList<AnnotationSearchHit> &hits)
{
    QStringList result;
    for (const AnnotationSearchHit &hit : hits)
        result.append(QStringLiteral("%1 %2 %3").arg(hit.score, 6, 10, QLatin1Char('0')).arg(hit.annotationId, hit.tagId));
    result.sort();
    return result;
}

/// True when \a index answers like an index built afresh from \a project (same hits, same scores).
bool sameAsFresh(const AnnotationSearchIndex &index, Project &project)
{
    AnnotationSearchIndex fresh;
    fresh.setProject(&project);
    const QStringList queries{QStringLiteral("m"), QStringLiteral("money"), QStringLiteral("6,000"), QStringLiteral("ada"), QStringLiteral("ledger"),
        QStringLiteral("individual"), QStringLiteral("person"), QString()};
    for (const QString &query : queries) {
        const QStringList expected = scored(fresh.search(query, 20));
        const QStringList actual = scored(index.search(query, 20));
        if (expected != actual) {
            qWarning("%s: %s instead of %s", qPrintable(query), qPrintable(actual.join(u',')), qPrintable(expected.join(u',')));
            return false;
        }
    }
    return fresh.size() == index.size();
}

} // namespace

class TestAnnotationSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("best");
        QTest::addColumn<QStringList>("found"); // among the hits; none at all when empty

        QTest::newRow("word in quote") << QStringLiteral("whit") << QStringLiteral("whitlock") << QStringList{QStringLiteral("whitlock")};
        QTest::newRow("tag name") << QStringLiteral("figure") << QStringLiteral("vehicles") << QStringList{QStringLiteral("vehicles")};
        QTest::newRow("outlet finds every annotation of its articles") << QStringLiteral("valley ledger") << QStringLiteral("ferry")
                                                                       << QStringList{QStringLiteral("ferry"), QStringLiteral("sao"), QStringLiteral("wide")};
        QTest::newRow("title") << QStringLiteral("crack") << QStringLiteral("whitlock")
                               << QStringList{QStringLiteral("whitlock"), QStringLiteral("vehicles"), QStringLiteral("cost")};
        QTest::newRow("case") << QStringLiteral("DANA") << QStringLiteral("whitlock") << QStringList{QStringLiteral("whitlock")};
        QTest::newRow("diacritics") << QStringLiteral("sao tome") << QStringLiteral("sao") << QStringList{QStringLiteral("sao")};
        QTest::newRow("subsequence") << QStringLiteral("rpr mil") << QStringLiteral("cost") << QStringList{QStringLiteral("cost")};
        QTest::newRow("nothing") << QStringLiteral("zebra") << QString() << QStringList{};
    }
    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QString, best);
        QFETCH(QStringList, found);
        AnnotationSearchIndex index;
        fill(index);
        const QList<AnnotationSearchHit> hits = index.search(query, 10);
        const QStringList ids = idsOf(hits);
        if (best.isEmpty()) {
            QVERIFY2(hits.isEmpty(), qPrintable(ids.join(u',')));
            return;
        }
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.constFirst().annotationId, best);
        for (const QString &id : std::as_const(found))
            QVERIFY2(ids.contains(id), qPrintable(id));
    }

    void wordStartRanksFirst()
    {
        // "hit" is a whole word in one quote, inside a word in another (Whitlock): the word wins.
        AnnotationSearchIndex index;
        fill(index);
        const QStringList ids = idsOf(index.search(QStringLiteral("hit"), 10));
        QVERIFY(ids.contains(QStringLiteral("whitlock")));
        QCOMPARE(ids.constFirst(), QStringLiteral("wide"));
    }

    void hitCarriesWhatPickerShows()
    {
        AnnotationSearchIndex index;
        fill(index);
        const QList<AnnotationSearchHit> hits = index.search(QStringLiteral("dana"), 1);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().quote, QStringLiteral("Dana Whitlock"));
        QCOMPARE(hits.constFirst().outlet, QStringLiteral("Harbour Courier"));
        QCOMPARE(hits.constFirst().articleTitle, QStringLiteral("Bridge shut after crack"));
        QCOMPARE(hits.constFirst().tagId, QStringLiteral("person"));
        QCOMPARE(hits.constFirst().articleId, QStringLiteral("a1"));
    }

    void excludeAndLimit()
    {
        AnnotationSearchIndex index;
        fill(index);
        QVERIFY(!idsOf(index.search(QStringLiteral("harbour"), 10, QStringLiteral("cost"))).contains(QStringLiteral("cost")));
        QCOMPARE(index.search(QStringLiteral("harbour"), 2).size(), 2);
        // An empty query lists the corpus in order.
        QCOMPARE(idsOf(index.search(QString(), 3, QStringLiteral("whitlock"))),
            (QStringList{QStringLiteral("vehicles"), QStringLiteral("cost"), QStringLiteral("ferry")}));
    }

    void narrowingGivesTheSameAsAFreshSearch()
    {
        AnnotationSearchIndex typed;
        fill(typed);
        AnnotationSearchIndex fresh;
        fill(fresh);
        const QStringList keystrokes{QStringLiteral("t"), QStringLiteral("th"), QStringLiteral("the"), QStringLiteral("the "), QStringLiteral("the f"),
            QStringLiteral("the"), QStringLiteral("r"), QStringLiteral("re"), QStringLiteral("rex")};
        for (const QString &query : keystrokes) {
            AnnotationSearchIndex again;
            fill(again);
            QCOMPARE(idsOf(typed.search(query, 10)), idsOf(again.search(query, 10)));
        }
        // A change between keystrokes is seen by the next one.
        QCOMPARE(idsOf(typed.search(QStringLiteral("ten"), 10)).constFirst(), QStringLiteral("ferry"));
        typed.remove({QStringLiteral("ferry")});
        QVERIFY(!idsOf(typed.search(QStringLiteral("ten m"), 10)).contains(QStringLiteral("ferry")));
        QCOMPARE(idsOf(fresh.search(QStringLiteral("ten m"), 10)).constFirst(), QStringLiteral("ferry"));
    }

    void directUpdates()
    {
        AnnotationSearchIndex index;
        fill(index);
        QCOMPARE(index.size(), 6);
        index.upsert({record(QStringLiteral("whitlock"), QStringLiteral("a1"), QStringLiteral("the county's chief engineer"), QStringLiteral("person"))});
        QCOMPARE(index.size(), 6);
        QVERIFY(index.search(QStringLiteral("dana whit"), 10).isEmpty());
        QCOMPARE(idsOf(index.search(QStringLiteral("chief eng"), 10)), QStringList{QStringLiteral("whitlock")});
        index.setTagNames({{QStringLiteral("person"), QStringLiteral("Human")}, {QStringLiteral("figure"), QStringLiteral("Figure or quantity")},
            {QStringLiteral("claim"), QStringLiteral("Claim")}});
        QCOMPARE(idsOf(index.search(QStringLiteral("human"), 10)).size(), 2);
        index.setArticles({summary(QStringLiteral("a2"), QStringLiteral("Ferry doubled"), QStringLiteral("Coastline Radio"))});
        QVERIFY(index.search(QStringLiteral("valley ledger"), 10).isEmpty());
        QCOMPARE(index.search(QStringLiteral("coastline"), 10).size(), 3);
        Annotation rejected = record(QStringLiteral("cost"), QStringLiteral("a1"), QStringLiteral("Repairs could cost $12 million"), QStringLiteral("claim"));
        rejected.status = Annotation::Status::Rejected;
        index.upsert({rejected});
        QVERIFY(!index.contains(QStringLiteral("cost")));
        QCOMPARE(index.size(), 5);
    }

    void manyRemovalsCompact()
    {
        AnnotationSearchIndex index;
        QList<Annotation> annotations;
        QStringList ids;
        for (int i = 0; i < 300; ++i) {
            const QString id = QStringLiteral("n%1").arg(i);
            annotations.append(record(id, QStringLiteral("a1"), QStringLiteral("number %1").arg(i), QStringLiteral("figure")));
            ids.append(id);
        }
        index.reset({summary(QStringLiteral("a1"), QStringLiteral("Numbers"), QStringLiteral("Counter"))}, {}, annotations);
        index.remove(ids.mid(0, 250));
        QCOMPARE(index.size(), 50);
        QCOMPARE(idsOf(index.search(QStringLiteral("number 299"), 1)), QStringList{QStringLiteral("n299")});
        QVERIFY(index.search(QStringLiteral("number 12 "), 10).isEmpty());
        QCOMPARE(index.search(QStringLiteral("number"), 100).size(), 50);
    }

    void followsTheProject()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project;
        const QStringList articles = createProject(project, dir.filePath(QStringLiteral("p.gloss")));
        QCOMPARE(articles.size(), 2);
        Annotator *annotator = project.annotator();
        const QString ada = *annotator->addAnnotation(articles.at(0), {spanOf(HarbourText, QStringLiteral("Ada Lovelace"))}, QStringLiteral("person"));

        AnnotationSearchIndex index;
        index.setProject(&project);
        QCOMPARE(index.size(), 1);
        QCOMPARE(idsOf(index.search(QStringLiteral("lovelace calder wire"), 5)), QStringList{ada});

        const QString count = *annotator->addAnnotation(articles.at(1), {spanOf(DenialText, QStringLiteral("6,000 containers"))}, QStringLiteral("figure"));
        QCOMPARE(idsOf(index.search(QStringLiteral("6,000"), 5)), QStringList{count});
        QCOMPARE(idsOf(index.search(QStringLiteral("morning ledger"), 5)), QStringList{count});

        QVERIFY(annotator->setTag({count}, QStringLiteral("money")));
        QCOMPARE(idsOf(index.search(QStringLiteral("money"), 5)).constFirst(), count);
        QVERIFY(sameAsFresh(index, project));
        project.undoStack()->undo();
        QVERIFY(sameAsFresh(index, project));
        project.undoStack()->redo();
        QVERIFY(sameAsFresh(index, project));

        Tag person = *annotator->tagSchema().tag(QStringLiteral("person"));
        person.name = QStringLiteral("Individual");
        QVERIFY(annotator->changeTag(person));
        QCOMPARE(idsOf(index.search(QStringLiteral("individual"), 5)), QStringList{ada});
        QVERIFY(sameAsFresh(index, project));

        QVERIFY(annotator->removeAnnotations({ada}));
        QVERIFY(!index.contains(ada));
        QVERIFY(index.search(QStringLiteral("lovelace"), 5).isEmpty());
        QVERIFY(sameAsFresh(index, project));
        project.undoStack()->undo();
        QCOMPARE(idsOf(index.search(QStringLiteral("lovelace"), 5)), QStringList{ada});
        QVERIFY(sameAsFresh(index, project));

        index.setProject(nullptr);
        QCOMPARE(index.size(), 0);
        QVERIFY(annotator->removeAnnotations({ada}));
        QCOMPARE(index.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationSearchIndex)
#include "tst_annotationsearchindex.moc"
