#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;

namespace Gloss::Ui
{

/// Keeps the window's Undo and Redo actions bound to the undo stack of the open project: enabled
/// when there is something to undo or redo, and named after it ("Undo Tag “Person”").
class UndoBinding final : public QObject
{
    Q_OBJECT
public:
    UndoBinding(QAction *undo, QAction *redo, QObject *parent = nullptr);

    /// Binds the actions to \a stack (nullptr: both disabled).
    void setStack(QUndoStack *stack);

private:
    void update();

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPointer<QUndoStack> m_stack;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Gloss::Ui
