#pragma once

#include "import/articleimporter.h"
#include "project.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Gloss::Ui
{

/// Runs an import without freezing the window: the files are found and read (ArticleImporter) on
/// a worker thread, then stored on the GUI thread in one transaction (Project::addArticles), so a
/// cancelled import adds nothing at all.
class ImportRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// Imports \a paths (files and folders) into \a project. Returns false if an import is already running.
    bool start(Project *project, const QStringList &paths);
    /// Asks the running import to stop; finished() follows with cancelled set.
    void cancel();
    /// Waits for the worker to finish (for shutdown and tests).
    void waitForFinished();

Q_SIGNALS:
    void started();
    /// \a done of \a total files read.
    void progress(int done, int total);
    /// The import ended. \a report says what was added; when \a cancelled nothing was.
    void finished(const Gloss::ImportReport &report, bool cancelled);

private:
    void onReadFinished();

    QFutureWatcher<ImportBatch> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<Project> m_project;
};

} // namespace Gloss::Ui
