#include "exportscope.h"

#include "tags/tagschema.h"

namespace Gloss::Formats
{

ExportScope ExportScope::currentArticle(const QString &articleId)
{
    ExportScope scope;
    scope.range = Range::CurrentArticle;
    scope.articleIds = {articleId};
    return scope;
}

ExportScope ExportScope::chosenArticles(const QStringList &articleIds)
{
    ExportScope scope;
    scope.range = Range::ChosenArticles;
    scope.articleIds = articleIds;
    return scope;
}

bool ExportScope::coversArticle(const QString &articleId) const
{
    switch (range) {
    case Range::WholeCorpus:
        return true;
    case Range::CurrentArticle:
        return !articleIds.isEmpty() && articleIds.constFirst() == articleId;
    case Range::ChosenArticles:
        return articleIds.contains(articleId);
    }
    return false;
}

bool ExportScope::accepts(const Annotation &annotation, const TagSchema &tags, bool lossless) const
{
    if (statuses.isEmpty()) {
        if (!lossless && annotation.status == Annotation::Status::Rejected)
            return false;
    } else if (!statuses.contains(annotation.status)) {
        return false;
    }
    if (!kinds.isEmpty() && !kinds.contains(annotation.kind))
        return false;
    if (!authors.isEmpty() && !authors.contains(annotation.author))
        return false;
    if (!tagIds.isEmpty()) {
        if (annotation.tagId.isEmpty())
            return false;
        bool within = false;
        for (const QString &tagId : tagIds) {
            if (tags.isWithin(annotation.tagId, tagId)) {
                within = true;
                break;
            }
        }
        if (!within)
            return false;
    }
    return true;
}

QString ExportScope::describe() const
{
    QStringList parts;
    switch (range) {
    case Range::WholeCorpus:
        parts.append(QStringLiteral("whole corpus"));
        break;
    case Range::CurrentArticle:
        parts.append(QStringLiteral("article %1").arg(articleIds.value(0)));
        break;
    case Range::ChosenArticles:
        parts.append(QStringLiteral("%1 chosen articles").arg(articleIds.size()));
        break;
    }
    if (!tagIds.isEmpty())
        parts.append(QStringLiteral("tags ") + tagIds.join(QStringLiteral(", ")));
    if (!kinds.isEmpty()) {
        QStringList names;
        for (Annotation::Kind kind : kinds)
            names.append(Annotation::kindName(kind));
        parts.append(QStringLiteral("kinds ") + names.join(QStringLiteral(", ")));
    }
    if (!statuses.isEmpty()) {
        QStringList names;
        for (Annotation::Status status : statuses)
            names.append(Annotation::statusName(status));
        parts.append(QStringLiteral("status ") + names.join(QStringLiteral(", ")));
    }
    if (!authors.isEmpty())
        parts.append(QStringLiteral("authors ") + authors.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace Gloss::Formats
