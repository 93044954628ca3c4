#pragma once

#include <QString>
#include <QStringView>

/// Small text helpers shared by the article parsers.
namespace Gloss::ImportText
{

/// True when \a text is empty or only white space.
bool isBlank(QStringView text);

/// \a text without leading and trailing blank lines (white space inside the kept lines stays).
QStringView trimBlankLines(QStringView text);

/// A title for an article that has none: its first non-blank line, shortened at a word boundary
/// to at most \a maxLength characters with an ellipsis.
QString fallbackTitle(QStringView text, qsizetype maxLength = 100);

/// True when \a text is a single http(s) URL and nothing else.
bool isUrl(QStringView text);

/// Collapses runs of white space to one space and trims: for titles, names and other one-line fields.
QString simplified(QStringView text);

} // namespace Gloss::ImportText
