#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace Gloss::Formats
{

/// How a long export or import reports how far it is and learns that it should stop. A value type:
/// copy it into the work. Both parts are optional; without them reporting does nothing and the work
/// is never cancelled. The callback may be called from a worker thread.
class Progress final
{
public:
    using Callback = std::function<void(qint64 done, qint64 total)>;

    Progress() = default;
    explicit Progress(Callback callback, const std::atomic_bool *cancel = nullptr) : m_callback(std::move(callback)), m_cancel(cancel) { }

    /// Reports \a done of \a total steps.
    void report(qint64 done, qint64 total) const
    {
        if (m_callback)
            m_callback(done, total);
    }
    /// Reports every \a every steps only (and at the end), so that tight loops stay tight.
    void reportEvery(qint64 done, qint64 total, qint64 every = 1000) const
    {
        if (m_callback && (done % every == 0 || done == total))
            m_callback(done, total);
    }
    /// True once the user asked to stop.
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    Callback m_callback;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Gloss::Formats
