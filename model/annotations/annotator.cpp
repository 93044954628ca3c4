#include "annotator.h"

#include "editcommand.h"
#include "links/linkgraph.h"
#include "offsets.h"
#include "savepoint.h"
#include "store/projectstore.h"
#include "storeformat.h"

#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace Gloss
{

namespace
{
// Articles whose text and index stay cached while nobody holds their index.
constexpr int CachedArticleLimit = 8;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
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

template<typename Record>
QStringList idsOf(const QList<Record> &records)
{
    QStringList ids;
    ids.reserve(records.size());
    for (const Record &record : records)
        ids.append(record.id);
    return ids;
}

// Parents before children, so that each insert finds its parent (removal uses the reverse).
QList<Tag> parentsFirst(QList<Tag> tags)
{
    QList<Tag> ordered;
    QSet<QString> pending;
    for (const Tag &tag : std::as_const(tags))
        pending.insert(tag.id);
    while (!tags.isEmpty()) {
        const qsizetype before = tags.size();
        for (qsizetype i = 0; i < tags.size();) {
            if (!pending.contains(tags.at(i).parentId)) {
                pending.remove(tags.at(i).id);
                ordered.append(tags.takeAt(i));
            } else {
                ++i;
            }
        }
        if (tags.size() == before) { // a cycle: the store will refuse what cannot be inserted
            ordered.append(tags);
            break;
        }
    }
    return ordered;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

// One code point to the left or right of utf16 in text.
int stepCodePoint(const QString &text, int utf16, int direction)
{
    if (direction < 0) {
        if (utf16 <= 0)
            return 0;
        if (utf16 >= 2 && text.at(utf16 - 1).isLowSurrogate() && text.at(utf16 - 2).isHighSurrogate())
            return utf16 - 2;
        return utf16 - 1;
    }
    if (utf16 >= text.size())
        return int(text.size());
    if (utf16 + 1 < text.size() && text.at(utf16).isHighSurrogate() && text.at(utf16 + 1).isLowSurrogate())
        return utf16 + 2;
    return utf16 + 1;
}
} // namespace

Annotator::Annotator(ProjectStore &store, QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_annotationStore(store.database())
    , m_linkStore(store.database())
    , m_entityStore(store.database())
    , m_memoStore(store.database())
    , m_tagStore(store.database())
    , m_suggestionStateStore(store.database())
    , m_author(defaultAuthor())
{
}

Annotator::~Annotator() = default;

QString Annotator::defaultAuthor()
{
    const QString configured = QSettings().value(QStringLiteral("author")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

void Annotator::setAuthor(const QString &author)
{
    m_author = author.trimmed().isEmpty() ? defaultAuthor() : author.trimmed();
}

void Annotator::reload()
{
    const QSqlDatabase db = m_store.database();
    m_annotationStore = AnnotationStore(db);
    m_linkStore = LinkStore(db);
    m_entityStore = EntityStore(db);
    m_memoStore = MemoStore(db);
    m_tagStore = TagStore(db);
    m_suggestionStateStore = SuggestionStateStore(db);
    m_tags = TagSchema(m_store.isOpen() ? m_tagStore.all() : QList<Tag>());
    m_articles.clear();
    Q_EMIT reloaded();
}

// Reading ------------------------------------------------------------------------------------------

Annotator::CachedArticle *Annotator::cached(const QString &articleId)
{
    auto it = m_articles.find(articleId);
    if (it == m_articles.end()) {
        const std::optional<Article> article = m_store.article(articleId);
        if (!article)
            return nullptr;
        // Drop the least recently used articles that no view holds any more.
        while (m_articles.size() >= CachedArticleLimit) {
            auto oldest = m_articles.end();
            for (auto candidate = m_articles.begin(); candidate != m_articles.end(); ++candidate) {
                if (candidate->index.use_count() == 1 && (oldest == m_articles.end() || candidate->lastUse < oldest->lastUse))
                    oldest = candidate;
            }
            if (oldest == m_articles.end())
                break;
            m_articles.erase(oldest);
        }
        CachedArticle entry;
        entry.text = article->text;
        entry.index = std::make_shared<AnnotationIndex>(m_annotationStore.byArticle(articleId));
        it = m_articles.insert(articleId, entry);
    }
    it->lastUse = ++m_useCounter;
    return &*it;
}

std::shared_ptr<const AnnotationIndex> Annotator::index(const QString &articleId)
{
    CachedArticle *entry = cached(articleId);
    return entry ? entry->index : nullptr;
}

QString Annotator::articleText(const QString &articleId)
{
    CachedArticle *entry = cached(articleId);
    return entry ? entry->text : QString();
}

QString Annotator::textOf(const QString &articleId)
{
    const auto it = m_articles.constFind(articleId);
    if (it != m_articles.cend())
        return it->text;
    // Not worth caching: bulk edits touch articles nobody is reading.
    const std::optional<Article> article = m_store.article(articleId);
    return article ? article->text : QString();
}

std::optional<Annotation> Annotator::annotation(const QString &id) const
{
    return m_annotationStore.byId(id);
}

QList<Annotation> Annotator::annotationsOf(const QString &articleId) const
{
    return m_annotationStore.byArticle(articleId);
}

QList<Annotation> Annotator::allAnnotations() const
{
    return m_annotationStore.all();
}

QList<Link> Annotator::linksOf(const QString &annotationId) const
{
    return m_linkStore.touching({annotationId});
}

QList<Link> Annotator::allLinks() const
{
    return m_linkStore.all();
}

QList<LinkType> Annotator::linkTypes() const
{
    return m_linkStore.linkTypes();
}

std::optional<Entity> Annotator::entity(const QString &id) const
{
    return m_entityStore.byId(id);
}

QList<Entity> Annotator::entities() const
{
    return m_entityStore.all();
}

QString Annotator::articleMemo(const QString &articleId) const
{
    return m_memoStore.articleMemo(articleId);
}

QString Annotator::projectMemo() const
{
    return m_memoStore.projectMemo();
}

// The perform primitive ---------------------------------------------------------------------------

bool Annotator::apply(const ChangeSet &changes)
{
    const auto failed = [this](const QString &reason) {
        Q_EMIT message(Message::error(m_store.path(), reason));
        return false;
    };
    if (!m_store.isOpen() || m_store.isReadOnly())
        return failed(QStringLiteral("is open read-only; the change was not made"));

    Savepoint savepoint(m_store.database());
    if (!savepoint.isActive())
        return failed(QStringLiteral("cannot start saving: ") + savepoint.error());

    QList<Tag> removedTags = parentsFirst(changes.tags.removed);
    std::reverse(removedTags.begin(), removedTags.end());
    QStringList memoErrors;
    for (const MemoChange &memo : changes.memos) {
        const bool saved = memo.articleId.isEmpty() ? m_memoStore.setProjectMemo(memo.after) : m_memoStore.setArticleMemo(memo.articleId, memo.after, m_author);
        if (!saved)
            memoErrors.append(m_memoStore.lastError());
    }
    // References first in, last out: entities and tags, then annotations, then links.
    const bool written = memoErrors.isEmpty() && m_entityStore.insert(changes.entities.added) && m_tagStore.insert(parentsFirst(changes.tags.added))
        && m_tagStore.update(changes.tags.after) && m_entityStore.update(changes.entities.after) && m_annotationStore.insert(changes.annotations.added)
        && m_annotationStore.update(changes.annotations.after) && m_linkStore.insertTypes(changes.linkTypes.added)
        && m_linkStore.updateTypes(changes.linkTypes.after) && m_linkStore.insert(changes.links.added) && m_linkStore.update(changes.links.after)
        && m_linkStore.remove(idsOf(changes.links.removed)) && m_linkStore.removeTypes(idsOf(changes.linkTypes.removed))
        && m_annotationStore.remove(idsOf(changes.annotations.removed))
        && m_tagStore.remove(idsOf(removedTags)) && m_entityStore.remove(idsOf(changes.entities.removed));
    if (!written) {
        QString reason = memoErrors.join(QStringLiteral("; "));
        for (const QString &error : {m_entityStore.lastError(), m_tagStore.lastError(), m_annotationStore.lastError(), m_linkStore.lastError()}) {
            if (reason.isEmpty())
                reason = error;
        }
        savepoint.rollback();
        return failed(QStringLiteral("the change was not saved: ") + reason);
    }
    if (!savepoint.release())
        return failed(QStringLiteral("the change was not saved: ") + savepoint.error());
    m_lastApplyOk = true;
    announce(changes);
    return true;
}

void Annotator::announce(const ChangeSet &changes)
{
    // Caches first, so that every slot sees the saved state.
    if (!changes.tags.isEmpty())
        m_tags.apply(changes.tags.added + changes.tags.after, idsOf(changes.tags.removed));

    struct ArticleChanges {
        QList<Annotation> added;
        QStringList removed;
        QList<Annotation> changed;
        int from = std::numeric_limits<int>::max();
        int to = 0;
        void cover(const Annotation &annotation)
        {
            from = std::min(from, annotation.start());
            to = std::max(to, annotation.end());
        }
    };
    QHash<QString, ArticleChanges> byArticle;
    QStringList articleOrder;
    const auto entry = [&](const QString &articleId) -> ArticleChanges & {
        if (!byArticle.contains(articleId))
            articleOrder.append(articleId);
        return byArticle[articleId];
    };
    for (const Annotation &annotation : changes.annotations.added) {
        ArticleChanges &article = entry(annotation.articleId);
        article.added.append(annotation);
        article.cover(annotation);
    }
    for (const Annotation &annotation : changes.annotations.removed) {
        ArticleChanges &article = entry(annotation.articleId);
        article.removed.append(annotation.id);
        article.cover(annotation);
    }
    for (qsizetype i = 0; i < changes.annotations.after.size(); ++i) {
        ArticleChanges &article = entry(changes.annotations.after.at(i).articleId);
        article.changed.append(changes.annotations.after.at(i));
        article.cover(changes.annotations.after.at(i));
        if (i < changes.annotations.before.size())
            article.cover(changes.annotations.before.at(i));
    }
    for (const QString &articleId : std::as_const(articleOrder)) {
        const auto it = m_articles.find(articleId);
        if (it != m_articles.end()) {
            const ArticleChanges &article = byArticle[articleId];
            it->index->apply(article.added + article.changed, article.removed);
        }
    }

    if (!changes.tags.isEmpty()) {
        if (!changes.tags.added.isEmpty())
            Q_EMIT tagsAdded(idsOf(changes.tags.added));
        if (!changes.tags.after.isEmpty())
            Q_EMIT tagsChanged(idsOf(changes.tags.after));
        if (!changes.tags.removed.isEmpty())
            Q_EMIT tagsRemoved(idsOf(changes.tags.removed));
        Q_EMIT tagSchemaChanged();
    }
    if (!changes.entities.isEmpty())
        Q_EMIT entitiesChanged(idsOf(changes.entities.added) + idsOf(changes.entities.after) + idsOf(changes.entities.removed));
    if (!changes.linkTypes.isEmpty())
        Q_EMIT linkTypesChanged();
    if (!changes.links.removed.isEmpty())
        Q_EMIT linksRemoved(changes.links.removed);
    for (const QString &articleId : std::as_const(articleOrder)) {
        const ArticleChanges &article = byArticle[articleId];
        if (!article.removed.isEmpty())
            Q_EMIT annotationsRemoved(articleId, article.removed);
        if (!article.added.isEmpty())
            Q_EMIT annotationsAdded(articleId, article.added);
        if (!article.changed.isEmpty())
            Q_EMIT annotationsChanged(articleId, article.changed);
        if (article.from < article.to)
            Q_EMIT highlightChanged(articleId, article.from, article.to);
    }
    if (!changes.links.added.isEmpty())
        Q_EMIT linksAdded(changes.links.added);
    if (!changes.links.after.isEmpty())
        Q_EMIT linksChanged(changes.links.after);
    for (const MemoChange &memo : changes.memos) {
        if (memo.articleId.isEmpty())
            Q_EMIT projectMemoChanged(memo.after);
        else
            Q_EMIT articleMemoChanged(memo.articleId, memo.after);
    }
}

bool Annotator::refuse(const QString &reason)
{
    Q_EMIT message(Message::warning(m_store.path(), reason));
    return false;
}

bool Annotator::checkWritable()
{
    if (!m_store.isOpen())
        return refuse(QStringLiteral("no project is open"));
    if (m_store.isReadOnly())
        return refuse(QStringLiteral("is open read-only; the change was not made"));
    return true;
}

bool Annotator::push(const ChangeSet &changes, const QString &text, const QString &mergeKey)
{
    if (changes.isEmpty())
        return true;
    // A command whose first redo fails marks itself obsolete and the stack deletes it.
    m_lastApplyOk = false;
    m_undoStack.push(new EditCommand(this, changes, text, mergeKey));
    return m_lastApplyOk;
}

std::optional<Annotation> Annotator::existing(const QString &id)
{
    std::optional<Annotation> found = m_annotationStore.byId(id);
    if (!found)
        refuse(QStringLiteral("annotation %1 is not in the project").arg(id));
    return found;
}

// Annotations --------------------------------------------------------------------------------------

std::optional<QString> Annotator::addAnnotation(const QString &articleId, const Spans &spans, const QString &tagId)
{
    Annotation draft;
    draft.articleId = articleId;
    draft.spans = spans;
    draft.tagId = tagId;
    draft.kind = kindForTag(m_tags.tag(tagId));
    const Tag *tag = m_tags.tag(tagId);
    const QString text = tag ? QStringLiteral("Tag %1").arg(quoted(tag->name)) : QStringLiteral("Add note");
    const std::optional<QStringList> ids = addAnnotations({draft}, text);
    if (!ids || ids->isEmpty())
        return std::nullopt;
    return ids->constFirst();
}

std::optional<QStringList> Annotator::addAnnotations(QList<Annotation> drafts, const QString &undoText)
{
    if (!checkWritable())
        return std::nullopt;
    if (drafts.isEmpty())
        return QStringList();
    const QDateTime time = now();
    QHash<QString, QString> texts;
    QSet<QString> ids;
    for (Annotation &draft : drafts) {
        if (!texts.contains(draft.articleId)) {
            const QString text = textOf(draft.articleId);
            if (text.isNull()) {
                refuse(QStringLiteral("article %1 is not in the project").arg(draft.articleId));
                return std::nullopt;
            }
            texts.insert(draft.articleId, text);
        }
        const QString &text = texts[draft.articleId];
        const std::optional<Spans> spans = SpanRules::validFor(draft.spans, text);
        if (!spans) {
            refuse(QStringLiteral("the selection does not fit the text of article %1").arg(draft.articleId));
            return std::nullopt;
        }
        if (!draft.tagId.isEmpty() && !m_tags.contains(draft.tagId)) {
            refuse(QStringLiteral("tag %1 is not in the tag schema").arg(draft.tagId));
            return std::nullopt;
        }
        draft.spans = *spans;
        if (draft.id.isEmpty())
            draft.id = newId();
        if (ids.contains(draft.id)) {
            refuse(QStringLiteral("annotation %1 is given twice").arg(draft.id));
            return std::nullopt;
        }
        ids.insert(draft.id);
        if (draft.author.isEmpty())
            draft.author = m_author;
        if (!draft.created.isValid())
            draft.created = time;
        if (!draft.modified.isValid())
            draft.modified = draft.created;
        draft.anchorTo(text);
    }
    ChangeSet changes;
    changes.annotations.added = drafts;
    const QString text = !undoText.isEmpty() ? undoText
        : drafts.size() == 1                 ? QStringLiteral("Add annotation")
                                             : QStringLiteral("Add %1 annotations").arg(drafts.size());
    if (!push(changes, text))
        return std::nullopt;
    return idsOf(drafts);
}

bool Annotator::removeAnnotations(const QStringList &ids)
{
    if (!checkWritable())
        return false;
    const QList<Annotation> found = m_annotationStore.byIds(ids);
    if (found.isEmpty())
        return refuse(QStringLiteral("none of the annotations to delete is in the project"));
    ChangeSet changes;
    changes.annotations.removed = found;
    changes.links.removed = m_linkStore.touching(idsOf(found));
    return push(changes,
        found.size() == 1 ? QStringLiteral("Delete annotation %1").arg(quoted(found.constFirst().quote.left(40)))
                          : QStringLiteral("Delete %1 annotations").arg(found.size()));
}

bool Annotator::changeAnnotations(const QStringList &ids, const std::function<void(Annotation &)> &edit, const QString &text, const QString &mergeKey)
{
    if (!checkWritable())
        return false;
    const QList<Annotation> found = m_annotationStore.byIds(ids);
    if (found.isEmpty())
        return refuse(QStringLiteral("none of the annotations to change is in the project"));
    const QDateTime time = now();
    ChangeSet changes;
    for (const Annotation &before : found) {
        Annotation after = before;
        edit(after);
        after.modified = before.modified;
        if (after == before)
            continue;
        after.modified = time;
        changes.annotations.before.append(before);
        changes.annotations.after.append(after);
    }
    return push(changes, text, mergeKey);
}

bool Annotator::setTag(const QStringList &ids, const QString &tagId)
{
    const Tag *tag = m_tags.tag(tagId);
    if (!tagId.isEmpty() && !tag)
        return refuse(QStringLiteral("tag %1 is not in the tag schema").arg(tagId));
    const Annotation::Kind kind = kindForTag(tag);
    return changeAnnotations(
        ids,
        [&](Annotation &annotation) {
            annotation.tagId = tagId;
            annotation.kind = kind;
        },
        tag ? QStringLiteral("Change tag to %1").arg(quoted(tag->name)) : QStringLiteral("Remove tag"));
}

bool Annotator::setSpans(const QString &id, const Spans &spans)
{
    if (!checkWritable())
        return false;
    const std::optional<Annotation> found = existing(id);
    if (!found)
        return false;
    const QString text = textOf(found->articleId);
    const std::optional<Spans> valid = SpanRules::validFor(spans, text);
    if (!valid)
        return refuse(QStringLiteral("the new boundaries do not fit the text of the article"));
    return changeAnnotations(
        {id},
        [&](Annotation &annotation) {
            annotation.spans = *valid;
            annotation.anchorTo(text);
        },
        QStringLiteral("Change boundaries"), QStringLiteral("spans:") + id);
}

bool Annotator::moveBoundary(const QString &id, Boundary boundary, int steps)
{
    if (!checkWritable())
        return false;
    const std::optional<Annotation> found = existing(id);
    if (!found || found->spans.isEmpty() || steps == 0)
        return false;
    const QString text = textOf(found->articleId);
    Spans spans = found->spans;
    Span &span = boundary == Boundary::Start ? spans.first() : spans.last();
    int &edge = boundary == Boundary::Start ? span.start : span.end;
    const int direction = steps < 0 ? -1 : 1;
    for (int i = 0; i < std::abs(steps); ++i) {
        const int moved = stepCodePoint(text, edge, direction);
        // Keep at least one character in the span.
        if (moved == edge || (boundary == Boundary::Start && moved >= span.end) || (boundary == Boundary::End && moved <= span.start))
            break;
        edge = moved;
    }
    if (spans == found->spans)
        return false;
    return setSpans(id, spans);
}

bool Annotator::setAttributes(const QString &id, const QVariantMap &attributes)
{
    return changeAnnotations(
        {id}, [&](Annotation &annotation) { annotation.attributes = attributes; }, QStringLiteral("Edit attributes"));
}

bool Annotator::setClaim(const QString &id, const Claim &claim)
{
    return changeAnnotations(
        {id}, [&](Annotation &annotation) { claim.writeTo(annotation.attributes); }, QStringLiteral("Edit claim"));
}

bool Annotator::setNote(const QString &id, const QString &note)
{
    return changeAnnotations(
        {id}, [&](Annotation &annotation) { annotation.note = note; }, QStringLiteral("Edit note"), QStringLiteral("note:") + id);
}

bool Annotator::setKind(const QStringList &ids, Annotation::Kind kind)
{
    return changeAnnotations(
        ids, [&](Annotation &annotation) { annotation.kind = kind; }, QStringLiteral("Change kind"));
}

bool Annotator::setStatus(const QStringList &ids, Annotation::Status status)
{
    const QString text = status == Annotation::Status::Accepted ? QStringLiteral("Accept suggestion")
        : status == Annotation::Status::Rejected                ? QStringLiteral("Reject suggestion")
                                                                : QStringLiteral("Mark as suggestion");
    return changeAnnotations(
        ids, [&](Annotation &annotation) { annotation.status = status; }, ids.size() > 1 ? text + QLatin1Char('s') : text);
}

namespace
{
// The same key as the stored columns give: tag id and spans as StoreFormat writes them.
QString spotKey(const QString &tagId, const QString &spans)
{
    return tagId + QLatin1Char('|') + spans;
}

QString spotKey(const Annotation &annotation)
{
    return spotKey(annotation.tagId, StoreFormat::spansToText(annotation.spans));
}
} // namespace

std::optional<SuggestionWriteResult> Annotator::replaceSuggestions(const QList<SuggestionWrite> &writes, const QStringList &replacedSources)
{
    if (!checkWritable())
        return std::nullopt;
    SuggestionWriteResult result;
    ChangeSet changes;
    QHash<QString, QStringList> fingerprinted; // fingerprint -> article ids
    const QDateTime time = now();
    const QString suggested = Annotation::statusName(Annotation::Status::Suggested);
    QSqlQuery spots(m_store.database());
    spots.setForwardOnly(true);
    spots.prepare(QStringLiteral("SELECT id, tag_id, spans, status, suggestion_source FROM annotations WHERE article_id = ?"));
    for (const SuggestionWrite &write : writes) {
        if (!write.fingerprint.isEmpty())
            fingerprinted[write.fingerprint].append(write.articleId);
        QHash<QString, Annotation> replaceable; // spot + source -> a Suggested annotation that may go
        QSet<QString> taken; // spots that no draft may take
        // Only the keys are read for every annotation of the article; whole records only for those that may go.
        QHash<QString, QString> replaceableIds; // spot + source -> id
        spots.addBindValue(write.articleId);
        if (!spots.exec()) {
            refuse(QStringLiteral("cannot read the annotations of article %1: %2").arg(write.articleId, spots.lastError().text()));
            return std::nullopt;
        }
        while (spots.next()) {
            const QString key = spotKey(spots.value(1).toString(), spots.value(2).toString());
            const QString source = spots.value(4).toString();
            if (spots.value(3).toString() == suggested && replacedSources.contains(source))
                replaceableIds.insert(key + QLatin1Char('#') + source, spots.value(0).toString());
            else
                taken.insert(key);
        }
        if (!replaceableIds.isEmpty()) {
            QHash<QString, QString> keyOfId;
            for (auto it = replaceableIds.cbegin(); it != replaceableIds.cend(); ++it)
                keyOfId.insert(it.value(), it.key());
            for (const Annotation &annotation : m_annotationStore.byIds(replaceableIds.values()))
                replaceable.insert(keyOfId.value(annotation.id), annotation);
        }
        int length = write.textLength;
        for (Annotation draft : write.drafts) {
            const QString spot = spotKey(draft);
            if (taken.contains(spot) || draft.spans.isEmpty() || (!draft.tagId.isEmpty() && !m_tags.contains(draft.tagId))) {
                ++result.dropped;
                continue;
            }
            if (length < 0)
                length = int(textOf(write.articleId).size());
            bool fits = true;
            for (const Span &span : draft.spans)
                fits = fits && span.start >= 0 && span.start < span.end && span.end <= length;
            if (!fits) {
                ++result.dropped;
                continue;
            }
            taken.insert(spot);
            const auto old = replaceable.find(spot + QLatin1Char('#') + draft.suggestionSource);
            if (old != replaceable.end()) {
                const Annotation before = *old;
                replaceable.erase(old);
                ++result.kept;
                if (before.score != draft.score || before.attributes != draft.attributes || before.kind != draft.kind || before.quote != draft.quote) {
                    Annotation after = before;
                    after.score = draft.score;
                    after.attributes = draft.attributes;
                    after.kind = draft.kind;
                    after.quote = draft.quote;
                    after.prefix = draft.prefix;
                    after.suffix = draft.suffix;
                    after.modified = time;
                    changes.annotations.before.append(before);
                    changes.annotations.after.append(after);
                }
                continue;
            }
            draft.articleId = write.articleId;
            draft.status = Annotation::Status::Suggested;
            if (draft.id.isEmpty())
                draft.id = newId();
            if (draft.author.isEmpty())
                draft.author = suggesterAuthor();
            if (!draft.created.isValid())
                draft.created = time;
            if (!draft.modified.isValid())
                draft.modified = draft.created;
            changes.annotations.added.append(draft);
            ++result.added;
            ++result.addedByTag[draft.tagId];
        }
        for (const Annotation &gone : std::as_const(replaceable))
            changes.annotations.removed.append(gone);
        result.removed += int(replaceable.size());
    }
    if (!changes.annotations.removed.isEmpty())
        changes.links.removed = m_linkStore.touching(idsOf(changes.annotations.removed));

    Savepoint transaction(m_store.database());
    if (!transaction.isActive()) {
        Q_EMIT message(Message::error(m_store.path(), QStringLiteral("cannot start saving suggestions: ") + transaction.error()));
        return std::nullopt;
    }
    for (auto it = fingerprinted.cbegin(); it != fingerprinted.cend(); ++it) {
        if (!m_suggestionStateStore.setFingerprint(it.value(), it.key())) {
            Q_EMIT message(Message::error(m_store.path(), QStringLiteral("suggestions were not saved: ") + m_suggestionStateStore.lastError()));
            return std::nullopt;
        }
    }
    // apply() writes in a savepoint nested in this transaction and announces what it wrote.
    if (!changes.isEmpty() && !apply(changes))
        return std::nullopt;
    if (!transaction.release()) {
        Q_EMIT message(Message::error(m_store.path(), QStringLiteral("suggestions were not saved: ") + transaction.error()));
        return std::nullopt;
    }
    return result;
}

bool Annotator::clearSuggestionState()
{
    if (!checkWritable())
        return false;
    if (!m_suggestionStateStore.clear())
        return refuse(m_suggestionStateStore.lastError());
    return true;
}

bool Annotator::setEntity(const QStringList &ids, const QString &entityId)
{
    if (!entityId.isEmpty() && !m_entityStore.byId(entityId))
        return refuse(QStringLiteral("entity %1 is not in the registry").arg(entityId));
    return changeAnnotations(
        ids, [&](Annotation &annotation) { annotation.entityId = entityId; }, QStringLiteral("Link mention to entity"));
}

bool Annotator::removeAnnotationsOfTag(const QString &tagId)
{
    if (!checkWritable())
        return false;
    const Tag *tag = m_tags.tag(tagId);
    if (!tag)
        return refuse(QStringLiteral("tag %1 is not in the tag schema").arg(tagId));
    ChangeSet changes;
    changes.annotations.removed = m_annotationStore.byTag(tagId);
    changes.links.removed = m_linkStore.touching(idsOf(changes.annotations.removed));
    return push(changes, QStringLiteral("Delete %1 annotations tagged %2").arg(changes.annotations.removed.size()).arg(quoted(tag->name)));
}

bool Annotator::retagAnnotations(const QString &fromTagId, const QString &toTagId)
{
    if (!checkWritable())
        return false;
    const Tag *from = m_tags.tag(fromTagId);
    const Tag *to = m_tags.tag(toTagId);
    if (!from || !to)
        return refuse(QStringLiteral("tag %1 is not in the tag schema").arg(from ? toTagId : fromTagId));
    const QString text = QStringLiteral("Retag %1 as %2").arg(quoted(from->name), quoted(to->name));
    const Annotation::Kind kind = kindForTag(to);
    const QDateTime time = now();
    ChangeSet changes;
    changes.annotations.before = m_annotationStore.byTag(fromTagId);
    changes.annotations.after = changes.annotations.before;
    for (Annotation &annotation : changes.annotations.after) {
        annotation.tagId = toTagId;
        annotation.kind = kind;
        annotation.modified = time;
    }
    return push(changes, text);
}

bool Annotator::applyChanges(const ChangeSet &changes, const QString &undoText)
{
    if (!checkWritable())
        return false;
    return push(changes, undoText);
}

// Links --------------------------------------------------------------------------------------------

std::optional<QString> Annotator::addLink(const QString &type, const QString &sourceId, const QString &targetId, const QString &note)
{
    if (!checkWritable())
        return std::nullopt;
    const QList<LinkType> types = m_linkStore.linkTypes();
    const auto typeIt = std::find_if(types.cbegin(), types.cend(), [&](const LinkType &linkType) { return linkType.id == type; });
    if (typeIt == types.cend()) {
        refuse(QStringLiteral("there is no link type %1").arg(type));
        return std::nullopt;
    }
    if (sourceId == targetId || m_annotationStore.byIds({sourceId, targetId}).size() != 2) {
        refuse(QStringLiteral("a link needs two different annotations of the project"));
        return std::nullopt;
    }
    // A symmetric link is stored once: B -> A when A -> B exists is the same link.
    if (const std::optional<Link> duplicate = LinkGraph::duplicateOf(m_linkStore.touching({sourceId}), type, sourceId, targetId, typeIt->symmetric)) {
        if (duplicate->status == Annotation::Status::Accepted) {
            Q_EMIT message(Message::notice(m_store.path(), QStringLiteral("the two annotations are already linked (%1)").arg(typeIt->name)));
            return duplicate->id;
        }
        // The analyst links what was suggested (or rejected before): that accepts the stored link.
        Link accepted = *duplicate;
        accepted.status = Annotation::Status::Accepted;
        if (!note.isEmpty())
            accepted.note = note;
        if (!changeLink(accepted))
            return std::nullopt;
        return duplicate->id;
    }
    Link link;
    link.id = newId();
    link.type = type;
    link.sourceId = sourceId;
    link.targetId = targetId;
    link.note = note;
    link.author = m_author;
    link.created = now();
    link.modified = link.created;
    ChangeSet changes;
    changes.links.added = {link};
    if (!push(changes, QStringLiteral("Link: %1").arg(typeIt->name)))
        return std::nullopt;
    return link.id;
}

bool Annotator::removeLinks(const QStringList &ids)
{
    if (!checkWritable())
        return false;
    ChangeSet changes;
    for (const QString &id : ids) {
        if (const std::optional<Link> link = m_linkStore.byId(id))
            changes.links.removed.append(*link);
    }
    if (changes.links.removed.isEmpty())
        return refuse(QStringLiteral("none of the links to delete is in the project"));
    return push(
        changes, changes.links.removed.size() == 1 ? QStringLiteral("Delete link") : QStringLiteral("Delete %1 links").arg(changes.links.removed.size()));
}

bool Annotator::changeLink(const Link &link)
{
    if (!checkWritable())
        return false;
    const std::optional<Link> before = m_linkStore.byId(link.id);
    if (!before)
        return refuse(QStringLiteral("link %1 is not in the project").arg(link.id));
    const QList<LinkType> types = m_linkStore.linkTypes();
    if (std::none_of(types.cbegin(), types.cend(), [&](const LinkType &type) { return type.id == link.type; }))
        return refuse(QStringLiteral("there is no link type %1").arg(link.type));
    Link after = *before;
    after.type = link.type;
    after.note = link.note;
    after.status = link.status;
    if (after == *before)
        return true;
    after.modified = now();
    ChangeSet changes;
    changes.links.before = {*before};
    changes.links.after = {after};
    return push(changes, QStringLiteral("Edit link"));
}

std::optional<QString> Annotator::addLinkType(LinkType draft)
{
    if (!checkWritable())
        return std::nullopt;
    draft.name = draft.name.simplified();
    if (draft.id.isEmpty())
        draft.id = draft.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QList<LinkType> types = m_linkStore.linkTypes();
    if (draft.id.isEmpty() || draft.name.isEmpty()) {
        refuse(QStringLiteral("a link type needs a name"));
        return std::nullopt;
    }
    if (std::any_of(types.cbegin(), types.cend(), [&](const LinkType &type) { return type.id == draft.id; })) {
        refuse(QStringLiteral("there is already a link type %1").arg(draft.id));
        return std::nullopt;
    }
    draft.position = types.isEmpty() ? 0 : types.constLast().position + 1;
    ChangeSet changes;
    changes.linkTypes.added = {draft};
    if (!push(changes, QStringLiteral("Add link type %1").arg(draft.name)))
        return std::nullopt;
    return draft.id;
}

bool Annotator::changeLinkType(const LinkType &type)
{
    if (!checkWritable())
        return false;
    const QList<LinkType> types = m_linkStore.linkTypes();
    const auto it = std::find_if(types.cbegin(), types.cend(), [&](const LinkType &existing) { return existing.id == type.id; });
    if (it == types.cend())
        return refuse(QStringLiteral("there is no link type %1").arg(type.id));
    if (type.name.simplified().isEmpty())
        return refuse(QStringLiteral("a link type needs a name"));
    LinkType after = type;
    after.name = type.name.simplified();
    after.position = it->position;
    if (after == *it)
        return true;
    ChangeSet changes;
    changes.linkTypes.before = {*it};
    changes.linkTypes.after = {after};
    return push(changes, QStringLiteral("Edit link type %1").arg(after.name));
}

bool Annotator::removeLinkType(const QString &id)
{
    if (!checkWritable())
        return false;
    static const QStringList builtIn = {QStringLiteral("same-as"), QStringLiteral("corroborates"), QStringLiteral("contradicts"),
        QStringLiteral("elaborates"), QStringLiteral("quotes")};
    if (builtIn.contains(id))
        return refuse(QStringLiteral("the link type %1 comes with Gloss and cannot be removed").arg(id));
    const QList<LinkType> types = m_linkStore.linkTypes();
    const auto it = std::find_if(types.cbegin(), types.cend(), [&](const LinkType &existing) { return existing.id == id; });
    if (it == types.cend())
        return refuse(QStringLiteral("there is no link type %1").arg(id));
    ChangeSet changes;
    changes.linkTypes.removed = {*it};
    for (const Link &link : m_linkStore.all()) {
        if (link.type == id)
            changes.links.removed.append(link);
    }
    return push(changes, QStringLiteral("Remove link type %1").arg(it->name));
}

// Entities -----------------------------------------------------------------------------------------

std::optional<QString> Annotator::addEntity(Entity draft)
{
    if (!checkWritable())
        return std::nullopt;
    draft.name = draft.name.trimmed();
    if (draft.name.isEmpty()) {
        refuse(QStringLiteral("an entity needs a name"));
        return std::nullopt;
    }
    if (draft.id.isEmpty())
        draft.id = newId();
    draft.created = now();
    draft.modified = draft.created;
    ChangeSet changes;
    changes.entities.added = {draft};
    if (!push(changes, QStringLiteral("Add entity %1").arg(quoted(draft.name))))
        return std::nullopt;
    return draft.id;
}

bool Annotator::changeEntity(const Entity &entity)
{
    if (!checkWritable())
        return false;
    const std::optional<Entity> before = m_entityStore.byId(entity.id);
    if (!before)
        return refuse(QStringLiteral("entity %1 is not in the registry").arg(entity.id));
    if (entity.name.trimmed().isEmpty())
        return refuse(QStringLiteral("an entity needs a name"));
    Entity after = entity;
    after.name = entity.name.trimmed();
    after.created = before->created;
    after.modified = before->modified;
    if (after == *before)
        return true;
    after.modified = now();
    ChangeSet changes;
    changes.entities.before = {*before};
    changes.entities.after = {after};
    return push(changes, QStringLiteral("Edit entity %1").arg(quoted(after.name)));
}

bool Annotator::removeEntity(const QString &id)
{
    if (!checkWritable())
        return false;
    const std::optional<Entity> entity = m_entityStore.byId(id);
    if (!entity)
        return refuse(QStringLiteral("entity %1 is not in the registry").arg(id));
    const QDateTime time = now();
    ChangeSet changes;
    changes.entities.removed = {*entity};
    changes.annotations.before = m_annotationStore.byEntity(id);
    changes.annotations.after = changes.annotations.before;
    for (Annotation &annotation : changes.annotations.after) {
        annotation.entityId.clear();
        annotation.modified = time;
    }
    return push(changes, QStringLiteral("Delete entity %1").arg(quoted(entity->name)));
}

// Tag schema ---------------------------------------------------------------------------------------

void Annotator::renumberSiblings(const QString &parentId, const QString &movedId, int position, QList<Tag> &before, QList<Tag> &after) const
{
    QList<Tag> siblings = m_tags.children(parentId);
    siblings.removeIf([&](const Tag &tag) { return tag.id == movedId; });
    if (position >= 0) {
        const Tag *moved = m_tags.tag(movedId);
        Tag placed = moved ? *moved : Tag();
        placed.id = movedId;
        placed.parentId = parentId;
        siblings.insert(std::clamp<qsizetype>(position, 0, siblings.size()), placed);
    }
    for (int i = 0; i < siblings.size(); ++i) {
        Tag tag = siblings.at(i);
        tag.position = i;
        const Tag *current = m_tags.tag(tag.id);
        if (!current || (current->position == tag.position && current->parentId == tag.parentId))
            continue;
        const auto known = std::find_if(after.begin(), after.end(), [&](const Tag &other) { return other.id == tag.id; });
        if (known != after.end()) {
            known->parentId = tag.parentId;
            known->position = tag.position;
        } else {
            before.append(*current);
            after.append(tag);
        }
    }
}

void Annotator::takeKey(const Tag &tag, QList<Tag> &before, QList<Tag> &after) const
{
    const Tag *holder = m_tags.tagForKey(tag.key);
    if (!holder || holder->id == tag.id)
        return;
    Tag freed = *holder;
    freed.key.clear();
    before.append(*holder);
    after.append(freed);
}

std::optional<QString> Annotator::addTag(Tag draft)
{
    if (!checkWritable())
        return std::nullopt;
    draft.name = draft.name.trimmed();
    if (draft.name.isEmpty()) {
        refuse(QStringLiteral("a tag needs a name"));
        return std::nullopt;
    }
    if (!draft.parentId.isEmpty() && !m_tags.contains(draft.parentId)) {
        refuse(QStringLiteral("the parent tag %1 is not in the tag schema").arg(draft.parentId));
        return std::nullopt;
    }
    if (!Tag::isValidKey(draft.key)) {
        refuse(QStringLiteral("a tag key is one digit 1-9 or one lower-case letter"));
        return std::nullopt;
    }
    if (draft.id.isEmpty())
        draft.id = newId();
    if (m_tags.contains(draft.id)) {
        refuse(QStringLiteral("tag %1 is already in the tag schema").arg(draft.id));
        return std::nullopt;
    }
    // Stored as "#rrggbb": keep the in-memory colour equal to what the file gives back.
    draft.colour = draft.colour.isValid() ? QColor(draft.colour.name()) : QColor(QColor::fromHsv((m_tags.size() * 47) % 360, 140, 220).name());
    const qsizetype siblings = m_tags.children(draft.parentId).size();
    if (draft.position < 0 || draft.position > siblings)
        draft.position = int(siblings);
    ChangeSet changes;
    // Make room among the siblings, then place the new tag (renumbering does not see it yet).
    renumberSiblings(draft.parentId, draft.id, draft.position, changes.tags.before, changes.tags.after);
    takeKey(draft, changes.tags.before, changes.tags.after);
    changes.tags.added = {draft};
    if (!push(changes, QStringLiteral("Add tag %1").arg(quoted(draft.name))))
        return std::nullopt;
    return draft.id;
}

bool Annotator::changeTag(const Tag &tag)
{
    if (!checkWritable())
        return false;
    const Tag *current = m_tags.tag(tag.id);
    if (!current)
        return refuse(QStringLiteral("tag %1 is not in the tag schema").arg(tag.id));
    if (tag.name.trimmed().isEmpty())
        return refuse(QStringLiteral("a tag needs a name"));
    if (!Tag::isValidKey(tag.key))
        return refuse(QStringLiteral("a tag key is one digit 1-9 or one lower-case letter"));
    if (!tag.colour.isValid())
        return refuse(QStringLiteral("%1 is not a colour").arg(tag.colour.name()));
    Tag after = tag;
    after.name = tag.name.trimmed();
    after.colour = QColor(tag.colour.name());
    after.parentId = current->parentId;
    after.position = current->position;
    if (after == *current)
        return true;
    ChangeSet changes;
    takeKey(after, changes.tags.before, changes.tags.after);
    changes.tags.before.append(*current);
    changes.tags.after.append(after);
    QString text = QStringLiteral("Edit tag %1").arg(quoted(after.name));
    if (after.name != current->name)
        text = QStringLiteral("Rename tag %1 to %2").arg(quoted(current->name), quoted(after.name));
    else if (after.colour != current->colour)
        text = QStringLiteral("Recolour tag %1").arg(quoted(after.name));
    else if (after.key != current->key)
        text = QStringLiteral("Set key of tag %1").arg(quoted(after.name));
    return push(changes, text);
}

bool Annotator::moveTag(const QString &id, const QString &parentId, int position)
{
    if (!checkWritable())
        return false;
    const Tag *current = m_tags.tag(id);
    if (!current)
        return refuse(QStringLiteral("tag %1 is not in the tag schema").arg(id));
    if (!parentId.isEmpty() && !m_tags.contains(parentId))
        return refuse(QStringLiteral("the parent tag %1 is not in the tag schema").arg(parentId));
    if (!parentId.isEmpty() && m_tags.isWithin(parentId, id))
        return refuse(QStringLiteral("a tag cannot move under itself"));
    ChangeSet changes;
    if (parentId != current->parentId)
        renumberSiblings(current->parentId, id, -1, changes.tags.before, changes.tags.after);
    renumberSiblings(parentId, id, std::max(0, position), changes.tags.before, changes.tags.after);
    return push(changes,
        parentId == current->parentId ? QStringLiteral("Reorder tag %1").arg(quoted(current->name)) : QStringLiteral("Move tag %1").arg(quoted(current->name)));
}

bool Annotator::removeTag(const QString &id, TagRemoval removal, const QString &retagTo)
{
    if (!checkWritable())
        return false;
    const Tag *current = m_tags.tag(id);
    if (!current)
        return refuse(QStringLiteral("tag %1 is not in the tag schema").arg(id));
    const Tag *target = m_tags.tag(retagTo);
    if (removal == TagRemoval::RetagAnnotations && (!target || retagTo == id))
        return refuse(QStringLiteral("annotations can only be retagged to another tag of the schema"));
    const Tag removed = *current;
    ChangeSet changes;
    changes.tags.removed = {removed};
    // The children take the removed tag's place among its siblings, in their order.
    QList<Tag> siblings = m_tags.children(removed.parentId);
    const QList<Tag> children = m_tags.children(removed.id);
    const auto place = std::find_if(siblings.begin(), siblings.end(), [&](const Tag &tag) { return tag.id == removed.id; });
    const qsizetype at = place - siblings.begin();
    siblings.erase(place);
    for (qsizetype i = 0; i < children.size(); ++i) {
        Tag child = children.at(i);
        child.parentId = removed.parentId;
        siblings.insert(at + i, child);
    }
    for (int i = 0; i < siblings.size(); ++i) {
        const Tag *before = m_tags.tag(siblings.at(i).id);
        Tag after = siblings.at(i);
        after.position = i;
        if (*before != after) {
            changes.tags.before.append(*before);
            changes.tags.after.append(after);
        }
    }
    const QList<Annotation> annotations = m_annotationStore.byTag(id);
    if (removal == TagRemoval::DeleteAnnotations) {
        changes.annotations.removed = annotations;
        changes.links.removed = m_linkStore.touching(idsOf(annotations));
    } else {
        const QDateTime time = now();
        const Annotation::Kind kind = kindForTag(target);
        changes.annotations.before = annotations;
        changes.annotations.after = annotations;
        for (Annotation &annotation : changes.annotations.after) {
            annotation.tagId = retagTo;
            annotation.kind = kind;
            annotation.modified = time;
        }
    }
    return push(changes, QStringLiteral("Delete tag %1").arg(quoted(removed.name)));
}

// Memos --------------------------------------------------------------------------------------------

bool Annotator::setArticleMemo(const QString &articleId, const QString &text)
{
    if (!checkWritable())
        return false;
    if (!m_store.containsArticle(articleId))
        return refuse(QStringLiteral("article %1 is not in the project").arg(articleId));
    const QString before = m_memoStore.articleMemo(articleId);
    if (before == text)
        return true;
    ChangeSet changes;
    changes.memos = {MemoChange{articleId, before, text}};
    return push(changes, QStringLiteral("Edit article memo"), QStringLiteral("memo:") + articleId);
}

bool Annotator::setProjectMemo(const QString &text)
{
    if (!checkWritable())
        return false;
    const QString before = m_memoStore.projectMemo();
    if (before == text)
        return true;
    ChangeSet changes;
    changes.memos = {MemoChange{QString(), before, text}};
    return push(changes, QStringLiteral("Edit project memo"), QStringLiteral("memo:"));
}

} // namespace Gloss
