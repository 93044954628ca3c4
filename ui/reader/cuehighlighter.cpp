#include "cuehighlighter.h"

#include "cues/cuerepository.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

namespace Gloss::Ui
{

CueHighlighter::CueHighlighter(QTextDocument *document) : KSyntaxHighlighting::SyntaxHighlighter(document), m_marginTimer(new QTimer(this))
{
    m_marginTimer->setSingleShot(true);
    m_marginTimer->setInterval(0);
    connect(m_marginTimer, &QTimer::timeout, this, &CueHighlighter::highlightMargins);
    // QSyntaxHighlighter re-highlights every changed block when the document's contents change;
    // for a 5 MB article that is a pass over the whole text. The reader replaces its text as a whole
    // and tells us (documentReplaced), so the automatic pass is switched off.
    disconnect(document, &QTextDocument::contentsChange, this, nullptr);
    setDefinition(Cues::cueDefinition());
}

void CueHighlighter::setOverlayProvider(OverlayProvider provider)
{
    m_overlay = std::move(provider);
    refreshVisibleBlocks();
}

void CueHighlighter::refreshVisibleBlocks()
{
    std::fill(m_done.begin(), m_done.end(), false);
    highlightPending();
    if (m_visibleLast >= m_visibleFirst)
        m_marginTimer->start();
}

void CueHighlighter::refreshRange(int from, int to)
{
    QTextDocument *doc = document();
    if (!doc || to < from || from >= doc->characterCount())
        return;
    if (m_done.size() != size_t(doc->blockCount()))
        m_done.resize(size_t(doc->blockCount()), false);
    QTextBlock block = doc->findBlock(std::max(0, from));
    const QTextBlock last = doc->findBlock(std::max(from, to - 1));
    for (; block.isValid(); block = block.next()) {
        const int number = block.blockNumber();
        m_done[size_t(number)] = false;
        if (number >= m_first && number <= m_last)
            rehighlightBlock(block);
        if (!last.isValid() || number >= last.blockNumber())
            break;
    }
}

void CueHighlighter::setVisibleBlocks(int firstBlock, int lastBlock)
{
    m_visibleFirst = firstBlock;
    m_visibleLast = lastBlock;
    // What is on screen now, before it is painted; the margin after the paint.
    m_first = std::max(0, firstBlock);
    m_last = lastBlock;
    highlightPending();
    m_marginTimer->start();
}

void CueHighlighter::highlightMargins()
{
    m_first = std::max(0, m_visibleFirst - MarginBlocks);
    m_last = m_visibleLast + MarginBlocks;
    highlightPending();
}

void CueHighlighter::documentReplaced()
{
    m_marginTimer->stop();
    m_done.assign(size_t(document() ? document()->blockCount() : 0), false);
    m_first = m_visibleFirst = 0;
    m_last = m_visibleLast = -1;
    m_highlightedCount = 0;
}

void CueHighlighter::textAppended(int firstBlock)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    m_done.resize(size_t(doc->blockCount()), false);
    for (size_t block = size_t(std::max(0, firstBlock)); block < m_done.size(); ++block)
        m_done[block] = false;
    highlightPending();
}

void CueHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
    // Not rehighlight(): that is a pass over the whole document. Blocks outside the visible range
    // keep their old colours only until they scroll into view, when they are highlighted again.
    refreshVisibleBlocks();
}

bool CueHighlighter::isBlockHighlighted(int block) const
{
    return block >= 0 && size_t(block) < m_done.size() && m_done[size_t(block)];
}

void CueHighlighter::highlightPending()
{
    QTextDocument *doc = document();
    if (!doc || m_last < m_first)
        return;
    if (m_done.size() != size_t(doc->blockCount()))
        m_done.resize(size_t(doc->blockCount()), false);
    const int last = std::min(m_last, doc->blockCount() - 1);
    QTextBlock block = doc->findBlockByNumber(m_first);
    for (int number = m_first; number <= last && block.isValid(); ++number, block = block.next()) {
        if (!m_done[size_t(number)])
            rehighlightBlock(block);
    }
}

void CueHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    if (number < m_first || number > m_last || size_t(number) >= m_done.size()) {
        // Outside the range (a full rehighlight() or KSyntaxHighlighting's follow-up of the next
        // block): leave it plain; it is highlighted when it comes into view.
        if (number >= 0 && size_t(number) < m_done.size())
            m_done[size_t(number)] = false;
        return;
    }
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (m_overlay) {
        const QList<OverlaySpan> spans = m_overlay(currentBlock().position(), int(text.size()));
        for (const OverlaySpan &span : spans)
            layOver(span, int(text.size()));
    }
    m_done[size_t(number)] = true;
    ++m_highlightedCount;
}

void CueHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    // Plain text keeps the reader's palette (kept in step with the theme): fewer format ranges to lay out.
    if (format.isDefaultTextStyle(theme()))
        return;
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
}

void CueHighlighter::layOver(const OverlaySpan &span, int blockLength)
{
    const int start = std::max(0, span.start);
    const int end = std::min(blockLength, span.start + span.length);
    // Merge run by run so the cue colours underneath stay where the overlay does not override them.
    int runStart = start;
    while (runStart < end) {
        const QTextCharFormat under = format(runStart);
        int runEnd = runStart + 1;
        while (runEnd < end && format(runEnd) == under)
            ++runEnd;
        QTextCharFormat merged = under;
        merged.merge(span.format);
        setFormat(runStart, runEnd - runStart, merged);
        runStart = runEnd;
    }
}

} // namespace Gloss::Ui
