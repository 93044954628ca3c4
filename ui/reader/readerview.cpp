#include "readerview.h"

#include "readingfont.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QWheelEvent>

namespace Gloss::Ui
{

ReaderView::ReaderView(QWidget *parent) : QPlainTextEdit(parent), m_baseFont(ReadingFont::body())
{
    setObjectName(QStringLiteral("readerView"));
    setReadOnly(true);
    // Keyboard selection gives a caret, so an analyst can select with the keyboard at once.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setCenterOnScroll(false);
    setAutoFillBackground(true); // the margins around the text column take the page colour too
    document()->setDocumentMargin(ReadingFont::documentMargin());
    applyFont();

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::reportVisibleBlocks);
}

void ReaderView::setArticleText(const QString &text)
{
    m_text = text;
    // Straight into the document: QPlainTextEdit::setPlainText also applies a character format over
    // the whole text, which a 5 MB article should not pay for.
    document()->setPlainText(text);
    QTextCursor start(document());
    setTextCursor(start);
    verticalScrollBar()->setValue(0);
    m_reported = {-1, -1};
    reportVisibleBlocks();
}

void ReaderView::selectRange(int start, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(start, 0, int(m_text.size())));
    cursor.setPosition(std::clamp(start + length, 0, int(m_text.size())), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    reportVisibleBlocks();
}

void ReaderView::setZoomStep(int step)
{
    step = std::clamp(step, MinZoomStep, MaxZoomStep);
    if (step == m_zoomStep)
        return;
    m_zoomStep = step;
    applyFont();
    Q_EMIT zoomStepChanged(m_zoomStep);
}

void ReaderView::applyFont()
{
    QFont font = m_baseFont;
    font.setPointSizeF(std::max(6.0, m_baseFont.pointSizeF() + m_zoomStep));
    setFont(font);
    updateTextColumn();
    reportVisibleBlocks();
}

QPair<int, int> ReaderView::visibleBlocks() const
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return {-1, -1};
    const int first = block.blockNumber();
    int last = first;
    const QPointF offset = contentOffset();
    const qreal height = viewport()->height();
    while (block.isValid()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        if (rect.top() > height)
            break;
        last = block.blockNumber();
        block = block.next();
    }
    return {first, last};
}

int ReaderView::textColumnLeft() const
{
    return m_columnLeft;
}

int ReaderView::textColumnWidth() const
{
    return m_columnWidth;
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateTextColumn();
    reportVisibleBlocks();
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoomStep(m_zoomStep + steps);
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

void ReaderView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateTextColumn();
}

void ReaderView::updateTextColumn()
{
    if (m_updatingColumn)
        return;
    m_updatingColumn = true;
    const int margin = int(document()->documentMargin());
    const int wanted = fontMetrics().averageCharWidth() * ReadingColumnChars + 2 * margin;
    const int scrollBarWidth = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int available = width() - scrollBarWidth;
    const int side = std::max(0, (available - wanted) / 2);
    if (viewportMargins() != QMargins(side, 0, side, 0))
        setViewportMargins(side, 0, side, 0);
    const int left = side + margin;
    const int columnWidth = std::max(0, available - 2 * side - 2 * margin);
    m_updatingColumn = false;
    if (left != m_columnLeft || columnWidth != m_columnWidth) {
        m_columnLeft = left;
        m_columnWidth = columnWidth;
        Q_EMIT textColumnChanged();
    }
}

void ReaderView::reportVisibleBlocks()
{
    const QPair<int, int> blocks = visibleBlocks();
    if (blocks == m_reported || blocks.first < 0)
        return;
    m_reported = blocks;
    Q_EMIT visibleBlocksChanged(blocks.first, blocks.second);
}

} // namespace Gloss::Ui
