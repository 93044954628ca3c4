#include "importrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Gloss::Ui
{

ImportRunner::ImportRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportBatch>::finished, this, &ImportRunner::onReadFinished);
}

ImportRunner::~ImportRunner()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

bool ImportRunner::start(Project *project, const QStringList &paths)
{
    if (isRunning() || !project)
        return false;
    m_project = project;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // Progress is reported from the worker; emitting a signal of this GUI-thread object from there
    // is delivered queued to receivers on the GUI thread. Reports are thinned to one per percent.
    // The destructor waits for the worker, so this outlives it.
    auto report = [this](int done, int total) { Q_EMIT progress(done, total); };
    m_watcher.setFuture(QtConcurrent::run([paths, cancel, report] {
        Messages messages;
        const QStringList files = ArticleImporter::collectFiles(paths, &messages);
        report(0, int(files.size()));
        int lastPercent = -1;
        ImportBatch batch = ArticleImporter().read(
            files,
            [&](int done, int total) {
                const int percent = total > 0 ? done * 100 / total : 100;
                if (percent != lastPercent || done == total) {
                    lastPercent = percent;
                    report(done, total);
                }
            },
            cancel.get());
        batch.messages = messages + batch.messages;
        if (*cancel)
            batch.cancelled = true;
        return batch;
    }));
    Q_EMIT started();
    return true;
}

void ImportRunner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ImportRunner::waitForFinished()
{
    m_watcher.waitForFinished();
    // The finished signal of the watcher is queued; deliver it now.
    if (m_cancel)
        onReadFinished();
}

void ImportRunner::onReadFinished()
{
    if (!m_cancel)
        return; // already handled
    const bool cancelled = *m_cancel || m_watcher.future().resultCount() == 0 || m_watcher.result().cancelled;
    m_cancel.reset();
    ImportReport report;
    if (m_watcher.future().resultCount() > 0) {
        const ImportBatch batch = m_watcher.result();
        if (cancelled) {
            report.messages = batch.messages;
        } else if (m_project) {
            report = m_project->addArticles(batch);
        }
    }
    Q_EMIT finished(report, cancelled);
}

} // namespace Gloss::Ui
