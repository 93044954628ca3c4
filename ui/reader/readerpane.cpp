#include "readerpane.h"

#include "annotationcontroller.h"
#include "articleheader.h"
#include "cuehighlighter.h"
#include "findbar.h"
#include "readerinput.h"
#include "readerview.h"
#include "theme/themepalette.h"

#include <KSyntaxHighlighting/Theme>

#include <QFrame>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

namespace Gloss::Ui
{

ReaderPane::ReaderPane(QWidget *parent)
    : QWidget(parent)
    , m_page(new QWidget(this))
    , m_header(new ArticleHeader(m_page))
    , m_view(new ReaderView(m_page))
    , m_findBar(new FindBar(m_view, this))
    , m_highlighter(new CueHighlighter(m_view->document()))
    , m_annotations(new AnnotationController(this))
    , m_input(new ReaderInput(m_view, m_annotations))
{
    setObjectName(QStringLiteral("readerPane"));
    m_page->setObjectName(QStringLiteral("readerPage"));
    m_page->setAutoFillBackground(true);

    auto *rule = new QFrame(m_page);
    rule->setObjectName(QStringLiteral("readerHeaderRule"));
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::PlaceholderText);

    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(rule);
    pageLayout->addWidget(m_view, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_findBar);

    connect(m_view, &ReaderView::blocksAboutToShow, m_highlighter, &CueHighlighter::setVisibleBlocks);
    connect(m_view, &ReaderView::textAppended, m_highlighter, &CueHighlighter::textAppended);
    connect(m_view, &ReaderView::visibleBlocksChanged, this, &ReaderPane::onVisibleBlocks);
    connect(m_view, &ReaderView::textColumnChanged, this, &ReaderPane::alignHeader);
    connect(m_view, &ReaderView::zoomStepChanged, this, [this] { m_header->setBodyFont(m_view->font()); });
    setFocusProxy(m_view);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_view);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, &ReaderPane::escape);
}

void ReaderPane::escape()
{
    // Esc in the text closes the find bar first, as in browsers; then lets go of the current
    // annotation, then of the selection.
    if (m_findBar->isVisible()) {
        m_findBar->close();
    } else if (!m_annotations->currentAnnotation().isEmpty()) {
        m_annotations->clearCurrentAnnotation();
    } else {
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
    }
}

void ReaderPane::showArticle(const Article &article)
{
    m_articleId = article.id;
    m_header->setArticle(article);
    m_paragraphs.build(article.text);
    m_highlighter->documentReplaced();
    Q_EMIT articleAboutToShow(article.id);
    m_view->setArticleText(article.text);
    if (m_findBar->isVisible())
        m_findBar->refresh();
}

void ReaderPane::clear()
{
    m_articleId.clear();
    m_header->showPlaceholder(tr("No article to read yet"), tr("Drop article files or folders here, or use File ▸ Import Folder…"));
    m_paragraphs.build(QString());
    m_highlighter->documentReplaced();
    Q_EMIT articleAboutToShow(QString());
    m_view->setArticleText(QString());
}

void ReaderPane::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    const QPalette page = ThemePalette::page(theme, palette());
    m_page->setPalette(page);
    m_annotations->overlay().setPageColours(page.color(QPalette::Base), page.color(QPalette::Text));
    m_highlighter->setTheme(theme);
}

QPair<int, int> ReaderPane::firstOccurrence(const QString &text, const QStringList &terms)
{
    QPair<int, int> best{-1, 0};
    for (const bool wholeWord : {true, false}) {
        for (const QString &term : terms) {
            if (term.trimmed().isEmpty())
                continue;
            const QString escaped = QRegularExpression::escape(term);
            const QRegularExpression pattern(wholeWord ? QStringLiteral("\\b") + escaped + QStringLiteral("\\b") : escaped,
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            const QRegularExpressionMatch match = pattern.match(text);
            if (match.hasMatch() && (best.first < 0 || match.capturedStart() < best.first))
                best = {int(match.capturedStart()), int(match.capturedLength())};
        }
        if (best.first >= 0)
            return best;
    }
    return best;
}

bool ReaderPane::revealFirstOccurrence(const QStringList &terms)
{
    const QPair<int, int> found = firstOccurrence(m_view->articleText(), terms);
    if (found.first < 0)
        return false;
    m_view->selectRange(found.first, found.second);
    return true;
}

void ReaderPane::onVisibleBlocks(int firstBlock, int lastBlock)
{
    m_highlighter->setVisibleBlocks(firstBlock, lastBlock);
    const int count = m_paragraphs.paragraphCount();
    const int first = std::min(m_paragraphs.paragraphAtOrAfter(firstBlock), count);
    const int last = std::max(first, m_paragraphs.paragraphAtOrBefore(lastBlock));
    Q_EMIT positionChanged(first, last, count);
}

void ReaderPane::alignHeader()
{
    const int left = m_view->textColumnLeft();
    const int right = std::max(0, m_page->width() - left - m_view->textColumnWidth());
    m_header->setColumnInsets(left, right);
}

} // namespace Gloss::Ui
