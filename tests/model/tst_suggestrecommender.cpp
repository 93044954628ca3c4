// Learning from the analyst (Gloss::Suggest::StringMatchRecommender): scoring and rejection memory.

#include "suggest/stringmatchrecommender.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss::Suggest;

namespace
{

Suggestions suggestFor(const StringMatchRecommender &r, const QString &article, const QString &text)
{
    return r.suggest(article, text, Tokenizer::tokenize(text));
}

} // namespace

class TestSuggestRecommender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void score_data()
    {
        QTest::addColumn<int>("accepted");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<double>("score");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("once accepted") << 1 << 0 << 2.0 / 3.0 << false;
        QTest::newRow("mostly accepted") << 3 << 1 << 4.0 / 6.0 << false;
        QTest::newRow("even") << 2 << 2 << 0.5 << false;
        QTest::newRow("mostly rejected") << 1 << 4 << 2.0 / 7.0 << false;
        QTest::newRow("only rejected") << 0 << 1 << 1.0 / 3.0 << true;
        QTest::newRow("nothing known") << 0 << 0 << 0.5 << false;
    }

    void score()
    {
        QFETCH(int, accepted);
        QFETCH(int, rejected);
        QFETCH(double, score);
        QFETCH(bool, suppressed);
        StringMatchRecommender r;
        for (int i = 0; i < accepted; ++i)
            r.addAccepted(QStringLiteral("Narva"), QStringLiteral("Place"));
        for (int i = 0; i < rejected; ++i)
            r.addRejected(QStringLiteral("Narva"), QStringLiteral("Place"));
        QCOMPARE(r.acceptedCount(QStringLiteral("Narva"), QStringLiteral("Place")), accepted);
        QCOMPARE(r.rejectedCount(QStringLiteral("Narva"), QStringLiteral("Place")), rejected);
        QVERIFY(qAbs(r.score(QStringLiteral("Narva"), QStringLiteral("Place")) - score) < 1e-9);
        QCOMPARE(r.isSuppressed(QStringLiteral("Narva"), QStringLiteral("Place")), suppressed);

        const Suggestions s = suggestFor(r, QStringLiteral("b"), QStringLiteral("Ferries left Narva at dawn."));
        if (accepted == 0) {
            QVERIFY(s.isEmpty()); // nothing learned, or rejected only: nothing proposed
            return;
        }
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].text, QStringLiteral("Narva"));
        QCOMPARE(s[0].tag, QStringLiteral("Place"));
        QCOMPARE(s[0].source, Suggestion::Source::Learned);
        QVERIFY(qAbs(s[0].score - score) < 1e-9);
    }

    void everyOccurrenceAcrossArticles()
    {
        StringMatchRecommender r;
        r.addAccepted(QStringLiteral("glide bomb"), QStringLiteral("Weapon"));
        r.addAccepted(QStringLiteral("Mari Kask"), QStringLiteral("Person"));
        const QString one = QStringLiteral("A glide bomb hit the depot; Mari Kask saw the glide bomb fall.");
        const QString two = QStringLiteral("MARI KASK denied that Glide bombs were used, but a Glide bomb was found.");
        const Suggestions first = suggestFor(r, QStringLiteral("one"), one);
        QCOMPARE(first.size(), 3);
        for (const Suggestion &s : first) {
            QCOMPARE(s.articleId, QStringLiteral("one"));
            QCOMPARE(one.mid(s.start, s.end - s.start), s.text);
        }
        const Suggestions second = suggestFor(r, QStringLiteral("two"), two);
        QStringList texts;
        for (const Suggestion &s : second)
            texts << s.text;
        QCOMPARE(texts, (QStringList{"MARI KASK", "Glide bomb"}));
        // kinds follow the tag
        QCOMPARE(second[1].kind, Suggestion::Kind::Entity);
    }

    void aliasesOfAnEntity()
    {
        StringMatchRecommender r;
        r.addAliases(QStringLiteral("Volodymyr Zelenskyy"), QStringLiteral("Person"), {QStringLiteral("Zelensky"), QStringLiteral("Zelenskiy")});
        const Suggestions s = suggestFor(r, QStringLiteral("x"), QStringLiteral("Zelensky and Zelenskiy and Volodymyr Zelenskyy."));
        QCOMPARE(s.size(), 3);
        for (const Suggestion &one : s) {
            QCOMPARE(one.canonical, QStringLiteral("Volodymyr Zelenskyy"));
            QVERIFY(qAbs(one.score - 2.0 / 3.0) < 1e-9);
        }
    }

    void rejectedSpotIsNotProposedAgain()
    {
        StringMatchRecommender r;
        r.addAccepted(QStringLiteral("Narva"), QStringLiteral("Place"));
        const QString text = QStringLiteral("Narva and Narva again.");
        QCOMPARE(suggestFor(r, QStringLiteral("a"), text).size(), 2);
        r.addRejected(QStringLiteral("Narva"), QStringLiteral("Place"), QStringLiteral("a"), 0, 5);
        const Suggestions s = suggestFor(r, QStringLiteral("a"), text);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].start, 10);
        // the same spot in another article is still proposed
        QCOMPARE(suggestFor(r, QStringLiteral("b"), text).size(), 2);
        // a tag the analyst never used for this text is independent
        QVERIFY(!r.isSuppressed(QStringLiteral("Narva"), QStringLiteral("Organisation")));
    }

    void rejectedPairStaysRejected()
    {
        StringMatchRecommender r;
        r.addAccepted(QStringLiteral("Georgia"), QStringLiteral("Person"));
        r.addRejected(QStringLiteral("Georgia"), QStringLiteral("Place"));
        const Suggestions s = suggestFor(r, QStringLiteral("a"), QStringLiteral("Georgia spoke."));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].tag, QStringLiteral("Person"));
    }

    void revisionChanges()
    {
        StringMatchRecommender r;
        const int before = r.revision();
        r.addAccepted(QStringLiteral("Narva"), QStringLiteral("Place"));
        QVERIFY(r.revision() > before);
        const int middle = r.revision();
        r.addRejected(QStringLiteral("Narva"), QStringLiteral("Place"));
        QVERIFY(r.revision() > middle);
    }
};

QTEST_GUILESS_MAIN(TestSuggestRecommender)
#include "tst_suggestrecommender.moc"
