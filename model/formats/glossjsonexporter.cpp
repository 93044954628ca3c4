#include "glossjsonexporter.h"

#include "annotations/storeformat.h"
#include "exportdata.h"
#include "formatnames.h"
#include "jsonwriter.h"

#include <QJsonObject>

namespace Gloss::Formats
{

ExportOutput GlossJsonExporter::write(const ExportData &data, const Progress &progress) const
{
    using StoreFormat::timeToText;
    ExportOutput output;
    output.layout = ExportOutput::Layout::File;
    output.messages = data.messages;

    JsonWriter json;
    json.reserve(qsizetype(data.annotations.size()) * 700 + 4096);
    json.beginObject();
    json.field(u"format", QStringLiteral("gloss"));
    json.field(u"version", Version);
    json.field(u"generator", FormatNames::generator());
    json.field(u"exported", timeToText(data.exported));
    json.field(u"project", data.projectName);
    json.field(u"scope", data.scope.describe());
    json.field(u"offsets", QStringLiteral("unicode-code-points"));

    json.key(u"articles");
    json.beginArray();
    for (const Article &article : data.articles) {
        json.beginObject();
        json.field(u"id", article.id);
        json.field(u"sha256", FormatNames::sha256(article.text));
        json.field(u"title", article.title);
        json.field(u"outlet", article.outlet);
        json.field(u"byline", article.byline);
        json.field(u"published", article.published);
        json.field(u"url", article.url);
        json.field(u"language", article.language);
        json.field(u"length", data.offsets(article.id).codePointLength());
        const QString memo = data.articleMemos.value(article.id);
        if (!memo.isEmpty())
            json.field(u"memo", memo);
        if (data.scope.includeText)
            json.field(u"text", article.text);
        json.endObject();
    }
    json.endArray();
    json.field(u"projectMemo", data.projectMemo);

    json.key(u"tags");
    json.beginArray();
    for (const Tag &tag : data.tags.treeOrder()) {
        json.beginObject();
        json.field(u"id", tag.id);
        json.field(u"parent", tag.parentId);
        json.field(u"name", tag.name);
        json.field(u"kind", Tag::kindName(tag.kind));
        json.field(u"colour", tag.colour.name());
        json.field(u"key", tag.key);
        json.field(u"description", tag.description);
        json.field(u"position", tag.position);
        json.endObject();
    }
    json.endArray();

    json.key(u"linkTypes");
    json.beginArray();
    for (const LinkType &type : data.linkTypes) {
        json.beginObject();
        json.field(u"id", type.id);
        json.field(u"name", type.name);
        json.field(u"symmetric", type.symmetric);
        json.field(u"transitive", type.transitive);
        json.field(u"key", type.key);
        json.field(u"position", type.position);
        json.endObject();
    }
    json.endArray();

    json.key(u"entities");
    json.beginArray();
    for (const Entity &entity : data.entities) {
        json.beginObject();
        json.field(u"id", entity.id);
        json.field(u"name", entity.name);
        json.field(u"type", entity.type);
        json.key(u"aliases");
        json.beginArray(true);
        for (const QString &alias : entity.aliases)
            json.value(alias);
        json.endArray();
        json.field(u"externalId", entity.externalId);
        json.field(u"note", entity.note);
        json.field(u"created", timeToText(entity.created));
        json.field(u"modified", timeToText(entity.modified));
        json.endObject();
    }
    json.endArray();

    const qint64 total = data.annotations.size() + data.links.size();
    qint64 done = 0;
    json.key(u"annotations");
    json.beginArray();
    for (const Annotation &annotation : data.annotations) {
        if (progress.isCancelled()) {
            output.cancelled = true;
            return output;
        }
        json.beginObject();
        json.field(u"id", annotation.id);
        json.field(u"article", annotation.articleId);
        json.key(u"spans");
        json.beginArray(true);
        for (const CodePointSpan &span : data.codePointSpans(annotation)) {
            json.beginArray(true);
            json.value(span.start);
            json.value(span.end);
            json.endArray();
        }
        json.endArray();
        json.field(u"quote", annotation.quote);
        json.field(u"prefix", annotation.prefix);
        json.field(u"suffix", annotation.suffix);
        json.field(u"kind", Annotation::kindName(annotation.kind));
        json.field(u"tag", annotation.tagId);
        json.key(u"attributes");
        if (annotation.attributes.isEmpty()) {
            json.beginObject(true);
            json.endObject();
        } else {
            json.value(QJsonValue(QJsonObject::fromVariantMap(annotation.attributes)));
        }
        json.field(u"note", annotation.note);
        json.field(u"author", annotation.author);
        json.field(u"created", timeToText(annotation.created));
        json.field(u"modified", timeToText(annotation.modified));
        json.field(u"status", Annotation::statusName(annotation.status));
        json.field(u"suggestionSource", annotation.suggestionSource);
        json.field(u"score", annotation.score);
        json.field(u"entity", annotation.entityId);
        json.endObject();
        progress.reportEvery(++done, total, 2000);
    }
    json.endArray();

    json.key(u"links");
    json.beginArray();
    for (const Link &link : data.links) {
        json.beginObject();
        json.field(u"id", link.id);
        json.field(u"type", link.type);
        json.field(u"source", link.sourceId);
        json.field(u"target", link.targetId);
        json.field(u"note", link.note);
        json.field(u"author", link.author);
        json.field(u"created", timeToText(link.created));
        json.field(u"modified", timeToText(link.modified));
        json.field(u"status", Annotation::statusName(link.status));
        json.field(u"suggestionSource", link.suggestionSource);
        json.field(u"score", link.score);
        json.endObject();
        progress.reportEvery(++done, total, 2000);
    }
    json.endArray();
    json.endObject();

    output.files.append({QStringLiteral("export.json"), json.take()});
    return output;
}

} // namespace Gloss::Formats
