#pragma once

#include "article.h"
#include "message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Gloss
{

/// Reads articles from JSON (.json: one article object, an array of them, or {"articles": [...]})
/// and JSON Lines (.jsonl: one article object per line).
///
/// Field names accepted, first present wins:
/// - title: title, headline
/// - outlet: outlet, source, publisher, site_name, siteName (a string, or an object with a "name")
/// - byline: byline, author, authors, creator (a string, an object with a "name", or an array of
///   either, joined with ", ")
/// - published: published, date, published_at, publishedAt, datePublished, pubDate, publish_date
///   (a date string, see DateParser, or a Unix time in seconds or milliseconds)
/// - url: url, link, canonical_url; language: language, lang, inLanguage
/// - text: text, body, content, articleBody (a string, or an array of paragraph strings). Text that
///   is HTML (it holds </p> or <br>) is turned into plain text as for .html files.
/// An article without text is reported (Warning) and skipped; one without a title gets its first line.
class JsonArticleParser final
{
public:
    /// The articles of a .json document. Malformed JSON is an Error naming the parse error and where.
    static QList<Article> parseJson(const QString &text, const QString &file, Messages *messages);

    /// The articles of a .jsonl document. A malformed line is a Warning naming its line number; the
    /// other lines still load.
    static QList<Article> parseJsonLines(const QString &text, const QString &file, Messages *messages);

    /// One article object. Without text returns nothing and sets \a problem; a date that is not
    /// understood is left empty and described in \a notice.
    static std::optional<Article> fromObject(const QJsonObject &object, QString *problem, QString *notice);
};

} // namespace Gloss
