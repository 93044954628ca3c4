#pragma once

#include "annotations/annotation.h"
#include "annotations/entity.h"
#include "annotations/link.h"
#include "article.h"
#include "exportscope.h"
#include "message.h"
#include "offsets.h"
#include "progress.h"
#include "tags/tagschema.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Gloss
{
class Project;
}

namespace Gloss::Formats
{

/// A span in Unicode code points, [start, end): what every exported format counts.
struct CodePointSpan {
    int start = 0;
    int end = 0;
    friend bool operator==(const CodePointSpan &, const CodePointSpan &) = default;
};

/// Everything one export writes, read from the project once: the articles of the scope with their
/// texts and code point converters, the tag schema, the annotations that pass the scope's filters,
/// the links between them, the entities they mention, and the memos. A value snapshot: built on the
/// thread that owns the project, then any exporter may read it on any thread.
class ExportData final
{
public:
    /// Reads \a project through \a scope. \a lossless keeps rejected suggestions when the scope has
    /// no status filter (the gloss JSON export). Nothing (and \a messages says why) when the project
    /// cannot be read or the scope names an article that is not in it; nothing without a message when
    /// \a progress was cancelled.
    static std::optional<ExportData> build(const Project &project, const ExportScope &scope, bool lossless, const Progress &progress, Messages *messages);
    /// The tag schema and link types alone (a codebook export): no articles, annotations or links are read.
    static ExportData schemaOnly(const Project &project);

    QString projectName; ///< the project file's base name
    QDateTime exported; ///< when the snapshot was taken (UTC)
    ExportScope scope;
    QList<Article> articles; ///< in the project's article order
    QHash<QString, QString> articleMemos; ///< by article id, only non-empty ones of exported articles
    QString projectMemo;
    TagSchema tags;
    QList<LinkType> linkTypes;
    QList<Annotation> annotations; ///< by article (in article order) then start offset
    QList<Link> links; ///< the links whose two ends are both exported
    QList<Entity> entities; ///< the entities exported annotations mention (the whole registry for an unfiltered corpus export)
    int linksLeftOut = 0; ///< links with one end outside the export
    Messages messages; ///< notices about what the scope left out

    const Article *article(const QString &id) const;
    /// The code point converter of an exported article's text.
    const Offsets &offsets(const QString &articleId) const;
    const Annotation *annotation(const QString &id) const;
    const Entity *entity(const QString &id) const;
    const LinkType *linkType(const QString &id) const;
    /// The exported annotations of one article: indexes [first, second) into annotations.
    QPair<qsizetype, qsizetype> annotationRange(const QString &articleId) const;
    /// The spans of \a annotation in code points of its article's text.
    QList<CodePointSpan> codePointSpans(const Annotation &annotation) const;
    /// The tag's name, or "" for an untagged note or a tag that is no longer in the schema.
    QString tagName(const QString &tagId) const;

    /// Indexes the lists above; build() calls it, tests that assemble an ExportData by hand too.
    void reindex();

private:
    QHash<QString, qsizetype> m_articleIndex;
    QList<Offsets> m_offsets;
    QHash<QString, qsizetype> m_annotationIndex;
    QHash<QString, QPair<qsizetype, qsizetype>> m_ranges;
    QHash<QString, qsizetype> m_entityIndex;
    QHash<QString, qsizetype> m_linkTypeIndex;
};

} // namespace Gloss::Formats
