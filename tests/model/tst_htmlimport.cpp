#include "import/articleimporter.h"
#include "import/htmlarticleparser.h"
#include "import/htmltokenizer.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

// HTML pages: the tokenizer, character references, which text is kept, and the metadata of
// the pages under tests/data/import/html.
class TestHtmlImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entities_data();
    void entities();
    void tokenizerAttributes();
    void text_data();
    void text();
    void metadata_data();
    void metadata();
    void bridgePage();
    void minimalPage();
    void linkedDataPage();
    void localReferencesAreNotRead();
    void pageWithoutText();
    void legacyCharsetPage();
};

namespace
{
QString dataFile(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA_DIR "/import/html/") + name;
}

ImportBatch readFile(const QString &name)
{
    return ArticleImporter().readFile(dataFile(name));
}
} // namespace

void TestHtmlImport::entities_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("amp") << QStringLiteral("Fish &amp; chips") << QStringLiteral("Fish & chips");
    QTest::newRow("markup characters") << QStringLiteral("&lt;b&gt; &quot;q&quot; &apos;a&apos;") << QStringLiteral("<b> \"q\" 'a'");
    QTest::newRow("typography") << QStringLiteral("&ldquo;x&rdquo; &lsquo;y&rsquo; &ndash; &mdash; &hellip;")
                                << QStringLiteral("\u201cx\u201d \u2018y\u2019 \u2013 \u2014 \u2026");
    QTest::newRow("latin1 names") << QStringLiteral("caf&eacute; &Eacute;t&eacute; &uuml;ber &szlig; &nbsp;|")
                                  << QStringLiteral("caf\u00e9 \u00c9t\u00e9 \u00fcber \u00df \u00a0|");
    QTest::newRow("currency") << QStringLiteral("&pound;5 &euro;6 &yen;7") << QStringLiteral("\u00a35 \u20ac6 \u00a57");
    QTest::newRow("decimal") << QStringLiteral("&#169; &#8217;") << QStringLiteral("\u00a9 \u2019");
    QTest::newRow("hexadecimal") << QStringLiteral("&#xA9; &#X2019;") << QStringLiteral("\u00a9 \u2019");
    QTest::newRow("astral") << QStringLiteral("&#x1F600;&#128512;") << QStringLiteral("\U0001F600\U0001F600");
    QTest::newRow("windows-1252 range") << QStringLiteral("&#150; &#147;q&#148;") << QStringLiteral("\u2013 \u201cq\u201d");
    QTest::newRow("invalid code points") << QStringLiteral("&#0;&#xD800;&#x110000;&#99999999999;") << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD");
    QTest::newRow("unknown name kept") << QStringLiteral("&madeup; &;") << QStringLiteral("&madeup; &;");
    QTest::newRow("bare ampersand") << QStringLiteral("AT&T & co") << QStringLiteral("AT&T & co");
    QTest::newRow("legacy without semicolon") << QStringLiteral("&amp &copy2025") << QStringLiteral("& \u00a92025");
    QTest::newRow("other names need semicolon") << QStringLiteral("&eacute") << QStringLiteral("&eacute");
    QTest::newRow("number without digits") << QStringLiteral("&#; &#x;") << QStringLiteral("&#; &#x;");
}

void TestHtmlImport::entities()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlTokenizer::decodeEntities(html), text);
}

void TestHtmlImport::tokenizerAttributes()
{
    HtmlTokenizer tokenizer(QStringLiteral("<META Property=og:title CONTENT='A &amp; B' data-x = \"1\" hidden><br/><p>t</p>"));
    HtmlToken token;
    QVERIFY(tokenizer.next(&token));
    QCOMPARE(token.type, HtmlToken::Type::StartTag);
    QCOMPARE(token.name, QStringLiteral("meta"));
    QCOMPARE(token.attribute(u"property"), QStringLiteral("og:title"));
    QCOMPARE(token.attribute(u"content"), QStringLiteral("A & B"));
    QCOMPARE(token.attribute(u"data-x"), QStringLiteral("1"));
    QVERIFY(token.hasAttribute(u"hidden"));
    QVERIFY(token.attribute(u"hidden").isEmpty() && !token.attribute(u"hidden").isNull());
    QVERIFY(token.attribute(u"missing").isNull());
    QVERIFY(tokenizer.next(&token));
    QCOMPARE(token.name, QStringLiteral("br"));
    QVERIFY(token.selfClosing);
    QVERIFY(tokenizer.next(&token));
    QCOMPARE(token.name, QStringLiteral("p"));
    QVERIFY(tokenizer.next(&token));
    QCOMPARE(token.type, HtmlToken::Type::Text);
    QCOMPARE(token.text, QStringLiteral("t"));
    QVERIFY(tokenizer.next(&token));
    QCOMPARE(token.type, HtmlToken::Type::EndTag);
    QVERIFY(!tokenizer.next(&token));

    // A truncated document ends without hanging or failing.
    HtmlTokenizer truncated(QStringLiteral("<p class=\"never closed"));
    int tokens = 0;
    while (truncated.next(&token) && tokens < 10)
        ++tokens;
    QCOMPARE(tokens, 1);
}

void TestHtmlImport::text_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << QStringLiteral("<p>One</p><p>Two</p>") << QStringLiteral("One\n\nTwo");
    QTest::newRow("white space collapses") << QStringLiteral("<p>  a \n\t b  </p>") << QStringLiteral("a b");
    QTest::newRow("inline tags join") << QStringLiteral("<p>Hel<b>lo</b> world</p>") << QStringLiteral("Hello world");
    QTest::newRow("nested inline") << QStringLiteral("<p><a href='x'><em>deep <strong>nest</strong></em></a>ed</p>") << QStringLiteral("deep nested");
    QTest::newRow("nested blocks") << QStringLiteral("<div><div><p>a</p><div>b<p>c</p>d</div></div></div>") << QStringLiteral("a\n\nb\n\nc\n\nd");
    QTest::newRow("line breaks") << QStringLiteral("<p>a<br>b<br/>c</p>") << QStringLiteral("a\n\nb\n\nc");
    QTest::newRow("headings and lists") << QStringLiteral("<h2>Sub</h2><ul><li>x</li><li>y</li></ul>") << QStringLiteral("Sub\n\nx\n\ny");
    QTest::newRow("preformatted") << QStringLiteral("<pre>  x\n  y</pre>") << QStringLiteral("  x\n  y");
    QTest::newRow("script and style") << QStringLiteral("<p>a</p><script>b()</script><style>p{}</style><p>d</p>") << QStringLiteral("a\n\nd");
    QTest::newRow("markup inside script") << QStringLiteral("<script>if (a < b) document.write('<p>x</p>');</script><p>ok</p>") << QStringLiteral("ok");
    QTest::newRow("end tag text inside script") << QStringLiteral("<script>s = '</scripts>';</script><p>ok</p>") << QStringLiteral("ok");
    QTest::newRow("upper case tags") << QStringLiteral("<P>One<BR>Two</P>") << QStringLiteral("One\n\nTwo");
    QTest::newRow("stray less-than") << QStringLiteral("<p>3 < 4 and 5 > 2</p>") << QStringLiteral("3 < 4 and 5 > 2");
    QTest::newRow("comment") << QStringLiteral("<p>a<!-- hidden <p>no</p> -->b</p>") << QStringLiteral("ab");
    QTest::newRow("unclosed comment") << QStringLiteral("<p>a</p><!-- never closed <p>b</p>") << QStringLiteral("a");
    QTest::newRow("table cells") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") << QStringLiteral("a b\n\nc");
    QTest::newRow("remote image") << QStringLiteral("<p>see <img src='https://x.example/y.png' alt='ALT'> this</p>") << QStringLiteral("see this");
    QTest::newRow("hidden parts") << QStringLiteral(
        "<nav>n</nav><header>h</header><p>k</p><aside>a</aside><form>f</form><footer>f</footer><figure>g<figcaption>c</figcaption></figure>")
                                  << QStringLiteral("k");
    QTest::newRow("svg and iframe") << QStringLiteral("<p>k</p><svg><text>s</text><path/></svg><iframe src='https://x.example'>i</iframe><p>l</p>")
                                    << QStringLiteral("k\n\nl");
    QTest::newRow("stray end tag") << QStringLiteral("<p>a</span>b</p>") << QStringLiteral("ab");
    QTest::newRow("entities") << QStringLiteral("<p>Fish &amp; chips &ndash; &pound;5</p>") << QStringLiteral("Fish & chips \u2013 \u00a35");
    QTest::newRow("main over body") << QStringLiteral("<body><p>outside</p><main><p>inside</p></main></body>") << QStringLiteral("inside");
    QTest::newRow("longest article") << QStringLiteral("<article><p>short</p></article><article><p>much longer text here</p></article>")
                                     << QStringLiteral("much longer text here");
    const QString longText = QStringLiteral("word ").repeated(120).trimmed();
    QTest::newRow("teaser article ignored") << QStringLiteral("<body><article><p>Short teaser</p></article><p>") + longText + QStringLiteral("</p></body>")
                                            << QStringLiteral("Short teaser\n\n") + longText;
    QTest::newRow("doctype and processing instruction") << QStringLiteral("<!DOCTYPE html><?xml version='1.0'?><p>x</p>") << QStringLiteral("x");
}

void TestHtmlImport::text()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlArticleParser::textOf(html), text);
}

void TestHtmlImport::metadata_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QString p = QStringLiteral("<p>Body text.</p>");
    QTest::newRow("og:title over title") << QStringLiteral("<title>T1</title><meta property='og:title' content='T2'>") << p << QStringLiteral("title")
                                         << QStringLiteral("T2");
    QTest::newRow("title element") << QStringLiteral("<title>  Plain \n title </title>") << p << QStringLiteral("title") << QStringLiteral("Plain title");
    QTest::newRow("first h1") << QString() << QStringLiteral("<h1>First <em>heading</em></h1><h1>Second</h1>") + p << QStringLiteral("title")
                              << QStringLiteral("First heading");
    QTest::newRow("published_time") << QStringLiteral("<meta property='article:published_time' content='2025-02-03T04:05:06Z'>") << p
                                    << QStringLiteral("published") << QStringLiteral("2025-02-03T04:05:06Z");
    QTest::newRow("og:published_time") << QStringLiteral("<meta property='og:published_time' content='2025-02-03'>") << p << QStringLiteral("published")
                                       << QStringLiteral("2025-02-03");
    QTest::newRow("itemprop datePublished") << QStringLiteral("<meta itemprop='datePublished' content='2025-02-03'>") << p << QStringLiteral("published")
                                            << QStringLiteral("2025-02-03");
    QTest::newRow("name=date") << QStringLiteral("<meta name='date' content='February 3, 2025'>") << p << QStringLiteral("published")
                               << QStringLiteral("2025-02-03");
    QTest::newRow("time element") << QString() << QStringLiteral("<time datetime='2025-02-03T10:00:00+01:00'>Monday</time>") + p << QStringLiteral("published")
                                  << QStringLiteral("2025-02-03T10:00:00+01:00");
    QTest::newRow("unreadable date skipped") << QStringLiteral("<meta name='date' content='yesterday'>")
                                             << QStringLiteral("<time datetime='2025-02-04'>x</time>") + p << QStringLiteral("published")
                                             << QStringLiteral("2025-02-04");
    QTest::newRow("og:site_name") << QStringLiteral("<meta property='og:site_name' content='Site'>") << p << QStringLiteral("outlet") << QStringLiteral("Site");
    QTest::newRow("application-name") << QStringLiteral("<meta name='application-name' content='App'>") << p << QStringLiteral("outlet")
                                      << QStringLiteral("App");
    QTest::newRow("publisher url is not an outlet") << QStringLiteral("<meta property='article:publisher' content='https://facebook.example/site'>") << p
                                                    << QStringLiteral("outlet") << QString();
    QTest::newRow("meta author") << QStringLiteral("<meta name='author' content='Ada Byrne'>") << p << QStringLiteral("byline") << QStringLiteral("Ada Byrne");
    QTest::newRow("byl strips By") << QStringLiteral("<meta name='byl' content='By Ada Byrne'>") << p << QStringLiteral("byline")
                                   << QStringLiteral("Ada Byrne");
    QTest::newRow("rel=author links") << QString()
                                      << QStringLiteral("<a rel='author' href='/a'>Ada Byrne</a> and <a href='/b' rel='nofollow author'>Ben Ito</a>") + p
                                      << QStringLiteral("byline") << QStringLiteral("Ada Byrne, Ben Ito");
    QTest::newRow("og:url") << QStringLiteral("<meta property='og:url' content='https://a.example/x'><link rel='canonical' href='https://a.example/y'>") << p
                            << QStringLiteral("url") << QStringLiteral("https://a.example/x");
    QTest::newRow("canonical") << QStringLiteral("<link rel='canonical' href='https://a.example/y'>") << p << QStringLiteral("url")
                               << QStringLiteral("https://a.example/y");
    QTest::newRow("og:locale") << QStringLiteral("<meta property='og:locale' content='pt_BR'>") << p << QStringLiteral("language") << QStringLiteral("pt-BR");
}

void TestHtmlImport::metadata()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QString error;
    const std::optional<Article> article
        = HtmlArticleParser::parse(QStringLiteral("<html><head>") + head + QStringLiteral("</head><body>") + body + QStringLiteral("</body></html>"), &error);
    QVERIFY2(article, qPrintable(error));
    const QHash<QString, QString> fields
        = {{QStringLiteral("title"), article->title}, {QStringLiteral("published"), article->published}, {QStringLiteral("outlet"), article->outlet},
            {QStringLiteral("byline"), article->byline}, {QStringLiteral("url"), article->url}, {QStringLiteral("language"), article->language}};
    QCOMPARE(fields.value(field), expected);
    QVERIFY(article->text.endsWith(QStringLiteral("Body text.")));
}

void TestHtmlImport::bridgePage()
{
    const ImportBatch batch = readFile(QStringLiteral("bridge.html"));
    QVERIFY(batch.messages.isEmpty());
    QCOMPARE(batch.articles.size(), 1);
    const Article &article = batch.articles.first();
    QCOMPARE(article.title, QStringLiteral("Footbridge over the Carrow reopens after \"two long years\""));
    QCOMPARE(article.outlet, QStringLiteral("The Carrow Ledger"));
    QCOMPARE(article.url, QStringLiteral("https://ledger.example/2025/06/footbridge"));
    QCOMPARE(article.published, QStringLiteral("2025-06-02T07:30:00+01:00"));
    QCOMPARE(article.byline, QStringLiteral("Marguerite Olsen"));
    QCOMPARE(article.language, QStringLiteral("en-GB"));
    QCOMPARE(article.text,
        QStringLiteral("The Carrow footbridge reopened to walkers on Monday, two years after inspectors found corroded cables, the city\u2019s engineers "
                       "said.\n\nThe repair cost \u00a33.1\u00a0million \u2013 about 40% more than the 2023 estimate \u2014 and was paid for by the city & "
                       "the canal trust.\n\n\u201cIt feels like the town has its spine back,\u201d said a shop owner.\n\nOpen from 6am\n\nClosed to "
                       "bicycles\n\nLine one\n\nLine two"));
    for (const char *hidden :
        {"SCRIPT", "STYLE", "NAV", "HEADER", "IMAGE", "CAPTION", "ASIDE", "NOSCRIPT", "IFRAME", "SVG", "FORM", "BUTTON", "FOOTER", "FAKE", "https://", "fetch"})
        QVERIFY2(!article.text.contains(QLatin1String(hidden)), hidden);
    QCOMPARE(article.id, Article::idForText(article.text));
}

void TestHtmlImport::minimalPage()
{
    const ImportBatch batch = readFile(QStringLiteral("minimal.htm"));
    QCOMPARE(batch.articles.size(), 1);
    const Article &article = batch.articles.first();
    QCOMPARE(article.title, QStringLiteral("Ferry timetable changes & fares"));
    QCOMPARE(article.published, QStringLiteral("2025-06-20"));
    QVERIFY(article.outlet.isEmpty());
    QVERIFY(article.language.isEmpty());
    QCOMPARE(article.text,
        QStringLiteral("From July the first ferry leaves at 6:40, twenty minutes earlier than now.\n\nFares stay the same until September. 20 June\n\n"
                       "Unclosed bold and italic"));
}

void TestHtmlImport::linkedDataPage()
{
    const ImportBatch batch = readFile(QStringLiteral("jsonld.html"));
    QCOMPARE(batch.articles.size(), 1);
    const Article &article = batch.articles.first();
    QCOMPARE(article.title, QStringLiteral("Grain silo fire contained"));
    QCOMPARE(article.published, QStringLiteral("2025-08-14T21:05:00Z"));
    QCOMPARE(article.byline, QStringLiteral("Kofi Mensah, Lena Vos"));
    QCOMPARE(article.outlet, QStringLiteral("Fenland Wire"));
    QCOMPARE(article.text, QStringLiteral("Firefighters contained a fire in a grain silo near Holt Fen late on Thursday.\n\nThe cause is not yet known."));
}

void TestHtmlImport::localReferencesAreNotRead()
{
    const ImportBatch batch = readFile(QStringLiteral("local-refs.html"));
    QCOMPARE(batch.articles.size(), 1);
    QCOMPARE(batch.articles.first().text, QStringLiteral("Only this paragraph belongs to the article."));
    QVERIFY(QFileInfo::exists(dataFile(QStringLiteral("secret.html"))));
}

void TestHtmlImport::pageWithoutText()
{
    QString error;
    QVERIFY(!HtmlArticleParser::parse(QStringLiteral("<html><head><title>T</title><script>x()</script></head><body><nav>menu</nav></body></html>"), &error));
    QVERIFY(error.contains(QStringLiteral("no article text")));
}

void TestHtmlImport::legacyCharsetPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.htm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Caf\xe9 prices</title></head>"
               "<body><p>A caf\xe9 cr\xe8me costs \x80"
               "3 \x96 up from \x80"
               "2.50, the \x93new\x94 owner said.</p></body></html>");
    file.close();
    const ImportBatch batch = ArticleImporter().readFile(path);
    QVERIFY(batch.messages.isEmpty());
    QCOMPARE(batch.articles.size(), 1);
    QCOMPARE(batch.articles.first().title, QStringLiteral("Caf\u00e9 prices"));
    QCOMPARE(batch.articles.first().text, QStringLiteral("A caf\u00e9 cr\u00e8me costs \u20ac3 \u2013 up from \u20ac2.50, the \u201cnew\u201d owner said."));
}

QTEST_GUILESS_MAIN(TestHtmlImport)
#include "tst_htmlimport.moc"
