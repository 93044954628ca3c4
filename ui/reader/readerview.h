#pragma once

#include <QPlainTextEdit>

class QTimer;

namespace Gloss::Ui
{

/// The body of the article being read: a read-only plain-text view laid out lazily (only what is
/// shown), so a 5 MB article opens as fast as a short one.
///
/// The text is set as a whole (setArticleText); document positions equal UTF-16 offsets of the
/// article text, the offsets annotations use. A long text goes into the document in steps: the
/// first FirstStepChars at once, the rest appended from the event loop, so the first screen does
/// not wait for the whole text. Lines are kept to a comfortable reading width and centred; the font
/// follows the zoom step. The view reports which blocks are about to be shown (blocksAboutToShow,
/// estimated before any layout) and which are on screen (visibleBlocksChanged), so the highlighter
/// colours only those, and before they are laid out.
class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// Characters per line the text column aims at.
    static constexpr int ReadingColumnChars = 76;
    static constexpr int MinZoomStep = -6;
    static constexpr int MaxZoomStep = 24;
    /// Characters put into the document at once when a text is set; the rest follows in LoadStepChars steps.
    static constexpr int FirstStepChars = 64 * 1024;
    static constexpr int LoadStepChars = 256 * 1024;

    explicit ReaderView(QWidget *parent = nullptr);

    /// Shows \a text from its start, cursor at the top.
    void setArticleText(const QString &text);
    /// The text shown, exactly as stored (for finding).
    const QString &articleText() const { return m_text; }
    /// Whether the whole text is in the document yet.
    bool isFullyLoaded() const { return m_loaded >= m_text.size(); }
    /// Puts the rest of the text into the document now.
    void finishLoading();

    /// Selects [\a start, \a start + \a length) of the article text and scrolls it to the centre.
    void selectRange(int start, int length);

    /// Zoom in font steps (points) over the base reading font; 0 is the default size.
    int zoomStep() const { return m_zoomStep; }
    void setZoomStep(int step);
    void zoomIn() { setZoomStep(m_zoomStep + 1); }
    void zoomOut() { setZoomStep(m_zoomStep - 1); }
    void resetZoom() { setZoomStep(0); }

    /// The first and last block numbers at least partly on screen (lays those blocks out).
    QPair<int, int> visibleBlocks() const;
    /// The blocks that will fill the screen, estimated from their lengths without laying them out.
    QPair<int, int> estimatedVisibleBlocks() const;
    /// The rectangle of the text column in widget coordinates (for aligning the header with it).
    int textColumnLeft() const;
    int textColumnWidth() const;

Q_SIGNALS:
    void zoomStepChanged(int step);
    /// Blocks \a firstBlock to \a lastBlock are about to be laid out and shown (an estimate).
    void blocksAboutToShow(int firstBlock, int lastBlock);
    /// Text was appended from block \a firstBlock on (the blocks from there on are new or longer).
    void textAppended(int firstBlock); /// The blocks on screen changed (scroll, resize, zoom, new text).
    void visibleBlocksChanged(int firstBlock, int lastBlock);
    /// The text column moved or changed width.
    void textColumnChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFont();
    void updateTextColumn();
    void reportVisibleBlocks();
    void loadStep();
    int loadEnd(int from, int chars) const;

    QString m_text;
    qsizetype m_loaded = 0; ///< characters of m_text in the document
    QTimer *m_loadTimer = nullptr;
    QFont m_baseFont;
    int m_zoomStep = 0;
    int m_columnLeft = 0;
    int m_columnWidth = 0;
    QPair<int, int> m_reported{-1, -1};
    bool m_updatingColumn = false;
};

} // namespace Gloss::Ui
