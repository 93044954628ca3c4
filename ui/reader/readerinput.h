#pragma once

#include <QObject>
#include <QPoint>

class QContextMenuEvent;
class QHelpEvent;
class QKeyEvent;
class QMenu;
class QMouseEvent;

namespace Gloss::Ui
{

class AnnotationController;
class ReaderView;

/// The reader's keyboard and mouse gestures for annotating, as an event filter on the reader view:
///
/// - a tag's key (1-9 or a letter, no modifier) tags the selection, or retags the current annotation;
/// - Delete or Backspace deletes the current annotation; Esc lets go of it;
/// - on a current suggestion, Enter accepts it and Backspace rejects it;
/// - L (unless a tag has that key) asks to link the current annotation to another one;
/// - Shift+Left/Right move the current annotation's end, Alt+Left/Right its start (with Ctrl: by word),
///   QualCoder's gestures; without a current annotation Shift+arrows select text as usual;
/// - Tab / Shift+Tab step to the next / previous annotation (as links in a browser page);
/// - a click on an annotation makes it current (again on the same spot: the next one stacked there);
/// - hovering shows the annotations under the pointer; the context menu offers tagging and editing.
///
/// Commands that also live in menus (quick tag palette, note, claim) are asked for through signals.
class ReaderInput final : public QObject
{
    Q_OBJECT
public:
    ReaderInput(ReaderView *view, AnnotationController *controller);

    /// Builds the context menu for document position \a position (with the view's standard entries).
    QMenu *createContextMenu(int position, const QPoint &viewportPos);

Q_SIGNALS:
    /// The quick tag palette should open at \a globalPos (Ctrl+K or the context menu).
    void paletteRequested(const QPoint &globalPos);
    /// The note / claim attributes of the current annotation should be edited (Enter, context menu).
    void editRequested(const QString &annotationId);
    /// The current annotation should be linked to another (L, unless a tag has that key).
    void linkRequested(const QString &annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keyPress(QKeyEvent *event);
    bool adjustKey(QKeyEvent *event);
    bool isSuggestion(const QString &id) const;
    void mouseRelease(QMouseEvent *event);
    void toolTip(QHelpEvent *event);
    void contextMenu(QContextMenuEvent *event);

    ReaderView *m_view = nullptr;
    AnnotationController *m_controller = nullptr;
    QPoint m_pressPos;
};

} // namespace Gloss::Ui
