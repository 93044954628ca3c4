#include "importannotationscommand.h"

#include "commandarguments.h"
#include "console.h"
#include "formats/annotationimport.h"
#include "formats/formatregistry.h"
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
std::atomic_bool interrupted = false;

extern "C" void onImportAnnotationsInterrupt(int)
{
    interrupted = true;
}

int usageError(const QString &reason)
{
    Console::err(QStringLiteral("gloss: ") + reason);
    return 2;
}
} // namespace

QString ImportAnnotationsCommand::usage()
{
    return QStringLiteral("Usage: gloss import-annotations --project P [--format F] FILE\n  F: %1 (guessed from FILE when not given)")
        .arg(Formats::FormatRegistry::importIds().join(QStringLiteral(", ")));
}

int ImportAnnotationsCommand::run(const QStringList &arguments)
{
    QString error;
    const std::optional<CommandArguments> parsed
        = CommandArguments::parse(arguments, {QStringLiteral("project"), QStringLiteral("format")}, {QStringLiteral("help")}, {}, &error);
    if (!parsed)
        return usageError(error);
    if (parsed->has(QStringLiteral("help"))) {
        Console::out(usage());
        return 0;
    }
    const QString projectPath = parsed->value(QStringLiteral("project"));
    if (projectPath.isEmpty())
        return usageError(QStringLiteral("import-annotations needs a project: gloss import-annotations --project P --format F FILE"));
    if (parsed->positional.size() != 1)
        return usageError(QStringLiteral("import-annotations takes exactly one FILE (got %1)").arg(parsed->positional.size()));
    const QString file = parsed->positional.constFirst();
    if (!QFileInfo::exists(file)) {
        Console::err(QStringLiteral("gloss: %1: no such file or folder").arg(file));
        return 1;
    }
    QString format = parsed->value(QStringLiteral("format"));
    if (format.isEmpty())
        format = Formats::FormatRegistry::guessImportFormat(file);
    const Formats::FormatInfo *info = Formats::FormatRegistry::format(format);
    if (!info || !info->canImport)
        return usageError(format.isEmpty()
                ? QStringLiteral("cannot tell the format of %1; give --format (%2)").arg(file, Formats::FormatRegistry::importIds().join(QStringLiteral(", ")))
                : QStringLiteral("unknown import format '%1' (use %2)").arg(format, Formats::FormatRegistry::importIds().join(QStringLiteral(", "))));

    const bool projectExisted = QFileInfo::exists(projectPath);
    Project project;
    if (!project.open(projectPath, ProjectStore::Mode::ReadWrite, &error)) {
        Console::err(QStringLiteral("gloss: ") + error);
        return 1;
    }
    if (project.isReadOnly()) {
        Console::err(QStringLiteral("gloss: %1: %2").arg(projectPath, project.readOnlyReason()));
        return 1;
    }

    const bool terminal = Console::stderrIsTerminal();
    QElapsedTimer sinceDrawn;
    sinceDrawn.start();
    interrupted = false;
    const auto previousHandler = std::signal(SIGINT, onImportAnnotationsInterrupt);
    const Formats::Progress progress(
        [&](qint64 done, qint64 total) {
            if (!terminal || (done != total && sinceDrawn.elapsed() < 100))
                return;
            sinceDrawn.restart();
            Console::progress(QStringLiteral("importing %1/%2").arg(done).arg(total));
        },
        &interrupted);
    const Formats::AnnotationImportReport report = Formats::AnnotationImport::run(project, format, file, progress);
    std::signal(SIGINT, previousHandler);
    if (terminal)
        Console::progress(QString());
    for (const Message &message : report.messages) {
        // The summary goes to stdout below.
        if (report.ok && message.severity == Message::Severity::Notice && message.text.startsWith(QLatin1String("imported ")))
            continue;
        Console::err(QStringLiteral("gloss: ") + message.toString());
    }
    if (!report.ok) {
        project.close();
        if (!projectExisted) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(projectPath + suffix);
        }
        if (interrupted)
            return 130;
        Console::err(QStringLiteral("gloss: nothing was imported into %1").arg(projectPath));
        return 1;
    }
    Console::out(QStringLiteral("imported %1 into %2").arg(report.summary(), projectPath));
    return 0;
}

} // namespace Gloss::Cli
