#pragma once

#include <QPlainTextEdit>

namespace Gloss::Ui
{

/// The body of the article being read: a read-only plain-text view laid out lazily (only what is
/// shown), so a 5 MB article opens as fast as a short one.
///
/// The text is set as a whole (setArticleText); document positions equal UTF-16 offsets of the
/// article text, the offsets annotations use. Lines are kept to a comfortable reading width and
/// centred; the font follows the zoom step. The view reports which blocks are on screen
/// (visibleBlocksChanged) so the highlighter colours only those.
class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// Characters per line the text column aims at.
    static constexpr int ReadingColumnChars = 76;
    static constexpr int MinZoomStep = -6;
    static constexpr int MaxZoomStep = 24;

    explicit ReaderView(QWidget *parent = nullptr);

    /// Shows \a text from its start, cursor at the top.
    void setArticleText(const QString &text);
    /// The text shown, exactly as stored (for finding).
    const QString &articleText() const { return m_text; }

    /// Selects [\a start, \a start + \a length) of the article text and scrolls it to the centre.
    void selectRange(int start, int length);

    /// Zoom in font steps (points) over the base reading font; 0 is the default size.
    int zoomStep() const { return m_zoomStep; }
    void setZoomStep(int step);
    void zoomIn() { setZoomStep(m_zoomStep + 1); }
    void zoomOut() { setZoomStep(m_zoomStep - 1); }
    void resetZoom() { setZoomStep(0); }

    /// The first and last block numbers at least partly on screen.
    QPair<int, int> visibleBlocks() const;
    /// The rectangle of the text column in widget coordinates (for aligning the header with it).
    int textColumnLeft() const;
    int textColumnWidth() const;

Q_SIGNALS:
    void zoomStepChanged(int step);
    /// The blocks on screen changed (scroll, resize, zoom, new text).
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

    QString m_text;
    QFont m_baseFont;
    int m_zoomStep = 0;
    int m_columnLeft = 0;
    int m_columnWidth = 0;
    QPair<int, int> m_reported{-1, -1};
    bool m_updatingColumn = false;
};

} // namespace Gloss::Ui
