#pragma once

#include "annotations/annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss
{
class TagSchema;
}

namespace Gloss::Formats
{

/// What an export covers: which articles (the one being read, a chosen few, the whole corpus) and
/// which of their annotations (by tag, kind, status and author). A value object; an empty filter
/// list lets everything through.
///
/// Rejected suggestions are memory, not annotations: they go only into the lossless gloss JSON
/// export, unless the status filter asks for them explicitly.
struct ExportScope {
    enum class Range { CurrentArticle, ChosenArticles, WholeCorpus };

    Range range = Range::WholeCorpus;
    QStringList articleIds; ///< CurrentArticle: the one article; ChosenArticles: the articles, in any order
    QStringList tagIds; ///< a tag lets its whole subtree through; empty: every tag, and untagged notes
    QList<Annotation::Kind> kinds;
    QList<Annotation::Status> statuses;
    QStringList authors;
    bool includeText = true; ///< the gloss JSON export carries the article texts (the others carry them or not by format)

    static ExportScope wholeCorpus() { return {}; }
    static ExportScope currentArticle(const QString &articleId);
    static ExportScope chosenArticles(const QStringList &articleIds);

    /// True when \a articleId is inside the range.
    bool coversArticle(const QString &articleId) const;
    /// True when \a annotation passes the filters; \a lossless: the export keeps rejected suggestions
    /// when no status filter is set. \a tags resolves the tag subtrees.
    bool accepts(const Annotation &annotation, const TagSchema &tags, bool lossless) const;
    /// True when any annotation filter is set (so a partial export is likely).
    bool filtersAnnotations() const { return !tagIds.isEmpty() || !kinds.isEmpty() || !statuses.isEmpty() || !authors.isEmpty(); }
    /// For people and file headers: "whole corpus; tags person, place; status accepted".
    QString describe() const;

    friend bool operator==(const ExportScope &, const ExportScope &) = default;
};

} // namespace Gloss::Formats
