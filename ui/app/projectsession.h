#pragma once

#include "message.h"
#include "project.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Gloss::Ui
{

class ImportRunner;

/// The project the window works on: opening one (the current one stays if that fails), importing
/// into it without blocking the window, and remembering the article last read in the project.
class ProjectSession final : public QObject
{
    Q_OBJECT
public:
    /// The project value that holds the id of the article last read.
    static constexpr auto LastArticleKey = "lastArticle";
    /// How long the reader stays on an article before it is saved as the last one read (ms).
    static constexpr int LastArticleDelay = 1500;

    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    /// The open project, or nullptr before the first successful open().
    Project *project() const { return m_project.get(); }
    ImportRunner *importRunner() const { return m_runner; }

    /// Opens (or creates) the project at \a path, creating its folder if needed. On failure emits an
    /// error message naming the file and returns false; the current project stays open.
    bool open(const QString &path);
    /// Imports \a paths into the open project in the background (see ImportRunner).
    bool importPaths(const QStringList &paths);

    /// Remembers \a id as the article being read; stored after LastArticleDelay or on flush().
    void setLastArticle(const QString &id);
    /// The article last read in this project if it is still there, else empty.
    QString lastArticle() const;
    /// Stores what is pending now (before closing).
    void flush();

Q_SIGNALS:
    /// A project was opened (the previous one, if any, is closed after this returns).
    void projectOpened(Gloss::Project *project);
    void importFinished(const Gloss::ImportReport &report, bool cancelled);
    void message(const Gloss::Message &message);

private:
    void onImportFinished(const ImportReport &report, bool cancelled);

    std::unique_ptr<Project> m_project;
    ImportRunner *m_runner = nullptr;
    QTimer m_lastArticleTimer;
    QString m_pendingLastArticle;
};

} // namespace Gloss::Ui
