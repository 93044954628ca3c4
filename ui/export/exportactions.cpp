#include "exportactions.h"

#include "exportdialog.h"
#include "importannotationsdialog.h"
#include "project.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>

namespace Gloss::Ui
{

namespace
{
// Problems one by one, notices only the last (the summary): an import of thousands of annotations
// re-anchors many, and those stay listed in the dialog.
Messages worthShowing(const Messages &messages)
{
    Messages shown;
    for (const Message &message : messages) {
        if (message.severity != Message::Severity::Notice)
            shown.append(message);
    }
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->severity == Message::Severity::Notice) {
            shown.append(*it);
            break;
        }
    }
    return shown;
}
} // namespace

ExportActions::ExportActions(
    QMainWindow *window, std::function<Project *()> project, std::function<QString()> currentArticle, std::function<void(const Gloss::Messages &)> present)
    : QObject(window), m_window(window), m_project(std::move(project)), m_currentArticle(std::move(currentArticle)), m_present(std::move(present))
{
    m_export = new QAction(tr("&Export…"), window);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Write the annotations to a file other tools read (JSON, W3C, brat, REFI-QDA, CSV, CoNLL)"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_import = new QAction(tr("Import &Annotations…"), window);
    m_import->setObjectName(QStringLiteral("importAnnotationsAction"));
    m_import->setToolTip(tr("Add annotations from a Gloss JSON, W3C, brat or REFI-QDA file"));
    window->addAction(m_export);
    window->addAction(m_import);
    connect(m_export, &QAction::triggered, this, &ExportActions::openExport);
    connect(m_import, &QAction::triggered, this, &ExportActions::openImport);

    // Beside the other file commands: Import Annotations after Import Folder, Export after Save Copy As.
    if (QMenu *file = window->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        const QList<QAction *> actions = file->actions();
        QAction *afterImport = nullptr;
        QAction *afterSave = nullptr;
        for (qsizetype i = 0; i + 1 < actions.size(); ++i) {
            if (actions.at(i)->objectName() == QLatin1String("importFolderAction"))
                afterImport = actions.at(i + 1);
            if (actions.at(i)->objectName() == QLatin1String("saveCopyAsAction"))
                afterSave = actions.at(i + 1);
        }
        file->insertAction(afterImport, m_import);
        file->insertAction(afterSave, m_export);
        connect(file, &QMenu::aboutToShow, this, [this]() {
            const Project *open = m_project();
            m_export->setEnabled(open && open->isOpen());
            m_import->setEnabled(open && open->isOpen() && !open->isReadOnly());
        });
    }
}

QDialog *ExportActions::openExport()
{
    Project *project = m_project();
    if (!project || !project->isOpen())
        return nullptr;
    auto *dialog = new ExportDialog(project, m_currentArticle(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](const Formats::ExportResult &result) {
        Messages messages = result.messages;
        if (result.ok)
            messages.append(Message::notice(QString(),
                tr("Exported %1 annotations and %2 links to %3")
                    .arg(result.annotations)
                    .arg(result.links)
                    .arg(QDir::toNativeSeparators(result.written.value(0)))));
        m_present(worthShowing(messages));
    });
    dialog->open();
    return dialog;
}

QDialog *ExportActions::openImport()
{
    Project *project = m_project();
    if (!project || !project->isOpen())
        return nullptr;
    auto *dialog = new ImportAnnotationsDialog(project, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportAnnotationsDialog::importFinished, this,
        [this](const Formats::AnnotationImportReport &report) { m_present(worthShowing(report.messages)); });
    dialog->open();
    return dialog;
}

} // namespace Gloss::Ui
