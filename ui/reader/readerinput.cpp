#include "readerinput.h"

#include "annotationcontroller.h"
#include "annotationtooltip.h"
#include "readerview.h"
#include "tagmenu.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>

namespace Gloss::Ui
{

namespace
{
// The document position of the character under \a viewportPos (not the caret position nearest to it).
int characterAt(const ReaderView *view, const QPoint &viewportPos)
{
    const QTextCursor cursor = view->cursorForPosition(viewportPos);
    const int position = cursor.position();
    if (position > 0 && viewportPos.x() < view->cursorRect(cursor).x())
        return position - 1;
    return position;
}

bool isNavigationKey(int key)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    default:
        return false;
    }
}
} // namespace

ReaderInput::ReaderInput(ReaderView *view, AnnotationController *controller) : QObject(view), m_view(view), m_controller(controller)
{
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // The menu is built here, with the annotation entries on top of the standard ones.
    m_view->setContextMenuPolicy(Qt::DefaultContextMenu);
}

bool ReaderInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress)
        return keyPress(static_cast<QKeyEvent *>(event));
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease:
        mouseRelease(static_cast<QMouseEvent *>(event));
        break;
    case QEvent::ToolTip:
        toolTip(static_cast<QHelpEvent *>(event));
        return true;
    case QEvent::ContextMenu:
        contextMenu(static_cast<QContextMenuEvent *>(event));
        return true;
    default:
        break;
    }
    return false;
}

bool ReaderInput::keyPress(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (adjustKey(event))
        return true;
    if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
        const QString text = event->text();
        const QString current = m_controller->currentAnnotation();
        if (modifiers == Qt::NoModifier && text == QLatin1String("l") && !current.isEmpty() && m_controller->annotator()
            && !m_controller->annotator()->tagSchema().tagForKey(text)) {
            Q_EMIT linkRequested(current);
            return true;
        }
        if (modifiers == Qt::NoModifier && text.size() == 1 && text.at(0).isLetterOrNumber() && text.at(0).unicode() < 128) {
            // A tag key: consumed even when nothing is tagged, so a stray key never does anything else.
            m_controller->applyTagKey(text.toLower());
            return true;
        }
    }
    if (modifiers == Qt::NoModifier) {
        if (isSuggestion(m_controller->currentAnnotation()) && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Backspace)) {
            const bool accept = key != Qt::Key_Backspace;
            m_controller->annotator()->setStatus({m_controller->currentAnnotation()}, accept ? Annotation::Status::Accepted : Annotation::Status::Rejected);
            return true;
        }
        switch (key) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            m_controller->deleteCurrent();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!m_controller->currentAnnotation().isEmpty())
                Q_EMIT editRequested(m_controller->currentAnnotation());
            return true;
        default:
            break;
        }
    }
    if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
        // Like links in a browser page, Tab steps through the annotations; with none, focus moves on.
        const AnnotationIndex *index = m_controller->overlay().index();
        if (!index || index->isEmpty() || (modifiers & ~Qt::ShiftModifier))
            return false;
        if (key == Qt::Key_Tab && modifiers == Qt::NoModifier)
            m_controller->selectNext();
        else
            m_controller->selectPrevious();
        return true;
    }
    // Moving the caret lets go of the current annotation; Shift+arrows then select text as usual.
    if (isNavigationKey(key) && !(modifiers & Qt::AltModifier))
        m_controller->clearCurrentAnnotation();
    return false;
}

bool ReaderInput::adjustKey(QKeyEvent *event)
{
    const int key = event->key();
    if (m_controller->currentAnnotation().isEmpty() || (key != Qt::Key_Left && key != Qt::Key_Right))
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ControlModifier);
    const bool byWord = event->modifiers() & Qt::ControlModifier;
    Annotator::Boundary boundary;
    if (modifiers == Qt::ShiftModifier)
        boundary = Annotator::Boundary::End;
    else if (modifiers == Qt::AltModifier)
        boundary = Annotator::Boundary::Start;
    else
        return false;
    const int direction = key == Qt::Key_Right ? 1 : -1;
    if (byWord)
        m_controller->moveCurrentBoundaryByWord(boundary, direction);
    else
        m_controller->moveCurrentBoundary(boundary, direction);
    return true;
}

bool ReaderInput::isSuggestion(const QString &id) const
{
    const AnnotationIndex *index = m_controller->overlay().index();
    const Annotation *annotation = index && !id.isEmpty() ? index->annotation(id) : nullptr;
    return annotation && annotation->status == Annotation::Status::Suggested && m_controller->annotator();
}

void ReaderInput::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return; // a drag selected text
    m_controller->selectAt(characterAt(m_view, pos));
}

void ReaderInput::toolTip(QHelpEvent *event)
{
    const AnnotationIndex *index = m_controller->overlay().index();
    Annotator *annotator = m_controller->annotator();
    if (!index || !annotator) {
        QToolTip::hideText();
        return;
    }
    QList<AnnotationIndex::Hit> hits = index->at(characterAt(m_view, event->pos()));
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.layer < b.layer; });
    QList<const Annotation *> annotations;
    for (const AnnotationIndex::Hit &hit : std::as_const(hits)) {
        if (!annotations.contains(hit.annotation))
            annotations.append(hit.annotation);
    }
    const QString html = AnnotationTooltip::html(annotations, annotator->tagSchema());
    if (html.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), html, m_view->viewport());
}

void ReaderInput::contextMenu(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(characterAt(m_view, event->pos()), event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QMenu *ReaderInput::createContextMenu(int position, const QPoint &viewportPos)
{
    // The standard entries (Copy, Select All) stay; the annotation entries go above them.
    QMenu *menu = m_view->createStandardContextMenu();
    menu->setObjectName(QStringLiteral("readerContextMenu"));
    QAction *before = menu->actions().value(0);
    auto *entries = new QMenu(menu); // collects the entries, then they move into the menu
    Annotator *annotator = m_controller->annotator();
    const AnnotationIndex *index = m_controller->overlay().index();
    const QPoint globalPos = m_view->viewport()->mapToGlobal(viewportPos);
    if (annotator && m_controller->hasSelection()) {
        QMenu *tagAs = entries->addMenu(tr("Tag Selection As"));
        tagAs->setObjectName(QStringLiteral("tagSelectionMenu"));
        TagMenu::fill(tagAs, annotator->tagSchema(), [this](const QString &tagId) { m_controller->tagSelection(tagId); });
        QAction *quick = entries->addAction(tr("Quick Tag…"), this, [this, globalPos] { Q_EMIT paletteRequested(globalPos); });
        quick->setObjectName(QStringLiteral("quickTagAction"));
        QAction *note = entries->addAction(tr("Add Note to Selection"), this, [this] {
            if (const std::optional<QString> id = m_controller->tagSelection(QString()))
                Q_EMIT editRequested(*id);
        });
        note->setObjectName(QStringLiteral("addNoteAction"));
    } else if (annotator && index && !index->at(position).isEmpty()) {
        // The annotation under the pointer becomes current unless it already is one of those there.
        bool currentThere = false;
        for (const AnnotationIndex::Hit &hit : index->at(position))
            currentThere = currentThere || hit.annotation->id == m_controller->currentAnnotation();
        if (!currentThere)
            m_controller->selectAt(position);
        const QString id = m_controller->currentAnnotation();
        QMenu *retag = entries->addMenu(tr("Change Tag"));
        retag->setObjectName(QStringLiteral("changeTagMenu"));
        TagMenu::fill(retag, annotator->tagSchema(), [annotator, id](const QString &tagId) { annotator->setTag({id}, tagId); });
        QAction *edit = entries->addAction(tr("Edit Note and Attributes…"), this, [this, id] { Q_EMIT editRequested(id); });
        edit->setObjectName(QStringLiteral("editAnnotationAction"));
        QAction *remove = entries->addAction(tr("Delete Annotation"), this, [annotator, id] { annotator->removeAnnotations({id}); });
        remove->setObjectName(QStringLiteral("deleteAnnotationMenuAction"));
    }
    if (!entries->actions().isEmpty()) {
        entries->addSeparator();
        menu->insertActions(before, entries->actions());
    }
    return menu;
}

} // namespace Gloss::Ui
