#include "importplanner.h"

#include "anchoring.h"
#include "annotations/storeformat.h"
#include "formatnames.h"
#include "offsets.h"
#include "project.h"

#include <QColor>
#include <QSet>
#include <QUuid>

namespace Gloss::Formats
{

namespace
{
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Annotation::Kind kindForTag(const Tag *tag)
{
    if (!tag)
        return Annotation::Kind::Note;
    switch (tag->kind) {
    case Tag::Kind::Entity:
        return Annotation::Kind::Entity;
    case Tag::Kind::Claim:
        return Annotation::Kind::Claim;
    case Tag::Kind::Other:
        break;
    }
    return Annotation::Kind::Other;
}

QString shortQuote(const QString &quote)
{
    QString text = quote.simplified();
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    return QStringLiteral("“") + text + QStringLiteral("”");
}

QString spanKey(const QString &articleId, const Spans &spans, const QString &tagId)
{
    return articleId + QLatin1Char('|') + StoreFormat::spansToText(spans) + QLatin1Char('|') + tagId;
}

// Colours for tags a file brings without one (Tableau 10, as the default schema).
QColor paletteColour(int index)
{
    static const char *const colours[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    return QColor(QString::fromLatin1(colours[index % 10]));
}

struct ResolvedArticle {
    QString id;
    QString text;
    Offsets offsets;
    bool binding = true; ///< the file's positions were made for exactly this text
    QString title;
};

/// Counts messages of one kind and names only the first few.
class MessageBudget
{
public:
    MessageBudget(Messages &messages, Message::Severity severity) : m_messages(messages), m_severity(severity) { }
    void add(const QString &file, const QString &text)
    {
        if (++m_count <= ImportPlanner::NamedMessages)
            m_messages.append(Message{m_severity, file, text});
    }
    void summarise(const QString &file, const QString &what)
    {
        if (m_count > ImportPlanner::NamedMessages)
            m_messages.append(Message{m_severity, file, QStringLiteral("… and %1 more %2").arg(m_count - ImportPlanner::NamedMessages).arg(what)});
    }

private:
    Messages &m_messages;
    Message::Severity m_severity;
    int m_count = 0;
};

class Planner
{
public:
    Planner(const Project &project, const ImportDraft &draft, const QString &author, const Progress &progress)
        : m_project(project)
        , m_draft(draft)
        , m_author(author)
        , m_progress(progress)
        , m_annotator(*project.annotator())
        , m_tags(project.annotator()->tagSchema())
    {
    }

    ImportPlan run()
    {
        m_plan.messages = m_draft.messages;
        if (m_draft.hasErrors())
            return refuse();
        if (!resolveArticles() || !resolveTags() || !resolveEntities() || !resolveAnnotations() || !resolveLinks())
            return refuse();
        resolveMemos();
        return std::move(m_plan);
    }

private:
    ImportPlan refuse()
    {
        m_plan.refused = true;
        m_plan.newArticles.clear();
        m_plan.changes = {};
        return std::move(m_plan);
    }

    bool error(const QString &text)
    {
        m_plan.messages.append(Message::error(m_draft.file, text));
        return false;
    }

    // Articles ---------------------------------------------------------------------------------
    bool resolveArticles()
    {
        const ProjectStore &store = m_project.store();
        QSet<QString> planned;
        for (const DraftArticle &draft : m_draft.articles) {
            ResolvedArticle resolved;
            const QString name = draft.article.title.isEmpty() ? draft.key : draft.article.title;
            if (draft.hasText) {
                const QString &text = draft.article.text;
                if (!draft.sha256.isEmpty() && draft.sha256.compare(FormatNames::sha256(text), Qt::CaseInsensitive) != 0)
                    return error(QStringLiteral("the text of article %1 does not match the SHA-256 the file states for it").arg(draft.key));
                resolved.id = Article::idForText(text);
                resolved.text = text;
                resolved.title = name;
                if (!draft.article.id.isEmpty() && draft.article.id != resolved.id)
                    m_plan.messages.append(Message::notice(m_draft.file,
                        QStringLiteral("article %1 is stored under %2, the id of its text (the file says %3)").arg(name, resolved.id, draft.article.id)));
                if (!store.containsArticle(resolved.id) && !planned.contains(resolved.id)) {
                    Article article = draft.article;
                    article.id = resolved.id;
                    if (article.title.isEmpty())
                        article.title = draft.key;
                    if (article.sourcePath.isEmpty())
                        article.sourcePath = m_draft.file;
                    m_plan.newArticles.append(article);
                    planned.insert(resolved.id);
                }
            } else if (!draft.article.id.isEmpty() && store.containsArticle(draft.article.id)) {
                const std::optional<Article> article = store.article(draft.article.id);
                if (!article)
                    return error(QStringLiteral("article %1 cannot be read: %2").arg(draft.article.id, store.lastError()));
                resolved.id = article->id;
                resolved.text = article->text;
                resolved.title = article->title;
                if (!draft.sha256.isEmpty() && draft.sha256.compare(FormatNames::sha256(article->text), Qt::CaseInsensitive) != 0) {
                    resolved.binding = false;
                    m_plan.messages.append(Message::warning(m_draft.file,
                        QStringLiteral("the text of article “%1” differs from the one the file was made for; its annotations are re-anchored by their quotes")
                            .arg(article->title)));
                }
            } else if (const std::optional<Article> byUrl = articleWithUrl(draft.article.url)) {
                resolved.id = byUrl->id;
                resolved.text = byUrl->text;
                resolved.title = byUrl->title;
                resolved.binding = false;
                m_plan.messages.append(Message::notice(m_draft.file,
                    QStringLiteral("article %1 was matched to “%2” by its URL; positions are checked against the quotes").arg(draft.key, byUrl->title)));
            } else {
                return error(QStringLiteral("article %1 is not in the project, and the file does not carry its text: import the article first").arg(draft.key));
            }
            resolved.offsets = Offsets(resolved.text);
            if (!draft.memo.isEmpty())
                m_articleMemos.append({resolved.id, draft.memo});
            m_articles.insert(draft.key, resolved);
        }
        return true;
    }

    std::optional<Article> articleWithUrl(const QString &url)
    {
        if (url.isEmpty())
            return std::nullopt;
        if (!m_urlsRead) {
            m_urlsRead = true;
            for (const ArticleSummary &summary : m_project.store().articleSummaries()) {
                const std::optional<Article> article = m_project.store().article(summary.id);
                if (article && !article->url.isEmpty() && !m_byUrl.contains(article->url))
                    m_byUrl.insert(article->url, article->id);
            }
        }
        const QString id = m_byUrl.value(url);
        if (id.isEmpty())
            return std::nullopt;
        return m_project.store().article(id);
    }

    // Tags -------------------------------------------------------------------------------------
    const Tag *knownTag(const QString &id) const
    {
        if (const Tag *tag = m_tags.tag(id))
            return tag;
        const auto it = m_newTagIndex.constFind(id);
        return it == m_newTagIndex.cend() ? nullptr : &m_plan.changes.tags.added.at(*it);
    }

    // A tag named \a name under \a parentId (any parent when \a anyParent and the name is unique).
    QString tagByName(const QString &name, const QString &parentId, bool anyParent) const
    {
        const QString folded = name.trimmed().toCaseFolded();
        QStringList matches;
        QString underParent;
        const auto consider = [&](const Tag &tag) {
            if (tag.name.trimmed().toCaseFolded() != folded)
                return;
            matches.append(tag.id);
            if (tag.parentId == parentId && underParent.isEmpty())
                underParent = tag.id;
        };
        for (const Tag &tag : m_tags.treeOrder())
            consider(tag);
        for (const Tag &tag : m_plan.changes.tags.added)
            consider(tag);
        if (!underParent.isEmpty())
            return underParent;
        if (anyParent && matches.size() == 1)
            return matches.constFirst();
        return {};
    }

    int siblingCount(const QString &parentId) const
    {
        int count = int(m_tags.children(parentId).size());
        for (const Tag &tag : m_plan.changes.tags.added) {
            if (tag.parentId == parentId)
                ++count;
        }
        return count;
    }

    bool keyInUse(const QString &key, const QString &exceptId) const
    {
        if (key.isEmpty())
            return false;
        const Tag *owner = m_tags.tagForKey(key);
        if (owner && owner->id != exceptId)
            return true;
        for (const Tag &tag : m_plan.changes.tags.added) {
            if (tag.key == key && tag.id != exceptId)
                return true;
        }
        return false;
    }

    std::optional<QString> resolveTag(const QString &key, int depth = 0)
    {
        const auto done = m_tagIds.constFind(key);
        if (done != m_tagIds.cend())
            return *done;
        const auto found = m_draftTags.constFind(key);
        if (found == m_draftTags.cend()) {
            if (m_tags.contains(key))
                return key;
            error(QStringLiteral("tag %1 is neither in the file nor in the project").arg(key));
            return std::nullopt;
        }
        if (depth > 64) {
            error(QStringLiteral("the tags of the file nest in a loop (at tag %1)").arg(key));
            return std::nullopt;
        }
        const DraftTag &draft = m_draft.tags.at(*found);
        QString parentId;
        if (!draft.parentKey.isEmpty()) {
            const std::optional<QString> parent = resolveTag(draft.parentKey, depth + 1);
            if (!parent)
                return std::nullopt;
            parentId = *parent;
        }
        QString id;
        const QString &given = draft.tag.id;
        if (!given.isEmpty() && m_tags.contains(given)) {
            id = given;
            if (draft.authoritative) {
                Tag after = draft.tag;
                after.parentId = parentId;
                const Tag &before = *m_tags.tag(given);
                if (keyInUse(after.key, given))
                    after.key.clear();
                if (!(after == before)) {
                    m_plan.changes.tags.before.append(before);
                    m_plan.changes.tags.after.append(after);
                }
            }
        } else if (!given.isEmpty() && m_newTagIndex.contains(given)) {
            id = given;
        } else {
            if (!draft.authoritative)
                id = tagByName(draft.tag.name, parentId, draft.parentKey.isEmpty());
            if (id.isEmpty()) {
                Tag tag = draft.tag;
                tag.id = given.isEmpty() ? newId() : given;
                tag.parentId = parentId;
                if (!draft.authoritative || tag.position < 0)
                    tag.position = siblingCount(parentId);
                if (!tag.colour.isValid())
                    tag.colour = paletteColour(int(m_plan.changes.tags.added.size()));
                if (keyInUse(tag.key, tag.id) || !Tag::isValidKey(tag.key))
                    tag.key.clear();
                if (tag.name.trimmed().isEmpty())
                    tag.name = QStringLiteral("Imported tag");
                m_newTagIndex.insert(tag.id, m_plan.changes.tags.added.size());
                m_plan.changes.tags.added.append(tag);
                id = tag.id;
            }
        }
        m_tagIds.insert(key, id);
        return id;
    }

    bool resolveTags()
    {
        for (qsizetype i = 0; i < m_draft.tags.size(); ++i)
            m_draftTags.insert(m_draft.tags.at(i).key, i);
        for (const DraftTag &draft : m_draft.tags) {
            if (!resolveTag(draft.key))
                return false;
        }
        return true;
    }

    // Entities ---------------------------------------------------------------------------------
    bool resolveEntities()
    {
        const QList<Entity> existing = m_annotator.entityStore().all();
        QHash<QString, qsizetype> byId;
        QHash<QString, QString> byExternal;
        for (qsizetype i = 0; i < existing.size(); ++i) {
            byId.insert(existing.at(i).id, i);
            if (!existing.at(i).externalId.isEmpty())
                byExternal.insert(existing.at(i).externalId, existing.at(i).id);
        }
        m_knownEntities = QSet<QString>(byId.keyBegin(), byId.keyEnd());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const DraftEntity &draft : m_draft.entities) {
            const Entity &entity = draft.entity;
            QString id;
            if (!entity.id.isEmpty() && byId.contains(entity.id)) {
                id = entity.id;
                const Entity &before = existing.at(byId.value(entity.id));
                if (draft.authoritative && !(before == entity)) {
                    m_plan.changes.entities.before.append(before);
                    m_plan.changes.entities.after.append(entity);
                }
            } else if (!entity.id.isEmpty() && m_newEntities.contains(entity.id)) {
                id = entity.id;
            } else if (!draft.authoritative && !entity.externalId.isEmpty() && byExternal.contains(entity.externalId)) {
                id = byExternal.value(entity.externalId);
            } else {
                Entity added = entity;
                if (added.id.isEmpty())
                    added.id = newId();
                if (added.name.trimmed().isEmpty())
                    added.name = added.externalId.isEmpty() ? QStringLiteral("Unnamed entity") : added.externalId;
                if (!added.created.isValid())
                    added.created = now;
                if (!added.modified.isValid())
                    added.modified = added.created;
                m_plan.changes.entities.added.append(added);
                m_newEntities.insert(added.id);
                if (!added.externalId.isEmpty())
                    byExternal.insert(added.externalId, added.id);
                id = added.id;
            }
            m_entityIds.insert(draft.key, id);
        }
        return true;
    }

    std::optional<QString> entityFor(const DraftAnnotation &draft)
    {
        if (draft.entityKey.isEmpty())
            return QString();
        const auto it = m_entityIds.constFind(draft.entityKey);
        if (it != m_entityIds.cend())
            return *it;
        if (m_knownEntities.contains(draft.entityKey))
            return draft.entityKey;
        error(QStringLiteral("annotation %1 refers to entity %2, which is neither in the file nor in the project").arg(draft.location, draft.entityKey));
        return std::nullopt;
    }

    // Annotations ------------------------------------------------------------------------------
    bool resolveAnnotations()
    {
        // What the project already has, to skip what is imported twice.
        QSet<QString> articleIds;
        for (const ResolvedArticle &article : std::as_const(m_articles))
            articleIds.insert(article.id);
        QSet<QString> plannedNew;
        for (const Article &article : std::as_const(m_plan.newArticles))
            plannedNew.insert(article.id);
        for (const QString &articleId : std::as_const(articleIds)) {
            if (plannedNew.contains(articleId))
                continue;
            for (const Annotation &annotation : m_annotator.annotationStore().byArticle(articleId)) {
                m_existingBySpan.insert(spanKey(annotation.articleId, annotation.spans, annotation.tagId), annotation.id);
                m_existingIds.insert(annotation.id);
            }
        }
        QStringList draftIds;
        for (const DraftAnnotation &draft : m_draft.annotations) {
            if (!draft.record.id.isEmpty() && !m_existingIds.contains(draft.record.id))
                draftIds.append(draft.record.id);
        }
        if (!draftIds.isEmpty() && m_annotator.annotationStore().count() > 0) {
            for (const Annotation &annotation : m_annotator.annotationStore().byIds(draftIds))
                m_existingIds.insert(annotation.id);
        }

        MessageBudget moved(m_plan.messages, Message::Severity::Notice);
        MessageBudget lost(m_plan.messages, Message::Severity::Warning);
        MessageBudget twice(m_plan.messages, Message::Severity::Notice);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSet<QString> usedIds;
        qint64 done = 0;
        const qint64 total = m_draft.annotations.size();
        m_plan.changes.annotations.added.reserve(m_draft.annotations.size());
        for (const DraftAnnotation &draft : m_draft.annotations) {
            if (m_progress.isCancelled())
                return error(QStringLiteral("the import was cancelled"));
            m_progress.reportEvery(++done, total, 2000);
            const auto articleIt = m_articles.constFind(draft.articleKey);
            if (articleIt == m_articles.cend())
                return error(QStringLiteral("annotation %1 refers to article %2, which the file does not describe").arg(draft.location, draft.articleKey));
            const ResolvedArticle &article = *articleIt;

            const AnchorResult anchored
                = Anchoring::anchor(article.text, article.offsets, draft.spans, draft.quote, draft.prefix, draft.suffix, article.binding);
            if (anchored.outcome == AnchorResult::Outcome::OutOfRange) {
                const CodePointSpan last = draft.spans.isEmpty() ? CodePointSpan{} : draft.spans.constLast();
                return error(QStringLiteral("annotation %1 is at %2-%3, past the end of article “%4” (%5 characters) or empty")
                                 .arg(draft.location)
                                 .arg(last.start)
                                 .arg(last.end)
                                 .arg(article.title)
                                 .arg(article.offsets.codePointLength()));
            }
            std::optional<Spans> spans;
            if (anchored.outcome != AnchorResult::Outcome::NotFound)
                spans = SpanRules::validFor(anchored.spans, article.text);
            if (!spans) {
                ++m_plan.notAnchored;
                m_dropped.insert(draft.key);
                lost.add(m_draft.file,
                    QStringLiteral("annotation %1 %2 could not be anchored in “%3”: its quote is not in the text; it was not imported")
                        .arg(draft.location, shortQuote(draft.quote), article.title));
                continue;
            }
            if (anchored.outcome == AnchorResult::Outcome::Reanchored) {
                ++m_plan.reanchored;
                moved.add(m_draft.file,
                    QStringLiteral("annotation %1 %2 was re-anchored in “%3”, %4 characters from where the file put it")
                        .arg(draft.location, shortQuote(draft.quote), article.title)
                        .arg(anchored.distance));
            } else {
                ++m_plan.exact;
            }

            QString tagId;
            if (!draft.tagKey.isEmpty()) {
                const std::optional<QString> resolved = resolveTag(draft.tagKey);
                if (!resolved)
                    return error(
                        QStringLiteral("annotation %1 refers to tag %2, which is neither in the file nor in the project").arg(draft.location, draft.tagKey));
                tagId = *resolved;
            }
            const std::optional<QString> entityId = entityFor(draft);
            if (!entityId)
                return false;

            const QString key = spanKey(article.id, *spans, tagId);
            const auto existing = m_existingBySpan.constFind(key);
            if (existing != m_existingBySpan.cend()) {
                ++m_plan.duplicates;
                m_keyToId.insert(draft.key, *existing);
                twice.add(m_draft.file, QStringLiteral("annotation %1 %2 is already in the project; skipped").arg(draft.location, shortQuote(draft.quote)));
                continue;
            }

            Annotation annotation = draft.record;
            annotation.articleId = article.id;
            annotation.spans = *spans;
            annotation.tagId = tagId;
            annotation.entityId = *entityId;
            annotation.kind = draft.kind ? *draft.kind : kindForTag(knownTag(tagId));
            if (annotation.id.isEmpty() || m_existingIds.contains(annotation.id) || usedIds.contains(annotation.id)) {
                if (!annotation.id.isEmpty())
                    m_plan.messages.append(Message::notice(m_draft.file,
                        QStringLiteral("annotation %1: its id is already used in the project, so it was imported under a new one").arg(draft.location)));
                annotation.id = newId();
            }
            usedIds.insert(annotation.id);
            if (annotation.author.isEmpty())
                annotation.author = m_author;
            if (!annotation.created.isValid())
                annotation.created = annotation.modified.isValid() ? annotation.modified : now;
            if (!annotation.modified.isValid())
                annotation.modified = annotation.created;
            annotation.anchorTo(article.text);
            m_existingBySpan.insert(key, annotation.id);
            m_keyToId.insert(draft.key, annotation.id);
            m_plan.changes.annotations.added.append(std::move(annotation));
        }
        moved.summarise(m_draft.file, QStringLiteral("re-anchored annotations"));
        lost.summarise(m_draft.file, QStringLiteral("annotations that could not be anchored and were not imported"));
        twice.summarise(m_draft.file, QStringLiteral("annotations already in the project"));
        return true;
    }

    // Links ------------------------------------------------------------------------------------
    QString linkTypeFor(const QString &written)
    {
        if (m_linkTypes.isEmpty())
            m_linkTypes = m_annotator.linkTypes();
        for (const LinkType &type : std::as_const(m_linkTypes)) {
            if (type.id == written)
                return type.id;
        }
        const QString folded = written.trimmed().toCaseFolded();
        for (const LinkType &type : std::as_const(m_linkTypes)) {
            if (type.id.toCaseFolded() == folded || type.name.toCaseFolded() == folded || FormatNames::typeName(type.id).toCaseFolded() == folded
                || FormatNames::typeName(type.name).toCaseFolded() == folded)
                return type.id;
        }
        QString id = FormatNames::typeName(written).toLower();
        id.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!m_unknownLinkTypes.contains(id)) {
            m_unknownLinkTypes.insert(id);
            m_plan.messages.append(
                Message::notice(m_draft.file, QStringLiteral("link type “%1” is not one of the project's; links keep it as “%2”").arg(written, id)));
        }
        return id;
    }

    std::optional<QString> linkEnd(const DraftLink &draft, const QString &key, bool *dropped)
    {
        const auto it = m_keyToId.constFind(key);
        if (it != m_keyToId.cend())
            return *it;
        if (m_dropped.contains(key)) {
            *dropped = true;
            return QString();
        }
        const QString asId = FormatNames::idFromAnnotationIri(key);
        if (m_existingIds.contains(asId) || m_annotator.annotationStore().byId(asId)) {
            m_existingIds.insert(asId);
            m_linkedExisting.append(asId);
            return asId;
        }
        error(QStringLiteral("link %1 refers to annotation %2, which is neither in the file nor in the project").arg(draft.location, key));
        return std::nullopt;
    }

    bool resolveLinks()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSet<QString> seen; // type|source|target
        QSet<QString> usedIds;
        MessageBudget skipped(m_plan.messages, Message::Severity::Warning);
        QList<Link> planned;
        for (const DraftLink &draft : m_draft.links) {
            bool dropped = false;
            const std::optional<QString> source = linkEnd(draft, draft.sourceKey, &dropped);
            if (!source)
                return false;
            const std::optional<QString> target = linkEnd(draft, draft.targetKey, &dropped);
            if (!target)
                return false;
            if (dropped) {
                ++m_plan.linksSkipped;
                skipped.add(m_draft.file, QStringLiteral("link %1 was not imported: one of its annotations could not be anchored").arg(draft.location));
                continue;
            }
            if (*source == *target) {
                ++m_plan.linksSkipped;
                skipped.add(m_draft.file, QStringLiteral("link %1 links an annotation to itself; skipped").arg(draft.location));
                continue;
            }
            Link link = draft.record;
            link.type = linkTypeFor(draft.type);
            link.sourceId = *source;
            link.targetId = *target;
            const QString key = link.type + QLatin1Char('|') + link.sourceId + QLatin1Char('|') + link.targetId;
            if (seen.contains(key)) {
                ++m_plan.duplicates;
                continue;
            }
            seen.insert(key);
            planned.append(link);
        }
        skipped.summarise(m_draft.file, QStringLiteral("links that were not imported"));

        // Links the project already has between the same annotations are not added twice.
        QSet<QString> added;
        for (const Annotation &annotation : std::as_const(m_plan.changes.annotations.added))
            added.insert(annotation.id);
        QSet<QString> existingEnds(m_linkedExisting.cbegin(), m_linkedExisting.cend());
        for (const Link &link : std::as_const(planned)) {
            for (const QString &end : {link.sourceId, link.targetId}) {
                if (!added.contains(end))
                    existingEnds.insert(end);
            }
        }
        m_linkedExisting = QStringList(existingEnds.cbegin(), existingEnds.cend());
        QSet<QString> existingKeys;
        QSet<QString> existingIds;
        if (!m_linkedExisting.isEmpty()) {
            for (const Link &link : m_annotator.linkStore().touching(m_linkedExisting)) {
                existingKeys.insert(link.type + QLatin1Char('|') + link.sourceId + QLatin1Char('|') + link.targetId);
                existingIds.insert(link.id);
            }
        }
        QStringList givenIds;
        for (const Link &link : std::as_const(planned)) {
            if (!link.id.isEmpty())
                givenIds.append(link.id);
        }
        // Ids the file gives may be taken by links between other annotations; a fresh project has none.
        if (!givenIds.isEmpty() && m_annotator.linkStore().count() > 0) {
            for (const Link &link : m_annotator.linkStore().all())
                existingIds.insert(link.id);
        }
        for (Link &link : planned) {
            if (existingKeys.contains(link.type + QLatin1Char('|') + link.sourceId + QLatin1Char('|') + link.targetId)) {
                ++m_plan.duplicates;
                continue;
            }
            if (link.id.isEmpty() || existingIds.contains(link.id) || usedIds.contains(link.id))
                link.id = newId();
            usedIds.insert(link.id);
            if (link.author.isEmpty())
                link.author = m_author;
            if (!link.created.isValid())
                link.created = link.modified.isValid() ? link.modified : now;
            if (!link.modified.isValid())
                link.modified = link.created;
            m_plan.changes.links.added.append(link);
        }
        return true;
    }

    // Memos ------------------------------------------------------------------------------------
    static std::optional<QString> merged(const QString &existing, const QString &imported)
    {
        if (imported.isEmpty() || existing == imported || existing.contains(imported))
            return std::nullopt;
        return existing.isEmpty() ? imported : existing + QStringLiteral("\n\n") + imported;
    }

    void resolveMemos()
    {
        QHash<QString, QString> after;
        for (const auto &[articleId, memo] : std::as_const(m_articleMemos)) {
            const QString current = after.contains(articleId) ? after.value(articleId) : m_annotator.memoStore().articleMemo(articleId);
            if (const std::optional<QString> text = merged(current, memo))
                after.insert(articleId, *text);
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            m_plan.changes.memos.append({it.key(), m_annotator.memoStore().articleMemo(it.key()), it.value()});
        const QString projectMemo = m_annotator.memoStore().projectMemo();
        if (const std::optional<QString> text = merged(projectMemo, m_draft.projectMemo))
            m_plan.changes.memos.append({QString(), projectMemo, *text});
    }

    const Project &m_project;
    const ImportDraft &m_draft;
    QString m_author;
    Progress m_progress;
    const Annotator &m_annotator;
    const TagSchema &m_tags;
    ImportPlan m_plan;

    QHash<QString, ResolvedArticle> m_articles;
    QList<QPair<QString, QString>> m_articleMemos;
    bool m_urlsRead = false;
    QHash<QString, QString> m_byUrl;
    QHash<QString, qsizetype> m_draftTags;
    QHash<QString, QString> m_tagIds;
    QHash<QString, qsizetype> m_newTagIndex;
    QHash<QString, QString> m_entityIds;
    QSet<QString> m_knownEntities;
    QSet<QString> m_newEntities;
    QHash<QString, QString> m_existingBySpan;
    QSet<QString> m_existingIds;
    QHash<QString, QString> m_keyToId;
    QSet<QString> m_dropped;
    QStringList m_linkedExisting;
    QList<LinkType> m_linkTypes;
    QSet<QString> m_unknownLinkTypes;
};
} // namespace

ImportPlan ImportPlanner::plan(const Project &project, const ImportDraft &draft, const QString &author, const Progress &progress)
{
    if (!project.isOpen()) {
        ImportPlan plan;
        plan.refused = true;
        plan.messages.append(Message::error(draft.file, QStringLiteral("no project is open")));
        return plan;
    }
    return Planner(project, draft, author, progress).run();
}

} // namespace Gloss::Formats
