#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QList>
#include <QTextCharFormat>

class QTimer;

#include <functional>
#include <vector>

namespace Gloss::Ui
{

/// Colours the claim cues of the article in the reader (quotations, attribution phrases, figures,
/// money, percentages, dates) with Gloss's cue definition (Gloss::Cues::cueDefinition()).
///
/// It never makes a pass over the whole document: only the blocks (paragraphs) in the range the
/// reader reports as visible are highlighted at once, and a margin around them as soon as the
/// event loop is idle; each block once per theme and text. Blocks scrolled into view are
/// highlighted when the reader reports the new range. This is safe because the cue definition
/// keeps no state from one line to the next.
///
/// The highlighter does not follow edits of the document by itself (the reader is read-only and
/// replaces its whole text): call documentReplaced() after setting a new text.
///
/// Annotations and suggestions (later layers) are laid over the cues through an OverlayProvider,
/// consulted for every highlighted block with the block's document position and length.
class CueHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    /// A format laid over part of a block; \a start is relative to the block's first character.
    struct OverlaySpan {
        int start = 0;
        int length = 0;
        QTextCharFormat format; ///< merged over the cue format underneath (QTextFormat::merge)
    };
    /// Returns the spans to lay over the block that starts at document position \a position and has
    /// \a length characters (without its paragraph separator). Called on the GUI thread, only for
    /// blocks being highlighted, so it should look its spans up in an index keyed by offset.
    using OverlayProvider = std::function<QList<OverlaySpan>(int position, int length)>;

    /// Blocks highlighted before and after the visible range once idle, so a short scroll shows colours at once.
    static constexpr int MarginBlocks = 12;

    /// Highlights \a document, which must be empty now or be followed by documentReplaced().
    explicit CueHighlighter(QTextDocument *document);

    /// Sets what is laid over the cues (nullptr: nothing) and highlights the visible blocks again.
    void setOverlayProvider(OverlayProvider provider);
    /// Highlights the visible blocks again, e.g. after the overlay's data changed.
    void refreshVisibleBlocks();
    /// The overlay changed within document positions [\a from, \a to): the blocks there are highlighted
    /// again now when they are in the range kept highlighted, else when they next come into view.
    void refreshRange(int from, int to);

    /// The reader shows blocks \a firstBlock to \a lastBlock (block numbers): highlights those not done
    /// yet now, and the margin around them when the event loop is next idle.
    void setVisibleBlocks(int firstBlock, int lastBlock);
    /// Forgets what was highlighted; call when the document's text is replaced.
    void documentReplaced();
    /// Text was appended to the document from block \a firstBlock on: those blocks are highlighted again.
    void textAppended(int firstBlock);

    /// Sets the theme and highlights the visible blocks with it (others when they come into view).
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// How many blocks were highlighted since the last documentReplaced() (for tests and measurements).
    int highlightedBlockCount() const { return m_highlightedCount; }
    /// Whether block number \a block currently carries highlighting.
    bool isBlockHighlighted(int block) const;

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void highlightPending();
    void highlightMargins();
    void layOver(const OverlaySpan &span, int blockLength);

    std::vector<bool> m_done; ///< per block number: highlighted with the current theme and overlay
    int m_first = 0; ///< the range to keep highlighted now
    int m_last = -1;
    int m_visibleFirst = 0; ///< the range the reader shows
    int m_visibleLast = -1;
    QTimer *m_marginTimer = nullptr;
    int m_highlightedCount = 0;
    OverlayProvider m_overlay;
};

} // namespace Gloss::Ui
