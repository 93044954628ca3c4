#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Gloss
{

/// Turns a Markdown article into the plain text Gloss reads and annotates.
///
/// The words stay; the markup that would only be noise in a reader goes:
/// - heading markers ("## Title" -> "Title"), setext underlines and thematic breaks ("---", "***");
/// - emphasis and strike-through markers (*a*, **a**, _a_, __a__, ~~a~~), by CommonMark's flanking
///   rules, so snake_case words and "* " list bullets stay as they are;
/// - links keep their text ("[text](url)" and "[text][ref]" -> "text"), autolinks their address
///   ("<https://x>" -> "https://x"), images go entirely ("![alt](src)"), reference definitions
///   ("[ref]: https://...") and fence lines (```) are dropped, inline code loses its backticks;
/// - block quote markers ("> ") are removed; backslash escapes give the escaped character.
/// List markers ("- ", "1. "), tables and inline HTML are kept as written.
///
/// A YAML front matter block at the start (between "---" lines, as web clippers write it) is read
/// for title, url/source, author(s), published/date, site/publisher and language.
class MarkdownText final
{
public:
    /// Article fields found in a front matter block. Empty when absent.
    struct FrontMatter {
        QString title;
        QString url;
        QString outlet;
        QString byline;
        QString published; ///< as written; normalise with DateParser
        QString language;
    };

    /// When \a text starts with a front matter block, fills \a frontMatter and returns the text after
    /// it; otherwise returns \a text unchanged.
    static QStringView takeFrontMatter(QStringView text, FrontMatter *frontMatter);

    /// The lines of \a text with markup removed. Lines that are pure markup (fences, rules, reference
    /// definitions, setext underlines) come back as null strings so the caller can drop them.
    static QStringList plainLines(QStringView text);

    /// One line with its inline markup removed.
    static QString stripInline(QStringView line);
};

} // namespace Gloss
