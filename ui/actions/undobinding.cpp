#include "undobinding.h"

#include <QAction>
#include <QUndoStack>

namespace Gloss::Ui
{

UndoBinding::UndoBinding(QAction *undo, QAction *redo, QObject *parent) : QObject(parent), m_undo(undo), m_redo(redo)
{
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->redo();
    });
    update();
}

void UndoBinding::setStack(QUndoStack *stack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_stack = stack;
    if (stack) {
        m_connections << connect(stack, &QUndoStack::indexChanged, this, &UndoBinding::update)
                      << connect(stack, &QUndoStack::cleanChanged, this, &UndoBinding::update)
                      << connect(stack, &QUndoStack::undoTextChanged, this, &UndoBinding::update)
                      << connect(stack, &QUndoStack::redoTextChanged, this, &UndoBinding::update);
    }
    update();
}

void UndoBinding::update()
{
    const bool canUndo = m_stack && m_stack->canUndo();
    const bool canRedo = m_stack && m_stack->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(canRedo ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    m_undo->setToolTip(canUndo ? tr("Undo %1").arg(m_stack->undoText()) : tr("Nothing to undo"));
    m_redo->setToolTip(canRedo ? tr("Redo %1").arg(m_stack->redoText()) : tr("Nothing to redo"));
}

} // namespace Gloss::Ui
