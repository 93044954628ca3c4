#include "glossjsonreader.h"

#include "annotations/storeformat.h"
#include "glossjsonexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gloss::Formats
{

namespace
{
// Reads fields of one record, remembering the first that has the wrong type.
class Fields
{
public:
    Fields(const QJsonObject &object, QString where, QString *problem) : m_object(object), m_where(std::move(where)), m_problem(problem) { }

    QString text(const char *name) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            wrong(name, "a string");
            return {};
        }
        return value.toString();
    }
    double number(const char *name, double fallback = 0) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isDouble()) {
            wrong(name, "a number");
            return fallback;
        }
        return value.toDouble();
    }
    bool flag(const char *name) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool()) {
            wrong(name, "true or false");
            return false;
        }
        return value.toBool();
    }
    QDateTime time(const char *name) const
    {
        const QString value = text(name);
        if (value.isEmpty())
            return {};
        const QDateTime parsed = StoreFormat::timeFromText(value);
        if (!parsed.isValid())
            wrong(name, "an ISO 8601 date and time");
        return parsed;
    }
    QString required(const char *name) const
    {
        const QString value = text(name);
        if (value.isEmpty() && m_problem->isEmpty())
            *m_problem = QStringLiteral("%1 has no \"%2\"").arg(m_where, QLatin1String(name));
        return value;
    }
    QJsonValue raw(const char *name) const { return m_object.value(QLatin1String(name)); }
    void wrong(const char *name, const char *expected) const
    {
        if (m_problem->isEmpty())
            *m_problem = QStringLiteral("%1: \"%2\" should be %3").arg(m_where, QLatin1String(name), QLatin1String(expected));
    }
    const QString &where() const { return m_where; }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_problem;
};

QJsonArray arrayOf(const QJsonObject &root, const char *name, QString *problem)
{
    const QJsonValue value = root.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        if (problem->isEmpty())
            *problem = QStringLiteral("\"%1\" should be a list").arg(QLatin1String(name));
        return {};
    }
    return value.toArray();
}

bool objectAt(const QJsonArray &array, qsizetype i, const char *name, QJsonObject *object, QString *problem)
{
    if (!array.at(i).isObject()) {
        *problem = QStringLiteral("%1[%2] should be an object").arg(QLatin1String(name)).arg(i);
        return false;
    }
    *object = array.at(i).toObject();
    return true;
}

Annotation::Status statusOf(const Fields &fields, QString *problem)
{
    const QString name = fields.text("status");
    if (name.isEmpty())
        return Annotation::Status::Accepted;
    const std::optional<Annotation::Status> status = Annotation::statusFromName(name);
    if (!status && problem->isEmpty())
        *problem = QStringLiteral("%1: unknown status “%2”").arg(fields.where(), name);
    return status.value_or(Annotation::Status::Accepted);
}
} // namespace

ImportDraft GlossJsonReader::read(const QString &path, const Progress &)
{
    ImportDraft draft;
    draft.file = path;
    draft.formatName = QStringLiteral("Gloss JSON");
    const std::optional<QByteArray> bytes = readFile(path, draft);
    if (!bytes)
        return draft;
    return readBytes(*bytes, path);
}

ImportDraft GlossJsonReader::readBytes(const QByteArray &bytes, const QString &path)
{
    ImportDraft draft;
    draft.file = path;
    draft.formatName = QStringLiteral("Gloss JSON");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        draft.error(QStringLiteral("is not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return draft;
    }
    if (!document.isObject()) {
        draft.error(QStringLiteral("is not a Gloss export: the document is not a JSON object"));
        return draft;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("gloss")) {
        draft.error(QStringLiteral("is not a Gloss export (it has no \"format\": \"gloss\")"));
        return draft;
    }
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1) {
        draft.error(QStringLiteral("has no valid \"version\""));
        return draft;
    }
    if (version > GlossJsonExporter::Version) {
        draft.error(QStringLiteral("was written by a newer Gloss (format version %1; this one reads up to %2)").arg(version).arg(GlossJsonExporter::Version));
        return draft;
    }

    QString problem;
    const auto failed = [&]() {
        if (problem.isEmpty())
            return false;
        draft.error(problem);
        return true;
    };

    const QJsonArray articles = arrayOf(root, "articles", &problem);
    for (qsizetype i = 0; i < articles.size() && problem.isEmpty(); ++i) {
        QJsonObject object;
        if (!objectAt(articles, i, "articles", &object, &problem))
            break;
        const Fields fields(object, QStringLiteral("articles[%1]").arg(i), &problem);
        DraftArticle article;
        article.key = fields.required("id");
        article.article.id = article.key;
        article.article.title = fields.text("title");
        article.article.outlet = fields.text("outlet");
        article.article.byline = fields.text("byline");
        article.article.published = fields.text("published");
        article.article.url = fields.text("url");
        article.article.language = fields.text("language");
        article.sha256 = fields.text("sha256");
        article.memo = fields.text("memo");
        const QJsonValue text = fields.raw("text");
        if (text.isString()) {
            article.hasText = true;
            article.article.text = text.toString();
        } else if (!text.isUndefined() && !text.isNull()) {
            fields.wrong("text", "a string");
        }
        article.location = fields.where();
        draft.articles.append(article);
    }
    draft.projectMemo = root.value(QLatin1String("projectMemo")).toString();

    const QJsonArray tags = arrayOf(root, "tags", &problem);
    for (qsizetype i = 0; i < tags.size() && problem.isEmpty(); ++i) {
        QJsonObject object;
        if (!objectAt(tags, i, "tags", &object, &problem))
            break;
        const Fields fields(object, QStringLiteral("tags[%1]").arg(i), &problem);
        DraftTag tag;
        tag.authoritative = true;
        tag.key = fields.required("id");
        tag.tag.id = tag.key;
        tag.parentKey = fields.text("parent");
        tag.tag.name = fields.text("name");
        const QString kind = fields.text("kind");
        tag.tag.kind = Tag::kindFromName(kind).value_or(Tag::Kind::Other);
        const QString colour = fields.text("colour");
        tag.tag.colour = colour.isEmpty() ? QColor() : QColor(colour);
        tag.tag.key = fields.text("key");
        tag.tag.description = fields.text("description");
        tag.tag.position = int(fields.number("position", -1));
        draft.tags.append(tag);
    }

    const QJsonArray entities = arrayOf(root, "entities", &problem);
    for (qsizetype i = 0; i < entities.size() && problem.isEmpty(); ++i) {
        QJsonObject object;
        if (!objectAt(entities, i, "entities", &object, &problem))
            break;
        const Fields fields(object, QStringLiteral("entities[%1]").arg(i), &problem);
        DraftEntity entity;
        entity.authoritative = true;
        entity.key = fields.required("id");
        entity.entity.id = entity.key;
        entity.entity.name = fields.text("name");
        entity.entity.type = fields.text("type");
        const QJsonValue aliases = fields.raw("aliases");
        if (aliases.isArray()) {
            for (const QJsonValue &alias : aliases.toArray())
                entity.entity.aliases.append(alias.toString());
        }
        entity.entity.externalId = fields.text("externalId");
        entity.entity.note = fields.text("note");
        entity.entity.created = fields.time("created");
        entity.entity.modified = fields.time("modified");
        draft.entities.append(entity);
    }

    const QJsonArray annotations = arrayOf(root, "annotations", &problem);
    draft.annotations.reserve(annotations.size());
    for (qsizetype i = 0; i < annotations.size() && problem.isEmpty(); ++i) {
        QJsonObject object;
        if (!objectAt(annotations, i, "annotations", &object, &problem))
            break;
        const Fields fields(object, QStringLiteral("annotations[%1]").arg(i), &problem);
        DraftAnnotation annotation;
        annotation.key = fields.required("id");
        annotation.record.id = annotation.key;
        annotation.location = annotation.key;
        annotation.articleKey = fields.required("article");
        const QJsonValue spans = fields.raw("spans");
        if (!spans.isArray() || spans.toArray().isEmpty()) {
            fields.wrong("spans", "a list of [start, end] pairs");
            break;
        }
        for (const QJsonValue &span : spans.toArray()) {
            const QJsonArray pair = span.toArray();
            if (!span.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
                fields.wrong("spans", "a list of [start, end] pairs");
                break;
            }
            annotation.spans.append({int(pair.at(0).toDouble()), int(pair.at(1).toDouble())});
        }
        const QJsonValue quote = fields.raw("quote");
        annotation.quote = quote.isString() ? quote.toString() : QString();
        annotation.prefix = fields.text("prefix");
        annotation.suffix = fields.text("suffix");
        const QString kind = fields.text("kind");
        if (!kind.isEmpty()) {
            annotation.kind = Annotation::kindFromName(kind);
            if (!annotation.kind)
                problem = QStringLiteral("%1: unknown kind “%2”").arg(fields.where(), kind);
        }
        annotation.tagKey = fields.text("tag");
        annotation.entityKey = fields.text("entity");
        const QJsonValue attributes = fields.raw("attributes");
        if (attributes.isObject())
            annotation.record.attributes = attributes.toObject().toVariantMap();
        else if (!attributes.isUndefined() && !attributes.isNull())
            fields.wrong("attributes", "an object");
        annotation.record.note = fields.text("note");
        annotation.record.author = fields.text("author");
        annotation.record.created = fields.time("created");
        annotation.record.modified = fields.time("modified");
        annotation.record.status = statusOf(fields, &problem);
        annotation.record.suggestionSource = fields.text("suggestionSource");
        annotation.record.score = fields.number("score");
        draft.annotations.append(std::move(annotation));
    }

    const QJsonArray links = arrayOf(root, "links", &problem);
    for (qsizetype i = 0; i < links.size() && problem.isEmpty(); ++i) {
        QJsonObject object;
        if (!objectAt(links, i, "links", &object, &problem))
            break;
        const Fields fields(object, QStringLiteral("links[%1]").arg(i), &problem);
        DraftLink link;
        link.key = fields.required("id");
        link.record.id = link.key;
        link.location = link.key;
        link.type = fields.required("type");
        link.sourceKey = fields.required("source");
        link.targetKey = fields.required("target");
        link.record.note = fields.text("note");
        link.record.author = fields.text("author");
        link.record.created = fields.time("created");
        link.record.modified = fields.time("modified");
        link.record.status = statusOf(fields, &problem);
        link.record.suggestionSource = fields.text("suggestionSource");
        link.record.score = fields.number("score");
        draft.links.append(link);
    }
    failed();
    return draft;
}

} // namespace Gloss::Formats
