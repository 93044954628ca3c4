#include "historydock.h"

#include "project.h"

#include <QAction>
#include <QUndoView>

namespace Gloss::Ui
{

HistoryDock::HistoryDock(QWidget *parent) : QDockWidget(tr("History"), parent), m_view(new QUndoView(this))
{
    setObjectName(QStringLiteral("historyDock"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleHistoryDockAction"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setEmptyLabel(tr("<opened>"));
    m_view->setUniformItemSizes(true);
    setWidget(m_view);
}

void HistoryDock::setProject(Project *project)
{
    m_view->setStack(project ? project->undoStack() : nullptr);
}

} // namespace Gloss::Ui
