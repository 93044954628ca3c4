#pragma once

#include "suggest/suggestionrun.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Gloss
{
class Project;
}

namespace Gloss::Ui
{

/// Runs a Suggest::SuggestionRun in the background of the window: articles are read a few dozen at a
/// time, suggested for on the thread pool, and written back on the GUI thread in chunks sized to stay
/// within about WriteBudgetMs per event-loop turn (each chunk one transaction, not an undo step), so the
/// window never freezes and the reader and lists update as suggestions arrive.
class SuggestionJob final : public QObject
{
    Q_OBJECT
public:
    static constexpr int ComputeBatch = 32; ///< articles read and handed to the pool at once
    static constexpr int WriteBudgetMs = 8;

    explicit SuggestionJob(QObject *parent = nullptr);
    /// Cancels a run in progress and waits for the pool to let go of it.
    ~SuggestionJob() override;

    /// Starts suggesting for \a project's articles that need it (all with \a force). False when a run is
    /// already going or the project is not open read-write. finished() always follows a true return.
    bool start(Gloss::Project *project, bool force = false);
    /// Stops after what is being written; what was written stays (and is not suggested again).
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// \a done of \a total articles written.
    void progress(int done, int total);
    void finished(const Gloss::Suggest::SuggestionRunSummary &summary);

private:
    void computeNext();
    void computed();
    void writeSome();
    void finishIfDone();

    QPointer<Gloss::Project> m_project;
    std::unique_ptr<Suggest::SuggestionRun> m_run;
    QFutureWatcher<SuggestionWrite> m_watcher;
    QStringList m_pending;
    qsizetype m_next = 0;
    QList<SuggestionWrite> m_ready;
    Suggest::SuggestionRunSummary m_summary;
    int m_chunk = 4;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_writeScheduled = false;
    bool m_computing = false; ///< a batch is on the pool and computed() has not yet taken it
    qint64 m_startedNs = 0;
};

} // namespace Gloss::Ui
