#pragma once

#include "annotations/annotation.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace Gloss
{
class Annotator;
class Project;
} // namespace Gloss

namespace Gloss::Ui
{

class ClaimForm;
class DebouncedField;
class TagComboBox;

/// The annotation editor (View ▸ Annotation): the current annotation of any kind, its quote, tag, kind,
/// status, author and times, its note and, in a "Claim" section (ClaimForm), the claim attributes.
///
/// There is no Save button: a combo box saves when changed, a text field after a pause in typing
/// (DebouncedField::Delay), when it loses the focus, and before another annotation or project is
/// shown, each through the project's Annotator, so every edit is one undoable step on disk. The dock
/// follows the Annotator's signals, so undo, redo and edits made elsewhere show at once, except in a
/// text field holding typing not yet saved (which is saved next). A read-only project shows read-only
/// fields.
class ClaimEditorDock final : public QDockWidget
{
    Q_OBJECT
public:
    /// The longest quote shown in full; longer ones are shortened in the middle.
    static constexpr int MaxQuoteLength = 400;

    explicit ClaimEditorDock(QWidget *parent = nullptr);
    ~ClaimEditorDock() override;

    /// Edits annotations of \a project (nullptr: shows nothing). Pending typing is saved first.
    void setProject(Project *project);
    /// Shows annotation \a annotationId (empty: a placeholder). Pending typing for the annotation shown
    /// before is saved first.
    void setAnnotation(const QString &annotationId);
    /// The annotation shown; it stays set while the annotation is deleted, so that undo shows it again.
    QString annotationId() const { return m_annotationId; }

    /// Shows and raises the dock and puts the focus in the note.
    void focusNote();
    /// Shows and raises the dock and puts the focus in the first claim field ("Mark as claim" for an
    /// annotation that is no claim).
    void focusClaim();
    /// Saves pending typing now (before the window closes).
    void flush();

    ClaimForm *claimForm() const { return m_claim; }

private:
    void buildEditor(QWidget *page);
    Annotator *annotator() const;
    /// Reads the shown annotation afresh and shows it (or the placeholder when it is gone).
    void showCurrent(bool keepTyping);
    void showAnnotation(const Annotation &annotation, bool keepTyping);
    void showPlaceholder(const QString &text);
    void applyReadOnly();
    void onAnnotationsAdded(const QString &articleId, const QList<Annotation> &annotations);
    void onAnnotationsChanged(const QString &articleId, const QList<Annotation> &annotations);
    void onAnnotationsRemoved(const QString &articleId, const QStringList &ids);
    void onTagSchemaChanged();
    void saveNote(const QString &text);
    void chooseTag(const QString &tagId);

    QPointer<Project> m_project;
    QString m_annotationId;
    QString m_articleId; ///< the article of the annotation shown; empty while the placeholder shows
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_quote = nullptr;
    TagComboBox *m_tag = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_details = nullptr;
    QPlainTextEdit *m_note = nullptr;
    DebouncedField *m_noteField = nullptr;
    ClaimForm *m_claim = nullptr;
};

} // namespace Gloss::Ui
