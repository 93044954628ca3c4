#include "import/articleimporter.h"
#include "import/jsonarticleparser.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Gloss;

// JSON and JSON Lines articles: field names, nesting, bad documents and bad lines.
class TestJsonImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fieldNames_data();
    void fieldNames();
    void arrayFile();
    void wrappedFile();
    void singleObjectFile();
    void jsonLinesFile();
    void malformedJson();
    void malformedJsonLines();
    void notArticles_data();
    void notArticles();
};

namespace
{
QString dataFile(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA_DIR "/import/json/") + name;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

bool hasMessage(const Messages &messages, Message::Severity severity, const QString &fragment)
{
    return std::any_of(messages.cbegin(), messages.cend(), [&](const Message &m) { return m.severity == severity && m.text.contains(fragment); });
}

QString describe(const Messages &messages)
{
    QStringList lines;
    for (const Message &message : messages)
        lines.append(message.toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TestJsonImport::fieldNames_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("title") << QByteArray(R"({"title": " A  title ", "text": "t"})") << QStringLiteral("title") << QStringLiteral("A title");
    QTest::newRow("headline") << QByteArray(R"({"headline": "H", "text": "t"})") << QStringLiteral("title") << QStringLiteral("H");
    QTest::newRow("outlet") << QByteArray(R"({"outlet": "O", "text": "t"})") << QStringLiteral("outlet") << QStringLiteral("O");
    QTest::newRow("source string") << QByteArray(R"({"source": "S", "text": "t"})") << QStringLiteral("outlet") << QStringLiteral("S");
    QTest::newRow("source object") << QByteArray(R"({"source": {"id": "s", "name": "Source Name"}, "text": "t"})") << QStringLiteral("outlet")
                                   << QStringLiteral("Source Name");
    QTest::newRow("publisher") << QByteArray(R"({"publisher": {"name": "P"}, "text": "t"})") << QStringLiteral("outlet") << QStringLiteral("P");
    QTest::newRow("site_name") << QByteArray(R"({"site_name": "N", "text": "t"})") << QStringLiteral("outlet") << QStringLiteral("N");
    QTest::newRow("byline") << QByteArray(R"({"byline": "B", "text": "t"})") << QStringLiteral("byline") << QStringLiteral("B");
    QTest::newRow("author object") << QByteArray(R"({"author": {"name": "A"}, "text": "t"})") << QStringLiteral("byline") << QStringLiteral("A");
    QTest::newRow("authors array") << QByteArray(R"({"authors": ["A", "B", {"name": "C"}], "text": "t"})") << QStringLiteral("byline")
                                   << QStringLiteral("A, B, C");
    QTest::newRow("published") << QByteArray(R"({"published": "2025-01-02", "text": "t"})") << QStringLiteral("published") << QStringLiteral("2025-01-02");
    QTest::newRow("date human") << QByteArray(R"({"date": "Jan 2, 2025", "text": "t"})") << QStringLiteral("published") << QStringLiteral("2025-01-02");
    QTest::newRow("published_at") << QByteArray(R"({"published_at": "2025-01-02T03:04:05Z", "text": "t"})") << QStringLiteral("published")
                                  << QStringLiteral("2025-01-02T03:04:05Z");
    QTest::newRow("publishedAt") << QByteArray(R"({"publishedAt": "2025-01-02T03:04:05+02:00", "text": "t"})") << QStringLiteral("published")
                                 << QStringLiteral("2025-01-02T03:04:05+02:00");
    QTest::newRow("datePublished") << QByteArray(R"({"datePublished": "2025-01-02", "text": "t"})") << QStringLiteral("published")
                                   << QStringLiteral("2025-01-02");
    QTest::newRow("unix seconds") << QByteArray(R"({"date": 1736935200, "text": "t"})") << QStringLiteral("published")
                                  << QStringLiteral("2025-01-15T10:00:00Z");
    QTest::newRow("unix milliseconds") << QByteArray(R"({"date": 1736935200000, "text": "t"})") << QStringLiteral("published")
                                       << QStringLiteral("2025-01-15T10:00:00Z");
    QTest::newRow("date not understood") << QByteArray(R"({"date": "someday", "text": "t"})") << QStringLiteral("published") << QStringLiteral("");
    QTest::newRow("url") << QByteArray(R"({"url": "https://a.example", "text": "t"})") << QStringLiteral("url") << QStringLiteral("https://a.example");
    QTest::newRow("link") << QByteArray(R"({"link": "https://b.example", "text": "t"})") << QStringLiteral("url") << QStringLiteral("https://b.example");
    QTest::newRow("language") << QByteArray(R"({"language": "de", "text": "t"})") << QStringLiteral("language") << QStringLiteral("de");
    QTest::newRow("lang") << QByteArray(R"({"lang": "fr", "text": "t"})") << QStringLiteral("language") << QStringLiteral("fr");
    QTest::newRow("text") << QByteArray(R"({"text": "\n\nOne.\r\n\r\nTwo.\n"})") << QStringLiteral("text") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("body") << QByteArray(R"({"body": "B"})") << QStringLiteral("text") << QStringLiteral("B");
    QTest::newRow("content") << QByteArray(R"({"content": "C"})") << QStringLiteral("text") << QStringLiteral("C");
    QTest::newRow("paragraph array") << QByteArray(R"({"text": ["One.", "", "Two."]})") << QStringLiteral("text") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("html text") << QByteArray(R"({"content": "<p>One &amp; two.</p><script>x()</script><p>Three.</p>"})") << QStringLiteral("text")
                               << QStringLiteral("One & two.\n\nThree.");
    QTest::newRow("title from text") << QByteArray(R"({"text": "First line here.\nSecond line."})") << QStringLiteral("title")
                                     << QStringLiteral("First line here.");
    QTest::newRow("first name wins") << QByteArray(R"({"title": "T1", "headline": "T2", "text": "t"})") << QStringLiteral("title") << QStringLiteral("T1");
}

void TestJsonImport::fieldNames()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QString problem, notice;
    const std::optional<Article> article = JsonArticleParser::fromObject(object(json.constData()), &problem, &notice);
    QVERIFY2(article, qPrintable(problem));
    const QHash<QString, QString> fields = {{QStringLiteral("title"), article->title}, {QStringLiteral("outlet"), article->outlet},
        {QStringLiteral("byline"), article->byline}, {QStringLiteral("published"), article->published}, {QStringLiteral("url"), article->url},
        {QStringLiteral("language"), article->language}, {QStringLiteral("text"), article->text}};
    QCOMPARE(fields.value(field), expected);
    if (QByteArray(QTest::currentDataTag()) == "date not understood")
        QVERIFY(notice.contains(QStringLiteral("someday")));
    else
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
}

void TestJsonImport::arrayFile()
{
    const ImportBatch batch = ArticleImporter().readFile(dataFile(QStringLiteral("articles.json")));
    QCOMPARE(batch.articles.size(), 3);
    QCOMPARE(batch.messages.size(), 1);
    QCOMPARE(batch.messages.first().severity, Message::Severity::Warning);
    QCOMPARE(batch.messages.first().file, dataFile(QStringLiteral("articles.json")));
    QVERIFY2(batch.messages.first().text.contains(QStringLiteral("article 3")) && batch.messages.first().text.contains(QStringLiteral("no text")),
        qPrintable(batch.messages.first().text));

    const Article &tram = batch.articles.at(0);
    QCOMPARE(tram.title, QStringLiteral("Tram depot strike enters third day"));
    QCOMPARE(tram.outlet, QStringLiteral("Metro Bulletin"));
    QCOMPARE(tram.byline, QStringLiteral("Joana Ferreira, Dev Malhotra"));
    QCOMPARE(tram.published, QStringLiteral("2025-01-15T09:00:00Z"));
    QCOMPARE(tram.url, QStringLiteral("https://bulletin.example/tram-strike"));
    QCOMPARE(tram.language, QStringLiteral("en"));
    QCOMPARE(tram.text,
        QStringLiteral("Drivers at the Eastgate tram depot stayed out for a third day on Wednesday.\n\nThe union said 212 members had joined the strike."));

    const Article &reservoir = batch.articles.at(1);
    QCOMPARE(reservoir.outlet, QStringLiteral("Upland Times"));
    QCOMPARE(reservoir.byline, QStringLiteral("Harriet Cole"));
    QCOMPARE(reservoir.published, QStringLiteral("2025-03-03"));
    QCOMPARE(reservoir.text, QStringLiteral("Reservoir levels in the upland catchment rose to 78% after a wet February.\n\nHosepipe limits stay in place."));

    const Article &note = batch.articles.at(2);
    QCOMPARE(note.title, QStringLiteral("A note with no title field at all, only text on one line."));
    QCOMPARE(note.published, QStringLiteral("2025-01-15T10:00:00Z"));
    for (const Article &article : batch.articles) {
        QCOMPARE(article.id, Article::idForText(article.text));
        QVERIFY(article.sourcePath.endsWith(QStringLiteral("/import/json/articles.json")));
    }
}

void TestJsonImport::wrappedFile()
{
    const ImportBatch batch = ArticleImporter().readFile(dataFile(QStringLiteral("wrapped.json")));
    QVERIFY2(batch.messages.isEmpty(), qPrintable(describe(batch.messages)));
    QCOMPARE(batch.articles.size(), 1);
    QCOMPARE(batch.articles.first().title, QStringLiteral("Market hall roof repaired"));
    QCOMPARE(batch.articles.first().outlet, QStringLiteral("Borough Post"));
    QCOMPARE(batch.articles.first().byline, QStringLiteral("Sam Whitlock"));
    QCOMPARE(batch.articles.first().published, QStringLiteral("2025-05-05"));
}

void TestJsonImport::singleObjectFile()
{
    const ImportBatch batch = ArticleImporter().readFile(dataFile(QStringLiteral("single.json")));
    QVERIFY2(batch.messages.isEmpty(), qPrintable(describe(batch.messages)));
    QCOMPARE(batch.articles.size(), 1);
    QCOMPARE(batch.articles.first().outlet, QStringLiteral("Coastline News"));
    QCOMPARE(batch.articles.first().published, QStringLiteral("2025-03-07T14:20:00Z"));
}

void TestJsonImport::jsonLinesFile()
{
    const QString file = dataFile(QStringLiteral("feed.jsonl"));
    const ImportBatch batch = ArticleImporter().readFile(file);
    QCOMPARE(batch.articles.size(), 2);
    QCOMPARE(batch.articles.at(0).title, QStringLiteral("Snow closes mountain pass"));
    QCOMPARE(batch.articles.at(1).title, QStringLiteral("Avalanche warning raised"));
    QCOMPARE(batch.articles.at(1).outlet, QStringLiteral("Alpine Daily"));
    QCOMPARE(batch.messages.size(), 3);
    for (const Message &message : batch.messages) {
        QCOMPARE(message.severity, Message::Severity::Warning);
        QCOMPARE(message.file, file);
    }
    QVERIFY2(batch.messages.at(0).text.startsWith(QStringLiteral("line 3 is not valid JSON")), qPrintable(batch.messages.at(0).text));
    QVERIFY2(batch.messages.at(1).text.startsWith(QStringLiteral("line 4: the article")), qPrintable(batch.messages.at(1).text));
    QVERIFY(batch.messages.at(1).text.contains(QStringLiteral("no text")));
    QVERIFY2(batch.messages.at(2).text.startsWith(QStringLiteral("line 5 is not a JSON object")), qPrintable(batch.messages.at(2).text));
}

void TestJsonImport::malformedJson()
{
    const QString file = dataFile(QStringLiteral("broken.json"));
    const ImportBatch batch = ArticleImporter().readFile(file);
    QVERIFY(batch.articles.isEmpty());
    QCOMPARE(batch.messages.size(), 1);
    const Message &message = batch.messages.first();
    QCOMPARE(message.severity, Message::Severity::Error);
    QCOMPARE(message.file, file);
    QVERIFY2(message.text.startsWith(QStringLiteral("is not valid JSON: ")), qPrintable(message.text));
    QVERIFY2(message.text.contains(QStringLiteral("(offset ")), qPrintable(message.text));
    QVERIFY2(message.text.contains(QStringLiteral(" at line ")), qPrintable(message.text));
}

void TestJsonImport::malformedJsonLines()
{
    Messages messages;
    const QString text = QStringLiteral("{\"text\": \"one\"}\n{\"text\": \"two\"\n{\"text\": \"three\"}\n\n{oops}\n{\"text\": \"six\"}");
    const QList<Article> articles = JsonArticleParser::parseJsonLines(text, QStringLiteral("f.jsonl"), &messages);
    QCOMPARE(articles.size(), 3);
    QCOMPARE(articles.at(0).text, QStringLiteral("one"));
    QCOMPARE(articles.at(1).text, QStringLiteral("three"));
    QCOMPARE(articles.at(2).text, QStringLiteral("six"));
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.at(0).text.startsWith(QStringLiteral("line 2 ")));
    QVERIFY(messages.at(1).text.startsWith(QStringLiteral("line 5 ")));
}

void TestJsonImport::notArticles_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("object without text") << QStringLiteral("{\"title\": \"Only a title\"}") << QStringLiteral("the article (\"Only a title\") has no text");
    QTest::newRow("empty array") << QStringLiteral("[]") << QStringLiteral("holds no articles");
    QTest::newRow("array of numbers") << QStringLiteral("[1, 2]") << QStringLiteral("article 1 is not a JSON object");
    QTest::newRow("empty text") << QStringLiteral("[{\"text\": \"  \\n \"}]") << QStringLiteral("article 1 has no text");
}

void TestJsonImport::notArticles()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    Messages messages;
    QVERIFY(JsonArticleParser::parseJson(json, QStringLiteral("x.json"), &messages).isEmpty());
    QVERIFY2(hasMessage(messages, Message::Severity::Warning, message), qPrintable(describe(messages)));
}

QTEST_GUILESS_MAIN(TestJsonImport)
#include "tst_jsonimport.moc"
