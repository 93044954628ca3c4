// Name lists of the suggesters (Gloss::Suggest::Gazetteer): matching, the file format, user lists.

#include "suggest/gazetteer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss::Suggest;

namespace
{

/// "text=canonical/tag" for every match, for readable comparisons.
QStringList matchesOf(const Gazetteer &g, const QString &text)
{
    const Tokens tokens = Tokenizer::tokenize(text);
    QStringList out;
    for (const Gazetteer::Match &m : g.findAll(text, tokens))
        out << text.mid(m.start, m.end - m.start) + u'=' + g.entry(m.entry).canonical + u'/' + g.entry(m.entry).tag;
    return out;
}

} // namespace

class TestGazetteer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtinMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("matches");

        QTest::newRow("hyphen variant") << "Kim Jong-un met the press." << QStringList{"Kim Jong-un=Kim Jong Un/Person"};
        QTest::newRow("space variant") << "Kim Jong Un met the press." << QStringList{"Kim Jong Un=Kim Jong Un/Person"};
        QTest::newRow("capitals") << "KIM JONG UN SPEAKS" << QStringList{"KIM JONG UN=Kim Jong Un/Person"};
        QTest::newRow("spelling variant") << "Zelensky and Zelenskyy are one man."
                                          << QStringList{"Zelensky=Volodymyr Zelenskyy/Person", "Zelenskyy=Volodymyr Zelenskyy/Person"};
        QTest::newRow("diacritics") << "From Sao Paulo to São Paulo." << QStringList{"Sao Paulo=Sao Paulo/Place", "São Paulo=Sao Paulo/Place"};
        QTest::newRow("diacritics in list") << "Erdogan and Erdoğan spoke."
                                            << QStringList{"Erdogan=Recep Tayyip Erdoğan/Person", "Erdoğan=Recep Tayyip Erdoğan/Person"};
        QTest::newRow("longest match") << "The Democratic People's Republic of Korea said so."
                                       << QStringList{"Democratic People's Republic of Korea=North Korea/Place"};
        QTest::newRow("longer name wins") << "North Korean troops and South Korea."
                                          << QStringList{"North Korean=North Korean/Group", "South Korea=South Korea/Place"};
        QTest::newRow("acronym needs capitals") << "Let us go to the US now." << QStringList{"US=United States/Place"};
        QTest::newRow("dotted acronym") << "The U.S. said so." << QStringList{"U.S.=United States/Place"};
        QTest::newRow("month is no name") << "It may rain in China." << QStringList{"China=China/Place"};
        QTest::newRow("word boundaries") << "Chadwick and Iranians met." << QStringList{"Iranians=Iranian/Group"};
        QTest::newRow("possessive") << "Putin's plan failed." << QStringList{"Putin=Vladimir Putin/Person"};
        QTest::newRow("lower case is no name") << "the ukraine question and china plates" << QStringList{};
        QTest::newRow("no name across lines") << "Kim\nJong Un" << QStringList{};
        QTest::newRow("organisation acronym") << "NATO and the UN agreed." << QStringList{"NATO=NATO/Organisation", "UN=United Nations/Organisation"};
    }

    void builtinMatches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, matches);
        QCOMPARE(matchesOf(*Gazetteer::builtin(), text), matches);
    }

    void builtinIsLarge()
    {
        const auto g = Gazetteer::builtin();
        QVERIFY(g->size() > 700);
        int countries = 0;
        for (const GazetteerEntry &e : g->entries())
            countries += e.attributes.value(QStringLiteral("type")).toString() == u"country" ? 1 : 0;
        QVERIFY(countries >= 190);
        QVERIFY(!g->fingerprint().isEmpty());
    }

    void parse()
    {
        Gloss::Messages messages;
        const QList<GazetteerEntry> entries = Gazetteer::parse(QStringLiteral("# comment\n"
                                                                              "Person\tMari Kask\tKask|M. Kask\trole=spokesperson;country=EE\n"
                                                                              "\n"
                                                                              "Place\tNarva\n"
                                                                              "only one column\n"),
            QStringLiteral("mine.tsv"), &messages);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].tag, QStringLiteral("Person"));
        QCOMPARE(entries[0].canonical, QStringLiteral("Mari Kask"));
        QCOMPARE(entries[0].aliases, (QStringList{"Kask", "M. Kask"}));
        QCOMPARE(entries[0].attributes.value(QStringLiteral("country")).toString(), QStringLiteral("EE"));
        QCOMPARE(entries[0].list, QStringLiteral("mine.tsv"));
        QCOMPARE(entries[1].canonical, QStringLiteral("Narva"));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].text.contains(QStringLiteral("line 5")));
        QCOMPARE(messages[0].severity, Gloss::Message::Severity::Warning);
    }

    void userListFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("analyst.tsv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Organisation\tBaltic Energy Agency\tBEA\ttype=agency\nCurrency\tXYZ\tzorkmid\n");
        file.close();

        Gazetteer g = *Gazetteer::builtin();
        const int before = g.size();
        const QByteArray fingerprint = g.fingerprint();
        Gloss::Messages messages;
        QVERIFY(g.loadFile(path, &messages));
        QVERIFY(messages.isEmpty());
        QCOMPARE(g.size(), before + 1); // the Currency row feeds the money parser only
        QVERIFY(g.fingerprint() != fingerprint);
        QCOMPARE(matchesOf(g, QStringLiteral("The BEA and Estonia.")), (QStringList{"BEA=Baltic Energy Agency/Organisation", "Estonia=Estonia/Place"}));
        // the shared built-in list is unchanged
        QCOMPARE(Gazetteer::builtin()->size(), before);
    }

    void missingFile()
    {
        QTemporaryDir dir;
        Gazetteer g;
        Gloss::Messages messages;
        QVERIFY(!g.loadFile(dir.filePath(QStringLiteral("absent.tsv")), &messages));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].severity, Gloss::Message::Severity::Error);
        QVERIFY(messages[0].file.endsWith(QStringLiteral("absent.tsv")));
    }

    void registryEntries()
    {
        // The project's entity registry counts as a list: entries added through the API.
        Gazetteer g;
        GazetteerEntry e;
        e.tag = QStringLiteral("Person");
        e.canonical = QStringLiteral("Mari Kask");
        e.aliases = {QStringLiteral("Kask")};
        e.list = QStringLiteral("registry");
        g.addEntries({e});
        QCOMPARE(matchesOf(g, QStringLiteral("Mari Kask said so, and Kask left; kask is no name.")),
            (QStringList{"Mari Kask=Mari Kask/Person", "Kask=Mari Kask/Person"}));
    }

    void lowerCaseNames()
    {
        // A name written in lower case matches in any case (an analyst's own list of terms).
        Gazetteer g;
        g.addEntry({QStringLiteral("Weapon"), QStringLiteral("glide bomb"), {}, {}, QStringLiteral("mine")});
        QCOMPARE(matchesOf(g, QStringLiteral("A glide bomb hit. Glide bombs and GLIDE BOMB.")),
            (QStringList{"glide bomb=glide bomb/Weapon", "GLIDE BOMB=glide bomb/Weapon"}));
    }

    void keys()
    {
        QCOMPARE(Gazetteer::keysOf(u"Kim Jong-un"), (QStringList{"kim", "jong", "un"}));
        QCOMPARE(Gazetteer::keysOf(u"Straße São"), (QStringList{"strasse", "sao"}));
        QCOMPARE(TextFold::fold(u"Ḗłżbiéta"), QStringLiteral("elzbieta"));
    }

    void fastOnLargeText()
    {
        // About 5 MB of news-like text: matching must take well under a second.
        const QString paragraph = QStringLiteral("President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday, while NATO officials in "
                                                 "Brussels and the United States warned of more shipments to Russia through the Black Sea. ");
        QString text;
        text.reserve(5'000'000);
        while (text.size() < 5'000'000)
            text += paragraph;
        const auto g = Gazetteer::builtin();
        QElapsedTimer timer;
        timer.start();
        const Tokens tokens = Tokenizer::tokenize(text);
        const QList<Gazetteer::Match> matches = g->findAll(text, tokens);
        const qint64 ms = timer.elapsed();
        QVERIFY(matches.size() > 100000);
        QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        qInfo("5 MB tokenised and matched in %lld ms", ms);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
