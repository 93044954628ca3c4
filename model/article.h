#pragma once

#include <QList>
#include <QString>

namespace Gloss
{

/// One news article as Gloss keeps it. The text is immutable once imported: offsets of
/// annotations index it in UTF-16 code units (what QString indexes).
struct Article {
    QString id; ///< stable content hash of the text, see idForText()
    QString title;
    QString outlet; ///< the outlet or source that published it
    QString byline;
    QString published; ///< ISO 8601 date ("2024-06-08") or date-time; empty when unknown
    QString url;
    QString language; ///< BCP 47 tag such as "en"; empty when unknown
    QString text;
    QString sourcePath; ///< the file it was imported from, for messages; may be empty

    /// The id an article with this text gets: the first 16 hex digits of the SHA-256 of its UTF-8 text.
    /// Importing the same text twice yields the same id, so it is not duplicated.
    static QString idForText(const QString &text);
};

/// What the article list needs of an article, without its text.
struct ArticleSummary {
    qint64 rowId = 0;
    QString id;
    QString title;
    QString outlet;
    QString published;
    int length = 0; ///< characters (UTF-16 code units) of the text
};

} // namespace Gloss
