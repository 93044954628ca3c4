// Tests of the fuzzy matcher behind the tag palette: which candidates fit a query (case-insensitive
// subsequence), which characters are matched (the best placement, not the leftmost), and how
// candidates rank (word starts, consecutive runs and prefixes first).
#include "tags/fuzzymatcher.h"

#include <QTest>

#include <algorithm>

using namespace Gloss;

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void ranking_data();
    void ranking();
    void emptyQueryFitsEverything();
    void positionsClearedWhenNothingFits();
};

void TestFuzzyMatcher::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QList<int>>("positions");

    QTest::newRow("initials") << QStringLiteral("qc") << QStringLiteral("Quantity claim") << true << QList<int>{0, 9};
    QTest::newRow("not a subsequence") << QStringLiteral("qc") << QStringLiteral("Quote") << false << QList<int>{};
    QTest::newRow("absent letters") << QStringLiteral("xyz") << QStringLiteral("Person") << false << QList<int>{};
    QTest::newRow("order matters") << QStringLiteral("ab") << QStringLiteral("ba") << false << QList<int>{};
    QTest::newRow("longer than candidate") << QStringLiteral("persons") << QStringLiteral("Person") << false << QList<int>{};
    QTest::newRow("case-insensitive") << QStringLiteral("PER") << QStringLiteral("person") << true << QList<int>{0, 1, 2};
    QTest::newRow("whole second word") << QStringLiteral("claim") << QStringLiteral("Quantity claim") << true << QList<int>{9, 10, 11, 12, 13};
    QTest::newRow("consecutive over leftmost") << QStringLiteral("cl") << QStringLiteral("Acclaim") << true << QList<int>{2, 3};
    QTest::newRow("word start over leftmost") << QStringLiteral("co") << QStringLiteral("Recent count") << true << QList<int>{7, 8};
    QTest::newRow("path") << QStringLiteral("qcl") << QStringLiteral("Claim / Quantity claim") << true << QList<int>{8, 17, 18};
    QTest::newRow("camel case") << QStringLiteral("ps") << QStringLiteral("pressSpeaker") << true << QList<int>{0, 5};
    QTest::newRow("query trimmed") << QStringLiteral("  pe ") << QStringLiteral("Person") << true << QList<int>{0, 1};
    QTest::newRow("astral text") << QStringLiteral("ab") << QStringLiteral("a🚢b") << true << QList<int>{0, 3};
}

void TestFuzzyMatcher::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, candidate);
    QFETCH(bool, fits);
    QFETCH(QList<int>, positions);

    QList<int> matched{-1};
    const std::optional<int> score = FuzzyMatcher(query).score(candidate, &matched);
    QCOMPARE(score.has_value(), fits);
    QCOMPARE(matched, positions);
    // The positions are what the query asked for, ignoring case.
    const QString trimmed = query.trimmed();
    for (qsizetype i = 0; i < matched.size(); ++i)
        QCOMPARE(candidate.at(matched.at(i)).toCaseFolded(), trimmed.at(i).toCaseFolded());
}

void TestFuzzyMatcher::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QStringList>("expected"); // best first; candidates that do not fit are left out

    QTest::newRow("initials of words") << QStringLiteral("qc")
                                       << QStringList{QStringLiteral("Quote"), QStringLiteral("Quebec"), QStringLiteral("Quantity claim")}
                                       << QStringList{QStringLiteral("Quantity claim"), QStringLiteral("Quebec")};
    QTest::newRow("whole, word, inside") << QStringLiteral("claim")
                                         << QStringList{QStringLiteral("Acclaimed"), QStringLiteral("Quantity claim"), QStringLiteral("Claim")}
                                         << QStringList{QStringLiteral("Claim"), QStringLiteral("Quantity claim"), QStringLiteral("Acclaimed")};
    QTest::newRow("prefix over gaps") << QStringLiteral("per") << QStringList{QStringLiteral("Superpower"), QStringLiteral("Paper"), QStringLiteral("Person")}
                                      << QStringList{QStringLiteral("Person"), QStringLiteral("Paper"), QStringLiteral("Superpower")};
    QTest::newRow("prefix over inside") << QStringLiteral("ev") << QStringList{QStringLiteral("Prevent"), QStringLiteral("Event claim")}
                                        << QStringList{QStringLiteral("Event claim"), QStringLiteral("Prevent")};
    QTest::newRow("word start over near") << QStringLiteral("fq") << QStringList{QStringLiteral("Fuqua"), QStringLiteral("Figure or quantity")}
                                          << QStringList{QStringLiteral("Figure or quantity"), QStringLiteral("Fuqua")};
    QTest::newRow("second word start") << QStringLiteral("dt") << QStringList{QStringLiteral("Dated"), QStringLiteral("Date or time")}
                                       << QStringList{QStringLiteral("Date or time"), QStringLiteral("Dated")};
    QTest::newRow("none fit") << QStringLiteral("zz") << QStringList{QStringLiteral("Person"), QStringLiteral("Place")} << QStringList{};
}

void TestFuzzyMatcher::ranking()
{
    QFETCH(QString, query);
    QFETCH(QStringList, candidates);
    QFETCH(QStringList, expected);

    const FuzzyMatcher matcher(query);
    QList<std::pair<int, QString>> scored;
    for (const QString &candidate : std::as_const(candidates)) {
        if (const std::optional<int> score = matcher.score(candidate))
            scored.append({*score, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList ranked;
    for (qsizetype i = 0; i < scored.size(); ++i) {
        ranked.append(scored.at(i).second);
        // Strictly better, not better by the order the candidates came in.
        if (i > 0)
            QVERIFY2(scored.at(i - 1).first > scored.at(i).first, qPrintable(scored.at(i - 1).second + QStringLiteral(" ties ") + scored.at(i).second));
    }
    QCOMPARE(ranked, expected);
}

void TestFuzzyMatcher::emptyQueryFitsEverything()
{
    const FuzzyMatcher matcher(QStringLiteral("   "));
    QVERIFY(matcher.isEmpty());
    QList<int> positions{1, 2};
    QCOMPARE(matcher.score(QStringLiteral("Person"), &positions), std::optional<int>(0));
    QVERIFY(positions.isEmpty());
    QCOMPARE(FuzzyMatcher().score(QString()), std::optional<int>(0));
}

void TestFuzzyMatcher::positionsClearedWhenNothingFits()
{
    QList<int> positions{4, 5};
    QVERIFY(!FuzzyMatcher(QStringLiteral("q")).score(QString(), &positions));
    QVERIFY(positions.isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
