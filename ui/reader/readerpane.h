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

class AnnotationController;
class ArticleHeader;
class CueHighlighter;
class FindBar;
class ReaderInput;
class ReaderView;

/// The central reading area: the article header and body on one "page" in the theme's colours,
/// with the find bar under it. Owns the cue highlighter and keeps it fed with the visible blocks,
/// and the annotation layer: the overlay and editing state (AnnotationController) and the gestures
/// that drive it (ReaderInput).
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
    AnnotationController *annotations() const { return m_annotations; }
    ReaderInput *input() const { return m_input; }
    const ParagraphIndex &paragraphs() const { return m_paragraphs; }

    /// Offset and length of the first occurrence of any of \a terms in \a text, as described above; {-1, 0} if none.
    static QPair<int, int> firstOccurrence(const QString &text, const QStringList &terms);

Q_SIGNALS:
    /// \a articleId (empty: none) is about to be put into the view; the annotation layer picks up its
    /// index here, before the first blocks are highlighted.
    void articleAboutToShow(const QString &articleId);
    /// The paragraphs on screen changed: \a first to \a last (1-based) of \a count.
    void positionChanged(int first, int last, int count);

private:
    void onVisibleBlocks(int firstBlock, int lastBlock);
    void alignHeader();
    void escape();

    QWidget *m_page = nullptr;
    ArticleHeader *m_header = nullptr;
    ReaderView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    CueHighlighter *m_highlighter = nullptr;
    AnnotationController *m_annotations = nullptr;
    ReaderInput *m_input = nullptr;
    ParagraphIndex m_paragraphs;
    QString m_articleId;
};

} // namespace Gloss::Ui
