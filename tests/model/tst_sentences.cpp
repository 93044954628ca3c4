// Sentence splitting for claim suggestions (Gloss::Suggest::SentenceSplitter).

#include "suggest/sentencesplitter.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss::Suggest;

class TestSentences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void splits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("plain") << "Talks failed. Both sides left." << QStringList{"Talks failed.", "Both sides left."};
        QTest::newRow("title abbreviation") << "Mr. Smith arrived late. He left early." << QStringList{"Mr. Smith arrived late.", "He left early."};
        QTest::newRow("general abbreviation") << "Gen. Syrskyi spoke. Aid arrived." << QStringList{"Gen. Syrskyi spoke.", "Aid arrived."};
        QTest::newRow("acronym before name") << "The U.S. President spoke. Then he left." << QStringList{"The U.S. President spoke.", "Then he left."};
        QTest::newRow("acronym ends sentence") << "He lives in the U.S. The weather is fine." << QStringList{"He lives in the U.S.", "The weather is fine."};
        QTest::newRow("initials") << "J. K. Rowling wrote it. Fans cheered." << QStringList{"J. K. Rowling wrote it.", "Fans cheered."};
        QTest::newRow("decimal") << "Output rose 1.5 per cent. Prices fell." << QStringList{"Output rose 1.5 per cent.", "Prices fell."};
        QTest::newRow("money decimal") << "It cost $3.5 billion. Critics objected." << QStringList{"It cost $3.5 billion.", "Critics objected."};
        QTest::newRow("month abbreviation") << "Talks began in Jan. 2024 in Doha. They stalled."
                                            << QStringList{"Talks began in Jan. 2024 in Doha.", "They stalled."};
        QTest::newRow("question and exclamation") << "What now? Nobody knows! Wait." << QStringList{"What now?", "Nobody knows!", "Wait."};
        QTest::newRow("quote spanning sentences") << "“We will fight. We will win,” he said. Nobody listened."
                                                  << QStringList{"“We will fight. We will win,” he said.", "Nobody listened."};
        QTest::newRow("quote closing sentence") << "She said: “It is over.” Then she left." << QStringList{"She said: “It is over.”", "Then she left."};
        QTest::newRow("straight quotes") << "\"We agree. It is done,\" he said. Talks ended."
                                         << QStringList{"\"We agree. It is done,\" he said.", "Talks ended."};
        QTest::newRow("single quotes spanning") << "'A deal would fail. The smugglers would win,' he wrote. Few agreed."
                                                << QStringList{"'A deal would fail. The smugglers would win,' he wrote.", "Few agreed."};
        QTest::newRow("plural possessive") << "The soldiers' families waited. They were told nothing."
                                           << QStringList{"The soldiers' families waited.", "They were told nothing."};
        QTest::newRow("apostrophes") << "Kim’s visit didn’t help. Putin’s did." << QStringList{"Kim’s visit didn’t help.", "Putin’s did."};
        QTest::newRow("unclosed quote") << "He said “it is unclear. Nobody knows." << QStringList{"He said “it is unclear.", "Nobody knows."};
        QTest::newRow("lines") << "A headline without a stop\nFirst paragraph. Second one.\n\nThird."
                               << QStringList{"A headline without a stop", "First paragraph.", "Second one.", "Third."};
        QTest::newRow("lower case after stop") << "Approx. five died. Others fled." << QStringList{"Approx. five died.", "Others fled."};
        QTest::newRow("quote after stop") << "He stopped. “Enough,” he said." << QStringList{"He stopped.", "“Enough,” he said."};
    }

    void splits()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        const QList<TextSpan> spans = SentenceSplitter::split(text);
        QStringList got;
        for (const TextSpan &s : spans)
            got << text.mid(s.start, s.end - s.start);
        QCOMPARE(got, sentences);
    }

    void offsetsAreUtf16()
    {
        // An emoji takes two UTF-16 code units: spans must count them so.
        const QString text = QStringLiteral("Fans 😀 cheered. Then they left.");
        const QList<TextSpan> spans = SentenceSplitter::split(text);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(text.mid(spans[1].start, spans[1].length()), QStringLiteral("Then they left."));
    }
};

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
