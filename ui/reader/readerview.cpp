#include "readerview.h"

#include "readingfont.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace Gloss::Ui
{

ReaderView::ReaderView(QWidget *parent) : QPlainTextEdit(parent), m_loadTimer(new QTimer(this)), m_baseFont(ReadingFont::body())
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

    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, &ReaderView::loadStep);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::reportVisibleBlocks);
}

void ReaderView::setArticleText(const QString &text)
{
    m_loadTimer->stop();
    m_text = text;
    m_loaded = loadEnd(0, FirstStepChars);
    // Straight into the document: QPlainTextEdit::setPlainText also applies a character format over
    // the whole text, which a long article should not pay for.
    document()->setPlainText(m_loaded == m_text.size() ? m_text : m_text.left(m_loaded));
    verticalScrollBar()->setValue(0);
    m_reported = {-1, -1};
    // Highlight what will show before the cursor or the paint lay it out, so it is laid out once.
    const QPair<int, int> coming = estimatedVisibleBlocks();
    Q_EMIT blocksAboutToShow(coming.first, coming.second);
    setTextCursor(QTextCursor(document()));
    reportVisibleBlocks();
    if (!isFullyLoaded())
        m_loadTimer->start();
}

int ReaderView::loadEnd(int from, int chars) const
{
    // Steps end before a line break, so every block but the last of a step is complete.
    if (m_text.size() - from <= chars)
        return int(m_text.size());
    const qsizetype lineBreak = m_text.lastIndexOf(QLatin1Char('\n'), from + chars);
    return lineBreak > from ? int(lineBreak) : from + chars;
}

void ReaderView::loadStep()
{
    if (isFullyLoaded())
        return;
    const int from = int(m_loaded);
    const int end = loadEnd(from, LoadStepChars);
    const int lastBlock = document()->blockCount() - 1;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_text).sliced(from, end - from).toString());
    m_loaded = end;
    Q_EMIT textAppended(lastBlock);
    if (!isFullyLoaded())
        m_loadTimer->start();
    reportVisibleBlocks();
}

void ReaderView::finishLoading()
{
    while (!isFullyLoaded())
        loadStep();
    m_loadTimer->stop();
}

void ReaderView::selectRange(int start, int length)
{
    if (start + length > m_loaded)
        finishLoading();
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

QPair<int, int> ReaderView::estimatedVisibleBlocks() const
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return {-1, -1};
    const int first = block.blockNumber();
    const QFontMetrics metrics = fontMetrics();
    const int charsPerLine = std::max(20, m_columnWidth > 0 ? m_columnWidth / std::max(1, metrics.averageCharWidth()) : ReadingColumnChars);
    // A quarter more lines than fit, as wrapping and a partly shown first block are not known yet.
    int lines = int(std::ceil(viewport()->height() / std::max(1.0, qreal(metrics.lineSpacing())) * 1.25)) + 1;
    int last = first;
    while (block.isValid() && lines > 0) {
        last = block.blockNumber();
        lines -= std::max(1, (block.length() - 1 + charsPerLine - 1) / charsPerLine);
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
    const QPair<int, int> coming = estimatedVisibleBlocks();
    if (coming.first >= 0)
        Q_EMIT blocksAboutToShow(coming.first, coming.second);
    const QPair<int, int> blocks = visibleBlocks();
    if (blocks == m_reported || blocks.first < 0)
        return;
    m_reported = blocks;
    Q_EMIT visibleBlocksChanged(blocks.first, blocks.second);
}

} // namespace Gloss::Ui
