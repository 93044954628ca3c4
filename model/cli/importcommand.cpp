#include "importcommand.h"

#include "commandarguments.h"
#include "console.h"
#include "import/articleimporter.h"
#include "import/boilerplatefilter.h"
#include "project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <csignal>

namespace Gloss::Cli
{

namespace
{
// Set by the SIGINT handler while files are read; a signal handler can only touch a lock-free atomic.
std::atomic_bool interrupted = false;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

void printMessages(const Messages &messages)
{
    for (const Message &message : messages)
        Console::err(QStringLiteral("gloss: ") + message.toString());
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

int ImportCommand::run(const CommandArguments &arguments)
{
    const QString projectPath = arguments.value(QStringLiteral("project"));
    if (projectPath.isEmpty()) {
        Console::err(QStringLiteral("gloss: import needs a project: gloss import PATH... --project P"));
        return 2;
    }
    if (arguments.positional.isEmpty()) {
        Console::err(QStringLiteral("gloss: import needs at least one file or folder: gloss import PATH... --project P"));
        return 2;
    }

    ImportOptions options;
    Messages setupMessages;
    QStringList boilerplateFiles = arguments.values(QStringLiteral("boilerplate"));
    const QString userList = BoilerplateFilter::userListPath();
    if (QFileInfo::exists(userList))
        boilerplateFiles.prepend(userList);
    for (const QString &file : std::as_const(boilerplateFiles)) {
        const std::optional<QStringList> lines = BoilerplateFilter::readList(file, &setupMessages);
        if (!lines) {
            printMessages(setupMessages);
            return 1;
        }
        options.extraBoilerplate += *lines;
    }

    Messages messages;
    const QStringList files = ArticleImporter::collectFiles(arguments.positional, &messages);
    if (files.isEmpty()) {
        printMessages(messages);
        Console::err(QStringLiteral("gloss: nothing to import: no article files found"));
        return 1;
    }

    const bool projectExisted = QFileInfo::exists(projectPath);
    Project project;
    QString error;
    if (!project.open(projectPath, ProjectStore::Mode::ReadWrite, &error)) {
        printMessages(messages);
        Console::err(QStringLiteral("gloss: ") + error);
        return 1;
    }

    const bool terminal = Console::stderrIsTerminal();
    QElapsedTimer sinceDrawn;
    sinceDrawn.start();
    const auto progress = [&](int done, int total) {
        // Redraw at most ten times a second, and always for the last file.
        if (!terminal || (done != total && sinceDrawn.elapsed() < 100))
            return;
        sinceDrawn.restart();
        Console::progress(QStringLiteral("reading %1/%2 files").arg(done).arg(total));
    };

    interrupted = false;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    const ArticleImporter importer(options);
    ImportBatch batch = importer.read(files, progress, &interrupted);
    std::signal(SIGINT, previousHandler);
    if (terminal)
        Console::progress(QString());

    batch.messages = messages + batch.messages;
    if (batch.cancelled) {
        printMessages(batch.messages);
        Console::err(
            QStringLiteral("gloss: import interrupted after %1 of %2 files; nothing was added to %3").arg(batch.filesRead).arg(files.size()).arg(projectPath));
        project.store().close();
        if (!projectExisted)
            removeProjectFiles(projectPath);
        return 130;
    }
    if (batch.articles.isEmpty()) {
        printMessages(batch.messages);
        Console::err(QStringLiteral("gloss: nothing imported: none of the %1 file(s) held an article that could be read").arg(files.size()));
        project.store().close();
        if (!projectExisted)
            removeProjectFiles(projectPath);
        return 1;
    }

    if (terminal)
        Console::progress(QStringLiteral("saving %1 articles").arg(batch.articles.size()));
    const qsizetype articlesRead = batch.articles.size();
    const ImportReport report = project.addArticles(batch);
    if (terminal)
        Console::progress(QString());
    printMessages(report.messages);
    if (report.addedIds.isEmpty() && report.duplicates != articlesRead) {
        Console::err(QStringLiteral("gloss: nothing imported: the articles could not be saved in %1").arg(projectPath));
        return 1;
    }
    Console::out(QStringLiteral("imported %1 articles (%2 duplicates skipped) into %3").arg(report.addedIds.size()).arg(report.duplicates).arg(projectPath));
    return 0;
}

} // namespace Gloss::Cli
