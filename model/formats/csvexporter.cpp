#include "csvexporter.h"

#include "annotations/claim.h"
#include "annotations/storeformat.h"
#include "exportdata.h"

namespace Gloss::Formats
{

namespace
{
const QByteArray Bom("\xEF\xBB\xBF");

QString row(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString number(qint64 value)
{
    return QString::number(value);
}
} // namespace

QStringList CsvExporter::annotationColumns()
{
    return {QStringLiteral("article_title"), QStringLiteral("outlet"), QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("tag"),
        QStringLiteral("quote"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("attributes"), QStringLiteral("note"), QStringLiteral("author"),
        QStringLiteral("status"), QStringLiteral("stance"), QStringLiteral("speaker"), QStringLiteral("spans"), QStringLiteral("tag_path"),
        QStringLiteral("entity"), QStringLiteral("entity_external_id"), QStringLiteral("created"), QStringLiteral("modified"),
        QStringLiteral("suggestion_source"), QStringLiteral("score"), QStringLiteral("annotation_id"), QStringLiteral("article_id")};
}

QStringList CsvExporter::linkColumns()
{
    return {QStringLiteral("type"), QStringLiteral("source_quote"), QStringLiteral("source_article_title"), QStringLiteral("target_quote"),
        QStringLiteral("target_article_title"), QStringLiteral("note"), QStringLiteral("author"), QStringLiteral("created"), QStringLiteral("status"),
        QStringLiteral("link_id"), QStringLiteral("source_annotation_id"), QStringLiteral("target_annotation_id"), QStringLiteral("modified"),
        QStringLiteral("suggestion_source"), QStringLiteral("score")};
}

QString CsvExporter::field(const QString &value, bool guard)
{
    QString text = value;
    if (guard && !text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')) {
            bool isNumber = false;
            text.toDouble(&isNumber);
            if (!isNumber)
                text.prepend(QLatin1Char('\''));
        }
    }
    bool quote = false;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

ExportOutput CsvExporter::write(const ExportData &data, const Progress &progress) const
{
    ExportOutput output;
    output.layout = ExportOutput::Layout::Siblings;
    output.messages = data.messages;

    QStringList header;
    for (const QString &column : annotationColumns())
        header.append(column);
    QString csv = row(header);
    csv.reserve(qsizetype(data.annotations.size()) * 400);
    const qint64 total = data.annotations.size() + data.links.size();
    qint64 done = 0;
    for (const Annotation &annotation : data.annotations) {
        if (progress.isCancelled()) {
            output.cancelled = true;
            return output;
        }
        const Article *article = data.article(annotation.articleId);
        const QList<CodePointSpan> spans = data.codePointSpans(annotation);
        QStringList pieces;
        for (const CodePointSpan &span : spans)
            pieces.append(QStringLiteral("%1-%2").arg(span.start).arg(span.end));
        const Claim claim = Claim::fromAttributes(annotation.attributes);
        const Entity *entity = data.entity(annotation.entityId);
        csv += row({
            field(article->title),
            field(article->outlet),
            field(article->published, false),
            Annotation::kindName(annotation.kind),
            field(data.tagName(annotation.tagId)),
            field(annotation.quote),
            number(spans.isEmpty() ? 0 : spans.constFirst().start),
            number(spans.isEmpty() ? 0 : spans.constLast().end),
            field(annotation.attributes.isEmpty() ? QString() : StoreFormat::mapToJson(annotation.attributes)),
            field(annotation.note),
            field(annotation.author),
            Annotation::statusName(annotation.status),
            claim.stance == Claim::Stance::Unspecified ? QString() : Claim::stanceName(claim.stance),
            field(claim.speaker),
            pieces.join(QLatin1Char(';')),
            field(annotation.tagId.isEmpty() ? QString() : data.tags.path(annotation.tagId)),
            field(entity ? entity->name : QString()),
            field(entity ? entity->externalId : QString()),
            StoreFormat::timeToText(annotation.created),
            StoreFormat::timeToText(annotation.modified),
            field(annotation.suggestionSource),
            annotation.suggestionSource.isEmpty() ? QString() : QString::number(annotation.score),
            annotation.id,
            annotation.articleId,
        });
        progress.reportEvery(++done, total, 2000);
    }

    QString links = row(linkColumns());
    for (const Link &link : data.links) {
        const Annotation *source = data.annotation(link.sourceId);
        const Annotation *target = data.annotation(link.targetId);
        links += row({
            field(link.type),
            field(source->quote),
            field(data.article(source->articleId)->title),
            field(target->quote),
            field(data.article(target->articleId)->title),
            field(link.note),
            field(link.author),
            StoreFormat::timeToText(link.created),
            Annotation::statusName(link.status),
            link.id,
            link.sourceId,
            link.targetId,
            StoreFormat::timeToText(link.modified),
            field(link.suggestionSource),
            link.suggestionSource.isEmpty() ? QString() : QString::number(link.score),
        });
        progress.reportEvery(++done, total, 2000);
    }
    output.files.append({QStringLiteral("annotations.csv"), Bom + csv.toUtf8()});
    output.files.append({QStringLiteral("-links"), Bom + links.toUtf8()});
    return output;
}

} // namespace Gloss::Formats
