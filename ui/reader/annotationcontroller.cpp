#include "annotationcontroller.h"

#include "cuehighlighter.h"
#include "project.h"
#include "readerpane.h"
#include "readerview.h"
#include "settings/preferencesdialog.h"

#include <QTextBlock>
#include <QTextBoundaryFinder>

namespace Gloss::Ui
{

AnnotationController::AnnotationController(ReaderPane *reader) : QObject(reader), m_reader(reader), m_snapToWords(PreferencesDialog::snapToWords())
{
    m_reader->highlighter()->setOverlayProvider([this](int position, int length) { return m_overlay.spans(position, length); });
    connect(m_reader, &ReaderPane::articleAboutToShow, this, &AnnotationController::onArticleAboutToShow);
}

Annotator *AnnotationController::annotator() const
{
    return m_project ? m_project->annotator() : nullptr;
}

void AnnotationController::setProject(Project *project)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_project = project;
    m_index.reset();
    m_overlay.setIndex(nullptr);
    m_overlay.setSchema(project ? &project->annotator()->tagSchema() : nullptr);
    m_articleId.clear();
    setCurrentAnnotation(QString(), false);
    if (project)
        connectAnnotator();
}

void AnnotationController::connectAnnotator()
{
    Annotator *annotator = m_project->annotator();
    m_connections << connect(annotator, &Annotator::highlightChanged, this, &AnnotationController::onHighlightChanged)
                  << connect(annotator, &Annotator::annotationsRemoved, this, &AnnotationController::onAnnotationsRemoved)
                  << connect(annotator, &Annotator::tagSchemaChanged, this, &AnnotationController::onSchemaChanged)
                  << connect(annotator, &Annotator::reloaded, this, [this] {
                         // The cached index was dropped: take the new one for the article shown.
                         onArticleAboutToShow(m_articleId);
                         m_reader->highlighter()->refreshVisibleBlocks();
                     });
}

void AnnotationController::onArticleAboutToShow(const QString &articleId)
{
    m_articleId = articleId;
    Annotator *facade = annotator();
    m_index = facade && !articleId.isEmpty() ? facade->index(articleId) : nullptr;
    m_overlay.setIndex(m_index);
    if (!m_current.isEmpty() && !(m_index && m_index->contains(m_current)))
        setCurrentAnnotation(QString(), false);
}

void AnnotationController::onHighlightChanged(const QString &articleId, int from, int to)
{
    if (articleId == m_articleId)
        m_reader->highlighter()->refreshRange(from, to);
}

void AnnotationController::onAnnotationsRemoved(const QString &articleId, const QStringList &ids)
{
    if (articleId == m_articleId && ids.contains(m_current))
        setCurrentAnnotation(QString(), false);
}

void AnnotationController::onSchemaChanged()
{
    m_overlay.clearFormats();
    m_reader->highlighter()->refreshVisibleBlocks();
}

bool AnnotationController::hasSelection() const
{
    return m_reader->view()->textCursor().hasSelection();
}

Spans AnnotationController::selectionSpans() const
{
    const QTextCursor cursor = m_reader->view()->textCursor();
    if (!cursor.hasSelection())
        return {};
    Span span{cursor.selectionStart(), cursor.selectionEnd()};
    const QString &text = m_reader->view()->articleText();
    if (m_snapToWords)
        span = SpanRules::snappedToWords(text, span);
    const std::optional<Spans> valid = SpanRules::validFor({span}, text);
    return valid ? *valid : Spans{};
}

void AnnotationController::setCurrentAnnotation(const QString &id, bool revealIt)
{
    const Annotation *annotation = m_index && !id.isEmpty() ? m_index->annotation(id) : nullptr;
    const QString newId = annotation ? id : QString();
    if (newId != m_current) {
        const QString old = m_current;
        m_current = newId;
        m_overlay.setCurrent(newId);
        refresh(old);
        refresh(newId);
        Q_EMIT currentAnnotationChanged(newId);
    }
    if (annotation && revealIt)
        reveal(*annotation);
}

void AnnotationController::refresh(const QString &id)
{
    const Annotation *annotation = m_index && !id.isEmpty() ? m_index->annotation(id) : nullptr;
    if (annotation)
        m_reader->highlighter()->refreshRange(annotation->start(), annotation->end());
}

void AnnotationController::reveal(const Annotation &annotation)
{
    ReaderView *view = m_reader->view();
    if (annotation.end() > view->document()->characterCount() - 1)
        view->finishLoading();
    // The caret goes to the end of the annotation without a selection: keys then act on the annotation.
    QTextCursor cursor(view->document());
    cursor.setPosition(std::min(annotation.start(), view->document()->characterCount() - 1));
    view->setTextCursor(cursor);
    view->centerCursor();
    cursor.setPosition(std::min(annotation.end(), view->document()->characterCount() - 1));
    view->setTextCursor(cursor);
}

std::optional<QString> AnnotationController::tagSelection(const QString &tagId)
{
    Annotator *facade = annotator();
    const Spans spans = selectionSpans();
    if (!facade || m_articleId.isEmpty() || spans.isEmpty())
        return std::nullopt;
    const std::optional<QString> id = facade->addAnnotation(m_articleId, spans, tagId);
    if (!id)
        return std::nullopt;
    // The new annotation becomes current, so boundary keys and the editor act on it at once.
    QTextCursor cursor = m_reader->view()->textCursor();
    cursor.setPosition(spans.constLast().end);
    m_reader->view()->setTextCursor(cursor);
    setCurrentAnnotation(*id, false);
    return id;
}

bool AnnotationController::applyTag(const QString &tagId)
{
    if (hasSelection())
        return tagSelection(tagId).has_value();
    Annotator *facade = annotator();
    if (!facade || m_current.isEmpty())
        return false;
    return facade->setTag({m_current}, tagId);
}

bool AnnotationController::applyTagKey(const QString &key)
{
    Annotator *facade = annotator();
    const Tag *tag = facade ? facade->tagSchema().tagForKey(key) : nullptr;
    return tag && applyTag(tag->id);
}

bool AnnotationController::deleteCurrent()
{
    Annotator *facade = annotator();
    if (!facade || m_current.isEmpty())
        return false;
    const QString id = m_current;
    return facade->removeAnnotations({id});
}

bool AnnotationController::moveCurrentBoundary(Annotator::Boundary boundary, int steps)
{
    Annotator *facade = annotator();
    if (!facade || m_current.isEmpty() || steps == 0)
        return false;
    if (!facade->moveBoundary(m_current, boundary, steps))
        return false;
    if (const Annotation *annotation = m_index->annotation(m_current)) {
        QTextCursor cursor = m_reader->view()->textCursor();
        cursor.setPosition(boundary == Annotator::Boundary::Start ? annotation->start() : annotation->end());
        m_reader->view()->setTextCursor(cursor);
    }
    return true;
}

bool AnnotationController::moveCurrentBoundaryByWord(Annotator::Boundary boundary, int direction)
{
    const Annotation *annotation = m_index && !m_current.isEmpty() ? m_index->annotation(m_current) : nullptr;
    if (!annotation)
        return false;
    const QString &text = m_reader->view()->articleText();
    const int from = boundary == Annotator::Boundary::Start ? annotation->start() : annotation->end();
    // Room for the next word either way (a word longer than this is not stepped over in one go).
    const Span window = SpanRules::wordWindow(text, std::max(0, from - 256), std::min(int(text.size()), from + 256));
    const QStringView part = QStringView(text).sliced(window.start, window.length());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, part.data(), int(part.size()));
    finder.setPosition(from - window.start);
    // Word edges: a start edge stops at word starts, an end edge at word ends.
    const auto wanted = boundary == Annotator::Boundary::Start ? QTextBoundaryFinder::StartOfItem : QTextBoundaryFinder::EndOfItem;
    qsizetype to = -1;
    do {
        to = direction > 0 ? finder.toNextBoundary() : finder.toPreviousBoundary();
    } while (to >= 0 && !(finder.boundaryReasons() & wanted));
    if (to >= 0)
        to += window.start;
    if (to < 0)
        return false;
    // Steps are code points (Annotator::moveBoundary), so count them over the UTF-16 range.
    const QStringView between = direction > 0 ? QStringView(text).sliced(from, to - from) : QStringView(text).sliced(to, from - to);
    const int codePoints = int(between.toUcs4().size());
    return moveCurrentBoundary(boundary, direction > 0 ? codePoints : -codePoints);
}

bool AnnotationController::selectNext()
{
    if (!m_index)
        return false;
    const Annotation *next = !m_current.isEmpty() ? m_index->after(m_current) : m_index->next(m_reader->view()->textCursor().selectionStart() - 1);
    if (!next)
        return false;
    setCurrentAnnotation(next->id);
    return true;
}

bool AnnotationController::selectPrevious()
{
    if (!m_index)
        return false;
    const Annotation *previous = !m_current.isEmpty() ? m_index->before(m_current) : m_index->previous(m_reader->view()->textCursor().selectionStart());
    if (!previous)
        return false;
    setCurrentAnnotation(previous->id);
    return true;
}

bool AnnotationController::selectAt(int position)
{
    const QList<AnnotationIndex::Hit> hits = m_index ? m_index->at(position) : QList<AnnotationIndex::Hit>{};
    if (hits.isEmpty()) {
        setCurrentAnnotation(QString(), false);
        return false;
    }
    // Innermost first (highest layer); a click on the current one steps to the next one stacked there.
    QList<AnnotationIndex::Hit> stacked = hits;
    std::stable_sort(stacked.begin(), stacked.end(), [](const auto &a, const auto &b) { return a.layer > b.layer; });
    qsizetype pick = 0;
    for (qsizetype i = 0; i < stacked.size(); ++i) {
        if (stacked.at(i).annotation->id == m_current) {
            pick = (i + 1) % stacked.size();
            break;
        }
    }
    setCurrentAnnotation(stacked.at(pick).annotation->id, false);
    return true;
}

} // namespace Gloss::Ui
