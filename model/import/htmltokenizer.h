#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Gloss
{

/// One piece of an HTML document as HtmlTokenizer cuts it.
struct HtmlToken {
    enum class Type { Text, StartTag, EndTag, Comment, Doctype };

    Type type = Type::Text;
    QString name; ///< tag name in lower case (tags only)
    QList<std::pair<QString, QString>> attributes; ///< names in lower case, values with entities decoded
    bool selfClosing = false; ///< written as <tag/>
    QString text; ///< Text: entities decoded, except the raw content of script and style

    /// The value of attribute \a name, or a null string when the tag has none.
    QString attribute(QStringView attributeName) const;
    bool hasAttribute(QStringView attributeName) const;
};

/// A tolerant HTML tokenizer: tags, text, comments, with the raw-text rules for script and style,
/// and character references decoded. It never builds a tree, runs a script or loads a resource; it
/// accepts whatever real pages hold (unclosed tags, stray '<', unquoted attributes) without failing.
class HtmlTokenizer final
{
public:
    explicit HtmlTokenizer(QStringView html);

    /// Reads the next token into \a token; false at the end of the document.
    bool next(HtmlToken *token);

    /// Decodes character references: named ones (the HTML 4 set: &amp; &nbsp; &eacute; &mdash; ...),
    /// decimal and hexadecimal ones (&#8217; &#x2019;). Unknown names stay as written; invalid code
    /// points become U+FFFD, and 128-159 are read as Windows-1252, as browsers do.
    static QString decodeEntities(QStringView text);

private:
    bool readTag(HtmlToken *token);

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; ///< after <script>, <style> ...: the end tag that closes the raw text
    bool m_rawTextDecoded = false; ///< the raw text is RCDATA (title, textarea): entities count
};

} // namespace Gloss
