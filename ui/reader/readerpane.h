#pragma once

#include "article.h"
#include "paragraphindex.h"

#include <QWidget>

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Gloss::Ui
{

class ArticleHeader;
class CueHighlighter;
class FindBar;
class ReaderView;

/// The central reading area: the article header and body on one "page" in the theme's colours,
/// with the find bar under it. Owns the cue highlighter and keeps it fed with the visible blocks.
class ReaderPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderPane(QWidget *parent = nullptr);

    /// Shows \a article from its top.
    void showArticle(const Article &article);
    void clear();
    /// The id of the article shown, or empty.
    QString articleId() const { return m_articleId; }

    /// Sets the highlighting theme and the page colours with it.
    void setTheme(const KSyntaxHighlighting::Theme &theme);

    /// Selects and centres the first occurrence in the text of any of \a terms (case-insensitive,
    /// whole words preferred). Returns false when none occurs.
    bool revealFirstOccurrence(const QStringList &terms);

    ReaderView *view() const { return m_view; }
    ArticleHeader *header() const { return m_header; }
    FindBar *findBar() const { return m_findBar; }
    CueHighlighter *highlighter() const { return m_highlighter; }
    const ParagraphIndex &paragraphs() const { return m_paragraphs; }

    /// Offset and length of the first occurrence of any of \a terms in \a text, as described above; {-1, 0} if none.
    static QPair<int, int> firstOccurrence(const QString &text, const QStringList &terms);

Q_SIGNALS:
    /// The paragraphs on screen changed: \a first to \a last (1-based) of \a count.
    void positionChanged(int first, int last, int count);

private:
    void onVisibleBlocks(int firstBlock, int lastBlock);
    void alignHeader();

    QWidget *m_page = nullptr;
    ArticleHeader *m_header = nullptr;
    ReaderView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    CueHighlighter *m_highlighter = nullptr;
    ParagraphIndex m_paragraphs;
    QString m_articleId;
};

} // namespace Gloss::Ui
