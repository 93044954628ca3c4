// Quantity and money normalisation of the suggesters (Gloss::Suggest::QuantityFinder).

#include "suggest/analysedtext.h"
#include "suggest/quantityfinder.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Gloss::Suggest;

class TestQuantity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalises_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("valueMax"); // NaN: no range
        QTest::addColumn<QString>("unit"); // for money: the currency
        QTest::addColumn<bool>("money");
        QTest::addColumn<QString>("qualifier");

        const double none = std::nan("");
        QTest::newRow("thousands separator") << "North Korea sent 10,000 containers of ammunition."
                                             << "10,000 containers" << 1e4 << none << "containers" << false << "";
        QTest::newRow("spelled with magnitude") << "It approved a further five million artillery rounds to Russia."
                                                << "five million artillery rounds" << 5e6 << none << "artillery rounds" << false << "";
        QTest::newRow("dollars billion") << "Frauds worth $3 billion were traced."
                                         << "$3 billion" << 3e9 << none << "USD" << true << "";
        QTest::newRow("range with to") << "It holds 40 to 50 warheads now."
                                       << "40 to 50 warheads" << 40.0 << 50.0 << "warheads" << false << "";
        QTest::newRow("approximate spelled") << "The total rose to around ten million shells."
                                             << "around ten million shells" << 1e7 << none << "shells" << false << "about";
        QTest::newRow("suffix m") << "The plan covers 1.5m people in the north."
                                  << "1.5m people" << 1.5e6 << none << "people" << false << "";
        QTest::newRow("euro sign") << "The bank lends €200 million for the plant."
                                   << "€200 million" << 2e8 << none << "EUR" << true << "";
        QTest::newRow("per cent") << "Prices fell 12 per cent in a year."
                                  << "12 per cent" << 12.0 << none << "%" << false << "";
        QTest::newRow("percent sign") << "Turnout was 61.5% this time."
                                      << "61.5%" << 61.5 << none << "%" << false << "";
        QTest::newRow("more than") << "He said more than 180,000 Russian soldiers had been killed."
                                   << "more than 180,000 Russian soldiers" << 180000.0 << none << "Russian soldiers" << false << "atLeast";
        QTest::newRow("some range") << "It has some 40 to 50 nuclear warheads along with material."
                                    << "some 40 to 50 nuclear warheads" << 40.0 << 50.0 << "nuclear warheads" << false << "about";
        QTest::newRow("currency word after") << "Trade reached 135 billion dollars with China."
                                             << "135 billion dollars" << 1.35e11 << none << "USD" << true << "";
        QTest::newRow("US dollar sign and m") << "It paid US$5m for the licence."
                                              << "US$5m" << 5e6 << none << "USD" << true << "";
        QTest::newRow("pound bn") << "The fund lost £1.2bn last year."
                                  << "£1.2bn" << 1.2e9 << none << "GBP" << true << "";
        QTest::newRow("won after magnitude") << "The deal is worth 5 billion won a year."
                                             << "5 billion won" << 5e9 << none << "KRW" << true << "";
        QTest::newRow("code before") << "It fined the bank CHF 85 million on Monday."
                                     << "CHF 85 million" << 8.5e7 << none << "CHF" << true << "";
        QTest::newRow("approximate money") << "Repairs cost about $25 million, shared equally."
                                           << "about $25 million" << 2.5e7 << none << "USD" << true << "about";
        QTest::newRow("money range") << "Estimates run between $3 and $4 billion overall."
                                     << "between $3 and $4 billion" << 3e9 << 4e9 << "USD" << true << "";
        QTest::newRow("hundred and") << "Some two hundred and fifty soldiers deserted."
                                     << "Some two hundred and fifty soldiers" << 250.0 << none << "soldiers" << false << "about";
        QTest::newRow("hyphenated tens") << "They lost twenty-five tanks in a week."
                                         << "twenty-five tanks" << 25.0 << none << "tanks" << false << "";
        QTest::newRow("a dozen") << "Officials counted a dozen drones overhead."
                                 << "a dozen drones" << 12.0 << none << "drones" << false << "";
        QTest::newRow("vague thousands") << "Thousands of civilians fled the city."
                                         << "Thousands of civilians" << 1000.0 << none << "civilians" << false << "vague";
        QTest::newRow("tens of thousands") << "Tens of thousands of people marched."
                                           << "Tens of thousands of people" << 10000.0 << none << "people" << false << "vague";
        QTest::newRow("compound measure") << "They plan a 700-kilometre pipeline under the sea."
                                          << "700-kilometre" << 700.0 << none << "kilometre" << false << "";
        QTest::newRow("up to") << "It could carry up to 500,000 barrels a day."
                               << "up to 500,000 barrels" << 500000.0 << none << "barrels" << false << "atMost";
        QTest::newRow("measure before of") << "They shipped 4,500 tonnes of grain."
                                           << "4,500 tonnes" << 4500.0 << none << "tonnes" << false << "";
        QTest::newRow("or range") << "Talks may take 2 or 3 days."
                                  << "2 or 3 days" << 2.0 << 3.0 << "days" << false << "";
        QTest::newRow("irregular plural") << "It froze assets of 14 sanctioned businessmen."
                                          << "14 sanctioned businessmen" << 14.0 << none << "sanctioned businessmen" << false << "";
        QTest::newRow("over time is no bound") << "Staff will be retrained over five years."
                                               << "five years" << 5.0 << none << "years" << false << "";
        QTest::newRow("all is no reference") << "Helsinki closed all eight crossing points."
                                             << "eight crossing points" << 8.0 << none << "crossing points" << false << "";
    }

    void normalises()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(double, value);
        QFETCH(double, valueMax);
        QFETCH(QString, unit);
        QFETCH(bool, money);
        QFETCH(QString, qualifier);

        const AnalysedText text(sentence);
        const QList<Quantity> found = QuantityFinder().findAll(text);
        QCOMPARE(found.size(), 1);
        const Quantity &q = found.constFirst();
        QCOMPARE(sentence.mid(q.start, q.end - q.start), span);
        QCOMPARE(q.money, money);
        QVERIFY2(std::abs(q.value - value) < 1e-6 * std::max(1.0, value), qPrintable(QString::number(q.value)));
        if (std::isnan(valueMax)) {
            QVERIFY(!q.valueMax.has_value());
        } else {
            QVERIFY(q.valueMax.has_value());
            QVERIFY(std::abs(*q.valueMax - valueMax) < 1e-6 * valueMax);
        }
        QCOMPARE(money ? q.currency : q.unit, unit);
        QCOMPARE(q.qualifier, qualifier);
        QCOMPARE(q.approximate, qualifier == u"about" || qualifier == u"vague");
        // the attributes the suggestion carries agree
        const QVariantMap attributes = q.attributes();
        QCOMPARE(attributes.value(money ? QStringLiteral("amount") : QStringLiteral("value")).toDouble(), q.value);
    }

    void noFigure_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("designation") << "Ukraine will receive F-16 jets soon.";
        QTest::newRow("article number") << "Members invoked Article 5 of the treaty.";
        QTest::newRow("age compound") << "A 45-year-old man was detained.";
        QTest::newRow("definite reference") << "Then the two leaders met in private.";
        QTest::newRow("one alone") << "That is one reason to worry.";
        QTest::newRow("ordinal") << "It was the first visit since the war.";
        QTest::newRow("small bare number") << "The vote was 7 in favour.";
        QTest::newRow("spelled alone") << "Nine voted against it.";
    }

    void noFigure()
    {
        QFETCH(QString, sentence);
        const AnalysedText text(sentence);
        const QList<Quantity> found = QuantityFinder().findAll(text);
        QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(sentence.mid(found[0].start, found[0].end - found[0].start)));
    }

    void claimedTokensAreSkipped()
    {
        // DateFinder claims years; the quantity finder must not read them as figures.
        const QString sentence = QStringLiteral("In 2023 they sold 5,000 cars.");
        const AnalysedText text(sentence);
        QList<bool> claimed(text.size(), false);
        claimed[1] = true; // "2023"
        const QList<Quantity> found = QuantityFinder().findAll(text, claimed);
        QCOMPARE(found.size(), 1);
        QCOMPARE(sentence.mid(found[0].start, found[0].end - found[0].start), QStringLiteral("5,000 cars"));
    }

    void parseDigits_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << "2024" << 2024.0;
        QTest::newRow("thousands") << "1,200,000" << 1200000.0;
        QTest::newRow("decimal") << "3.25" << 3.25;
        QTest::newRow("dotted thousands") << "1.000.000" << 1000000.0;
        QTest::newRow("decimal comma") << "1,5" << 1.5;
    }

    void parseDigits()
    {
        QFETCH(QString, digits);
        QFETCH(double, value);
        double parsed = 0;
        QVERIFY(QuantityFinder::parseDigits(digits, &parsed));
        QCOMPARE(parsed, value);
    }
};

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
