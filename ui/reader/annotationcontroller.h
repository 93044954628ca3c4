#pragma once

#include "annotationoverlay.h"
#include "annotations/annotator.h"
#include "project.h"

#include <QObject>
#include <QPointer>

namespace Gloss::Ui
{

class ReaderPane;

/// Annotating in the reader: turns the reader's selection into annotations, keeps the current
/// annotation (the one boundary keys, Delete and the editor docks act on), and keeps the overlay that
/// draws the article's annotations in step with the project.
///
/// Every edit goes through the project's Annotator, so it is saved and undoable when the call returns;
/// the overlay is redrawn from Annotator::highlightChanged, which also covers undo and edits made
/// elsewhere (lists, editor docks, imports).
class AnnotationController final : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationController(ReaderPane *reader);

    /// Annotates in \a project from now on (nullptr: nothing to annotate).
    void setProject(Project *project);
    Project *project() const { return m_project; }
    /// The project's editing facade, or nullptr.
    Annotator *annotator() const;
    AnnotationOverlay &overlay() { return m_overlay; }

    /// Whether selections are grown to whole words before they are tagged (from the preferences at first).
    bool snapToWords() const { return m_snapToWords; }
    void setSnapToWords(bool snap) { m_snapToWords = snap; }

    /// The reader's selection as annotation spans (snapped to words when set); empty when none.
    Spans selectionSpans() const;
    bool hasSelection() const;

    /// The current annotation (one of the shown article's), or empty.
    QString currentAnnotation() const { return m_current; }
    /// Makes \a id current; with \a reveal the reader scrolls to it (loading the text up to there).
    /// An id not in the shown article clears the current annotation.
    void setCurrentAnnotation(const QString &id, bool reveal = true);
    void clearCurrentAnnotation() { setCurrentAnnotation(QString(), false); }

    // Editing (false or nothing when there was nothing to do or the project refused) -------------
    /// Tags the selection with \a tagId (empty: an untagged note); the new annotation becomes current.
    std::optional<QString> tagSelection(const QString &tagId);
    /// What a tag's key or a palette pick does: tags the selection, or else retags the current annotation.
    bool applyTag(const QString &tagId);
    /// applyTag() for the tag whose key is \a key; false when no tag has it.
    bool applyTagKey(const QString &key);
    bool deleteCurrent();
    /// Moves a boundary of the current annotation by \a steps characters (negative: left).
    bool moveCurrentBoundary(Annotator::Boundary boundary, int steps);
    /// Moves a boundary of the current annotation to the next word edge in direction \a direction (+1/-1).
    bool moveCurrentBoundaryByWord(Annotator::Boundary boundary, int direction);
    /// Makes the next / previous annotation in reading order current (from the current one, else from the caret).
    bool selectNext();
    bool selectPrevious();
    /// Makes current the annotation under document position \a position: the innermost one, or on a
    /// repeated click the next of those stacked there. False (current cleared) when there is none.
    bool selectAt(int position);

Q_SIGNALS:
    void currentAnnotationChanged(const QString &id);

private:
    void onArticleAboutToShow(const QString &articleId);
    void onHighlightChanged(const QString &articleId, int from, int to);
    void onAnnotationsRemoved(const QString &articleId, const QStringList &ids);
    void onSchemaChanged();
    void refresh(const QString &id);
    void reveal(const Annotation &annotation);
    void connectAnnotator();

    ReaderPane *m_reader = nullptr;
    QPointer<Project> m_project;
    AnnotationOverlay m_overlay;
    std::shared_ptr<const AnnotationIndex> m_index;
    QString m_articleId;
    QString m_current;
    bool m_snapToWords = true;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Gloss::Ui
