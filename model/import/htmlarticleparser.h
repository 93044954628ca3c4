#pragma once

#include "article.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Gloss
{

/// Reads a saved web page (.html/.htm) into an Article, without a browser: HtmlTokenizer cuts the
/// page, nothing is fetched, no script runs.
///
/// Fields, first found wins:
/// - title: og:title, <title>, the first <h1>, the headline of JSON-LD;
/// - published: article:published_time, og:published_time, itemprop/JSON-LD datePublished, meta date,
///   pubdate, dc.date ..., then the first <time datetime> (inside the article first); see DateParser;
/// - outlet: og:site_name, application-name, meta publisher, JSON-LD publisher;
/// - byline: meta author (and byl, parsely-author, dc.creator), links with rel=author, JSON-LD author;
/// - url: og:url, <link rel=canonical>, JSON-LD url; language: <html lang>, content-language, og:locale.
/// JSON-LD (<script type="application/ld+json">) is read as data, never run.
///
/// Text: the <article> with the most text, else <main>, else <body> (an <article> holding less than
/// a quarter of the body's text, and under 500 characters, is taken for a teaser and not used).
/// Left out: script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption,
/// iframe, svg, math, button, select, textarea, canvas, video, audio, object, embed, dialog, and
/// images (no alt text). Block elements (p, div, h1-h6, li, blockquote, pre, tr, br, section ...)
/// end a paragraph; paragraphs are one blank line apart, white space inside them is collapsed as a
/// browser would (except in <pre>). A first paragraph that repeats the title is dropped.
class HtmlArticleParser final
{
public:
    /// The article in \a html. Without any text returns nothing and sets \a error to the reason.
    static std::optional<Article> parse(const QString &html, QString *error);

    /// The text of an HTML fragment (a JSON article whose body is HTML), by the same rules.
    static QString textOf(const QString &html);
};

} // namespace Gloss
