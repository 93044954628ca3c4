#pragma once

#include "message.h"

#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QMainWindow;

namespace Gloss
{
class Project;
}

namespace Gloss::Ui
{

/// The two File menu commands of annotation files: File ▸ Export… ("exportAction", Ctrl+E) opens
/// ExportDialog, File ▸ Import Annotations… ("importAnnotationsAction") opens
/// ImportAnnotationsDialog. The window gives how to reach its project, the article being read and
/// its message presenter; the actions put themselves into its "fileMenu".
class ExportActions final : public QObject
{
    Q_OBJECT
public:
    ExportActions(
        QMainWindow *window, std::function<Project *()> project, std::function<QString()> currentArticle, std::function<void(const Gloss::Messages &)> present);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    /// Opens the export dialog (window-modal); returns it, or nullptr without a project.
    QDialog *openExport();
    /// Opens the import dialog (window-modal); returns it, or nullptr without a project.
    QDialog *openImport();

private:
    QMainWindow *m_window = nullptr;
    std::function<Project *()> m_project;
    std::function<QString()> m_currentArticle;
    std::function<void(const Gloss::Messages &)> m_present;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
};

} // namespace Gloss::Ui
