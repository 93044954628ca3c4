#pragma once

#include "article.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Gloss
{

class BoilerplateFilter;

/// Reads a plain-text (.txt) or Markdown (.md) article the way people save them from the web.
///
/// The head of the file (its first non-blank lines, up to HeaderLines) gives the fields:
/// - the headline: the first line that is not one of the lines below (for Markdown without its '#');
/// - a date line ("June 8, 2024", "2024-06-08", "Sat, Jun 8, 2024 10:30 AM", see DateParser);
/// - a byline ("By Jane Doe", "By Jane Doe and John Roe | June 8, 2024", "Author: Jane Doe");
/// - "Source: X", "Outlet: X", "Publisher: X", "Published by: X" for the outlet;
/// - a line that is only a URL (or "URL: ...", "Link: ...") for the address.
/// Those lines (and boilerplate among them) are taken out; the text starts at the first other line.
/// When no "By" line was found, an upper-case name opening the text ("JANE DOE: Some text") gives the
/// byline (the text keeps it), and so does a lone "By NAME" line closing the text (taken out).
/// Boilerplate lines (BoilerplateFilter) are dropped anywhere, with the blank line that separated
/// them, so paragraphs stay one blank line apart. Everything else is kept exactly as in the file,
/// without leading and trailing blank lines. A file of one line takes it as title and text. Markdown loses its markup first (MarkdownText), and its
/// front matter fills the fields it names.
class PlainTextParser final
{
public:
    /// How many non-blank lines at the start are searched for the headline, date, byline and source.
    static constexpr int HeaderLines = 8;
    /// A first line longer than this is a paragraph, not a headline; the title then comes from the text.
    static constexpr int MaxHeadlineLength = 300;

    enum class Flavour { PlainText, Markdown };

    explicit PlainTextParser(const BoilerplateFilter &boilerplate);

    /// The article in \a text (already decoded, LF line endings). Without any article text, returns
    /// nothing and sets \a error to the reason. The id and source path are left to the caller.
    std::optional<Article> parse(const QString &text, Flavour flavour, QString *error) const;

    /// The names of a byline line ("By Jane Doe and John Roe" -> "Jane Doe and John Roe"); empty when
    /// \a line is not a byline. A date after a separator ("By Jane Doe | June 8, 2024") is not part of it.
    static QString bylineFromLine(QStringView line);
    /// The upper-case name opening \a line ("JANE DOE: The talks..." -> "JANE DOE"), or empty.
    static QString speakerFromLine(QStringView line);

private:
    const BoilerplateFilter &m_boilerplate;
};

} // namespace Gloss
