#include "w3creader.h"

#include "annotations/claim.h"
#include "annotations/storeformat.h"
#include "formatnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Gloss::Formats
{

namespace
{
// Embedded pages followed at most this deep: a collection of a million pages is no export.
constexpr int MaxPages = 10000;

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isArray())
        return value.toArray();
    return QJsonArray{value};
}

// Calls \a fn for \a value, or for each item when it is an array (JSON-LD's "one or many"), without
// building arrays for single values: imports read hundreds of thousands of these.
template<typename Fn>
void forEach(const QJsonValue &value, Fn fn)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            fn(item);
    } else if (!value.isUndefined() && !value.isNull()) {
        fn(value);
    }
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    forEach(value, [&](const QJsonValue &item) {
        if (item.isString())
            result.append(item.toString());
    });
    return result;
}

bool hasType(const QJsonObject &object, const char *type)
{
    const QJsonValue value = object.value(QLatin1String("type"));
    if (value.isString())
        return value.toString() == QLatin1String(type);
    bool found = false;
    forEach(value, [&](const QJsonValue &item) { found = found || item.toString() == QLatin1String(type); });
    return found;
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("id")).toString();
    return {};
}

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? StoreFormat::timeFromText(value.toString()) : QDateTime();
}

QString creatorOf(const QJsonValue &value)
{
    const QJsonValue first = value.isArray() ? value.toArray().first() : value;
    if (first.isString())
        return first.toString();
    const QJsonObject object = first.toObject();
    for (const char *field : {"name", "nickname", "id"}) {
        const QString text = object.value(QLatin1String(field)).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString wikidataId(const QString &iri)
{
    static const QRegularExpression pattern(QStringLiteral("^https?://(www\\.)?wikidata\\.org/(entity|wiki)/(Q[0-9]+)$"));
    const QRegularExpressionMatch match = pattern.match(iri);
    return match.hasMatch() ? match.captured(3) : QString();
}

struct Target {
    QString source;
    QString scope;
    bool hasPosition = false;
    CodePointSpan span;
    bool hasQuote = false;
    QString exact;
    QString prefix;
    QString suffix;
};

class Reader
{
public:
    explicit Reader(ImportDraft &draft) : m_draft(draft) { }

    void readDocument(const QJsonDocument &document)
    {
        QJsonArray items;
        if (document.isArray()) {
            items = document.array();
        } else {
            const QJsonObject root = document.object();
            if (root.contains(QLatin1String("@graph"))) {
                items = asArray(root.value(QLatin1String("@graph")));
            } else if (hasType(root, "AnnotationCollection")) {
                if (!collectPages(root.value(QLatin1String("first")), items))
                    return;
            } else if (hasType(root, "AnnotationPage")) {
                if (!collectPages(QJsonValue(root), items))
                    return;
            } else if (hasType(root, "Annotation")) {
                items.append(root);
            } else {
                m_draft.error(QStringLiteral("is not W3C Web Annotation JSON: expected an Annotation, AnnotationCollection, AnnotationPage or a list of them"));
                return;
            }
        }
        for (qsizetype i = 0; i < items.size() && !m_draft.hasErrors(); ++i) {
            const QJsonValue item = items.at(i);
            if (!item.isObject() || !hasType(item.toObject(), "Annotation")) {
                if (item.isString()) {
                    m_draft.notice(QStringLiteral("item %1 is only an IRI (%2); annotations referenced by IRI are not fetched").arg(i).arg(item.toString()));
                    continue;
                }
                m_draft.error(QStringLiteral("item %1 is not an Annotation").arg(i));
                return;
            }
            readAnnotation(item.toObject(), i);
        }
    }

private:
    bool collectPages(QJsonValue page, QJsonArray &items)
    {
        for (int pages = 0; !page.isUndefined() && !page.isNull(); ++pages) {
            if (pages >= MaxPages) {
                m_draft.error(QStringLiteral("has more than %1 pages").arg(MaxPages));
                return false;
            }
            if (page.isString()) {
                m_draft.error(QStringLiteral("refers to the page %1 by IRI; Gloss reads only pages embedded in the file").arg(page.toString()));
                return false;
            }
            const QJsonObject object = page.toObject();
            for (const QJsonValue &item : asArray(object.value(QLatin1String("items"))))
                items.append(item);
            page = object.value(QLatin1String("next"));
        }
        return true;
    }

    QString articleKey(const Target &target)
    {
        const QString key = target.source + QLatin1Char('\x1F') + target.scope;
        if (!m_articleKeys.contains(key)) {
            DraftArticle article;
            article.key = target.source;
            article.article.id = FormatNames::articleIdFromIri(target.source);
            if (!target.scope.isEmpty())
                article.article.url = target.scope;
            else if (target.source.startsWith(QLatin1String("http://")) || target.source.startsWith(QLatin1String("https://")))
                article.article.url = target.source;
            article.location = target.source;
            // The key must be unique per article even when one source has several scopes.
            article.key = key;
            m_draft.articles.append(article);
            m_articleKeys.insert(key);
        }
        return key;
    }

    QString tagKey(const QString &tagId, const QString &name, std::optional<Annotation::Kind> kind)
    {
        const QString key = tagId.isEmpty() ? QStringLiteral("name:") + name.trimmed().toCaseFolded() : QStringLiteral("id:") + tagId;
        if (!m_tagKeys.contains(key)) {
            DraftTag tag;
            tag.key = key;
            tag.tag.id = tagId;
            tag.tag.name = name.isEmpty() ? tagId : name;
            tag.tag.kind = kind == Annotation::Kind::Entity ? Tag::Kind::Entity : kind == Annotation::Kind::Claim ? Tag::Kind::Claim : Tag::Kind::Other;
            m_draft.tags.append(tag);
            m_tagKeys.insert(key);
        }
        return key;
    }

    QString entityKey(const Entity &entity)
    {
        const QString key = !entity.id.isEmpty() ? entity.id : QStringLiteral("external:") + entity.externalId;
        if (!m_entityKeys.contains(key)) {
            m_draft.entities.append({key, entity, false});
            m_entityKeys.insert(key);
        }
        return key;
    }

    std::optional<Target> readTarget(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        Target target;
        target.source = idOf(object.value(QLatin1String("source")));
        target.scope = idOf(object.value(QLatin1String("scope")));
        if (target.source.isEmpty())
            return std::nullopt;
        bool failed = false;
        forEach(object.value(QLatin1String("selector")), [&](const QJsonValue &selectorValue) {
            if (failed)
                return;
            const QJsonObject selector = selectorValue.toObject();
            if (hasType(selector, "TextPositionSelector")) {
                const QJsonValue start = selector.value(QLatin1String("start"));
                const QJsonValue end = selector.value(QLatin1String("end"));
                if (!start.isDouble() || !end.isDouble() || start.toDouble() < 0 || end.toDouble() > 2147483647.0
                    || start.toDouble() != double(qint64(start.toDouble())) || end.toDouble() != double(qint64(end.toDouble()))) {
                    m_draft.error(QStringLiteral("%1: a TextPositionSelector needs whole, non-negative start and end").arg(where));
                    failed = true;
                    return;
                }
                target.hasPosition = true;
                target.span = {int(start.toDouble()), int(end.toDouble())};
            } else if (hasType(selector, "TextQuoteSelector")) {
                target.hasQuote = true;
                target.exact = selector.value(QLatin1String("exact")).toString();
                target.prefix = selector.value(QLatin1String("prefix")).toString();
                target.suffix = selector.value(QLatin1String("suffix")).toString();
            }
        });
        if (failed)
            return std::nullopt;
        return target;
    }

    void readLink(const QJsonObject &object, const QString &id, const QString &where, const QJsonArray &targets)
    {
        if (targets.size() != 2) {
            m_draft.warning(QStringLiteral("%1 is a linking annotation with %2 targets; Gloss links exactly two annotations, so it was not imported")
                                .arg(where)
                                .arg(targets.size()));
            return;
        }
        DraftLink link;
        link.key = FormatNames::idFromAnnotationIri(id);
        link.location = where;
        if (FormatNames::isUuid(link.key))
            link.record.id = link.key;
        link.sourceKey = FormatNames::idFromAnnotationIri(idOf(targets.at(0)));
        link.targetKey = FormatNames::idFromAnnotationIri(idOf(targets.at(1)));
        if (link.sourceKey.isEmpty() || link.targetKey.isEmpty()) {
            m_draft.error(QStringLiteral("%1: a linking annotation needs the IRIs of two annotations as its targets").arg(where));
            return;
        }
        link.record.author = creatorOf(object.value(QLatin1String("creator")));
        link.record.created = timeOf(object.value(QLatin1String("created")));
        link.record.modified = timeOf(object.value(QLatin1String("modified")));
        QStringList notes;
        for (const QJsonValue &bodyValue : asArray(object.value(QLatin1String("body")))) {
            const QJsonObject body = bodyValue.toObject();
            const QStringList purposes = strings(body.value(QLatin1String("purpose")));
            const QString value = body.value(QLatin1String("value")).toString();
            if (purposes.contains(QLatin1String("describing")) && body.value(QLatin1String("format")).toString() == QLatin1String("application/json")) {
                const QJsonObject details = QJsonDocument::fromJson(value.toUtf8()).object();
                if (details.contains(QLatin1String("gloss"))) {
                    if (link.type.isEmpty())
                        link.type = details.value(QLatin1String("linkType")).toString();
                    link.record.status = Annotation::statusFromName(details.value(QLatin1String("status")).toString()).value_or(Annotation::Status::Accepted);
                    link.record.suggestionSource = details.value(QLatin1String("suggestionSource")).toString();
                    link.record.score = details.value(QLatin1String("score")).toDouble();
                    continue;
                }
            }
            if (purposes.contains(QLatin1String("classifying")) || purposes.contains(QLatin1String("tagging"))) {
                if (!value.isEmpty())
                    link.type = value;
            } else if (!value.isEmpty()) {
                notes.append(value);
            }
        }
        if (link.type.isEmpty())
            link.type = QStringLiteral("linking");
        link.record.note = notes.join(QStringLiteral("\n\n"));
        m_draft.links.append(link);
    }

    void readAnnotation(const QJsonObject &object, qsizetype index)
    {
        const QString id = object.value(QLatin1String("id")).toString();
        const QString where = id.isEmpty() ? QStringLiteral("annotation %1").arg(index) : id;
        const QStringList motivations = strings(object.value(QLatin1String("motivation")));
        const QJsonArray targets = asArray(object.value(QLatin1String("target")));
        if (targets.isEmpty()) {
            m_draft.error(QStringLiteral("%1 has no target").arg(where));
            return;
        }
        const bool allIris = std::all_of(targets.cbegin(), targets.cend(), [](const QJsonValue &t) {
            return t.isString() || (t.isObject() && !t.toObject().contains(QLatin1String("source")) && t.toObject().contains(QLatin1String("id")));
        });
        if (motivations.contains(QLatin1String("linking")) || (allIris && targets.size() == 2)) {
            readLink(object, id, where, targets);
            return;
        }

        QList<Target> parts;
        for (const QJsonValue &value : targets) {
            std::optional<Target> target = readTarget(value, where);
            if (m_draft.hasErrors())
                return;
            if (!target) {
                m_draft.warning(QStringLiteral("%1 targets a whole resource or something that is not text (%2); not imported").arg(where, idOf(value)));
                return;
            }
            parts.append(*target);
        }
        // One annotation is on one article: targets on other sources are reported, not merged.
        const QString source = parts.constFirst().source;
        const qsizetype before = parts.size();
        parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const Target &t) { return t.source != source; }), parts.end());
        if (parts.size() != before)
            m_draft.warning(QStringLiteral("%1 targets several articles; only its targets on %2 were imported").arg(where, source));
        const bool positions = std::all_of(parts.cbegin(), parts.cend(), [](const Target &t) { return t.hasPosition; });
        const bool quotes = std::all_of(parts.cbegin(), parts.cend(), [](const Target &t) { return t.hasQuote; });
        if (!positions && !quotes) {
            m_draft.warning(QStringLiteral("%1 has neither a TextPositionSelector nor a TextQuoteSelector; not imported").arg(where));
            return;
        }
        if (positions)
            std::sort(parts.begin(), parts.end(), [](const Target &a, const Target &b) { return a.span.start < b.span.start; });

        DraftAnnotation annotation;
        annotation.key = id.isEmpty() ? QStringLiteral("#%1").arg(index) : FormatNames::idFromAnnotationIri(id);
        annotation.location = where;
        if (FormatNames::isUuid(annotation.key))
            annotation.record.id = annotation.key;
        annotation.articleKey = articleKey(parts.constFirst());
        QStringList exacts;
        for (const Target &part : std::as_const(parts)) {
            if (positions)
                annotation.spans.append(part.span);
            exacts.append(part.exact);
        }
        if (quotes) {
            annotation.quote = exacts.join(QLatin1Char(' '));
            annotation.prefix = parts.constFirst().prefix;
            annotation.suffix = parts.constLast().suffix;
        }
        annotation.record.author = creatorOf(object.value(QLatin1String("creator")));
        annotation.record.created = timeOf(object.value(QLatin1String("created")));
        annotation.record.modified = timeOf(object.value(QLatin1String("modified")));

        QString tagName;
        QString tagId;
        QStringList notes;
        QStringList classes;
        Entity entity;
        bool hasEntity = false;
        const bool tagging = motivations.contains(QLatin1String("tagging"));
        QJsonArray bodies = asArray(object.value(QLatin1String("body")));
        if (object.value(QLatin1String("bodyValue")).isString())
            bodies.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("value"), object.value(QLatin1String("bodyValue"))}});
        for (const QJsonValue &bodyValue : std::as_const(bodies)) {
            if (bodyValue.isString()) {
                const QString entityId = FormatNames::entityIdFromIri(bodyValue.toString());
                if (!entityId.isEmpty()) {
                    entity.id = entityId;
                    hasEntity = true;
                }
                continue;
            }
            const QJsonObject body = bodyValue.toObject();
            QStringList purposes = strings(body.value(QLatin1String("purpose")));
            const QString value = body.value(QLatin1String("value")).toString();
            if (hasType(body, "SpecificResource") || body.contains(QLatin1String("source"))) {
                const QString iri = idOf(body.value(QLatin1String("source")));
                if (!FormatNames::entityIdFromIri(iri).isEmpty()) {
                    entity.id = FormatNames::entityIdFromIri(iri);
                    hasEntity = true;
                } else if (!wikidataId(iri).isEmpty()) {
                    entity.externalId = wikidataId(iri);
                    hasEntity = true;
                }
                continue;
            }
            if (purposes.isEmpty())
                purposes.append(tagging ? QStringLiteral("tagging") : QStringLiteral("commenting"));
            if (purposes.contains(QLatin1String("describing")) && body.value(QLatin1String("format")).toString() == QLatin1String("application/json")) {
                const QJsonObject details = QJsonDocument::fromJson(value.toUtf8()).object();
                if (details.contains(QLatin1String("gloss"))) {
                    annotation.kind = Annotation::kindFromName(details.value(QLatin1String("kind")).toString());
                    tagId = details.value(QLatin1String("tag")).toString();
                    annotation.record.status
                        = Annotation::statusFromName(details.value(QLatin1String("status")).toString()).value_or(Annotation::Status::Accepted);
                    annotation.record.suggestionSource = details.value(QLatin1String("suggestionSource")).toString();
                    annotation.record.score = details.value(QLatin1String("score")).toDouble();
                    annotation.record.attributes = details.value(QLatin1String("attributes")).toObject().toVariantMap();
                    const QJsonObject stated = details.value(QLatin1String("entity")).toObject();
                    if (!stated.isEmpty()) {
                        hasEntity = true;
                        entity.id = stated.value(QLatin1String("id")).toString();
                        entity.name = stated.value(QLatin1String("name")).toString();
                        entity.type = stated.value(QLatin1String("type")).toString();
                        entity.externalId = stated.value(QLatin1String("externalId")).toString();
                        entity.note = stated.value(QLatin1String("note")).toString();
                        for (const QJsonValue &alias : stated.value(QLatin1String("aliases")).toArray())
                            entity.aliases.append(alias.toString());
                    }
                    continue;
                }
            }
            if (purposes.contains(QLatin1String("tagging"))) {
                if (tagName.isEmpty())
                    tagName = value;
                else if (value != tagName)
                    m_draft.notice(QStringLiteral("%1 has several tags; Gloss keeps the first, “%2”").arg(where, tagName));
            } else if (purposes.contains(QLatin1String("classifying"))) {
                classes.append(value);
            } else if (!value.isEmpty()) {
                notes.append(value);
            }
        }
        annotation.record.note = notes.join(QStringLiteral("\n\n"));
        Claim claim = Claim::fromAttributes(annotation.record.attributes);
        for (const QString &value : std::as_const(classes)) {
            const Claim::Stance stance = Claim::stanceFromName(value);
            if (stance != Claim::Stance::Unspecified && claim.stance == Claim::Stance::Unspecified) {
                claim.stance = stance;
                claim.writeTo(annotation.record.attributes);
            } else if (stance == Claim::Stance::Unspecified && !annotation.record.attributes.contains(QStringLiteral("classification"))) {
                annotation.record.attributes.insert(QStringLiteral("classification"), value);
            }
        }
        if (!tagId.isEmpty() || !tagName.isEmpty())
            annotation.tagKey = tagKey(tagId, tagName, annotation.kind);
        if (hasEntity) {
            if (entity.name.isEmpty())
                entity.name = annotation.quote;
            annotation.entityKey = entityKey(entity);
        }
        m_draft.annotations.append(std::move(annotation));
    }

    ImportDraft &m_draft;
    QSet<QString> m_articleKeys;
    QSet<QString> m_tagKeys;
    QSet<QString> m_entityKeys;
};
} // namespace

ImportDraft W3cReader::read(const QString &path, const Progress &)
{
    ImportDraft draft;
    draft.file = path;
    const std::optional<QByteArray> bytes = readFile(path, draft);
    if (!bytes)
        return draft;
    return readBytes(*bytes, path);
}

ImportDraft W3cReader::readBytes(const QByteArray &bytes, const QString &path)
{
    ImportDraft draft;
    draft.file = path;
    draft.formatName = QStringLiteral("W3C Web Annotation");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        draft.error(QStringLiteral("is not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return draft;
    }
    Reader(draft).readDocument(document);
    return draft;
}

} // namespace Gloss::Formats
