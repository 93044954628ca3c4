#include "projectsession.h"

#include "import/importrunner.h"

#include <QDir>
#include <QFileInfo>

namespace Gloss::Ui
{

ProjectSession::ProjectSession(QObject *parent) : QObject(parent), m_runner(new ImportRunner(this))
{
    m_lastArticleTimer.setSingleShot(true);
    m_lastArticleTimer.setInterval(LastArticleDelay);
    // Saving on every switch would write (and sync) the database while the reader flips through
    // articles; once they settle is enough.
    connect(&m_lastArticleTimer, &QTimer::timeout, this, &ProjectSession::flush);
    connect(m_runner, &ImportRunner::finished, this, &ProjectSession::onImportFinished);
}

ProjectSession::~ProjectSession()
{
    m_runner->cancel();
    m_runner->waitForFinished();
    flush();
}

bool ProjectSession::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        Q_EMIT message(Message::error(path, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()))));
        return false;
    }
    auto project = std::make_unique<Project>();
    connect(project.get(), &Project::message, this, &ProjectSession::message);
    QString error;
    if (!project->open(path, ProjectStore::Mode::ReadWrite, &error)) {
        Q_EMIT message(Message::error(QString(), error));
        return false;
    }
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_runner->waitForFinished();
    }
    flush();
    std::unique_ptr<Project> previous = std::move(m_project);
    m_project = std::move(project);
    Q_EMIT projectOpened(m_project.get());
    return true; // previous is closed here, after every view moved to the new project
}

bool ProjectSession::importPaths(const QStringList &paths)
{
    if (!m_project) {
        Q_EMIT message(Message::error(QString(), tr("Open a project before importing articles")));
        return false;
    }
    if (m_project->isReadOnly()) {
        Q_EMIT message(Message::error(m_project->path(), tr("is open read-only, so no articles can be added")));
        return false;
    }
    if (!m_runner->start(m_project.get(), paths)) {
        Q_EMIT message(Message::warning(QString(), tr("An import is already running; wait for it or cancel it first")));
        return false;
    }
    return true;
}

void ProjectSession::setLastArticle(const QString &id)
{
    m_pendingLastArticle = id;
    m_lastArticleTimer.start();
}

QString ProjectSession::lastArticle() const
{
    if (!m_project)
        return {};
    const QString id = m_pendingLastArticle.isEmpty() ? m_project->store().value(QString::fromLatin1(LastArticleKey)) : m_pendingLastArticle;
    return !id.isEmpty() && m_project->store().containsArticle(id) ? id : QString();
}

void ProjectSession::flush()
{
    m_lastArticleTimer.stop();
    if (m_pendingLastArticle.isEmpty() || !m_project || m_project->isReadOnly())
        return;
    if (!m_project->store().setValue(QString::fromLatin1(LastArticleKey), m_pendingLastArticle))
        Q_EMIT message(Message::warning(QString(), m_project->store().lastError()));
    m_pendingLastArticle.clear();
}

void ProjectSession::onImportFinished(const ImportReport &report, bool cancelled)
{
    for (const Message &m : report.messages)
        Q_EMIT message(m);
    if (cancelled) {
        Q_EMIT message(Message::notice(QString(), tr("Import cancelled: nothing was added")));
    } else {
        QString summary = report.addedIds.size() == 1 ? tr("Imported 1 article") : tr("Imported %1 articles").arg(report.addedIds.size());
        if (report.duplicates > 0)
            summary += tr(" (%1 already in the project)").arg(report.duplicates);
        Q_EMIT message(Message::notice(QString(), summary));
    }
    Q_EMIT importFinished(report, cancelled);
}

} // namespace Gloss::Ui
