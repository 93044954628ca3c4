// Tests of the per-article offset index the reader's highlighter queries per block: results against a
// brute-force scan on random layouts, layers of overlapping and nested spans, discontinuous
// annotations, navigation, updates in place, and the cost of 10,000 annotations on a 1 MB article.
#include "annotations/annotationindex.h"

#include <QElapsedTimer>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <random>

using namespace Gloss;

namespace
{
Annotation make(const QString &id, const Spans &spans, Annotation::Status status = Annotation::Status::Accepted)
{
    Annotation annotation;
    annotation.id = id;
    annotation.articleId = QStringLiteral("article");
    annotation.spans = spans;
    annotation.status = status;
    return annotation;
}

QList<Annotation> randomAnnotations(std::mt19937 &random, int count, int textLength, int maxLength)
{
    std::uniform_int_distribution<int> startDistribution(0, textLength - 1);
    std::uniform_int_distribution<int> lengthDistribution(1, maxLength);
    std::uniform_int_distribution<int> pieces(1, 10);
    QList<Annotation> annotations;
    for (int i = 0; i < count; ++i) {
        Spans spans;
        int start = startDistribution(random);
        const int pieceCount = pieces(random) == 10 ? 3 : 1; // some discontinuous
        for (int p = 0; p < pieceCount && start < textLength; ++p) {
            const int end = std::min(textLength, start + lengthDistribution(random));
            spans.append(Span{start, end});
            start = end + 1 + lengthDistribution(random);
        }
        annotations.append(make(QStringLiteral("a%1").arg(i, 6, 10, QLatin1Char('0')), spans));
    }
    return annotations;
}

// id:span pairs that a brute-force scan finds in [from, to).
QSet<QString> bruteForce(const QList<Annotation> &annotations, int from, int to)
{
    QSet<QString> found;
    for (const Annotation &annotation : annotations) {
        for (int s = 0; s < annotation.spans.size(); ++s) {
            if (annotation.spans.at(s).intersects(from, to))
                found.insert(annotation.id + QLatin1Char(':') + QString::number(s));
        }
    }
    return found;
}

QSet<QString> keys(const QList<AnnotationIndex::Hit> &hits)
{
    QSet<QString> found;
    for (const AnnotationIndex::Hit &hit : hits)
        found.insert(hit.annotation->id + QLatin1Char(':') + QString::number(hit.spanIndex));
    return found;
}
} // namespace

class TestAnnotationIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void matchesBruteForce_data();
    void matchesBruteForce();
    void hitsAreSortedAndCarryTheirSpan();
    void layersSeparateOverlaps();
    void nestedSpanIsAboveItsParent();
    void rejectedSuggestionsAreNotDrawn();
    void navigation();
    void applyAddsReplacesRemoves();
    void tenThousandOnOneMegabyte();
};

void TestAnnotationIndex::matchesBruteForce_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("textLength");
    QTest::addColumn<int>("maxLength");
    QTest::newRow("empty") << 1 << 0 << 100 << 10;
    QTest::newRow("one") << 2 << 1 << 100 << 10;
    QTest::newRow("few short") << 3 << 7 << 200 << 5;
    QTest::newRow("dense overlaps") << 4 << 300 << 500 << 80;
    QTest::newRow("sparse") << 5 << 100 << 100000 << 40;
    QTest::newRow("power of two") << 6 << 256 << 3000 << 30;
    QTest::newRow("power of two plus one") << 7 << 257 << 3000 << 300;
    QTest::newRow("long spans") << 8 << 1000 << 20000 << 5000;
}

void TestAnnotationIndex::matchesBruteForce()
{
    QFETCH(int, seed);
    QFETCH(int, count);
    QFETCH(int, textLength);
    QFETCH(int, maxLength);
    std::mt19937 random(seed);
    const QList<Annotation> annotations = randomAnnotations(random, count, textLength, maxLength);
    const AnnotationIndex index(annotations);
    QCOMPARE(index.size(), count);
    std::uniform_int_distribution<int> offset(0, textLength);
    std::uniform_int_distribution<int> width(1, 400);
    for (int q = 0; q < 500; ++q) {
        const int from = offset(random);
        const int to = from + width(random);
        QCOMPARE(keys(index.intersecting(from, to)), bruteForce(annotations, from, to));
    }
    // Points and the whole text.
    QCOMPARE(keys(index.intersecting(0, textLength)), bruteForce(annotations, 0, textLength));
    for (int point = 0; point < std::min(textLength, 300); ++point)
        QCOMPARE(keys(index.at(point)), bruteForce(annotations, point, point + 1));
}

void TestAnnotationIndex::hitsAreSortedAndCarryTheirSpan()
{
    std::mt19937 random(11);
    const AnnotationIndex index(randomAnnotations(random, 500, 5000, 200));
    const QList<AnnotationIndex::Hit> hits = index.intersecting(1000, 2000);
    QVERIFY(!hits.isEmpty());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const AnnotationIndex::Hit &hit = hits.at(i);
        QCOMPARE(hit.annotation->spans.at(hit.spanIndex), (Span{hit.start, hit.end}));
        if (i > 0) {
            const AnnotationIndex::Hit &previous = hits.at(i - 1);
            QVERIFY(previous.start < hit.start || (previous.start == hit.start && previous.end >= hit.end));
        }
    }
}

void TestAnnotationIndex::layersSeparateOverlaps()
{
    std::mt19937 random(12);
    const AnnotationIndex index(randomAnnotations(random, 2000, 10000, 300));
    const QList<AnnotationIndex::Hit> hits = index.intersecting(0, 10000);
    int highest = -1;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        highest = std::max(highest, hits.at(i).layer);
        for (qsizetype j = i + 1; j < hits.size() && hits.at(j).start < hits.at(i).end; ++j)
            QVERIFY2(hits.at(i).layer != hits.at(j).layer, "overlapping spans share a layer");
    }
    QCOMPARE(index.layerCount(), highest + 1);
}

void TestAnnotationIndex::nestedSpanIsAboveItsParent()
{
    // "Minister Ada Lovelace said" : a claim around a person around a surname, plus one overlapping.
    const AnnotationIndex index({make(QStringLiteral("claim"), {{0, 26}}), make(QStringLiteral("person"), {{9, 21}}),
        make(QStringLiteral("surname"), {{13, 21}}), make(QStringLiteral("overlap"), {{20, 30}})});
    QHash<QString, int> layer;
    for (const AnnotationIndex::Hit &hit : index.intersecting(0, 30))
        layer.insert(hit.annotation->id, hit.layer);
    QCOMPARE(layer.value(QStringLiteral("claim")), 0);
    QCOMPARE(layer.value(QStringLiteral("person")), 1);
    QCOMPARE(layer.value(QStringLiteral("surname")), 2);
    QCOMPARE(layer.value(QStringLiteral("overlap")), 3);
    QCOMPARE(index.at(15).size(), 3);
    QCOMPARE(index.at(22).size(), 2);
    QCOMPARE(index.at(26).size(), 1);
    QCOMPARE(index.at(30).size(), 0);
    // Half-open: a span ending at 9 does not reach offset 9.
    QCOMPARE(index.intersecting(26, 27).size(), 1);
}

void TestAnnotationIndex::rejectedSuggestionsAreNotDrawn()
{
    AnnotationIndex index({make(QStringLiteral("kept"), {{0, 5}}), make(QStringLiteral("suggested"), {{2, 8}}, Annotation::Status::Suggested),
        make(QStringLiteral("rejected"), {{3, 9}}, Annotation::Status::Rejected)});
    QCOMPARE(index.size(), 2);
    QVERIFY(!index.contains(QStringLiteral("rejected")));
    Annotation rejectLater = *index.annotation(QStringLiteral("suggested"));
    rejectLater.status = Annotation::Status::Rejected;
    index.apply({rejectLater});
    QCOMPARE(index.size(), 1);
    QCOMPARE(index.at(6).size(), 0);
}

void TestAnnotationIndex::navigation()
{
    const AnnotationIndex index({make(QStringLiteral("b"), {{10, 15}}), make(QStringLiteral("a"), {{10, 20}}), make(QStringLiteral("c"), {{30, 35}, {50, 55}}),
        make(QStringLiteral("d"), {{40, 45}})});
    QStringList order;
    for (const Annotation &annotation : index.annotations())
        order.append(annotation.id);
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(index.next(0)->id, QStringLiteral("a"));
    QCOMPARE(index.next(10)->id, QStringLiteral("c"));
    QCOMPARE(index.next(30)->id, QStringLiteral("d"));
    QCOMPARE(index.next(40), nullptr);
    QCOMPARE(index.previous(10), nullptr);
    QCOMPARE(index.previous(11)->id, QStringLiteral("b"));
    QCOMPARE(index.previous(100)->id, QStringLiteral("d"));
    QCOMPARE(index.after(QStringLiteral("a"))->id, QStringLiteral("b"));
    QCOMPARE(index.after(QStringLiteral("d")), nullptr);
    QCOMPARE(index.before(QStringLiteral("c"))->id, QStringLiteral("b"));
    QCOMPARE(index.before(QStringLiteral("a")), nullptr);
    QCOMPARE(index.after(QStringLiteral("unknown")), nullptr);
    // The second piece of a discontinuous annotation is found by offset.
    QCOMPARE(index.at(52).size(), 1);
    QCOMPARE(index.at(52).constFirst().spanIndex, 1);
}

void TestAnnotationIndex::applyAddsReplacesRemoves()
{
    std::mt19937 random(13);
    QList<Annotation> annotations = randomAnnotations(random, 400, 4000, 100);
    AnnotationIndex index(annotations);
    // Remove every third, move every fifth, add some.
    QStringList removed;
    QList<Annotation> upserted;
    QList<Annotation> expected;
    for (int i = 0; i < annotations.size(); ++i) {
        Annotation annotation = annotations.at(i);
        if (i % 3 == 0) {
            removed.append(annotation.id);
            continue;
        }
        if (i % 5 == 0) {
            annotation.spans = {Span{annotation.start() + 1, annotation.start() + 50}};
            upserted.append(annotation);
        }
        expected.append(annotation);
    }
    const QList<Annotation> added = randomAnnotations(random, 50, 4000, 100);
    for (Annotation annotation : added) {
        annotation.id.prepend(QStringLiteral("new-"));
        upserted.append(annotation);
        expected.append(annotation);
    }
    index.apply(upserted, removed);
    QCOMPARE(index.size(), int(expected.size()));
    for (int from = 0; from < 4000; from += 97)
        QCOMPARE(keys(index.intersecting(from, from + 120)), bruteForce(expected, from, from + 120));
    const AnnotationIndex rebuilt(expected);
    QCOMPARE(index.annotations(), rebuilt.annotations());
    QCOMPARE(index.layerCount(), rebuilt.layerCount());
}

void TestAnnotationIndex::tenThousandOnOneMegabyte()
{
    // 10,000 annotations over a 1 MB article (about 50 characters per paragraph block of 100 visible).
    constexpr int TextLength = 1 << 20;
    std::mt19937 random(14);
    const QList<Annotation> annotations = randomAnnotations(random, 10000, TextLength, 120);

    QElapsedTimer timer;
    timer.start();
    AnnotationIndex index(annotations);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    // A screen of 40 blocks of ~500 characters, at 200 places in the article.
    std::uniform_int_distribution<int> place(0, TextLength - 20000);
    int found = 0;
    timer.restart();
    constexpr int Screens = 200;
    constexpr int BlocksPerScreen = 40;
    for (int s = 0; s < Screens; ++s) {
        const int top = place(random);
        for (int b = 0; b < BlocksPerScreen; ++b)
            found += int(index.intersecting(top + b * 500, top + (b + 1) * 500).size());
    }
    const double perBlockUs = double(timer.nsecsElapsed()) / 1e3 / (Screens * BlocksPerScreen);

    // Following single edits: add 50 annotations one by one, then remove them one by one.
    constexpr int Edits = 50;
    timer.restart();
    for (int i = 0; i < Edits; ++i) {
        Annotation one = annotations.at(i * 150);
        one.id = QStringLiteral("added-%1").arg(i);
        index.apply({one});
    }
    const double addMs = double(timer.nsecsElapsed()) / 1e6 / Edits;
    QCOMPARE(index.size(), 10000 + Edits);
    timer.restart();
    for (int i = 0; i < Edits; ++i)
        index.apply({}, {QStringLiteral("added-%1").arg(i)});
    const double removeMs = double(timer.nsecsElapsed()) / 1e6 / Edits;

    qDebug("AnnotationIndex, 10,000 annotations on 1 MB: build %.2f ms, query %.2f us per 500-character block (%d hits), add one %.3f ms, remove one %.3f ms",
        buildMs, perBlockUs, found, addMs, removeMs);
    QCOMPARE(index.size(), 10000);
    QVERIFY(found > 0);
    // Loose bounds that only a broken index misses (the benchmark records the real figures).
    QVERIFY2(buildMs < 500, qPrintable(QString::number(buildMs)));
    QVERIFY2(perBlockUs < 200, qPrintable(QString::number(perBlockUs)));
}

QTEST_GUILESS_MAIN(TestAnnotationIndex)
#include "tst_annotationindex.moc"
