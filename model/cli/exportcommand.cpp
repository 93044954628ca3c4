#include "exportcommand.h"

#include "commandarguments.h"
#include "console.h"
#include "formats/exportjob.h"
#include "formats/formatregistry.h"
#include "project.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <csignal>

namespace Gloss::Cli
{

namespace
{
std::atomic_bool interrupted = false;

extern "C" void onExportInterrupt(int)
{
    interrupted = true;
}

int usageError(const QString &reason)
{
    Console::err(QStringLiteral("gloss: ") + reason);
    return 2;
}

// A tag given by id, name or path ("Claim / Quantity claim"), case-insensitively for names.
QString findTag(const TagSchema &tags, const QString &given)
{
    if (tags.contains(given))
        return given;
    for (const Tag &tag : tags.treeOrder()) {
        if (tag.name.compare(given, Qt::CaseInsensitive) == 0 || tags.path(tag.id).compare(given, Qt::CaseInsensitive) == 0)
            return tag.id;
    }
    return {};
}
} // namespace

QString ExportCommand::usage()
{
    return QStringLiteral("Usage: gloss export --project P --format F --output OUT [--scope S] [--tag T]... [--kind K]...\n"
                          "                    [--status S]... [--author A]... [--no-text]\n"
                          "  F: %1\n"
                          "  S: corpus (default), article:ID, articles:ID,ID,...\n"
                          "  K: entity, claim, cue, note, other;  S of --status: accepted, suggested, rejected")
        .arg(Formats::FormatRegistry::exportIds().join(QStringLiteral(", ")));
}

int ExportCommand::run(const QStringList &arguments)
{
    QString error;
    const std::optional<CommandArguments> parsed = CommandArguments::parse(arguments,
        {QStringLiteral("project"), QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("scope"), QStringLiteral("tag"), QStringLiteral("kind"),
            QStringLiteral("status"), QStringLiteral("author")},
        {QStringLiteral("no-text"), QStringLiteral("help")},
        {QStringLiteral("tag"), QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("author")}, &error);
    if (!parsed)
        return usageError(error);
    if (parsed->has(QStringLiteral("help"))) {
        Console::out(usage());
        return 0;
    }
    if (!parsed->positional.isEmpty())
        return usageError(QStringLiteral("export takes no paths; give the output with --output OUT (got '%1')").arg(parsed->positional.first()));
    const QString projectPath = parsed->value(QStringLiteral("project"));
    const QString format = parsed->value(QStringLiteral("format"));
    const QString output = parsed->value(QStringLiteral("output"));
    if (projectPath.isEmpty() || format.isEmpty() || output.isEmpty())
        return usageError(QStringLiteral("export needs --project P, --format F and --output OUT"));
    const Formats::FormatInfo *info = Formats::FormatRegistry::format(format);
    if (!info || !info->canExport)
        return usageError(QStringLiteral("unknown export format '%1' (use %2)").arg(format, Formats::FormatRegistry::exportIds().join(QStringLiteral(", "))));
    if (!QFileInfo::exists(projectPath)) {
        Console::err(QStringLiteral("gloss: %1: no such project").arg(projectPath));
        return 1;
    }

    Formats::ExportScope scope;
    const QString scopeText = parsed->value(QStringLiteral("scope"));
    if (scopeText.isEmpty() || scopeText == QLatin1String("corpus")) {
        scope.range = Formats::ExportScope::Range::WholeCorpus;
    } else if (scopeText.startsWith(QLatin1String("article:"))) {
        scope = Formats::ExportScope::currentArticle(scopeText.mid(8));
    } else if (scopeText.startsWith(QLatin1String("articles:"))) {
        scope = Formats::ExportScope::chosenArticles(scopeText.mid(9).split(QLatin1Char(','), Qt::SkipEmptyParts));
    } else {
        return usageError(QStringLiteral("unknown --scope '%1' (use corpus, article:ID or articles:ID,ID,...)").arg(scopeText));
    }
    for (const QString &kind : parsed->values(QStringLiteral("kind"))) {
        const std::optional<Annotation::Kind> value = Annotation::kindFromName(kind);
        if (!value)
            return usageError(QStringLiteral("unknown --kind '%1' (use entity, claim, cue, note or other)").arg(kind));
        scope.kinds.append(*value);
    }
    for (const QString &status : parsed->values(QStringLiteral("status"))) {
        const std::optional<Annotation::Status> value = Annotation::statusFromName(status);
        if (!value)
            return usageError(QStringLiteral("unknown --status '%1' (use accepted, suggested or rejected)").arg(status));
        scope.statuses.append(*value);
    }
    scope.authors = parsed->values(QStringLiteral("author"));
    scope.includeText = !parsed->has(QStringLiteral("no-text"));

    Project project;
    if (!project.open(projectPath, ProjectStore::Mode::ReadOnly, &error)) {
        Console::err(QStringLiteral("gloss: ") + error);
        return 1;
    }
    for (const QString &tag : parsed->values(QStringLiteral("tag"))) {
        const QString id = findTag(project.annotator()->tagSchema(), tag);
        if (id.isEmpty())
            return usageError(QStringLiteral("the project has no tag '%1'").arg(tag));
        scope.tagIds.append(id);
    }

    const bool terminal = Console::stderrIsTerminal();
    QElapsedTimer sinceDrawn;
    sinceDrawn.start();
    interrupted = false;
    const auto previousHandler = std::signal(SIGINT, onExportInterrupt);
    const Formats::Progress progress(
        [&](qint64 done, qint64 total) {
            if (!terminal || (done != total && sinceDrawn.elapsed() < 100))
                return;
            sinceDrawn.restart();
            Console::progress(QStringLiteral("exporting %1/%2").arg(done).arg(total));
        },
        &interrupted);
    const Formats::ExportResult result = Formats::ExportJob::run(project, format, scope, output, progress);
    std::signal(SIGINT, previousHandler);
    if (terminal)
        Console::progress(QString());
    for (const Message &message : result.messages)
        Console::err(QStringLiteral("gloss: ") + message.toString());
    if (result.cancelled) {
        Console::err(QStringLiteral("gloss: export interrupted; nothing was written to %1").arg(output));
        return 130;
    }
    if (!result.ok) {
        Console::err(QStringLiteral("gloss: export failed; nothing was written to %1").arg(output));
        return 1;
    }
    if (info->tagSchemaOnly) {
        Console::out(QStringLiteral("exported %1 tags to %2").arg(result.tags).arg(result.written.join(QStringLiteral(" and "))));
        return 0;
    }
    Console::out(QStringLiteral("exported %1 annotations and %2 links from %3 articles to %4")
                     .arg(result.annotations)
                     .arg(result.links)
                     .arg(result.articles)
                     .arg(result.written.join(QStringLiteral(" and "))));
    return 0;
}

} // namespace Gloss::Cli
