#include "claimscommand.h"

#include "claims/claimmatrix.h"
#include "claims/claimmatrixwriter.h"
#include "commandarguments.h"
#include "console.h"
#include "duplicates/nearduplicates.h"
#include "formats/csvexporter.h"
#include "project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Gloss::Cli
{

namespace
{
int usageError(const QString &reason)
{
    Console::err(QStringLiteral("gloss: ") + reason);
    return 2;
}

// Common options of both commands; nothing when the command line is wrong (after printing why).
struct Common {
    CommandArguments arguments;
    QString format;
    int exitCode = 0;
};

std::optional<Common> parseCommon(const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags, const QString &usage)
{
    QString error;
    const std::optional<CommandArguments> parsed = CommandArguments::parse(arguments, valueOptions, flags, {}, &error);
    Common common;
    if (!parsed) {
        common.exitCode = usageError(error);
        return common;
    }
    if (parsed->has(QStringLiteral("help"))) {
        Console::out(usage);
        return common;
    }
    if (!parsed->positional.isEmpty()) {
        common.exitCode = usageError(QStringLiteral("%1 takes no paths (got '%2')").arg(arguments.first(), parsed->positional.first()));
        return common;
    }
    if (parsed->value(QStringLiteral("project")).isEmpty()) {
        common.exitCode = usageError(QStringLiteral("%1 needs a project: gloss %1 --project P").arg(arguments.first()));
        return common;
    }
    common.format = parsed->has(QStringLiteral("format")) ? parsed->value(QStringLiteral("format")) : QStringLiteral("csv");
    if (common.format != QLatin1String("csv") && common.format != QLatin1String("json")) {
        common.exitCode = usageError(QStringLiteral("unknown --format '%1' (use csv or json)").arg(common.format));
        return common;
    }
    common.arguments = *parsed;
    return common;
}

bool openProject(Project &project, const QString &path)
{
    if (!QFileInfo::exists(path)) {
        Console::err(QStringLiteral("gloss: %1: no such project").arg(path));
        return false;
    }
    QString error;
    if (!project.open(path, ProjectStore::Mode::ReadOnly, &error)) {
        Console::err(QStringLiteral("gloss: ") + error);
        return false;
    }
    return true;
}

// Writes \a bytes to \a output atomically, or to stdout when \a output is empty.
int emit(const QByteArray &bytes, const QString &output)
{
    if (output.isEmpty()) {
        QString text = QString::fromUtf8(bytes);
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        Console::out(text);
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Console::err(QStringLiteral("gloss: %1: cannot write: %2").arg(output, file.errorString()));
        return 1;
    }
    return 0;
}

QList<PassagePair> duplicatesOf(const Project &project, double threshold)
{
    NearDuplicates::Options options;
    options.threshold = threshold;
    return NearDuplicates::find(NearDuplicates::documentsOf(project.store()), options);
}

std::optional<double> fraction(const CommandArguments &arguments, const QString &option, double fallback)
{
    if (!arguments.has(option))
        return fallback;
    bool ok = false;
    const double value = arguments.value(option).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return std::nullopt;
    return value;
}
} // namespace

QString ClaimsCommand::claimsUsage()
{
    return QStringLiteral("Usage: gloss claims --project P [--format csv|json] [--output F] [--tolerance T] [--suggested] [--no-duplicates]\n"
                          "  prints the claim x outlet matrix: per claim cluster, each outlet's stance and figures, and discrepancies\n"
                          "  T: relative tolerance around approximate figures, 0 to 1 (default 0.1)");
}

QString ClaimsCommand::duplicatesUsage()
{
    return QStringLiteral("Usage: gloss duplicates --project P [--format csv|json] [--output F] [--threshold J]\n"
                          "  prints the pairs of near-duplicate passages across outlets (J: minimum Jaccard similarity, default 0.8)");
}

int ClaimsCommand::runClaims(const QStringList &arguments)
{
    const std::optional<Common> common
        = parseCommon(arguments, {QStringLiteral("project"), QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("tolerance")},
            {QStringLiteral("help"), QStringLiteral("suggested"), QStringLiteral("no-duplicates")}, claimsUsage());
    if (!common || common->arguments.command.isEmpty())
        return common ? common->exitCode : 2;
    const CommandArguments &parsed = common->arguments;
    ClaimMatrix::Options options;
    const std::optional<double> tolerance = fraction(parsed, QStringLiteral("tolerance"), options.approximateTolerance);
    if (!tolerance)
        return usageError(QStringLiteral("--tolerance takes a number from 0 to 1 (got '%1')").arg(parsed.value(QStringLiteral("tolerance"))));
    options.approximateTolerance = *tolerance;
    options.includeSuggestedLinks = parsed.has(QStringLiteral("suggested"));

    Project project;
    if (!openProject(project, parsed.value(QStringLiteral("project"))))
        return 1;
    const QList<PassagePair> duplicates = parsed.has(QStringLiteral("no-duplicates")) ? QList<PassagePair>() : duplicatesOf(project, 0.8);
    const ClaimMatrix matrix = ClaimMatrix::build(ClaimMatrix::inputOf(project, duplicates), options);
    const QByteArray bytes = common->format == QLatin1String("json") ? QJsonDocument(ClaimMatrixWriter::toJson(matrix)).toJson(QJsonDocument::Indented)
                                                                     : ClaimMatrixWriter::toCsv(matrix);
    const int status = emit(bytes, parsed.value(QStringLiteral("output")));
    if (status == 0 && parsed.has(QStringLiteral("output")))
        Console::err(QStringLiteral("gloss: %1 claim clusters across %2 outlets, %3 with conflicting figures or links")
                         .arg(matrix.rowCount())
                         .arg(matrix.outlets().size())
                         .arg(matrix.conflictCount()));
    return status;
}

int ClaimsCommand::runDuplicates(const QStringList &arguments)
{
    const std::optional<Common> common
        = parseCommon(arguments, {QStringLiteral("project"), QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("threshold")},
            {QStringLiteral("help")}, duplicatesUsage());
    if (!common || common->arguments.command.isEmpty())
        return common ? common->exitCode : 2;
    const CommandArguments &parsed = common->arguments;
    const std::optional<double> threshold = fraction(parsed, QStringLiteral("threshold"), 0.8);
    if (!threshold || *threshold <= 0)
        return usageError(QStringLiteral("--threshold takes a number above 0 and up to 1 (got '%1')").arg(parsed.value(QStringLiteral("threshold"))));

    Project project;
    if (!openProject(project, parsed.value(QStringLiteral("project"))))
        return 1;
    const QList<PassagePair> pairs = duplicatesOf(project, *threshold);
    QByteArray bytes;
    if (common->format == QLatin1String("json")) {
        QJsonArray array;
        const auto passage = [](const Passage &p) {
            return QJsonObject{{QStringLiteral("article"), p.articleId}, {QStringLiteral("outlet"), p.outlet}, {QStringLiteral("start"), p.span.start},
                {QStringLiteral("end"), p.span.end}};
        };
        for (const PassagePair &pair : pairs)
            array.append(QJsonObject{{QStringLiteral("first"), passage(pair.first)}, {QStringLiteral("second"), passage(pair.second)},
                {QStringLiteral("jaccard"), pair.jaccard}, {QStringLiteral("estimatedJaccard"), pair.estimatedJaccard}});
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QString csv = QStringLiteral("first_article,first_outlet,first_start,first_end,second_article,second_outlet,second_start,second_end,jaccard,"
                                     "estimated_jaccard\r\n");
        for (const PassagePair &pair : pairs) {
            csv += QStringList{pair.first.articleId, Formats::CsvExporter::field(pair.first.outlet), QString::number(pair.first.span.start),
                       QString::number(pair.first.span.end), pair.second.articleId, Formats::CsvExporter::field(pair.second.outlet),
                       QString::number(pair.second.span.start), QString::number(pair.second.span.end), QString::number(pair.jaccard, 'f', 3),
                       QString::number(pair.estimatedJaccard, 'f', 3)}
                       .join(QLatin1Char(','))
                + QStringLiteral("\r\n");
        }
        bytes = csv.toUtf8();
    }
    return emit(bytes, parsed.value(QStringLiteral("output")));
}

} // namespace Gloss::Cli
