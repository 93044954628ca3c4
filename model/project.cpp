#include "project.h"

#include "import/articleimporter.h"
#include "tags/tagstore.h"

#include <QFileInfo>
#include <QLockFile>

namespace Gloss
{

Project::Project(QObject *parent) : QObject(parent)
{
    connect(&m_annotator, &Annotator::message, this, &Project::message);
}

Project::~Project()
{
    // Not close(): the annotator would announce a reload to views while the project goes away.
    m_undoStack.clear();
    m_store.close();
    m_lock.reset();
}

QString Project::lockFilePath(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

void Project::close()
{
    m_undoStack.clear();
    m_store.close();
    m_lock.reset(); // unlocks
    m_readOnlyReason.clear();
    m_annotator.reload();
}

bool Project::open(const QString &path, ProjectStore::Mode mode, QString *error)
{
    close();
    QString readOnlyReason;
    if (mode == ProjectStore::Mode::ReadWrite) {
        auto lock = std::make_unique<QLockFile>(lockFilePath(path));
        // Stale only when its process is gone; by age, a long session would lose its lock to a second Gloss.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
        } else if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            readOnlyReason
                = QStringLiteral("is open in another Gloss (process %1%2), so it was opened read-only: changes cannot be saved until that one closes it")
                      .arg(pid)
                      .arg(host.isEmpty() ? QString() : QStringLiteral(" on ") + host);
            mode = ProjectStore::Mode::ReadOnly;
        } else if (QFileInfo::exists(path)) {
            readOnlyReason = QStringLiteral("cannot be locked for writing (%1 is not writable), so it was opened read-only").arg(lockFilePath(path));
            mode = ProjectStore::Mode::ReadOnly;
        }
    }
    if (!m_store.open(path, mode)) {
        if (error)
            *error = readOnlyReason.isEmpty() ? m_store.lastError() : m_store.lastError() + QStringLiteral("; it ") + readOnlyReason;
        m_lock.reset();
        m_annotator.reload();
        return false;
    }
    if (!m_store.isReadOnly()) {
        TagStore tags(m_store.database());
        if (!tags.installDefaultsOnce())
            Q_EMIT message(Message::warning(path, QStringLiteral("the default tag schema could not be installed: ") + tags.lastError()));
    }
    m_readOnlyReason = readOnlyReason;
    m_annotator.reload();
    if (!m_readOnlyReason.isEmpty())
        Q_EMIT message(Message::warning(path, m_readOnlyReason));
    return true;
}

bool Project::saveCopy(const QString &path, QString *error)
{
    if (m_store.saveCopy(path))
        return true;
    if (error)
        *error = m_store.lastError();
    return false;
}

ImportReport Project::addArticles(const ImportBatch &batch)
{
    ImportReport report;
    report.messages = batch.messages;
    if (batch.articles.isEmpty())
        return report;
    const std::optional<QStringList> added = m_store.addArticles(batch.articles);
    if (!added) {
        report.messages.append(Message::error(m_store.path(), m_store.lastError()));
        return report;
    }
    report.addedIds = *added;
    report.duplicates = int(batch.articles.size() - added->size());
    if (!report.addedIds.isEmpty())
        Q_EMIT articlesAdded(report.addedIds);
    return report;
}

} // namespace Gloss
