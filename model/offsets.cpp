#include "offsets.h"

#include <algorithm>

namespace Gloss
{

Offsets::Offsets(const QString &text) : m_utf16Length(int(text.size()))
{
    const QChar *data = text.constData();
    for (int i = 0; i + 1 < m_utf16Length; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate()) {
            m_pairs.append(i);
            ++i;
        }
    }
}

int Offsets::toCodePoint(int utf16) const
{
    if (utf16 < 0 || utf16 > m_utf16Length)
        return -1;
    // k pairs start before utf16; if the last of them starts at utf16 - 1, utf16 splits it.
    const auto k = int(std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16) - m_pairs.cbegin());
    if (k > 0 && m_pairs.at(k - 1) == utf16 - 1)
        return utf16 - 1 - (k - 1);
    return utf16 - k;
}

int Offsets::toUtf16(int codePoint) const
{
    if (codePoint < 0 || codePoint > codePointLength())
        return -1;
    // Pair j starts at code point m_pairs[j] - j, an increasing sequence; every pair that starts
    // before the wanted code point adds one code unit.
    int low = 0;
    int high = int(m_pairs.size());
    while (low < high) {
        const int middle = (low + high) / 2;
        if (m_pairs.at(middle) - middle < codePoint)
            low = middle + 1;
        else
            high = middle;
    }
    return codePoint + low;
}

bool Offsets::isBoundary(int utf16) const
{
    if (utf16 < 0 || utf16 > m_utf16Length)
        return false;
    return !std::binary_search(m_pairs.cbegin(), m_pairs.cend(), utf16 - 1);
}

int Offsets::utf16ToCodePoint(const QString &text, int utf16)
{
    if (utf16 < 0 || utf16 > text.size())
        return -1;
    int codePoint = 0;
    for (int i = 0; i < utf16; ++i, ++codePoint) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    // Stepping over a pair can overshoot by one when utf16 splits that pair.
    return codePoint - (utf16 > 0 && text.at(utf16 - 1).isHighSurrogate() && utf16 < text.size() && text.at(utf16).isLowSurrogate() ? 1 : 0);
}

int Offsets::codePointToUtf16(const QString &text, int codePoint)
{
    if (codePoint < 0)
        return -1;
    int utf16 = 0;
    for (int counted = 0; counted < codePoint; ++counted) {
        if (utf16 >= text.size())
            return -1;
        if (text.at(utf16).isHighSurrogate() && utf16 + 1 < text.size() && text.at(utf16 + 1).isLowSurrogate())
            utf16 += 2;
        else
            utf16 += 1;
    }
    return utf16;
}

} // namespace Gloss
