#include "suggestionjob.h"

#include "project.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Gloss::Ui
{

namespace
{
qint64 monotonicNs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
}
} // namespace

SuggestionJob::SuggestionJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<SuggestionWrite>::finished, this, &SuggestionJob::computed);
}

SuggestionJob::~SuggestionJob()
{
    m_cancelled = true;
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool SuggestionJob::start(Project *project, bool force)
{
    if (m_running || !project || !project->isOpen() || project->isReadOnly())
        return false;
    m_project = project;
    m_run = std::make_unique<Suggest::SuggestionRun>(*project);
    m_run->setForce(force);
    m_pending = m_run->pendingArticles();
    m_next = 0;
    m_ready.clear();
    m_summary = {};
    m_summary.articles = project->store().articleCount();
    m_summary.pending = int(m_pending.size());
    m_chunk = 4;
    m_computing = false;
    m_running = true;
    m_cancelled = false;
    m_startedNs = monotonicNs();
    // A project closed or opened anew under the run: stop.
    connect(project->annotator(), &Annotator::reloaded, this, &SuggestionJob::cancel, Qt::UniqueConnection);
    Q_EMIT progress(0, m_summary.pending);
    computeNext();
    finishIfDone();
    return true;
}

void SuggestionJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_summary.cancelled = true;
    m_ready.clear();
    m_watcher.cancel();
    finishIfDone();
}

void SuggestionJob::computeNext()
{
    if (m_cancelled || m_next >= m_pending.size() || m_computing || !m_project)
        return;
    const QStringList ids = m_pending.mid(m_next, ComputeBatch);
    m_next += ids.size();
    const std::shared_ptr<const Suggest::Suggester> suggester = m_run->suggester();
    const QString fingerprint = m_run->fingerprint();
    m_computing = true;
    m_watcher.setFuture(QtConcurrent::mapped(m_run->prepare(ids),
        [suggester, fingerprint](const Suggest::SuggestInput &input) { return Suggest::SuggestionRun::compute(*suggester, input, fingerprint); }));
}

void SuggestionJob::computed()
{
    m_computing = false;
    if (!m_cancelled && !m_watcher.future().isCanceled())
        m_ready.append(m_watcher.future().results());
    computeNext();
    if (!m_writeScheduled && !m_ready.isEmpty()) {
        m_writeScheduled = true;
        QTimer::singleShot(0, this, &SuggestionJob::writeSome);
    }
    finishIfDone();
}

void SuggestionJob::writeSome()
{
    m_writeScheduled = false;
    if (m_cancelled || !m_project || m_ready.isEmpty()) {
        finishIfDone();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const QList<SuggestionWrite> chunk = m_ready.mid(0, m_chunk);
    m_ready.remove(0, chunk.size());
    if (!m_run->write(chunk, m_summary)) {
        m_cancelled = true;
        m_ready.clear();
        m_watcher.cancel();
        finishIfDone();
        return;
    }
    // Size the next chunk so that one write stays within the budget.
    const qint64 ms = timer.elapsed();
    if (ms * 2 < WriteBudgetMs)
        m_chunk = std::min(m_chunk * 2, 256);
    else if (ms > WriteBudgetMs)
        m_chunk = std::max(1, m_chunk / 2);
    Q_EMIT progress(m_summary.done, m_summary.pending);
    if (!m_ready.isEmpty()) {
        m_writeScheduled = true;
        QTimer::singleShot(0, this, &SuggestionJob::writeSome);
    }
    finishIfDone();
}

void SuggestionJob::finishIfDone()
{
    // The watcher's own state can say "finished" before computed() has taken the results.
    if (!m_running || m_computing || m_writeScheduled)
        return;
    if (!m_cancelled && (!m_ready.isEmpty() || m_next < m_pending.size()))
        return;
    m_running = false;
    m_summary.seconds = double(monotonicNs() - m_startedNs) / 1e9;
    if (m_project)
        disconnect(m_project->annotator(), &Annotator::reloaded, this, &SuggestionJob::cancel);
    const Suggest::SuggestionRunSummary summary = m_summary;
    Q_EMIT finished(summary);
}

} // namespace Gloss::Ui
