#include "suggestcommand.h"

#include "commandarguments.h"
#include "console.h"
#include "project.h"
#include "suggest/suggestionrun.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <optional>

namespace Gloss::Cli
{

namespace
{
std::atomic<bool> interrupted = false;

extern "C" void onSuggestInterrupt(int)
{
    interrupted = true;
}

int usageError(const QString &reason)
{
    Console::err(QStringLiteral("gloss: ") + reason);
    return 2;
}

// "0.8", "80%": a score in [0, 1].
std::optional<double> parseScore(QString text)
{
    text = text.trimmed();
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (percent)
        value /= 100.0;
    if (value < 0.0 || value > 1.0)
        return std::nullopt;
    return value;
}

QStringList suggestedAtLeast(Project &project, double score)
{
    QStringList ids;
    QSqlQuery query(project.store().database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM annotations WHERE status = 'suggested' AND score >= ? ORDER BY rowid"));
    query.addBindValue(score);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}
} // namespace

QString SuggestCommand::usage()
{
    return QStringLiteral("Usage: gloss suggest --project P [--accept-above S] [--force]\n"
                          "Suggests people, organisations, places, figures, dates and claim sentences for the articles of P\n"
                          "that have none yet (or were suggested for by an older engine or with another name list).\n"
                          "  --accept-above S   accept every suggestion scoring at least S (0 to 1, or a percentage: 80%)\n"
                          "  --force            suggest for every article again");
}

int SuggestCommand::run(const QStringList &arguments)
{
    QString error;
    const std::optional<CommandArguments> parsed = CommandArguments::parse(
        arguments, {QStringLiteral("project"), QStringLiteral("accept-above")}, {QStringLiteral("force"), QStringLiteral("help")}, {}, &error);
    if (!parsed)
        return usageError(error);
    if (parsed->has(QStringLiteral("help"))) {
        Console::out(usage());
        return 0;
    }
    if (!parsed->positional.isEmpty())
        return usageError(QStringLiteral("suggest takes no paths, only --project P (got '%1')").arg(parsed->positional.first()));
    const QString projectPath = parsed->value(QStringLiteral("project"));
    if (projectPath.isEmpty())
        return usageError(QStringLiteral("suggest needs a project: gloss suggest --project P"));
    std::optional<double> acceptAbove;
    if (parsed->has(QStringLiteral("accept-above"))) {
        acceptAbove = parseScore(parsed->value(QStringLiteral("accept-above")));
        if (!acceptAbove)
            return usageError(
                QStringLiteral("--accept-above takes a score from 0 to 1 or a percentage (got '%1')").arg(parsed->value(QStringLiteral("accept-above"))));
    }
    if (!QFileInfo::exists(projectPath)) {
        Console::err(QStringLiteral("gloss: %1: no such project").arg(projectPath));
        return 1;
    }
    Project project;
    if (!project.open(projectPath, ProjectStore::Mode::ReadWrite, &error)) {
        Console::err(QStringLiteral("gloss: ") + error);
        return 1;
    }
    if (project.isReadOnly()) {
        Console::err(QStringLiteral("gloss: %1: %2").arg(projectPath, project.readOnlyReason()));
        return 1;
    }
    QObject::connect(project.annotator(), &Annotator::message, project.annotator(),
        [](const Message &message) { Console::err(QStringLiteral("gloss: %1: %2").arg(message.file, message.text)); });

    Suggest::SuggestionRun run(project);
    run.setForce(parsed->has(QStringLiteral("force")));

    const bool terminal = Console::stderrIsTerminal();
    QElapsedTimer sinceDrawn;
    sinceDrawn.start();
    int lastQuarter = -1;
    interrupted = false;
    const auto previousHandler = std::signal(SIGINT, onSuggestInterrupt);
    const Suggest::SuggestionRunSummary summary = run.run([&](int done, int total) {
        if (terminal) {
            if (done == total || sinceDrawn.elapsed() >= 100) {
                sinceDrawn.restart();
                Console::progress(QStringLiteral("suggesting %1/%2 articles").arg(done).arg(total));
            }
        } else if (total > 0) {
            // Not a terminal (a log): a line at each quarter.
            const int quarter = done * 4 / total;
            if (quarter != lastQuarter) {
                lastQuarter = quarter;
                Console::err(QStringLiteral("gloss: suggesting %1/%2 articles").arg(done).arg(total));
            }
        }
        return !interrupted.load();
    });
    std::signal(SIGINT, previousHandler);
    if (terminal)
        Console::progress(QString());

    Console::out(QStringLiteral("suggested for %1 of %2 articles (%3 up to date) in %4 s")
                     .arg(summary.done)
                     .arg(summary.articles)
                     .arg(summary.articles - summary.pending)
                     .arg(summary.seconds, 0, 'f', 1));
    Console::out(QStringLiteral("suggestions: %1 new, %2 kept, %3 withdrawn, %4 not proposed (already annotated or rejected)")
                     .arg(summary.added)
                     .arg(summary.kept)
                     .arg(summary.removed)
                     .arg(summary.dropped));
    QList<std::pair<QString, int>> byTag;
    for (auto it = summary.addedByTag.cbegin(); it != summary.addedByTag.cend(); ++it) {
        const Tag *tag = project.annotator()->tagSchema().tag(it.key());
        byTag.append({tag ? tag->name : it.key(), it.value()});
    }
    std::sort(byTag.begin(), byTag.end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    for (const auto &[name, count] : std::as_const(byTag))
        Console::out(QStringLiteral("  %1: %2").arg(name).arg(count));
    if (summary.failed)
        return 1;
    if (summary.cancelled) {
        Console::err(QStringLiteral("gloss: interrupted; the suggestions stored so far are kept"));
        return 130;
    }

    if (acceptAbove) {
        const QStringList ids = suggestedAtLeast(project, *acceptAbove);
        if (!ids.isEmpty() && !project.annotator()->setStatus(ids, Annotation::Status::Accepted))
            return 1;
        Console::out(QStringLiteral("accepted %1 suggestions scoring at least %2").arg(ids.size()).arg(*acceptAbove, 0, 'g', 3));
    }
    return 0;
}

} // namespace Gloss::Cli
