#include "paragraphindex.h"

#include <algorithm>

namespace Gloss::Ui
{

void ParagraphIndex::build(const QString &text)
{
    m_paragraphBlocks.clear();
    int block = 0;
    bool blank = true;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            if (!blank)
                m_paragraphBlocks.push_back(block);
            ++block;
            blank = true;
        } else if (blank && !c.isSpace()) {
            blank = false;
        }
    }
    if (!blank)
        m_paragraphBlocks.push_back(block);
}

int ParagraphIndex::paragraphAtOrBefore(int block) const
{
    return int(std::upper_bound(m_paragraphBlocks.cbegin(), m_paragraphBlocks.cend(), block) - m_paragraphBlocks.cbegin());
}

int ParagraphIndex::paragraphAtOrAfter(int block) const
{
    return int(std::lower_bound(m_paragraphBlocks.cbegin(), m_paragraphBlocks.cend(), block) - m_paragraphBlocks.cbegin()) + 1;
}

} // namespace Gloss::Ui
