#pragma once

#include <QString>

#include <vector>

namespace Gloss::Ui
{

/// Which lines of an article are paragraphs (not blank), for telling the reader where they are:
/// "paragraph 5 of 12". Lines are the reader's blocks, so block numbers index them.
class ParagraphIndex final
{
public:
    /// Indexes \a text (lines separated by '\n').
    void build(const QString &text);

    int paragraphCount() const { return int(m_paragraphBlocks.size()); }
    /// The 1-based number of the paragraph at or before block \a block; 0 before the first paragraph.
    int paragraphAtOrBefore(int block) const;
    /// The 1-based number of the paragraph at or after block \a block; paragraphCount() + 1 past the last.
    int paragraphAtOrAfter(int block) const;

private:
    std::vector<int> m_paragraphBlocks; ///< block numbers of the non-blank lines, ascending
};

} // namespace Gloss::Ui
