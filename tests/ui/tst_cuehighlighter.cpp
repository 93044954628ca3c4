// The cue highlighter colours only what the reader shows: no pass over a long article, blocks
// highlighted as they scroll into view, overlays laid over the cues, themes applied to what is shown.
#include "cues/cuerepository.h"
#include "reader/cuehighlighter.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Gloss;
using namespace Gloss::Ui;

namespace
{
// Paragraphs separated by blank lines, each with cues: an attribution, a figure, a percentage.
QString longText(int paragraphs)
{
    QString text;
    text.reserve(paragraphs * 120);
    for (int i = 0; i < paragraphs; ++i) {
        if (i > 0)
            text += QStringLiteral("\n\n");
        text += QStringLiteral("Paragraph %1: the harbour master said that 1,200 boats and 40 percent of the fleet stayed in port.").arg(i);
    }
    return text;
}

bool hasFormats(const QTextBlock &block)
{
    return block.layout() && !block.layout()->formats().isEmpty();
}
} // namespace

class TestCueHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void definitionIsLoaded();
    void highlightsOnlyVisibleBlocks();
    void highlightsBlocksScrolledIntoView();
    void longTextArrivesInSteps();
    void newTextStartsOver();
    void overlayIsLaidOverCues();
    void themeChangeRecoloursVisibleBlocks();

private:
    std::unique_ptr<ReaderPane> m_pane;
};

void TestCueHighlighter::initTestCase()
{
    QVERIFY2(Cues::cueDefinition().isValid(), "resources/syntax/gloss-cues.xml is compiled in");
}

void TestCueHighlighter::init()
{
    m_pane = std::make_unique<ReaderPane>();
    m_pane->resize(900, 700);
    m_pane->setTheme(Cues::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestCueHighlighter::cleanup()
{
    m_pane.reset();
}

void TestCueHighlighter::definitionIsLoaded()
{
    QCOMPARE(m_pane->highlighter()->definition().name(), QString::fromLatin1(Cues::DefinitionName));
}

void TestCueHighlighter::highlightsOnlyVisibleBlocks()
{
    Article article;
    article.text = longText(20000); // about 2 MB, 39,999 blocks
    m_pane->showArticle(article);
    ReaderView *view = m_pane->view();
    const QPair<int, int> visible = view->visibleBlocks();
    QCOMPARE(visible.first, 0);
    QVERIFY(visible.second > 3);
    QVERIFY(visible.second < 200);
    CueHighlighter *highlighter = m_pane->highlighter();
    QVERIFY2(highlighter->highlightedBlockCount() <= visible.second + 1 + CueHighlighter::MarginBlocks,
        qPrintable(QString::number(highlighter->highlightedBlockCount())));
    const QTextBlock first = view->document()->firstBlock();
    QVERIFY(highlighter->isBlockHighlighted(0));
    QVERIFY2(hasFormats(first), "the first paragraph's cues are coloured");
    const QTextBlock far = view->document()->findBlockByNumber(30000);
    QVERIFY(!highlighter->isBlockHighlighted(30000));
    QVERIFY(!hasFormats(far));
    // Once idle, the margin below the screen is highlighted too, so a short scroll shows colours at once.
    const int below = view->visibleBlocks().second + CueHighlighter::MarginBlocks / 2;
    QTRY_VERIFY(highlighter->isBlockHighlighted(below));
    QVERIFY(!highlighter->isBlockHighlighted(view->visibleBlocks().second + 4 * CueHighlighter::MarginBlocks));
}

void TestCueHighlighter::highlightsBlocksScrolledIntoView()
{
    Article article;
    article.text = longText(20000);
    m_pane->showArticle(article);
    ReaderView *view = m_pane->view();
    view->finishLoading();
    CueHighlighter *highlighter = m_pane->highlighter();
    const int before = highlighter->highlightedBlockCount();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    const int last = view->document()->blockCount() - 1;
    QCOMPARE(view->visibleBlocks().second, last);
    QVERIFY(highlighter->isBlockHighlighted(last));
    QVERIFY(hasFormats(view->document()->lastBlock()));
    QVERIFY(highlighter->highlightedBlockCount() - before < 200);
    // What scrolled out keeps its colours; the middle was never touched.
    QVERIFY(highlighter->isBlockHighlighted(0));
    QVERIFY(!highlighter->isBlockHighlighted(20000));
}

void TestCueHighlighter::longTextArrivesInSteps()
{
    Article article;
    article.text = longText(60000); // about 6 MB
    QVERIFY(article.text.size() > ReaderView::FirstStepChars + ReaderView::LoadStepChars);
    m_pane->showArticle(article);
    ReaderView *view = m_pane->view();
    QVERIFY(!view->isFullyLoaded());
    QVERIFY(view->document()->characterCount() - 1 < article.text.size());
    QVERIFY(hasFormats(view->document()->firstBlock()));
    QTRY_VERIFY_WITH_TIMEOUT(view->isFullyLoaded(), 20000);
    QCOMPARE(view->toPlainText(), article.text);
    QCOMPARE(view->document()->blockCount(), 2 * 60000 - 1);
    // A paragraph at the end is highlighted once it comes into view.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QVERIFY(m_pane->highlighter()->isBlockHighlighted(view->document()->blockCount() - 1));
    QVERIFY(hasFormats(view->document()->lastBlock()));
    // Selecting far ahead of what is loaded loads the rest first.
    m_pane->showArticle(article);
    QVERIFY(!view->isFullyLoaded());
    const int near = int(article.text.lastIndexOf(QStringLiteral("harbour master")));
    view->selectRange(near, 14);
    QVERIFY(view->isFullyLoaded());
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("harbour master"));
}

void TestCueHighlighter::newTextStartsOver()
{
    Article longArticle;
    longArticle.text = longText(500);
    m_pane->showArticle(longArticle);
    Article shortArticle;
    shortArticle.text = QStringLiteral("\"We are ready,\" the mayor said on Tuesday.");
    m_pane->showArticle(shortArticle);
    QCOMPARE(m_pane->view()->document()->blockCount(), 1);
    QCOMPARE(m_pane->highlighter()->highlightedBlockCount(), 1);
    QVERIFY(hasFormats(m_pane->view()->document()->firstBlock()));
}

void TestCueHighlighter::overlayIsLaidOverCues()
{
    const QColor mark(0xff, 0xee, 0x88);
    QList<int> asked;
    m_pane->highlighter()->setOverlayProvider([&](int position, int length) {
        asked.append(position);
        QTextCharFormat format;
        format.setBackground(mark);
        return QList<CueHighlighter::OverlaySpan>{{0, std::min(9, length), format}};
    });
    Article article;
    article.text = longText(3000);
    asked.clear(); // the empty document before was asked for too
    m_pane->showArticle(article);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(asked.first(), 0);
    QCOMPARE(asked.size(), m_pane->highlighter()->highlightedBlockCount());
    const QTextBlock second = m_pane->view()->document()->findBlockByNumber(2);
    QCOMPARE(asked.at(2), second.position()); // document positions: the offsets annotations use
    const QList<QTextLayout::FormatRange> formats = second.layout()->formats();
    bool overlaid = false;
    bool cueKept = false;
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start == 0 && range.format.background().color() == mark)
            overlaid = true;
        if (range.start >= 9 && range.format.foreground().style() != Qt::NoBrush)
            cueKept = true;
    }
    QVERIFY(overlaid);
    QVERIFY(cueKept);
    m_pane->highlighter()->setOverlayProvider(nullptr);
}

void TestCueHighlighter::themeChangeRecoloursVisibleBlocks()
{
    Article article;
    article.text = longText(20000);
    m_pane->showArticle(article);
    const QTextBlock first = m_pane->view()->document()->firstBlock();
    const auto colours = [&first] {
        QList<QRgb> list;
        for (const QTextLayout::FormatRange &range : first.layout()->formats())
            list.append(range.format.foreground().color().rgb());
        return list;
    };
    const QList<QRgb> light = colours();
    const int before = m_pane->highlighter()->highlightedBlockCount();
    m_pane->setTheme(Cues::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme));
    QVERIFY(colours() != light);
    QVERIFY2(m_pane->highlighter()->highlightedBlockCount() - before < 200, "only the visible blocks are highlighted again");
}

QTEST_MAIN(TestCueHighlighter)
#include "tst_cuehighlighter.moc"
