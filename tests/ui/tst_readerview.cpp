// The reader's parts: the body view (reading column, offsets, selection, zoom), the paragraph
// index behind the position in the status bar, the header's meta line, the find bar's matching.
#include "reader/articleheader.h"
#include "reader/findbar.h"
#include "reader/paragraphindex.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "status/readingstatus.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Gloss;
using namespace Gloss::Ui;

class TestReaderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readingColumnIsAboutEightyCharacters();
    void narrowWindowUsesTheWholeWidth();
    void documentPositionsAreTextOffsets();
    void selectRangeScrollsToIt();
    void zoomIsBounded();
    void paragraphIndex_data();
    void paragraphIndex();
    void positionText_data();
    void positionText();
    void metaLine_data();
    void metaLine();
    void headerHidesEmptyFields();
    void matchPositions_data();
    void matchPositions();
    void firstOccurrence_data();
    void firstOccurrence();
};

void TestReaderView::readingColumnIsAboutEightyCharacters()
{
    ReaderView view;
    view.resize(1400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setArticleText(QStringLiteral("word ").repeated(2000));
    QTRY_VERIFY(view.verticalScrollBar()->isVisible()); // shown once the layout knows the text is long
    const int charWidth = view.fontMetrics().averageCharWidth();
    QVERIFY2(view.textColumnWidth() >= charWidth * 70 && view.textColumnWidth() <= charWidth * 82, qPrintable(QString::number(view.textColumnWidth())));
    // Centred: the space left of the column is about the space right of it (minus the scroll bar).
    const int right = view.width() - view.textColumnLeft() - view.textColumnWidth() - view.verticalScrollBar()->width();
    QVERIFY2(std::abs(right - view.textColumnLeft()) <= 2,
        qPrintable(QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(right)
                       .arg(view.textColumnLeft())
                       .arg(view.textColumnWidth())
                       .arg(view.verticalScrollBar()->width())
                       .arg(view.verticalScrollBar()->isVisible())));
    // Wrapped lines stay inside the column.
    const QTextBlock block = view.document()->firstBlock();
    QVERIFY(block.layout()->lineCount() > 10);
    QVERIFY(block.layout()->lineAt(0).naturalTextWidth() <= view.textColumnWidth() + 1);
}

void TestReaderView::narrowWindowUsesTheWholeWidth()
{
    ReaderView view;
    view.resize(420, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.textColumnLeft(), int(view.document()->documentMargin()));
    QVERIFY(view.textColumnWidth() > 300);
}

void TestReaderView::documentPositionsAreTextOffsets()
{
    // Astral-plane characters count two UTF-16 units in the text and in the document alike.
    const QString text = QStringLiteral("Première ligne 🚢 avec 𝔊loss.\n\nSecond paragraph, 中文 and more.\nThird line.");
    ReaderView view;
    view.setArticleText(text);
    QCOMPARE(view.articleText(), text);
    QCOMPARE(view.document()->characterCount(), text.size() + 1);
    const int start = int(text.indexOf(QStringLiteral("Second")));
    view.selectRange(start, 6);
    QCOMPARE(view.textCursor().selectedText(), QStringLiteral("Second"));
    const int emoji = int(text.indexOf(QStringLiteral("avec")));
    view.selectRange(emoji, 4);
    QCOMPARE(view.textCursor().selectedText(), QStringLiteral("avec"));
}

void TestReaderView::selectRangeScrollsToIt()
{
    ReaderView view;
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Line %1 of the report.\n").arg(i);
    text += QStringLiteral("The needle is here.");
    view.setArticleText(text);
    QCOMPARE(view.visibleBlocks().first, 0);
    view.selectRange(int(text.indexOf(QStringLiteral("needle"))), 6);
    QCOMPARE(view.textCursor().selectedText(), QStringLiteral("needle"));
    const QPair<int, int> visible = view.visibleBlocks();
    QVERIFY(visible.first <= 400 && visible.second >= 400);
}

void TestReaderView::zoomIsBounded()
{
    ReaderView view;
    const qreal base = view.font().pointSizeF();
    QSignalSpy changed(&view, &ReaderView::zoomStepChanged);
    view.zoomIn();
    QCOMPARE(view.font().pointSizeF(), base + 1);
    view.setZoomStep(1000);
    QCOMPARE(view.zoomStep(), ReaderView::MaxZoomStep);
    view.setZoomStep(-1000);
    QCOMPARE(view.zoomStep(), ReaderView::MinZoomStep);
    QVERIFY(view.font().pointSizeF() >= 6);
    view.resetZoom();
    QCOMPARE(view.font().pointSizeF(), base);
    QCOMPARE(changed.size(), 4);
}

void TestReaderView::paragraphIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("block");
    QTest::addColumn<int>("atOrBefore");
    QTest::addColumn<int>("atOrAfter");
    QTest::newRow("blank lines between") << QStringLiteral("A\n\nB\n\nC") << 3 << 2 << 2 << 2;
    QTest::newRow("on a blank line") << QStringLiteral("A\n\nB\n\nC") << 3 << 3 << 2 << 3;
    QTest::newRow("single newlines") << QStringLiteral("A\nB\nC") << 3 << 1 << 2 << 2;
    QTest::newRow("blank start") << QStringLiteral("\n \nA") << 1 << 0 << 0 << 1;
    QTest::newRow("empty") << QString() << 0 << 0 << 0 << 1;
    QTest::newRow("trailing newline") << QStringLiteral("A\n") << 1 << 1 << 1 << 2;
}

void TestReaderView::paragraphIndex()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, block);
    QFETCH(int, atOrBefore);
    QFETCH(int, atOrAfter);
    ParagraphIndex index;
    index.build(text);
    QCOMPARE(index.paragraphCount(), count);
    QCOMPARE(index.paragraphAtOrBefore(block), atOrBefore);
    QCOMPARE(index.paragraphAtOrAfter(block), atOrAfter);
}

void TestReaderView::positionText_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<QString>("text");
    QTest::newRow("range") << QList<int>{3, 8, 5, 9, 12} << QStringLiteral("Article 3 of 8  ·  paragraphs 5–9 of 12");
    QTest::newRow("one paragraph") << QList<int>{1, 1, 2, 2, 4} << QStringLiteral("Article 1 of 1  ·  paragraph 2 of 4");
    QTest::newRow("filtered out of the list") << QList<int>{0, 3, 1, 4, 9} << QStringLiteral("paragraphs 1–4 of 9");
    QTest::newRow("nothing") << QList<int>{0, 0, 0, 0, 0} << QString();
}

void TestReaderView::positionText()
{
    QFETCH(QList<int>, values);
    QFETCH(QString, text);
    QCOMPARE(ReadingStatus::formatPosition(values.at(0), values.at(1), values.at(2), values.at(3), values.at(4)), text);
}

void TestReaderView::metaLine_data()
{
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("line");
    QTest::newRow("all") << QStringLiteral("Harbour Courier") << QStringLiteral("2031-03-04") << QStringLiteral("Ilse Marrow")
                         << QStringLiteral("Harbour Courier  ·  4 March 2031  ·  By Ilse Marrow");
    QTest::newRow("byline with By") << QString() << QString() << QStringLiteral("By Tomas Reyl") << QStringLiteral("By Tomas Reyl");
    QTest::newRow("date-time") << QStringLiteral("Ledger") << QStringLiteral("2031-03-05T09:30:00Z") << QString() << QStringLiteral("Ledger  ·  5 March 2031");
    QTest::newRow("free-form date kept") << QString() << QStringLiteral("early March") << QString() << QStringLiteral("early March");
    QTest::newRow("nothing") << QString() << QString() << QString() << QString();
}

void TestReaderView::metaLine()
{
    QFETCH(QString, outlet);
    QFETCH(QString, published);
    QFETCH(QString, byline);
    QFETCH(QString, line);
    QCOMPARE(ArticleHeader::formatMetaLine(outlet, published, byline), line);
}

void TestReaderView::headerHidesEmptyFields()
{
    ArticleHeader header;
    header.show();
    Article article;
    article.title = QStringLiteral("A title");
    article.url = QStringLiteral("https://news.example/a");
    header.setArticle(article);
    QCOMPARE(header.title(), QStringLiteral("A title"));
    QCOMPARE(header.url(), QStringLiteral("https://news.example/a"));
    QVERIFY(header.findChild<QWidget *>(QStringLiteral("openUrlButton"))->isVisible());
    QVERIFY(!header.findChild<QWidget *>(QStringLiteral("articleMeta"))->isVisible());
    article.url = QStringLiteral("file:///etc/passwd");
    header.setArticle(article);
    QVERIFY2(!header.findChild<QWidget *>(QStringLiteral("openUrlButton"))->isVisible(), "only web addresses can be opened");
    article.url.clear();
    header.setArticle(article);
    QVERIFY(!header.findChild<QWidget *>(QStringLiteral("articleUrl"))->isVisible());
}

void TestReaderView::matchPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QList<int>>("positions");
    QTest::newRow("any case") << QStringLiteral("The cat saw the dog") << QStringLiteral("the") << false << QList<int>{0, 12};
    QTest::newRow("match case") << QStringLiteral("The cat saw the dog") << QStringLiteral("the") << true << QList<int>{12};
    QTest::newRow("no overlap") << QStringLiteral("aaaa") << QStringLiteral("aa") << false << QList<int>{0, 2};
    QTest::newRow("empty needle") << QStringLiteral("abc") << QString() << false << QList<int>{};
    QTest::newRow("none") << QStringLiteral("abc") << QStringLiteral("x") << false << QList<int>{};
}

void TestReaderView::matchPositions()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(QList<int>, positions);
    QCOMPARE(FindBar::matchPositions(text, needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive), positions);
}

void TestReaderView::firstOccurrence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("whole word first") << QStringLiteral("ferrymen and the ferry") << QStringList{QStringLiteral("ferry")} << 17 << 5;
    QTest::newRow("earliest of several") << QStringLiteral("quay then crane") << QStringList{QStringLiteral("crane"), QStringLiteral("Quay")} << 0 << 4;
    QTest::newRow("part of a word if no whole word") << QStringLiteral("ferrymen") << QStringList{QStringLiteral("ferry")} << 0 << 5;
    QTest::newRow("absent") << QStringLiteral("nothing here") << QStringList{QStringLiteral("quay")} << -1 << 0;
}

void TestReaderView::firstOccurrence()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(int, offset);
    QFETCH(int, length);
    const QPair<int, int> found = ReaderPane::firstOccurrence(text, terms);
    QCOMPARE(found.first, offset);
    QCOMPARE(found.second, length);
}

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
