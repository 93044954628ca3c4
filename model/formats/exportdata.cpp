#include "exportdata.h"

#include "project.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Gloss::Formats
{

std::optional<ExportData> ExportData::build(const Project &project, const ExportScope &scope, bool lossless, const Progress &progress, Messages *messages)
{
    const auto fail = [&](const QString &reason) -> std::optional<ExportData> {
        if (messages)
            messages->append(Message::error(project.path(), reason));
        return std::nullopt;
    };
    if (!project.isOpen())
        return fail(QStringLiteral("no project is open"));

    ExportData data;
    data.projectName = QFileInfo(project.path()).completeBaseName();
    data.exported = QDateTime::currentDateTimeUtc();
    data.scope = scope;

    const ProjectStore &store = project.store();
    const QList<ArticleSummary> summaries = store.articleSummaries();
    QStringList ids;
    for (const ArticleSummary &summary : summaries) {
        if (scope.coversArticle(summary.id))
            ids.append(summary.id);
    }
    if (scope.range != ExportScope::Range::WholeCorpus) {
        const QSet<QString> known(ids.cbegin(), ids.cend());
        for (const QString &id : scope.articleIds) {
            if (!known.contains(id))
                return fail(QStringLiteral("article %1 is not in the project").arg(id));
        }
        if (ids.isEmpty())
            return fail(QStringLiteral("no article was chosen for the export"));
    }

    // Articles and their texts: the bulk of the reading, so it carries the progress.
    data.articles.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress.isCancelled())
            return std::nullopt;
        std::optional<Article> article = store.article(ids.at(i));
        if (!article)
            return fail(QStringLiteral("article %1 cannot be read: %2").arg(ids.at(i), store.lastError()));
        data.articles.append(std::move(*article));
        progress.reportEvery(i + 1, ids.size(), 50);
    }

    const Annotator *annotator = project.annotator();
    data.tags = annotator->tagSchema();
    data.linkTypes = annotator->linkTypes();
    data.projectMemo = annotator->memoStore().projectMemo();
    const QHash<QString, QString> memos = annotator->memoStore().articleMemos();

    QList<Annotation> candidates;
    if (scope.range == ExportScope::Range::WholeCorpus) {
        candidates = annotator->annotationStore().all();
    } else {
        for (const Article &article : std::as_const(data.articles))
            candidates += annotator->annotationStore().byArticle(article.id);
    }
    QHash<QString, qsizetype> articleOrder;
    for (qsizetype i = 0; i < data.articles.size(); ++i) {
        articleOrder.insert(data.articles.at(i).id, i);
        const QString memo = memos.value(data.articles.at(i).id);
        if (!memo.isEmpty())
            data.articleMemos.insert(data.articles.at(i).id, memo);
    }
    // Grouped by article in the article order; the store gives each article's annotations by start
    // already, so no sort of 100,000 big records is needed (only a check).
    QHash<QString, QList<Annotation>> byArticle;
    qsizetype accepted = 0;
    for (Annotation &annotation : candidates) {
        if (articleOrder.contains(annotation.articleId) && scope.accepts(annotation, data.tags, lossless)) {
            byArticle[annotation.articleId].append(std::move(annotation));
            ++accepted;
        }
    }
    const auto byStart = [](const Annotation &a, const Annotation &b) { return a.start() != b.start() ? a.start() < b.start() : a.end() > b.end(); };
    data.annotations.reserve(accepted);
    for (const Article &article : std::as_const(data.articles)) {
        auto it = byArticle.find(article.id);
        if (it == byArticle.end())
            continue;
        QList<Annotation> &group = *it;
        if (!std::is_sorted(group.cbegin(), group.cend(), byStart))
            std::stable_sort(group.begin(), group.end(), byStart);
        for (Annotation &annotation : group)
            data.annotations.append(std::move(annotation));
    }
    const qsizetype leftOutByFilter = candidates.size() - accepted;

    QSet<QString> exportedIds;
    exportedIds.reserve(data.annotations.size());
    for (const Annotation &annotation : std::as_const(data.annotations))
        exportedIds.insert(annotation.id);
    for (const Link &link : annotator->linkStore().all()) {
        if (!lossless && link.status == Annotation::Status::Rejected && scope.statuses.isEmpty())
            continue;
        if (exportedIds.contains(link.sourceId) && exportedIds.contains(link.targetId))
            data.links.append(link);
        else
            ++data.linksLeftOut;
    }

    const bool everything = scope.range == ExportScope::Range::WholeCorpus && !scope.filtersAnnotations();
    QSet<QString> mentioned;
    for (const Annotation &annotation : std::as_const(data.annotations)) {
        if (!annotation.entityId.isEmpty())
            mentioned.insert(annotation.entityId);
    }
    for (const Entity &entity : annotator->entityStore().all()) {
        if (everything || mentioned.contains(entity.id))
            data.entities.append(entity);
    }

    if (leftOutByFilter > 0 && scope.filtersAnnotations())
        data.messages.append(Message::notice(project.path(), QStringLiteral("%1 annotations left out by the filters").arg(leftOutByFilter)));
    if (data.linksLeftOut > 0)
        data.messages.append(Message::notice(project.path(), QStringLiteral("%1 links left out: one of their ends is not exported").arg(data.linksLeftOut)));
    data.reindex();
    return data;
}

ExportData ExportData::schemaOnly(const Project &project)
{
    ExportData data;
    data.projectName = QFileInfo(project.path()).completeBaseName();
    data.exported = QDateTime::currentDateTimeUtc();
    data.tags = project.annotator()->tagSchema();
    data.linkTypes = project.annotator()->linkTypes();
    data.reindex();
    return data;
}

void ExportData::reindex()
{
    m_articleIndex.clear();
    m_offsets.clear();
    m_offsets.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        m_articleIndex.insert(articles.at(i).id, i);
        m_offsets.append(Offsets(articles.at(i).text));
    }
    m_annotationIndex.clear();
    m_annotationIndex.reserve(annotations.size());
    m_ranges.clear();
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &annotation = annotations.at(i);
        m_annotationIndex.insert(annotation.id, i);
        auto it = m_ranges.find(annotation.articleId);
        if (it == m_ranges.end())
            m_ranges.insert(annotation.articleId, {i, i + 1});
        else
            it->second = i + 1;
    }
    m_entityIndex.clear();
    for (qsizetype i = 0; i < entities.size(); ++i)
        m_entityIndex.insert(entities.at(i).id, i);
    m_linkTypeIndex.clear();
    for (qsizetype i = 0; i < linkTypes.size(); ++i)
        m_linkTypeIndex.insert(linkTypes.at(i).id, i);
}

const Article *ExportData::article(const QString &id) const
{
    const auto it = m_articleIndex.constFind(id);
    return it == m_articleIndex.cend() ? nullptr : &articles.at(*it);
}

const Offsets &ExportData::offsets(const QString &articleId) const
{
    static const Offsets none;
    const auto it = m_articleIndex.constFind(articleId);
    return it == m_articleIndex.cend() ? none : m_offsets.at(*it);
}

const Annotation *ExportData::annotation(const QString &id) const
{
    const auto it = m_annotationIndex.constFind(id);
    return it == m_annotationIndex.cend() ? nullptr : &annotations.at(*it);
}

const Entity *ExportData::entity(const QString &id) const
{
    const auto it = m_entityIndex.constFind(id);
    return it == m_entityIndex.cend() ? nullptr : &entities.at(*it);
}

const LinkType *ExportData::linkType(const QString &id) const
{
    const auto it = m_linkTypeIndex.constFind(id);
    return it == m_linkTypeIndex.cend() ? nullptr : &linkTypes.at(*it);
}

QPair<qsizetype, qsizetype> ExportData::annotationRange(const QString &articleId) const
{
    return m_ranges.value(articleId, {0, 0});
}

QList<CodePointSpan> ExportData::codePointSpans(const Annotation &annotation) const
{
    const Offsets &converter = offsets(annotation.articleId);
    QList<CodePointSpan> spans;
    spans.reserve(annotation.spans.size());
    for (const Span &span : annotation.spans)
        spans.append({converter.toCodePoint(span.start), converter.toCodePoint(span.end)});
    return spans;
}

QString ExportData::tagName(const QString &tagId) const
{
    const Tag *tag = tags.tag(tagId);
    return tag ? tag->name : QString();
}

} // namespace Gloss::Formats
