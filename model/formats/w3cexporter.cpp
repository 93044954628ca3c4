#include "w3cexporter.h"

#include "annotations/claim.h"
#include "annotations/storeformat.h"
#include "exportdata.h"
#include "formatnames.h"
#include "jsonwriter.h"

#include <QJsonObject>

namespace Gloss::Formats
{

namespace
{
// Up to ContextLength code units before / after, never cutting a surrogate pair (as Annotation does).
QString before(const QString &text, int offset)
{
    int from = std::max(0, offset - Annotation::ContextLength);
    if (from > 0 && text.at(from).isLowSurrogate())
        ++from;
    return text.mid(from, offset - from);
}

QString after(const QString &text, int offset)
{
    int to = std::min(int(text.size()), offset + Annotation::ContextLength);
    if (to < text.size() && to > offset && text.at(to).isLowSurrogate())
        --to;
    return text.mid(offset, to - offset);
}

void textualBody(JsonWriter &json, const QString &purpose, const QString &value, const QString &format = QStringLiteral("text/plain"))
{
    json.beginObject(true);
    json.field(u"type", QStringLiteral("TextualBody"));
    json.field(u"purpose", purpose);
    json.field(u"value", value);
    json.field(u"format", format);
    json.endObject();
}

void creatorAndTimes(JsonWriter &json, const QString &author, const QDateTime &created, const QDateTime &modified)
{
    if (!author.isEmpty()) {
        json.key(u"creator");
        json.beginObject(true);
        json.field(u"type", QStringLiteral("Person"));
        json.field(u"name", author);
        json.endObject();
    }
    if (created.isValid())
        json.field(u"created", StoreFormat::timeToText(created));
    if (modified.isValid())
        json.field(u"modified", StoreFormat::timeToText(modified));
}

// The Gloss fields no standard body carries, as compact JSON in a "describing" body.
QString glossDetails(const ExportData &data, const Annotation &annotation)
{
    JsonWriter details(false);
    details.beginObject();
    details.field(u"gloss", 1);
    details.field(u"kind", Annotation::kindName(annotation.kind));
    details.field(u"tag", annotation.tagId);
    details.field(u"status", Annotation::statusName(annotation.status));
    if (!annotation.suggestionSource.isEmpty()) {
        details.field(u"suggestionSource", annotation.suggestionSource);
        details.field(u"score", annotation.score);
    }
    if (!annotation.attributes.isEmpty()) {
        details.key(u"attributes");
        details.value(QJsonValue(QJsonObject::fromVariantMap(annotation.attributes)));
    }
    if (const Entity *entity = data.entity(annotation.entityId)) {
        details.key(u"entity");
        details.beginObject();
        details.field(u"id", entity->id);
        details.field(u"name", entity->name);
        details.field(u"type", entity->type);
        details.field(u"externalId", entity->externalId);
        details.key(u"aliases");
        details.beginArray();
        for (const QString &alias : entity->aliases)
            details.value(alias);
        details.endArray();
        details.field(u"note", entity->note);
        details.endObject();
    }
    details.endObject();
    return QString::fromUtf8(details.data());
}

QString linkDetails(const Link &link)
{
    JsonWriter details(false);
    details.beginObject();
    details.field(u"gloss", 1);
    details.field(u"linkType", link.type);
    details.field(u"status", Annotation::statusName(link.status));
    if (!link.suggestionSource.isEmpty()) {
        details.field(u"suggestionSource", link.suggestionSource);
        details.field(u"score", link.score);
    }
    details.endObject();
    return QString::fromUtf8(details.data());
}
} // namespace

ExportOutput W3cExporter::write(const ExportData &data, const Progress &progress) const
{
    ExportOutput output;
    output.layout = ExportOutput::Layout::File;
    output.messages = data.messages;

    JsonWriter json;
    json.reserve(qsizetype(data.annotations.size()) * 1200 + 4096);
    json.beginObject();
    json.field(u"@context", QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    // Ids made from the project and the time, so that one snapshot always gives the same document.
    const QString seed = data.projectName + QLatin1Char('@') + StoreFormat::timeToText(data.exported);
    json.field(u"id", QStringLiteral("urn:uuid:") + FormatNames::derivedGuid(QStringLiteral("collection"), seed).toLower());
    json.field(u"type", QStringLiteral("AnnotationCollection"));
    json.field(u"label", QStringLiteral("%1: %2").arg(data.projectName, data.scope.describe()));
    json.key(u"generator");
    json.beginObject(true);
    json.field(u"type", QStringLiteral("Software"));
    json.field(u"name", FormatNames::generator());
    json.endObject();
    json.field(u"generated", StoreFormat::timeToText(data.exported));
    json.field(u"total", qint64(data.annotations.size() + data.links.size()));
    json.key(u"first");
    json.beginObject();
    json.field(u"id", QStringLiteral("urn:uuid:") + FormatNames::derivedGuid(QStringLiteral("page"), seed).toLower());
    json.field(u"type", QStringLiteral("AnnotationPage"));
    json.field(u"startIndex", 0);
    json.key(u"items");
    json.beginArray();

    const qint64 total = data.annotations.size() + data.links.size();
    qint64 done = 0;
    for (const Annotation &annotation : data.annotations) {
        if (progress.isCancelled()) {
            output.cancelled = true;
            return output;
        }
        const Article *article = data.article(annotation.articleId);
        const QString &text = article->text;
        json.beginObject();
        json.field(u"id", FormatNames::annotationIri(annotation.id));
        json.field(u"type", QStringLiteral("Annotation"));
        json.field(u"motivation",
            !annotation.tagId.isEmpty()      ? QStringLiteral("tagging")
                : !annotation.note.isEmpty() ? QStringLiteral("commenting")
                                             : QStringLiteral("highlighting"));
        creatorAndTimes(json, annotation.author, annotation.created, annotation.modified);

        json.key(u"body");
        json.beginArray();
        if (!annotation.tagId.isEmpty())
            textualBody(json, QStringLiteral("tagging"), data.tagName(annotation.tagId));
        if (!annotation.note.isEmpty())
            textualBody(json, QStringLiteral("commenting"), annotation.note);
        const Claim claim = Claim::fromAttributes(annotation.attributes);
        if (claim.stance != Claim::Stance::Unspecified)
            textualBody(json, QStringLiteral("classifying"), Claim::stanceName(claim.stance));
        if (const Entity *entity = data.entity(annotation.entityId)) {
            json.beginObject(true);
            json.field(u"type", QStringLiteral("SpecificResource"));
            json.field(u"purpose", QStringLiteral("identifying"));
            json.field(u"source", FormatNames::entityIri(entity->id));
            json.endObject();
        }
        textualBody(json, QStringLiteral("describing"), glossDetails(data, annotation), QStringLiteral("application/json"));
        json.endArray();

        const QList<CodePointSpan> points = data.codePointSpans(annotation);
        json.key(u"target");
        if (annotation.spans.size() > 1)
            json.beginArray();
        for (qsizetype i = 0; i < annotation.spans.size(); ++i) {
            const Span &span = annotation.spans.at(i);
            json.beginObject();
            json.field(u"source", FormatNames::articleIri(article->id));
            if (!article->url.isEmpty())
                json.field(u"scope", article->url);
            json.key(u"selector");
            json.beginArray();
            json.beginObject(true);
            json.field(u"type", QStringLiteral("TextQuoteSelector"));
            json.field(u"exact", text.mid(span.start, span.length()));
            json.field(u"prefix", before(text, span.start));
            json.field(u"suffix", after(text, span.end));
            json.endObject();
            json.beginObject(true);
            json.field(u"type", QStringLiteral("TextPositionSelector"));
            json.field(u"start", points.at(i).start);
            json.field(u"end", points.at(i).end);
            json.endObject();
            json.endArray();
            json.endObject();
        }
        if (annotation.spans.size() > 1)
            json.endArray();
        json.endObject();
        progress.reportEvery(++done, total, 2000);
    }

    for (const Link &link : data.links) {
        json.beginObject();
        json.field(u"id", FormatNames::annotationIri(link.id));
        json.field(u"type", QStringLiteral("Annotation"));
        json.field(u"motivation", QStringLiteral("linking"));
        creatorAndTimes(json, link.author, link.created, link.modified);
        json.key(u"body");
        json.beginArray();
        textualBody(json, QStringLiteral("classifying"), link.type);
        if (!link.note.isEmpty())
            textualBody(json, QStringLiteral("commenting"), link.note);
        textualBody(json, QStringLiteral("describing"), linkDetails(link), QStringLiteral("application/json"));
        json.endArray();
        json.key(u"target");
        json.beginArray(true);
        json.value(FormatNames::annotationIri(link.sourceId));
        json.value(FormatNames::annotationIri(link.targetId));
        json.endArray();
        json.endObject();
        progress.reportEvery(++done, total, 2000);
    }

    json.endArray();
    json.endObject();
    json.endObject();
    output.files.append({QStringLiteral("export.jsonld"), json.take()});
    return output;
}

} // namespace Gloss::Formats
