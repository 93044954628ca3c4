#pragma once

#include <QDockWidget>

class QUndoView;

namespace Gloss
{
class Project;
}

namespace Gloss::Ui
{

/// The project's undo history (QUndoView over the project's one QUndoStack): every edit by name,
/// the current position marked; clicking a row undoes or redoes up to there.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit HistoryDock(QWidget *parent = nullptr);

    /// Shows the history of \a project (nullptr: none).
    void setProject(Project *project);
    QUndoView *view() const { return m_view; }

private:
    QUndoView *m_view = nullptr;
};

} // namespace Gloss::Ui
