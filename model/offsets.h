#pragma once

#include <QList>
#include <QString>

namespace Gloss
{

/// Converts offsets into one text between UTF-16 code units (what QString indexes, what Gloss stores)
/// and Unicode code points (what W3C, brat, REFI-QDA and CoNLL count). The one place where Gloss
/// crosses that boundary: exporters and importers convert through here.
///
/// A surrogate pair is one code point; a lone surrogate counts as one code point too (as QString::toUcs4
/// turns it into one U+FFFD). Construct once per text and convert many offsets: each conversion is a
/// binary search over the text's astral characters, O(1) for text without any.
class Offsets final
{
public:
    Offsets() = default;
    explicit Offsets(const QString &text);

    /// Length of the text in UTF-16 code units.
    int utf16Length() const { return m_utf16Length; }
    /// Length of the text in code points.
    int codePointLength() const { return m_utf16Length - int(m_pairs.size()); }
    /// True when the text has astral characters, so the two ways of counting differ.
    bool hasAstral() const { return !m_pairs.isEmpty(); }

    /// The code point offset of UTF-16 offset \a utf16 (0 to utf16Length()). An offset between the two
    /// halves of a surrogate pair maps to the code point of the pair. Returns -1 when out of range.
    int toCodePoint(int utf16) const;
    /// The UTF-16 offset of code point offset \a codePoint (0 to codePointLength()); -1 when out of range.
    int toUtf16(int codePoint) const;
    /// True when \a utf16 is in range and does not fall between the two halves of a surrogate pair.
    bool isBoundary(int utf16) const;

    /// One-shot conversions for a single offset; prefer an Offsets object for many offsets in one text.
    static int utf16ToCodePoint(const QString &text, int utf16);
    static int codePointToUtf16(const QString &text, int codePoint);

private:
    QList<int> m_pairs; ///< UTF-16 offsets of the high surrogate of every surrogate pair, ascending
    int m_utf16Length = 0;
};

} // namespace Gloss
