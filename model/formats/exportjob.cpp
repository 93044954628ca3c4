#include "exportjob.h"

#include "exporter.h"
#include "formatregistry.h"

namespace Gloss::Formats
{

std::optional<ExportData> ExportJob::snapshot(
    const Project &project, const QString &formatId, const ExportScope &scope, const Progress &progress, Messages *messages)
{
    const FormatInfo *info = FormatRegistry::format(formatId);
    if (!info || !info->canExport) {
        if (messages)
            messages->append(Message::error({},
                QStringLiteral("Gloss cannot export the format “%1” (it writes %2)").arg(formatId, FormatRegistry::exportIds().join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    if (info->tagSchemaOnly)
        return ExportData::schemaOnly(project);
    return ExportData::build(project, scope, info->lossless, progress, messages);
}

ExportOutput ExportJob::render(const ExportData &data, const QString &formatId, const Progress &progress)
{
    const std::unique_ptr<Exporter> exporter = FormatRegistry::exporter(formatId);
    if (!exporter) {
        ExportOutput output;
        output.messages.append(Message::error({}, QStringLiteral("Gloss cannot export the format “%1”").arg(formatId)));
        return output;
    }
    return exporter->write(data, progress);
}

ExportResult ExportJob::write(const ExportData &data, const QString &formatId, const QString &target, const Progress &progress)
{
    ExportResult result;
    result.articles = int(data.articles.size());
    result.annotations = int(data.annotations.size());
    result.links = int(data.links.size());
    result.tags = data.tags.size();
    const ExportOutput output = render(data, formatId, progress);
    result.messages = output.messages;
    if (output.cancelled || progress.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    if (output.files.isEmpty())
        return result;
    if (!OutputWriter::write(output, target, &result.messages, progress)) {
        result.cancelled = progress.isCancelled();
        return result;
    }
    result.ok = true;
    result.written = output.layout == ExportOutput::Layout::Siblings ? ExportOutput::siblingPaths(target, output.files) : QStringList{target};
    return result;
}

ExportResult ExportJob::run(const Project &project, const QString &formatId, const ExportScope &scope, const QString &target, const Progress &progress)
{
    ExportResult result;
    const std::optional<ExportData> data = snapshot(project, formatId, scope, progress, &result.messages);
    if (!data) {
        result.cancelled = progress.isCancelled();
        return result;
    }
    ExportResult written = write(*data, formatId, target, progress);
    written.messages = result.messages + written.messages;
    return written;
}

} // namespace Gloss::Formats
