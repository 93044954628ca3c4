#include "headless.h"

#include "claimscommand.h"
#include "commandarguments.h"
#include "console.h"
#include "exportcommand.h"
#include "importannotationscommand.h"
#include "importcommand.h"
#include "project.h"
#include "projectstats.h"
#include "suggestcommand.h"

#include <QJsonDocument>

namespace Gloss::Cli
{

namespace
{
// The subcommands of DESIGN.md's command line; those not built yet answer so.
const QStringList &commands()
{
    static const QStringList names = {QStringLiteral("import"), QStringLiteral("stats"), QStringLiteral("suggest"), QStringLiteral("export"),
        QStringLiteral("import-annotations"), QStringLiteral("claims"), QStringLiteral("duplicates")};
    return names;
}

bool isImplemented(const QString &command)
{
    return command == QLatin1String("import") || command == QLatin1String("stats");
}

QString usage()
{
    return QStringLiteral("Usage: gloss [PATH...]\n"
                          "       gloss COMMAND [OPTIONS]\n"
                          "\n"
                          "Gloss reads and annotates sets of news articles.\n"
                          "\n"
                          "  gloss [PATH...]                      open the window on a project (.gloss), folders or article\n"
                          "                                       files; without PATH, the bundled sample article set\n"
                          "  gloss import PATH... --project P     add the articles of files and folders (searched recursively;\n"
                          "                                       .txt, .md, .html, .htm, .json, .jsonl) to project P, created if new\n"
                          "        --boilerplate FILE             also drop the lines listed in FILE from plain-text articles\n"
                          "  gloss suggest --project P            run the entity and claim suggesters headless (only articles\n"
                          "                                       not suggested for yet)\n"
                          "        --accept-above S               then accept every suggestion scoring at least S (0-1 or 80%)\n"
                          "        --force                        suggest for every article again\n"
                          "  gloss export --project P --format F --output OUT\n"
                          "                                       F: json, w3c, brat, qdpx, csv, conll\n"
                          "  gloss import-annotations --project P --format F FILE\n"
                          "                                       F: json, w3c, brat, qdpx\n"
                          "  gloss claims --project P [--format csv|json] [--output F]\n"
                          "                                       the claim x outlet matrix: stances, figures, discrepancies\n"
                          "  gloss duplicates --project P [--format csv|json] [--output F]\n"
                          "                                       near-duplicate passages across outlets (reused wire copy)\n"
                          "  gloss stats --project P              counts as JSON (articles, outlets, characters, ...)\n"
                          "  gloss --version                      print the version\n"
                          "  gloss --help                         print this help\n"
                          "\n"
                          "Exit status: 0 on success, 1 when the work failed, 2 when the command line is wrong,\n"
                          "with a one-line reason on stderr.");
}

int usageError(const QString &reason)
{
    Console::err(QStringLiteral("gloss: ") + reason);
    return 2;
}

int runStats(const CommandArguments &arguments)
{
    if (!arguments.positional.isEmpty())
        return usageError(QStringLiteral("stats takes no paths, only --project P (got '%1')").arg(arguments.positional.first()));
    const QString path = arguments.value(QStringLiteral("project"));
    if (path.isEmpty())
        return usageError(QStringLiteral("stats needs a project: gloss stats --project P"));
    Project project;
    QString error;
    if (!project.open(path, ProjectStore::Mode::ReadOnly, &error)) {
        Console::err(QStringLiteral("gloss: ") + error);
        return 1;
    }
    Console::out(QString::fromUtf8(QJsonDocument(ProjectStats::collect(project)).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}
} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    if (commands().contains(arguments.first()))
        return true;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        // Long options belong to the command line; Qt's own GUI options (-platform, -style ...) have one dash.
        if (argument.startsWith(QLatin1String("--")) || argument == QLatin1String("-h") || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(QStringLiteral("no command given; see gloss --help"));
    const QString &first = arguments.first();
    if (!commands().contains(first)) {
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            if (arguments.size() > 1)
                return usageError(QStringLiteral("--version takes no arguments"));
            Console::out(QStringLiteral("gloss " GLOSS_VERSION));
            return 0;
        }
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            Console::out(usage());
            return 0;
        }
        // Paths before an option ("gloss a.txt --bogus"): name the option that is not understood.
        for (const QString &argument : arguments) {
            if (argument == QLatin1String("--version") || argument == QLatin1String("--help"))
                return usageError(QStringLiteral("%1 cannot be combined with other arguments").arg(argument));
            if (argument.startsWith(QLatin1Char('-')))
                return usageError(QStringLiteral("unknown option '%1'; see gloss --help").arg(argument));
        }
        return usageError(QStringLiteral("unknown command '%1'; see gloss --help").arg(first));
    }

    // export and import-annotations parse their own options (model/formats).
    if (first == QLatin1String("export"))
        return ExportCommand::run(arguments);
    if (first == QLatin1String("import-annotations"))
        return ImportAnnotationsCommand::run(arguments);
    if (first == QLatin1String("suggest"))
        return SuggestCommand::run(arguments);
    if (first == QLatin1String("claims"))
        return ClaimsCommand::runClaims(arguments);
    if (first == QLatin1String("duplicates"))
        return ClaimsCommand::runDuplicates(arguments);

    if (!isImplemented(first)) {
        Console::err(QStringLiteral("gloss: '%1' is not available in this build yet").arg(first));
        return 2;
    }

    const bool import = first == QLatin1String("import");
    QString error;
    const std::optional<CommandArguments> parsed = CommandArguments::parse(arguments,
        import ? QStringList{QStringLiteral("project"), QStringLiteral("boilerplate")} : QStringList{QStringLiteral("project")}, {QStringLiteral("help")},
        {QStringLiteral("boilerplate")}, &error);
    if (!parsed)
        return usageError(error);
    if (parsed->has(QStringLiteral("help"))) {
        Console::out(usage());
        return 0;
    }
    return import ? ImportCommand::run(*parsed) : runStats(*parsed);
}

} // namespace Gloss::Cli
