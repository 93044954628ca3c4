// Near-duplicate passages: a wire paragraph copied with small edits into another outlet's article is
// found (MinHash + LSH, then exact Jaccard), unrelated or merely similar paragraphs are not, and
// pairs within one outlet are left out unless asked for.
#include "duplicates/nearduplicates.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss;

namespace
{
// An original wire paragraph about a fictional event, and edited copies of it.
const QString Wire
    = QStringLiteral("The Meridian port authority said on Thursday that inspectors had examined 4,500 tonnes of grain held in the northern warehouse "
                     "after reports of water damage, and that the shipment would be released to the district mills once the checks were complete "
                     "early next week, according to a statement issued by the harbour office.");
const QString Unrelated
    = QStringLiteral("Residents of the valley gathered outside the town hall on Saturday evening to protest against the planned closure of the only "
                     "clinic within forty kilometres, carrying handmade signs and a petition that organisers said had collected more than two thousand "
                     "signatures in under a week.");
const QString Council
    = QStringLiteral("Members of the city council voted by a narrow margin on Wednesday to postpone the decision on the new tram line until the "
                     "transport review is published, leaving contractors who had already ordered rails and cabling uncertain about the schedule.");
const QString SameTopic
    = QStringLiteral("Grain stored in the northern warehouse of Meridian was checked for water damage this week; the harbour office has not said when "
                     "the district mills can expect the shipment, and inspectors declined to estimate how many tonnes were affected by the flooding.");

QString edited(QString text, const QList<QPair<QString, QString>> &edits)
{
    for (const auto &edit : edits)
        text.replace(edit.first, edit.second);
    return text;
}

DuplicateDocument document(const QString &id, const QString &outlet, const QStringList &paragraphs)
{
    return DuplicateDocument{id, outlet, QStringLiteral("Headline of ") + id + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n"))};
}
} // namespace

class TestNearDuplicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void paragraphs_data();
    void paragraphs();
    void findsCopies_data();
    void findsCopies();
    void sameOutletOnlyWhenAsked();
    void spansPointAtThePassages();
    void manyArticlesStayLinear();
};

void TestNearDuplicates::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("one line") << "  one line  " << QStringList{"one line"};
    QTest::newRow("blank lines between") << "first\n\n  second\n\n\nthird\n" << QStringList{"first", "second", "third"};
    QTest::newRow("single newlines") << "a\nb\r\nc" << QStringList{"a", "b", "c"};
}

void TestNearDuplicates::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const Span &span : NearDuplicates::paragraphs(text))
        actual.append(text.mid(span.start, span.length()));
    QCOMPARE(actual, expected);
}

void TestNearDuplicates::findsCopies_data()
{
    QTest::addColumn<QString>("copy");
    QTest::addColumn<bool>("found");
    QTest::newRow("verbatim") << Wire << true;
    QTest::newRow("one word changed") << edited(Wire, {{"Thursday", "Friday"}}) << true;
    QTest::newRow("case and punctuation") << edited(Wire, {{"The Meridian", "THE MERIDIAN"}, {",", ";"}}) << true;
    QTest::newRow("trailing clause dropped") << edited(Wire, {{", according to a statement issued by the harbour office", ""}}) << true;
    QTest::newRow("rewritten on the same topic") << SameTopic << false;
    QTest::newRow("unrelated") << Unrelated << false;
    QTest::newRow("many edits") << edited(Wire,
        {{"said on Thursday", "announced late on Friday"}, {"inspectors had examined", "its staff checked"}, {"after reports of", "following claims of"},
            {"would be released to", "could go to"}, {"once the checks were complete", "when testing ends"}})
                                << false;
}

void TestNearDuplicates::findsCopies()
{
    QFETCH(QString, copy);
    QFETCH(bool, found);
    const QList<DuplicateDocument> documents = {document(QStringLiteral("a1"), QStringLiteral("Coastline Wire"), {Council, Wire}),
        document(QStringLiteral("b1"), QStringLiteral("Meridian Evening Star"), {copy}),
        document(QStringLiteral("c1"), QStringLiteral("Upland Herald"), {SameTopic.left(60) + QStringLiteral(" and nothing more was said.")})};
    const QList<PassagePair> pairs = NearDuplicates::find(documents);
    QList<PassagePair> wirePairs;
    for (const PassagePair &pair : pairs) {
        QVERIFY(pair.jaccard >= 0.8);
        QVERIFY(pair.first.outlet != pair.second.outlet);
        if (pair.first.articleId == QLatin1String("a1") && pair.second.articleId == QLatin1String("b1"))
            wirePairs.append(pair);
    }
    QCOMPARE(wirePairs.size(), found ? 1 : 0);
    if (found) {
        QVERIFY2(wirePairs.first().estimatedJaccard > 0.6, qPrintable(QString::number(wirePairs.first().estimatedJaccard)));
        QVERIFY(std::abs(wirePairs.first().estimatedJaccard - wirePairs.first().jaccard) < 0.2);
    }
    // Nothing else in this corpus is a copy of anything.
    QCOMPARE(pairs.size(), wirePairs.size());
}

void TestNearDuplicates::sameOutletOnlyWhenAsked()
{
    const QList<DuplicateDocument> documents
        = {document(QStringLiteral("a1"), QStringLiteral("Coastline Wire"), {Wire}), document(QStringLiteral("a2"), QStringLiteral("Coastline Wire"), {Wire}),
            document(QStringLiteral("x"), QString(), {Wire}), document(QStringLiteral("y"), QString(), {Wire})};
    // Two outlet-less articles count as different outlets: a1-x, a1-y, a2-x, a2-y, x-y.
    QCOMPARE(NearDuplicates::find(documents).size(), 5);
    NearDuplicates::Options options;
    options.acrossOutletsOnly = false;
    QCOMPARE(NearDuplicates::find(documents, options).size(), 6);
}

void TestNearDuplicates::spansPointAtThePassages()
{
    const DuplicateDocument a = document(QStringLiteral("a1"), QStringLiteral("Coastline Wire"), {Unrelated, Wire});
    const DuplicateDocument b = document(QStringLiteral("b1"), QStringLiteral("Meridian Evening Star"), {SameTopic, Wire + QStringLiteral("  ")});
    const QList<PassagePair> pairs = NearDuplicates::find({a, b});
    QCOMPARE(pairs.size(), 1);
    const PassagePair &pair = pairs.first();
    QCOMPARE(a.text.mid(pair.first.span.start, pair.first.span.length()), Wire);
    QCOMPARE(b.text.mid(pair.second.span.start, pair.second.span.length()), Wire);
    QCOMPARE(pair.jaccard, 1.0);
    QCOMPARE(pair.estimatedJaccard, 1.0);

    const DuplicateIndex index(pairs);
    QVERIFY(index.copied(QStringLiteral("a1"), pair.first.span.start + 5, QStringLiteral("b1"), pair.second.span.end - 1));
    QVERIFY(index.copied(QStringLiteral("b1"), pair.second.span.start, QStringLiteral("a1"), pair.first.span.start));
    QVERIFY(!index.copied(QStringLiteral("a1"), 0, QStringLiteral("b1"), pair.second.span.start));
    QVERIFY(!index.copied(QStringLiteral("a1"), pair.first.span.start, QStringLiteral("c1"), 0));
}

void TestNearDuplicates::manyArticlesStayLinear()
{
    // 300 articles: each outlet of 30 reprints one of 10 wire paragraphs; 10 outlets carry each one.
    QList<DuplicateDocument> documents;
    QStringList wires;
    for (int w = 0; w < 10; ++w)
        wires.append(edited(Wire,
            {{"4,500", QString::number(1000 + w * 37)}, {"Thursday", QStringLiteral("day %1 of the month, in district %2,").arg(w).arg(w * 3)},
                {"northern warehouse", QStringLiteral("warehouse number %1 near gate %2").arg(w).arg(w + 11)},
                {"district mills", QStringLiteral("mills of sector %1 and depot %2").arg(w * 7).arg(w * 13)}}));
    for (int i = 0; i < 300; ++i) {
        const QString filler = Unrelated + QStringLiteral(" Article number %1 adds its own closing words here.").arg(i);
        documents.append(document(QStringLiteral("art%1").arg(i), QStringLiteral("Outlet %1").arg(i % 30), {filler, wires.at(i % 10)}));
    }
    const QList<PassagePair> pairs = NearDuplicates::find(documents);
    // The filler paragraphs differ by a sentence only: they pair up too. Count the wire pairs: each
    // wire is in 30 articles of 30 different outlets... i % 10 == w and i % 30: 3 outlets per wire share 10 each.
    int wirePairs = 0;
    for (const PassagePair &pair : pairs) {
        const int first = pair.first.articleId.mid(3).toInt();
        const int second = pair.second.articleId.mid(3).toInt();
        QVERIFY(first % 30 != second % 30);
        if (pair.first.span.start > 200 && pair.second.span.start > 200) {
            QCOMPARE(first % 10, second % 10);
            ++wirePairs;
        }
    }
    // Per wire: 30 articles over outlets o with o % 10 == w, i.e. 3 outlets x 10 articles: pairs across outlets = 3 * 10 * 10.
    QCOMPARE(wirePairs, 10 * 3 * 10 * 10);
}

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_nearduplicates.moc"
