// Claim suggestions (Gloss::Suggest::ClaimFinder through the Suggester): which sentences, their speaker,
// stance and figure, with the cues of the "Gloss News Cues" definition and with the lexicon fallback.

#include "suggest/claimcuesource.h"
#include "suggest/suggester.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss::Suggest;

class TestSuggestClaims final : public QObject
{
    Q_OBJECT

    static Suggestions claimsOf(const QString &text, ClaimCueSource *cues = nullptr)
    {
        Suggester suggester;
        SuggesterOptions options;
        options.learned = false;
        suggester.setOptions(options);
        SuggestInput in;
        in.articleId = QStringLiteral("a1");
        in.text = text;
        in.outlet = QStringLiteral("Baltic Wire");
        in.published = QDate(2024, 6, 13);
        Suggestions claims;
        for (const Suggestion &s : suggester.suggest(in, cues))
            if (s.kind == Suggestion::Kind::Claim)
                claims.append(s);
        return claims;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cueDefinitionIsThere()
    {
        ScannerCueSource source;
        QVERIFY(source.isValid());
        const Gloss::Cues::CueSpans cues = source.scan(u"“It is over,” she said.");
        QVERIFY(!cues.isEmpty());
    }

    void speakerAndStance_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("claim"); // the last sentence of text is the claim looked at
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("speakerSource");
        QTest::addColumn<QString>("stance");

        QTest::newRow("name said") << "“We will not pay for this damage,” Anna Berg said."
                                   << "“We will not pay for this damage,” Anna Berg said."
                                   << "Anna Berg"
                                   << "cue"
                                   << "asserts";
        QTest::newRow("said name") << "“The cable was cut on purpose,” said Colonel Pekka Virtanen."
                                   << "“The cable was cut on purpose,” said Colonel Pekka Virtanen."
                                   << "Pekka Virtanen"
                                   << "cue"
                                   << "asserts";
        QTest::newRow("according to") << "According to Reuters, the talks in Geneva failed."
                                      << "According to Reuters, the talks in Geneva failed."
                                      << "Reuters"
                                      << "cue"
                                      << "reports";
        QTest::newRow("denied") << "The Kremlin denied any involvement in the attack."
                                << "The Kremlin denied any involvement in the attack."
                                << "Kremlin"
                                << "cue"
                                << "denies";
        QTest::newRow("hedge") << "Officials said the rebels may have withdrawn from the town."
                               << "Officials said the rebels may have withdrawn from the town."
                               << "Officials"
                               << "cue"
                               << "hedges";
        QTest::newRow("reportedly with figure") << "The army reportedly lost 200 tanks in the spring."
                                                << "The army reportedly lost 200 tanks in the spring."
                                                << "Baltic Wire"
                                                << "outlet"
                                                << "hedges";
        QTest::newRow("apposition") << "Mari Kask, a spokesperson for the agency, said the cable was cut."
                                    << "Mari Kask, a spokesperson for the agency, said the cable was cut."
                                    << "Mari Kask"
                                    << "cue"
                                    << "asserts";
        QTest::newRow("pronoun") << "Tomas Berg arrived in Riga on Monday. He said prices would rise sharply."
                                 << "He said prices would rise sharply."
                                 << "Tomas Berg"
                                 << "coreference"
                                 << "asserts";
        QTest::newRow("generic organisation") << "The Baltic Energy Agency monitors the sea. The agency said repairs had started."
                                              << "The agency said repairs had started."
                                              << "Baltic Energy Agency"
                                              << "coreference"
                                              << "asserts";
        QTest::newRow("figure only") << "Prices rose 12 per cent last year in the region."
                                     << "Prices rose 12 per cent last year in the region."
                                     << "Baltic Wire"
                                     << "outlet"
                                     << "asserts";
        QTest::newRow("reported") << "State media reported that five ships had docked."
                                  << "State media reported that five ships had docked."
                                  << "State media"
                                  << "cue"
                                  << "reports";
        QTest::newRow("quotation after colon") << "Putin joked to the assembled reporters: “The leader shows great interest in rockets.”"
                                               << "Putin joked to the assembled reporters: “The leader shows great interest in rockets.”"
                                               << "Putin"
                                               << "cue"
                                               << "asserts";
        QTest::newRow("indefinite is someone new") << "The Baltic Energy Agency said repairs had started. A regional newspaper announced the cost."
                                                   << "A regional newspaper announced the cost."
                                                   << "A regional newspaper"
                                                   << "cue"
                                                   << "asserts";
        QTest::newRow("place after preposition") << "Police in Moldova said they had found the network."
                                                 << "Police in Moldova said they had found the network."
                                                 << "Police in Moldova"
                                                 << "cue"
                                                 << "asserts";
        QTest::newRow("named phrase is no back-reference") << "The European Union met. Observers from the Promo-LEX association said fraud was likely."
                                                           << "Observers from the Promo-LEX association said fraud was likely."
                                                           << "the Promo-LEX association"
                                                           << "cue"
                                                           << "hedges";
        QTest::newRow("spokesperson for") << "A spokesperson for the Chinese Foreign Ministry rejected the account."
                                          << "A spokesperson for the Chinese Foreign Ministry rejected the account."
                                          << "Chinese Foreign Ministry"
                                          << "cue"
                                          << "denies";
    }

    void speakerAndStance()
    {
        QFETCH(QString, text);
        QFETCH(QString, claim);
        QFETCH(QString, speaker);
        QFETCH(QString, speakerSource);
        QFETCH(QString, stance);

        const Suggestions claims = claimsOf(text);
        QVERIFY(!claims.isEmpty());
        const Suggestion &c = claims.constLast();
        QCOMPARE(c.text, claim);
        QCOMPARE(c.tag, QStringLiteral("Claim"));
        QCOMPARE(c.source, Suggestion::Source::Cue);
        QCOMPARE(c.attributes.value(QStringLiteral("speaker")).toString(), speaker);
        QCOMPARE(c.attributes.value(QStringLiteral("speakerSource")).toString(), speakerSource);
        QCOMPARE(c.attributes.value(QStringLiteral("stance")).toString(), stance);
        if (speakerSource != u"outlet") {
            const int start = c.attributes.value(QStringLiteral("speakerStart")).toInt();
            const int end = c.attributes.value(QStringLiteral("speakerEnd")).toInt();
            QCOMPARE(text.mid(start, end - start), speaker);
        }
    }

    void figureOfTheSentence()
    {
        const Suggestions claims = claimsOf(QStringLiteral("The ministry said repairs would cost about €4.5 million by June."));
        QCOMPARE(claims.size(), 1);
        const QVariantMap figure = claims[0].attributes.value(QStringLiteral("figure")).toMap();
        QCOMPARE(figure.value(QStringLiteral("text")).toString(), QStringLiteral("about €4.5 million"));
        QCOMPARE(figure.value(QStringLiteral("amount")).toDouble(), 4.5e6);
        QCOMPARE(figure.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(figure.value(QStringLiteral("approximate")).toBool(), true);
        QCOMPARE(claims[0].attributes.value(QStringLiteral("date")).toString(), QStringLiteral("2024-06"));
    }

    void noClaim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain narrative") << "It was a grey morning in the port.";
        QTest::newRow("short") << "He said no.";
        QTest::newRow("scare quotes") << "The so-called ‘peace plan’ came up again.";
        QTest::newRow("noun claims") << "China’s claims to the sea came up again.";
        QTest::newRow("noun states") << "A new axis of pariah states is emerging in the east.";
        QTest::newRow("other verb") << "Thailand, for example, maintains close ties with both.";
    }

    void noClaim()
    {
        QFETCH(QString, text);
        QVERIFY(claimsOf(text).isEmpty());
    }

    void quotationSpanningSentences()
    {
        const QString text = QStringLiteral("“We will fight. We will win,” the minister said. Nobody listened.");
        const Suggestions claims = claimsOf(text);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims[0].text, QStringLiteral("“We will fight. We will win,” the minister said."));
        QCOMPARE(claims[0].attributes.value(QStringLiteral("quote")).toBool(), true);
    }

    void lexiconFallbackAgrees()
    {
        LexiconCueSource lexicon;
        const QString text = QStringLiteral("“We will not pay for this damage,” Anna Berg said. It rained.");
        const Suggestions claims = claimsOf(text, &lexicon);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims[0].attributes.value(QStringLiteral("speaker")).toString(), QStringLiteral("Anna Berg"));
    }
};

QTEST_GUILESS_MAIN(TestSuggestClaims)
#include "tst_suggestclaims.moc"
