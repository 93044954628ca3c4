#pragma once

#include "tag.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Gloss
{

/// The project's tag schema in memory: a forest of tags ordered by position among siblings.
/// A value type; the editing facade (Annotator) keeps the project's copy in step with the store.
class TagSchema final
{
public:
    TagSchema() = default;
    explicit TagSchema(const QList<Tag> &tags);

    bool isEmpty() const { return m_tags.isEmpty(); }
    int size() const { return int(m_tags.size()); }
    bool contains(const QString &id) const { return m_byId.contains(id); }
    /// The tag with \a id, or nullptr. Valid until the schema changes.
    const Tag *tag(const QString &id) const;
    /// Every tag in tree order: each tag followed by its subtree, siblings by position.
    QList<Tag> treeOrder() const;
    /// The children of \a parentId (empty: the top-level tags), by position.
    QList<Tag> children(const QString &parentId) const;
    /// The tag whose key is \a key, or nullptr.
    const Tag *tagForKey(const QString &key) const;
    /// "Claim / Quantity claim": the names from the root down.
    QString path(const QString &id) const;
    /// Depth in the tree: 0 for a top-level tag; -1 for an unknown id.
    int depth(const QString &id) const;
    /// True when \a id is \a ancestorId or lies under it.
    bool isWithin(const QString &id, const QString &ancestorId) const;
    /// \a id and every tag under it, in tree order.
    QStringList subtree(const QString &id) const;

    /// Replaces, adds and removes tags (the editing facade's primitive).
    void apply(const QList<Tag> &upserted, const QStringList &removedIds);

private:
    void reindex();

    QList<Tag> m_tags; ///< tree order
    QHash<QString, qsizetype> m_byId;
};

} // namespace Gloss
