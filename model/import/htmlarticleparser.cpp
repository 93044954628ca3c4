#include "htmlarticleparser.h"

#include "dateparser.h"
#include "htmltokenizer.h"
#include "importtext.h"
#include "textdecoder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Gloss
{

namespace
{
bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

const QSet<QString> &skippedElements()
{
    static const QSet<QString> names = {
        QStringLiteral("script"),
        QStringLiteral("style"),
        QStringLiteral("noscript"),
        QStringLiteral("template"),
        QStringLiteral("nav"),
        QStringLiteral("header"),
        QStringLiteral("footer"),
        QStringLiteral("aside"),
        QStringLiteral("form"),
        QStringLiteral("figure"),
        QStringLiteral("figcaption"),
        QStringLiteral("iframe"),
        QStringLiteral("svg"),
        QStringLiteral("math"),
        QStringLiteral("button"),
        QStringLiteral("select"),
        QStringLiteral("textarea"),
        QStringLiteral("canvas"),
        QStringLiteral("video"),
        QStringLiteral("audio"),
        QStringLiteral("object"),
        QStringLiteral("embed"),
        QStringLiteral("dialog"),
        QStringLiteral("head"),
        QStringLiteral("title"),
        QStringLiteral("noembed"),
        QStringLiteral("noframes"),
        QStringLiteral("map"),
    };
    return names;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> names = {
        QStringLiteral("p"),
        QStringLiteral("div"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("li"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("dl"),
        QStringLiteral("dt"),
        QStringLiteral("dd"),
        QStringLiteral("blockquote"),
        QStringLiteral("pre"),
        QStringLiteral("section"),
        QStringLiteral("article"),
        QStringLiteral("main"),
        QStringLiteral("body"),
        QStringLiteral("br"),
        QStringLiteral("hr"),
        QStringLiteral("table"),
        QStringLiteral("tr"),
        QStringLiteral("caption"),
        QStringLiteral("address"),
        QStringLiteral("center"),
        QStringLiteral("details"),
        QStringLiteral("summary"),
        QStringLiteral("fieldset"),
        QStringLiteral("legend"),
        QStringLiteral("hgroup"),
        QStringLiteral("thead"),
        QStringLiteral("tbody"),
        QStringLiteral("tfoot"),
        QStringLiteral("html"),
    };
    return names;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> names = {
        QStringLiteral("area"),
        QStringLiteral("base"),
        QStringLiteral("br"),
        QStringLiteral("col"),
        QStringLiteral("embed"),
        QStringLiteral("hr"),
        QStringLiteral("img"),
        QStringLiteral("input"),
        QStringLiteral("link"),
        QStringLiteral("meta"),
        QStringLiteral("param"),
        QStringLiteral("source"),
        QStringLiteral("track"),
        QStringLiteral("wbr"),
        QStringLiteral("keygen"),
    };
    return names;
}

// Collects the text of one region of the page as paragraphs.
class TextCollector
{
public:
    void addText(QStringView text, bool preformatted)
    {
        if (preformatted) {
            if (m_pendingSpace && !m_current.isEmpty())
                m_current += QLatin1Char(' ');
            m_pendingSpace = false;
            m_current += text;
            return;
        }
        for (const QChar c : text) {
            if (isHtmlSpace(c)) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !m_current.isEmpty())
                m_current += QLatin1Char(' ');
            m_pendingSpace = false;
            m_current += c;
        }
    }
    void addSpace() { m_pendingSpace = true; }
    void endParagraph()
    {
        m_pendingSpace = false;
        const QStringView trimmed = ImportText::trimBlankLines(m_current);
        if (!trimmed.isEmpty()) {
            m_paragraphs.append(trimmed.toString());
            m_size += trimmed.size();
        }
        m_current.clear();
    }
    QStringList paragraphs()
    {
        endParagraph();
        return m_paragraphs;
    }
    qsizetype size() const { return m_size + m_current.size(); }

private:
    QStringList m_paragraphs;
    QString m_current;
    qsizetype m_size = 0;
    bool m_pendingSpace = false;
};

// What the JSON-LD blocks of a page say about the article.
struct LinkedData {
    QString headline, published, byline, outlet, url, language, articleBody;
};

QString namesOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString().trimmed();
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString name = namesOf(item);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [](const QJsonValue &item) { return isArticleType(item); });
    }
    const QString name = type.toString();
    return name.endsWith(QLatin1String("Article")) || name == QLatin1String("BlogPosting") || name == QLatin1String("Report")
        || name == QLatin1String("LiveBlogPosting");
}

void readLinkedData(const QJsonValue &value, LinkedData *data)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            readLinkedData(item, data);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("@graph")))
        readLinkedData(object.value(QLatin1String("@graph")), data);
    if (!isArticleType(object.value(QLatin1String("@type"))))
        return;
    auto fill = [](QString &field, const QString &found) {
        if (field.isEmpty())
            field = found;
    };
    fill(data->headline, object.value(QLatin1String("headline")).toString().trimmed());
    fill(data->published, object.value(QLatin1String("datePublished")).toString());
    fill(data->byline, namesOf(object.value(QLatin1String("author"))));
    fill(data->outlet, namesOf(object.value(QLatin1String("publisher"))));
    fill(data->url, object.value(QLatin1String("url")).toString());
    if (data->url.isEmpty()) {
        const QJsonValue page = object.value(QLatin1String("mainEntityOfPage"));
        fill(data->url, page.isObject() ? page.toObject().value(QLatin1String("@id")).toString() : page.toString());
    }
    fill(data->language, object.value(QLatin1String("inLanguage")).toString());
    fill(data->articleBody, object.value(QLatin1String("articleBody")).toString());
}

// The page read in one pass.
struct Page {
    QHash<QString, QString> meta; ///< meta property/name/itemprop (lower case) -> content; first wins
    QString titleElement;
    QString firstH1;
    QStringList relAuthors;
    QString canonical;
    QString htmlLang;
    QString firstTime, firstTimeInArticle;
    LinkedData linkedData;
    TextCollector body, main;
    QList<TextCollector> articles;
};

void readPage(const QString &html, Page *page)
{
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    QStringList open; // names of the open non-void elements
    int skipDepth = 0, preDepth = 0, mainDepth = 0, articleDepth = 0;
    int h1Depth = 0, authorLinkDepth = 0;
    bool inTitle = false, inLinkedData = false, h1Done = false;
    qsizetype currentArticle = -1;
    QString h1Text, authorText;

    auto forEachCollector = [&](const auto &action) {
        if (skipDepth > 0)
            return;
        action(page->body);
        if (mainDepth > 0)
            action(page->main);
        if (articleDepth > 0 && currentArticle >= 0)
            action(page->articles[currentArticle]);
    };
    auto closeElement = [&](const QString &name) {
        if (skippedElements().contains(name))
            --skipDepth;
        if (name == QLatin1String("pre"))
            --preDepth;
        if (name == QLatin1String("main"))
            --mainDepth;
        if (name == QLatin1String("article"))
            --articleDepth;
        if (name == QLatin1String("h1") && h1Depth > 0 && --h1Depth == 0)
            h1Done = true;
        if (name == QLatin1String("a") && authorLinkDepth > 0 && --authorLinkDepth == 0) {
            const QString author = ImportText::simplified(authorText);
            if (!author.isEmpty() && !page->relAuthors.contains(author))
                page->relAuthors.append(author);
            authorText.clear();
        }
        if (blockElements().contains(name))
            forEachCollector([](TextCollector &collector) { collector.endParagraph(); });
    };

    while (tokenizer.next(&token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            if (inTitle) {
                page->titleElement += token.text;
            } else if (inLinkedData) {
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(token.text.trimmed().toUtf8(), &error);
                if (error.error == QJsonParseError::NoError)
                    readLinkedData(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &page->linkedData);
            } else {
                if (h1Depth > 0 && !h1Done)
                    h1Text += token.text;
                if (authorLinkDepth > 0)
                    authorText += token.text;
                const bool preformatted = preDepth > 0;
                forEachCollector([&](TextCollector &collector) { collector.addText(token.text, preformatted); });
            }
            break;
        case HtmlToken::Type::StartTag: {
            inTitle = false;
            inLinkedData = false;
            const QString &name = token.name;
            if (name == QLatin1String("meta")) {
                QString key = token.attribute(u"property");
                if (key.isEmpty())
                    key = token.attribute(u"name");
                if (key.isEmpty())
                    key = token.attribute(u"itemprop");
                if (key.isEmpty() && token.attribute(u"http-equiv").compare(QLatin1String("content-language"), Qt::CaseInsensitive) == 0)
                    key = QStringLiteral("content-language");
                const QString content = token.attribute(u"content").trimmed();
                if (!key.isEmpty() && !content.isEmpty()) {
                    key = key.toLower();
                    if (!page->meta.contains(key))
                        page->meta.insert(key, content);
                }
            } else if (name == QLatin1String("link")) {
                const QStringList rel = token.attribute(u"rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (rel.contains(QLatin1String("canonical")) && page->canonical.isEmpty())
                    page->canonical = token.attribute(u"href").trimmed();
            } else if (name == QLatin1String("html")) {
                if (page->htmlLang.isEmpty())
                    page->htmlLang = token.attribute(u"lang").trimmed();
            } else if (name == QLatin1String("title")) {
                inTitle = !token.selfClosing;
            } else if (name == QLatin1String("script")) {
                inLinkedData = token.attribute(u"type").trimmed().compare(QLatin1String("application/ld+json"), Qt::CaseInsensitive) == 0;
            } else if (name == QLatin1String("time")) {
                const QString dateTime = token.attribute(u"datetime").trimmed();
                if (!dateTime.isEmpty()) {
                    if (page->firstTime.isEmpty())
                        page->firstTime = dateTime;
                    if (articleDepth > 0 && page->firstTimeInArticle.isEmpty())
                        page->firstTimeInArticle = dateTime;
                }
            } else if (name == QLatin1String("a") && authorLinkDepth == 0) {
                const QStringList rel = token.attribute(u"rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (rel.contains(QLatin1String("author")) && !token.selfClosing)
                    authorLinkDepth = 1;
            } else if (name == QLatin1String("a") && authorLinkDepth > 0 && !token.selfClosing) {
                ++authorLinkDepth;
            }

            if (blockElements().contains(name))
                forEachCollector([](TextCollector &collector) { collector.endParagraph(); });
            else if (name == QLatin1String("td") || name == QLatin1String("th"))
                forEachCollector([](TextCollector &collector) { collector.addSpace(); });

            if (voidElements().contains(name) || token.selfClosing)
                break;
            open.append(name);
            if (skippedElements().contains(name))
                ++skipDepth;
            if (name == QLatin1String("pre"))
                ++preDepth;
            if (name == QLatin1String("main"))
                ++mainDepth;
            if (name == QLatin1String("h1") && !h1Done)
                ++h1Depth;
            if (name == QLatin1String("article")) {
                // Only outermost articles are candidates; nested ones (comments, quotes) belong to them.
                if (articleDepth == 0 && skipDepth == 0) {
                    page->articles.append(TextCollector());
                    currentArticle = page->articles.size() - 1;
                }
                ++articleDepth;
            }
            break;
        }
        case HtmlToken::Type::EndTag: {
            inTitle = false;
            inLinkedData = false;
            // Close up to the matching open element; an end tag nothing opened is ignored.
            const qsizetype at = open.lastIndexOf(token.name);
            if (at < 0) {
                if (token.name == QLatin1String("br") || token.name == QLatin1String("p"))
                    forEachCollector([](TextCollector &collector) { collector.endParagraph(); });
                break;
            }
            while (open.size() > at) {
                const QString name = open.takeLast();
                closeElement(name);
            }
            break;
        }
        case HtmlToken::Type::Comment:
        case HtmlToken::Type::Doctype:
            break;
        }
    }
    if (h1Depth > 0)
        h1Done = true;
    page->firstH1 = ImportText::simplified(h1Text);
}

QString firstMeta(const Page &page, std::initializer_list<const char *> keys, bool allowUrl = true)
{
    for (const char *key : keys) {
        const QString value = page.meta.value(QLatin1String(key));
        if (!value.isEmpty() && (allowUrl || !ImportText::isUrl(value)))
            return value;
    }
    return {};
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}

QString chooseText(Page &page)
{
    QStringList paragraphs = page.body.paragraphs();
    const qsizetype bodySize = page.body.size();
    qsizetype best = -1;
    for (qsizetype i = 0; i < page.articles.size(); ++i) {
        if (best < 0 || page.articles[i].size() > page.articles[best].size())
            best = i;
    }
    if (best >= 0) {
        const qsizetype size = page.articles[best].size();
        if (size > 0 && (size * 4 >= bodySize || size >= 500))
            return page.articles[best].paragraphs().join(QStringLiteral("\n\n"));
    }
    if (page.main.size() > 0)
        return page.main.paragraphs().join(QStringLiteral("\n\n"));
    return paragraphs.join(QStringLiteral("\n\n"));
}
} // namespace

std::optional<Article> HtmlArticleParser::parse(const QString &html, QString *error)
{
    Page page;
    readPage(html, &page);
    const LinkedData &ld = page.linkedData;

    Article article;
    article.title = ImportText::simplified(firstNonEmpty({firstMeta(page, {"og:title", "twitter:title"}), page.titleElement, page.firstH1, ld.headline}));

    for (const QString &candidate : {firstMeta(page, {"article:published_time", "og:published_time", "datepublished"}), ld.published,
             firstMeta(page,
                 {"date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
                     "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date"}),
             page.firstTimeInArticle, page.firstTime}) {
        article.published = DateParser::normalise(candidate);
        if (!article.published.isEmpty())
            break;
    }

    article.outlet
        = ImportText::simplified(firstNonEmpty({firstMeta(page, {"og:site_name", "application-name", "publisher", "article:publisher"}, false), ld.outlet}));
    QString byline
        = firstNonEmpty({firstMeta(page, {"author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator"}, false),
            page.relAuthors.join(QStringLiteral(", ")), ld.byline});
    if (byline.startsWith(QLatin1String("By "), Qt::CaseInsensitive))
        byline = byline.sliced(3);
    article.byline = ImportText::simplified(byline);
    article.url = firstNonEmpty({firstMeta(page, {"og:url"}), page.canonical, ld.url});
    QString language = firstNonEmpty({page.htmlLang, firstMeta(page, {"content-language", "og:locale", "language"}), ld.language});
    article.language = language.replace(QLatin1Char('_'), QLatin1Char('-'));

    QString text = chooseText(page);
    if (ImportText::isBlank(text) && !ld.articleBody.trimmed().isEmpty()) {
        text = ld.articleBody;
        TextDecoder::normaliseLineEndings(text);
    }
    // The page's own heading usually opens the article; the reader shows the title already.
    if (!article.title.isEmpty()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QStringView first = end < 0 ? QStringView(text) : QStringView(text).left(end);
        if (ImportText::simplified(first).compare(article.title, Qt::CaseInsensitive) == 0
            || (!page.firstH1.isEmpty() && ImportText::simplified(first) == page.firstH1))
            text = end < 0 ? QString() : text.sliced(end + 1);
    }
    article.text = ImportText::trimBlankLines(text).toString();
    if (article.text.isEmpty()) {
        *error = QStringLiteral("has no article text in its page body");
        return std::nullopt;
    }
    if (article.title.isEmpty())
        article.title = ImportText::fallbackTitle(article.text);
    return article;
}

QString HtmlArticleParser::textOf(const QString &html)
{
    Page page;
    readPage(html, &page);
    return ImportText::trimBlankLines(chooseText(page)).toString();
}

} // namespace Gloss
