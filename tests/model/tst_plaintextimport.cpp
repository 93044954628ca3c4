#include "import/articleimporter.h"
#include "import/boilerplatefilter.h"
#include "import/dateparser.h"
#include "import/markdowntext.h"
#include "import/plaintextparser.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

// Plain-text and Markdown articles: headline, date, byline, source and URL detection, boilerplate,
// Markdown markup, and the sample files under tests/data/import/plain.
class TestPlainTextImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dateLines_data();
    void dateLines();
    void metadataDates_data();
    void metadataDates();
    void bylines_data();
    void bylines();
    void speakers_data();
    void speakers();
    void header_data();
    void header();
    void boilerplate_data();
    void boilerplate();
    void extraBoilerplate();
    void builtInListIsDocumented();
    void markdownInline_data();
    void markdownInline();
    void frontMatterNeedsKeys();
    void harbourFile();
    void columnFile();
    void footerBylineFile();
    void markdownFile();
    void markdownWithoutFrontMatter();
    void seedArticles();
};

namespace
{
QString dataFile(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA_DIR "/import/") + name;
}

Article readOne(const QString &path, ImportOptions options = {})
{
    const ArticleImporter importer(std::move(options));
    const ImportBatch batch = importer.readFile(path);
    if (batch.articles.size() != 1) {
        qWarning() << "expected one article from" << path << "got" << batch.articles.size();
        for (const Message &message : batch.messages)
            qWarning() << message.toString();
        return {};
    }
    return batch.articles.first();
}
} // namespace

void TestPlainTextImport::dateLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("month day year") << QStringLiteral("June 8, 2024") << QStringLiteral("2024-06-08");
    QTest::newRow("month day year without comma") << QStringLiteral("June 8 2024") << QStringLiteral("2024-06-08");
    QTest::newRow("abbreviated month") << QStringLiteral("Jun 8, 2024") << QStringLiteral("2024-06-08");
    QTest::newRow("abbreviated month with dot") << QStringLiteral("Sept. 30, 2023") << QStringLiteral("2023-09-30");
    QTest::newRow("ordinal") << QStringLiteral("March 1st, 2025") << QStringLiteral("2025-03-01");
    QTest::newRow("day month year") << QStringLiteral("8 June 2024") << QStringLiteral("2024-06-08");
    QTest::newRow("day of month") << QStringLiteral("21st of May 2024") << QStringLiteral("2024-05-21");
    QTest::newRow("iso") << QStringLiteral("2024-06-08") << QStringLiteral("2024-06-08");
    QTest::newRow("iso slashes") << QStringLiteral("2024/06/08") << QStringLiteral("2024-06-08");
    QTest::newRow("iso date time") << QStringLiteral("2024-06-08 14:05") << QStringLiteral("2024-06-08T14:05:00");
    QTest::newRow("weekday") << QStringLiteral("Saturday, June 8, 2024") << QStringLiteral("2024-06-08");
    QTest::newRow("short weekday") << QStringLiteral("Sat 8 June 2024") << QStringLiteral("2024-06-08");
    QTest::newRow("time am") << QStringLiteral("Jun 8, 2024 10:30 AM") << QStringLiteral("2024-06-08T10:30:00");
    QTest::newRow("time pm") << QStringLiteral("Jun 8, 2024 10:30 PM") << QStringLiteral("2024-06-08T22:30:00");
    QTest::newRow("twelve am") << QStringLiteral("Jun 8, 2024 12:15 a.m.") << QStringLiteral("2024-06-08T00:15:00");
    QTest::newRow("at time with zone") << QStringLiteral("June 8, 2024 at 10:30 a.m. EDT") << QStringLiteral("2024-06-08T10:30:00-04:00");
    QTest::newRow("utc") << QStringLiteral("8 June 2024, 09:00 UTC") << QStringLiteral("2024-06-08T09:00:00Z");
    QTest::newRow("numeric offset") << QStringLiteral("8 June 2024 09:00 +0200") << QStringLiteral("2024-06-08T09:00:00+02:00");
    QTest::newRow("time first") << QStringLiteral("Updated 10:07 AM EDT, Sat June 8, 2024") << QStringLiteral("2024-06-08T10:07:00-04:00");
    QTest::newRow("published prefix") << QStringLiteral("Published: 12 May 2025") << QStringLiteral("2025-05-12");
    QTest::newRow("posted on") << QStringLiteral("Posted on June 8, 2024") << QStringLiteral("2024-06-08");
    QTest::newRow("surrounding spaces") << QStringLiteral("   June 8, 2024  ") << QStringLiteral("2024-06-08");
    QTest::newRow("lower case") << QStringLiteral("june 8, 2024") << QStringLiteral("2024-06-08");

    QTest::newRow("sentence with a date") << QStringLiteral("The talks began on June 8, 2024 in Geneva.") << QString();
    QTest::newRow("invalid day") << QStringLiteral("February 30, 2024") << QString();
    QTest::newRow("invalid month") << QStringLiteral("2024-13-01") << QString();
    QTest::newRow("ambiguous numeric") << QStringLiteral("06/08/2024") << QString();
    QTest::newRow("relative") << QStringLiteral("5 months ago") << QString();
    QTest::newRow("headline with number") << QStringLiteral("300 jobs go at the mill") << QString();
    QTest::newRow("bad hour") << QStringLiteral("June 8, 2024 13:30 PM") << QString();
    QTest::newRow("year out of range") << QStringLiteral("June 8, 1492") << QString();
}

void TestPlainTextImport::dateLines()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::fromLine(line), expected);
}

void TestPlainTextImport::metadataDates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("date") << QStringLiteral("2025-06-02") << QStringLiteral("2025-06-02");
    QTest::newRow("utc") << QStringLiteral("2025-06-02T07:30:00Z") << QStringLiteral("2025-06-02T07:30:00Z");
    QTest::newRow("milliseconds") << QStringLiteral("2025-06-02T07:30:00.123Z") << QStringLiteral("2025-06-02T07:30:00Z");
    QTest::newRow("offset") << QStringLiteral("2025-06-02T07:30:00+01:00") << QStringLiteral("2025-06-02T07:30:00+01:00");
    QTest::newRow("no zone") << QStringLiteral("2025-06-02T07:30:00") << QStringLiteral("2025-06-02T07:30:00");
    QTest::newRow("space separator") << QStringLiteral("2025-06-02 07:30:00") << QStringLiteral("2025-06-02T07:30:00");
    QTest::newRow("rfc 2822") << QStringLiteral("Fri, 07 Mar 2025 14:20:00 +0000") << QStringLiteral("2025-03-07T14:20:00Z");
    QTest::newRow("human") << QStringLiteral("March 3, 2025") << QStringLiteral("2025-03-03");
    QTest::newRow("garbage") << QStringLiteral("soon") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPlainTextImport::metadataDates()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::normalise(value), expected);
}

void TestPlainTextImport::bylines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one name") << QStringLiteral("By Ilse Morandi") << QStringLiteral("Ilse Morandi");
    QTest::newRow("two names") << QStringLiteral("By Ilse Morandi and Tomas Brecht") << QStringLiteral("Ilse Morandi and Tomas Brecht");
    QTest::newRow("commas") << QStringLiteral("By Ana Ruiz, Li Wei and Sam Okafor") << QStringLiteral("Ana Ruiz, Li Wei and Sam Okafor");
    QTest::newRow("upper case") << QStringLiteral("BY KARIN DAHL") << QStringLiteral("KARIN DAHL");
    QTest::newRow("particles") << QStringLiteral("By Luc van der Berg") << QStringLiteral("Luc van der Berg");
    QTest::newRow("initials") << QStringLiteral("By J. R. Hartley") << QStringLiteral("J. R. Hartley");
    QTest::newRow("accents") << QStringLiteral("By Aurelio Santamar\u00eda") << QStringLiteral("Aurelio Santamar\u00eda");
    QTest::newRow("cyrillic") << QStringLiteral("By \u0410\u043d\u043d\u0430 \u0418\u0432\u0430\u043d\u043e\u0432\u0430")
                              << QStringLiteral("\u0410\u043d\u043d\u0430 \u0418\u0432\u0430\u043d\u043e\u0432\u0430");
    QTest::newRow("one word") << QStringLiteral("By Editor") << QStringLiteral("Editor");
    QTest::newRow("with date after bar") << QStringLiteral("By Ilse Morandi | June 8, 2024") << QStringLiteral("Ilse Morandi");
    QTest::newRow("written by") << QStringLiteral("Written by Ilse Morandi") << QStringLiteral("Ilse Morandi");
    QTest::newRow("author label") << QStringLiteral("Author: Ilse Morandi") << QStringLiteral("Ilse Morandi");
    QTest::newRow("extra spaces") << QStringLiteral("  By   Ilse   Morandi ") << QStringLiteral("Ilse Morandi");

    QTest::newRow("sentence") << QStringLiteral("By the time the ferry arrived, the crowd had gone.") << QString();
    QTest::newRow("lower case words") << QStringLiteral("By noon, rain") << QString();
    QTest::newRow("question") << QStringLiteral("By Whom? Nobody Knows") << QString();
    QTest::newRow("no names") << QStringLiteral("By") << QString();
    QTest::newRow("not a byline") << QStringLiteral("Byron Street closes") << QString();
}

void TestPlainTextImport::bylines()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(PlainTextParser::bylineFromLine(line), expected);
}

void TestPlainTextImport::speakers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two words") << QStringLiteral("NADIA OKONKWO-HALE: Every morning people cross.") << QStringLiteral("NADIA OKONKWO-HALE");
    QTest::newRow("three words") << QStringLiteral("MARTA DE SOUSA LIMA: It rained.") << QStringLiteral("MARTA DE SOUSA LIMA");
    QTest::newRow("stop word") << QStringLiteral("BREAKING NEWS: The bridge is shut.") << QString();
    QTest::newRow("editor's note") << QStringLiteral("EDITOR'S NOTE: This story was updated.") << QString();
    QTest::newRow("one word") << QStringLiteral("UPDATE: more to come") << QString();
    QTest::newRow("mixed case") << QStringLiteral("Nadia Hale: Every morning") << QString();
    QTest::newRow("no text after colon") << QStringLiteral("NADIA HALE:") << QString();
    QTest::newRow("plain sentence") << QStringLiteral("The ferry runs: every hour.") << QString();
}

void TestPlainTextImport::speakers()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(PlainTextParser::speakerFromLine(line), expected);
}

void TestPlainTextImport::header_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("body");

    QTest::newRow("headline only") << QStringLiteral("Rail line reopens\n\nTrains ran again on Monday.\n") << QStringLiteral("Rail line reopens") << QString()
                                   << QString() << QString() << QString() << QStringLiteral("Trains ran again on Monday.");
    QTest::newRow("date before headline") << QStringLiteral("June 8, 2024\nRail line reopens\n\n\nTrains ran again.\n") << QStringLiteral("Rail line reopens")
                                          << QStringLiteral("2024-06-08") << QString() << QString() << QString() << QStringLiteral("Trains ran again.");
    QTest::newRow("all header lines") << QStringLiteral(
        "Rail line reopens\nSource: The Valley Gazette\nhttps://gazette.example/rail\n2024-06-08\nBy Ana Ruiz\n\nTrains ran again.\n\nMore later.")
                                      << QStringLiteral("Rail line reopens") << QStringLiteral("2024-06-08") << QStringLiteral("Ana Ruiz")
                                      << QStringLiteral("The Valley Gazette") << QStringLiteral("https://gazette.example/rail")
                                      << QStringLiteral("Trains ran again.\n\nMore later.");
    QTest::newRow("outlet and publisher labels") << QStringLiteral("Headline here\nPublisher: Ridge Radio\nURL: https://ridge.example/a\n\nBody text.")
                                                 << QStringLiteral("Headline here") << QString() << QString() << QStringLiteral("Ridge Radio")
                                                 << QStringLiteral("https://ridge.example/a") << QStringLiteral("Body text.");
    QTest::newRow("byline with date") << QStringLiteral("Headline\nBy Ana Ruiz | June 9, 2024\n\nBody text.") << QStringLiteral("Headline")
                                      << QStringLiteral("2024-06-09") << QStringLiteral("Ana Ruiz") << QString() << QString() << QStringLiteral("Body text.");
    QTest::newRow("speaker opens body") << QStringLiteral("Headline\n\nANA RUIZ: The trains ran.\n") << QStringLiteral("Headline") << QString()
                                        << QStringLiteral("ANA RUIZ") << QString() << QString() << QStringLiteral("ANA RUIZ: The trains ran.");
    QTest::newRow("closing byline") << QStringLiteral("Headline\n\nThe trains ran.\n\nBy Ana Ruiz\n") << QStringLiteral("Headline") << QString()
                                    << QStringLiteral("Ana Ruiz") << QString() << QString() << QStringLiteral("The trains ran.");
    QTest::newRow("crlf already normalised keeps inner spacing")
        << QStringLiteral("Headline\n\n  Indented first line.\n\n\nTwo blank lines above.  \n") << QStringLiteral("Headline") << QString() << QString()
        << QString() << QString() << QStringLiteral("  Indented first line.\n\n\nTwo blank lines above.");
    QTest::newRow("single line note") << QStringLiteral("Just one line of text.") << QStringLiteral("Just one line of text.") << QString() << QString()
                                      << QString() << QString() << QStringLiteral("Just one line of text.");
    const QString longLine = QStringLiteral("word ").repeated(80).trimmed();
    QTest::newRow("long first line is text") << longLine + QStringLiteral("\n\nSecond paragraph.")
                                             << QStringLiteral("word ").repeated(20).trimmed() + QChar(0x2026) << QString() << QString() << QString()
                                             << QString() << longLine + QStringLiteral("\n\nSecond paragraph.");
    QTest::newRow("date in body is kept") << QStringLiteral("Headline\n\nFirst paragraph.\n\nJune 8, 2024\n") << QStringLiteral("Headline") << QString()
                                          << QString() << QString() << QString() << QStringLiteral("First paragraph.\n\nJune 8, 2024");
}

void TestPlainTextImport::header()
{
    QFETCH(QString, text);
    const BoilerplateFilter filter;
    const PlainTextParser parser(filter);
    QString error;
    const std::optional<Article> article = parser.parse(text, PlainTextParser::Flavour::PlainText, &error);
    QVERIFY2(article, qPrintable(error));
    QTEST(article->title, "title");
    QTEST(article->published, "published");
    QTEST(article->byline, "byline");
    QTEST(article->outlet, "outlet");
    QTEST(article->url, "url");
    QTEST(article->text, "body");
}

void TestPlainTextImport::boilerplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("body");
    QTest::newRow("between paragraphs") << QStringLiteral("H\n\nOne.\n\nAdvertisement\n\nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("case and spaces") << QStringLiteral("H\n\nOne.\n\n   ADVERTISEMENT  \n\nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("several in a row") << QStringLiteral("H\n\nOne.\n\nAdvertisement\nAdvertisement\n\nSubscribe\n\nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("attached to paragraph") << QStringLiteral("H\n\nOne.\nShare this article\nTwo.") << QStringLiteral("One.\nTwo.");
    QTest::newRow("at the end") << QStringLiteral("H\n\nOne.\n\nSource link\n") << QStringLiteral("One.");
    QTest::newRow("read entire article") << QStringLiteral("H\n\nOne.\n\nRead Entire Article") << QStringLiteral("One.");
    QTest::newRow("leave a reply") << QStringLiteral("H\n\nOne.\n\nLeave a Reply\n\n") << QStringLiteral("One.");
    QTest::newRow("in the header") << QStringLiteral("Advertisement\nH\n\nOne.") << QStringLiteral("One.");
    QTest::newRow("whole line only") << QStringLiteral("H\n\nThe Advertisement was pulled.\n\nSubscribe now or later, they said.")
                                     << QStringLiteral("The Advertisement was pulled.\n\nSubscribe now or later, they said.");
}

void TestPlainTextImport::boilerplate()
{
    QFETCH(QString, text);
    const BoilerplateFilter filter;
    const PlainTextParser parser(filter);
    QString error;
    const std::optional<Article> article = parser.parse(text, PlainTextParser::Flavour::PlainText, &error);
    QVERIFY2(article, qPrintable(error));
    QTEST(article->text, "body");
}

void TestPlainTextImport::extraBoilerplate()
{
    const QString text = QStringLiteral("Headline\n\nOne.\n\nJoin our VIP club today\n\nTwo.\n\nMore from the Tarn Valley Echo");
    {
        const BoilerplateFilter filter;
        QString error;
        const std::optional<Article> article = PlainTextParser(filter).parse(text, PlainTextParser::Flavour::PlainText, &error);
        QVERIFY(article);
        QVERIFY(article->text.contains(QStringLiteral("Join our VIP club today")));
    }
    const BoilerplateFilter filter({QStringLiteral("join our vip club today"), QStringLiteral("  More from the Tarn Valley Echo ")});
    QVERIFY(filter.matches(QStringLiteral("JOIN OUR VIP CLUB TODAY")));
    QVERIFY(filter.matches(QStringLiteral("Advertisement")));
    QVERIFY(!filter.matches(QStringLiteral("Join our VIP club today, said nobody")));
    QString error;
    const std::optional<Article> article = PlainTextParser(filter).parse(text, PlainTextParser::Flavour::PlainText, &error);
    QVERIFY(article);
    QCOMPARE(article->text, QStringLiteral("One.\n\nTwo."));

    // Through the importer's options, as the command line passes a user's list.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    ImportOptions options;
    options.extraBoilerplate = {QStringLiteral("Join our VIP club today")};
    QCOMPARE(readOne(path, options).text, QStringLiteral("One.\n\nTwo.\n\nMore from the Tarn Valley Echo"));

    // A list file in the documented format.
    const QString listPath = dir.filePath(QStringLiteral("list.txt"));
    QFile list(listPath);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("# my additions\n\nJoin our VIP club today\n  More from the Tarn Valley Echo  \n");
    list.close();
    Messages messages;
    const std::optional<QStringList> lines = BoilerplateFilter::readList(listPath, &messages);
    QVERIFY(lines);
    QCOMPARE(*lines, QStringList({QStringLiteral("Join our VIP club today"), QStringLiteral("More from the Tarn Valley Echo")}));
    QVERIFY(!BoilerplateFilter::readList(dir.filePath(QStringLiteral("missing.txt")), &messages));
    QCOMPARE(messages.size(), 1);
}

void TestPlainTextImport::builtInListIsDocumented()
{
    const QStringList lines = BoilerplateFilter::builtInLines();
    for (const char *required : {"Advertisement", "Source link", "Read Entire Article", "Leave a Reply", "Share this article", "Subscribe"})
        QVERIFY2(lines.contains(QLatin1String(required)), required);
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QLatin1Char('#')), qPrintable(line));
    QVERIFY(BoilerplateFilter::userListPath().endsWith(QStringLiteral("/boilerplate.txt")));
}

void TestPlainTextImport::markdownInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("no markup") << QStringLiteral("Plain words.") << QStringLiteral("Plain words.");
    QTest::newRow("strong") << QStringLiteral("a **bold** word") << QStringLiteral("a bold word");
    QTest::newRow("emphasis") << QStringLiteral("an *emphasised* and _underlined_ word") << QStringLiteral("an emphasised and underlined word");
    QTest::newRow("strong emphasis") << QStringLiteral("***both*** here") << QStringLiteral("both here");
    QTest::newRow("strike") << QStringLiteral("was ~~wrong~~ right") << QStringLiteral("was wrong right");
    QTest::newRow("link") << QStringLiteral("see [the minutes](https://example.org/m) now") << QStringLiteral("see the minutes now");
    QTest::newRow("link with emphasis") << QStringLiteral("[**bold link**](https://x.example)") << QStringLiteral("bold link");
    QTest::newRow("reference link") << QStringLiteral("a [report][1] says") << QStringLiteral("a report says");
    QTest::newRow("image dropped") << QStringLiteral("before ![alt text](https://x.example/i.png) after") << QStringLiteral("before  after");
    QTest::newRow("autolink") << QStringLiteral("at <https://x.example/page>") << QStringLiteral("at https://x.example/page");
    QTest::newRow("code") << QStringLiteral("run `make *all*` now") << QStringLiteral("run make *all* now");
    QTest::newRow("escapes") << QStringLiteral("2 \\* 3 and \\_x\\_") << QStringLiteral("2 * 3 and _x_");
    QTest::newRow("snake case kept") << QStringLiteral("the snake_case_name stays") << QStringLiteral("the snake_case_name stays");
    QTest::newRow("spaced stars kept") << QStringLiteral("2 * 3 * 4 is 24") << QStringLiteral("2 * 3 * 4 is 24");
    QTest::newRow("bullet kept") << QStringLiteral("* item one") << QStringLiteral("* item one");
    QTest::newRow("lone brackets") << QStringLiteral("[sic] as said") << QStringLiteral("[sic] as said");
    QTest::newRow("unclosed emphasis") << QStringLiteral("a *dangling star") << QStringLiteral("a *dangling star");
}

void TestPlainTextImport::markdownInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(MarkdownText::stripInline(markdown), plain);
}

void TestPlainTextImport::frontMatterNeedsKeys()
{
    // A document that opens with a thematic break is not front matter.
    const QString text = QStringLiteral("---\nA sentence, not a key.\n---\nRest");
    MarkdownText::FrontMatter frontMatter;
    QCOMPARE(MarkdownText::takeFrontMatter(text, &frontMatter), QStringView(text));
    QVERIFY(frontMatter.title.isEmpty());

    const QString real = QStringLiteral("---\ntitle: 'X'\nauthors: [A One, \"B Two\"]\ndate: 2025-01-02\n---\nRest");
    QCOMPARE(MarkdownText::takeFrontMatter(real, &frontMatter).toString(), QStringLiteral("Rest"));
    QCOMPARE(frontMatter.title, QStringLiteral("X"));
    QCOMPARE(frontMatter.byline, QStringLiteral("A One, B Two"));
    QCOMPARE(frontMatter.published, QStringLiteral("2025-01-02"));
}

void TestPlainTextImport::harbourFile()
{
    const Article article = readOne(dataFile(QStringLiteral("plain/harbour.txt")));
    QCOMPARE(article.title, QStringLiteral("Harbour crane collapse halts night shift at Port Varenna"));
    QCOMPARE(article.published, QStringLiteral("2025-03-04"));
    QCOMPARE(article.byline, QStringLiteral("Ilse Morandi and Tomas Brecht"));
    QCOMPARE(article.text,
        QStringLiteral("The night shift at Port Varenna was sent home early on Monday after a gantry crane folded onto an empty berth, the port authority "
                       "said.\n\nNo one was hurt, according to a spokesperson, who put the damage at \"roughly 2.4 million euros\".\n\nDock workers said "
                       "the crane had been reported for a grinding noise twice this winter.\n\n  A second crane of the same model was taken out of "
                       "service as a precaution."));
    QCOMPARE(article.id, Article::idForText(article.text));
    QCOMPARE(article.sourcePath, QFileInfo(dataFile(QStringLiteral("plain/harbour.txt"))).absoluteFilePath());
}

void TestPlainTextImport::columnFile()
{
    const Article article = readOne(dataFile(QStringLiteral("plain/column.txt")));
    QCOMPARE(article.title, QStringLiteral("Why the river ferry still matters"));
    QCOMPARE(article.byline, QStringLiteral("NADIA OKONKWO-HALE"));
    QVERIFY(article.text.startsWith(QStringLiteral("NADIA OKONKWO-HALE: Every morning")));
    QVERIFY(article.text.endsWith(QStringLiteral("41 pence per passenger.")));
}

void TestPlainTextImport::footerBylineFile()
{
    const Article article = readOne(dataFile(QStringLiteral("plain/footer-byline.txt")));
    QCOMPARE(article.title, QStringLiteral("Orchard growers count frost losses"));
    QCOMPARE(article.published, QStringLiteral("2025-04-19"));
    QCOMPARE(article.byline, QStringLiteral("Staff Reporter"));
    QVERIFY(article.text.endsWith(QStringLiteral("\"only the worst-hit farms\".")));
    QVERIFY(!article.text.contains(QStringLiteral("Source link")));
}

void TestPlainTextImport::markdownFile()
{
    const Article article = readOne(dataFile(QStringLiteral("plain/council.md")));
    QCOMPARE(article.title, QStringLiteral("Council approves the Wend Street cycle lane"));
    QCOMPARE(article.url, QStringLiteral("https://example.org/news/wend-street"));
    QCOMPARE(article.byline, QStringLiteral("Priya Ramaswamy, Owen Laird"));
    QCOMPARE(article.published, QStringLiteral("2025-02-11T18:45:00+01:00"));
    QCOMPARE(article.outlet, QStringLiteral("The Hollin Courier"));
    QCOMPARE(article.language, QStringLiteral("en-GB"));
    QCOMPARE(article.text,
        QStringLiteral("The council voted 7 to 4 on Tuesday to build a protected cycle lane on Wend Street, after a debate that ran past midnight.\n\n"
                       "\"We have waited nine years for this,\" said the chair of the cycling forum.\n\nWhat changes\n\n- Parking on the east side "
                       "goes.\n- The speed limit drops to 20 mph.\n\nWork on the snake_case_names detector and a lone * star stays as written."));
}

void TestPlainTextImport::markdownWithoutFrontMatter()
{
    const Article article = readOne(dataFile(QStringLiteral("plain/notes.md")));
    QCOMPARE(article.title, QStringLiteral("Library extension opens ahead of schedule"));
    QCOMPARE(article.published, QStringLiteral("2025-05-12"));
    QCOMPARE(article.byline, QStringLiteral("Aurelio Santamar\u00eda"));
    QVERIFY(article.text.startsWith(QStringLiteral("The extension to the Dunmore public library")));
}

void TestPlainTextImport::seedArticles()
{
    // Real saved articles from ../shared (other people's text: read here, never copied into the project).
    const QDir seeds(QStringLiteral(GLOSS_SHARED_DIR "/corpus/seeds"));
    if (!seeds.exists())
        QSKIP("../shared/corpus/seeds is not there");
    const ArticleImporter importer;
    Messages messages;
    const QStringList files = ArticleImporter::collectFiles({seeds.path()}, &messages);
    QVERIFY(files.size() >= 4);
    const ImportBatch batch = importer.read(files);
    QCOMPARE(batch.articles.size(), files.size());
    for (const Article &article : batch.articles) {
        QVERIFY(!article.title.isEmpty());
        QVERIFY(article.text.size() > 1000);
        for (const char *line : {"\nAdvertisement\n", "\nSource link", "\nRead Entire Article", "\nLeave a Reply"})
            QVERIFY2(!QString(QLatin1Char('\n') + article.text + QLatin1Char('\n')).contains(QLatin1String(line)), line);
        QVERIFY(!article.text.startsWith(QLatin1Char('\n')));
        QVERIFY(!article.text.endsWith(QLatin1Char('\n')));
    }
    const auto withDate
        = std::count_if(batch.articles.cbegin(), batch.articles.cend(), [](const Article &a) { return a.published == QLatin1String("2024-06-08"); });
    QCOMPARE(withDate, 1);
    const auto withByline = std::count_if(batch.articles.cbegin(), batch.articles.cend(), [](const Article &a) { return !a.byline.isEmpty(); });
    QVERIFY(withByline >= 2);
}

QTEST_GUILESS_MAIN(TestPlainTextImport)
#include "tst_plaintextimport.moc"
