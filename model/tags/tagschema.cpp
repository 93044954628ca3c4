#include "tagschema.h"

#include <QSet>

#include <algorithm>

namespace Gloss
{

QString Tag::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Entity:
        return QStringLiteral("entity");
    case Kind::Claim:
        return QStringLiteral("claim");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Tag::Kind> Tag::kindFromName(const QString &name)
{
    if (name == QLatin1String("entity"))
        return Kind::Entity;
    if (name == QLatin1String("claim"))
        return Kind::Claim;
    if (name == QLatin1String("other"))
        return Kind::Other;
    return std::nullopt;
}

bool Tag::isValidKey(const QString &key)
{
    if (key.isEmpty())
        return true;
    if (key.size() != 1)
        return false;
    const char16_t c = key.at(0).unicode();
    return (c >= u'1' && c <= u'9') || (c >= u'a' && c <= u'z');
}

TagSchema::TagSchema(const QList<Tag> &tags) : m_tags(tags)
{
    reindex();
}

const Tag *TagSchema::tag(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_tags.at(*it);
}

QList<Tag> TagSchema::treeOrder() const
{
    return m_tags;
}

QList<Tag> TagSchema::children(const QString &parentId) const
{
    QList<Tag> result;
    for (const Tag &tag : m_tags) {
        if (tag.parentId == parentId)
            result.append(tag);
    }
    return result; // tree order keeps siblings by position
}

const Tag *TagSchema::tagForKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (const Tag &tag : m_tags) {
        if (tag.key == key)
            return &tag;
    }
    return nullptr;
}

QString TagSchema::path(const QString &id) const
{
    QStringList names;
    const Tag *current = tag(id);
    for (int guard = 0; current && guard <= size(); ++guard) {
        names.prepend(current->name);
        current = tag(current->parentId);
    }
    return names.join(QStringLiteral(" / "));
}

int TagSchema::depth(const QString &id) const
{
    const Tag *current = tag(id);
    if (!current)
        return -1;
    int depth = 0;
    while ((current = tag(current->parentId)) && depth <= size())
        ++depth;
    return depth;
}

bool TagSchema::isWithin(const QString &id, const QString &ancestorId) const
{
    const Tag *current = tag(id);
    for (int guard = 0; current && guard <= size(); ++guard) {
        if (current->id == ancestorId)
            return true;
        current = tag(current->parentId);
    }
    return false;
}

QStringList TagSchema::subtree(const QString &id) const
{
    QStringList ids;
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return ids;
    // In tree order a subtree is contiguous: it ends at the first tag that is not within it.
    for (qsizetype i = *it; i < m_tags.size(); ++i) {
        if (i > *it && !isWithin(m_tags.at(i).id, id))
            break;
        ids.append(m_tags.at(i).id);
    }
    return ids;
}

void TagSchema::apply(const QList<Tag> &upserted, const QStringList &removedIds)
{
    for (const QString &id : removedIds) {
        const auto it = m_byId.constFind(id);
        if (it != m_byId.cend())
            m_tags[*it].id.clear();
    }
    m_tags.removeIf([](const Tag &tag) { return tag.id.isEmpty(); });
    reindex();
    for (const Tag &tag : upserted) {
        const auto it = m_byId.constFind(tag.id);
        if (it != m_byId.cend())
            m_tags[*it] = tag;
        else
            m_tags.append(tag);
    }
    reindex();
}

void TagSchema::reindex()
{
    // Sort into tree order: group by parent, siblings by position then name, then walk from the roots.
    QHash<QString, QList<Tag>> byParent;
    QSet<QString> ids;
    for (const Tag &tag : std::as_const(m_tags))
        ids.insert(tag.id);
    for (const Tag &tag : std::as_const(m_tags))
        byParent[ids.contains(tag.parentId) ? tag.parentId : QString()].append(tag);
    for (QList<Tag> &siblings : byParent)
        std::sort(
            siblings.begin(), siblings.end(), [](const Tag &a, const Tag &b) { return a.position < b.position || (a.position == b.position && a.id < b.id); });

    QList<Tag> ordered;
    ordered.reserve(m_tags.size());
    QSet<QString> visited;
    const auto walk = [&](const auto &self, const QString &parentId) -> void {
        for (const Tag &tag : std::as_const(byParent[parentId])) {
            if (visited.contains(tag.id))
                continue;
            visited.insert(tag.id);
            ordered.append(tag);
            self(self, tag.id);
        }
    };
    walk(walk, QString());
    // Tags on a parent cycle are unreachable from the roots; keep them rather than lose them.
    for (const Tag &tag : std::as_const(m_tags)) {
        if (!visited.contains(tag.id))
            ordered.append(tag);
    }
    m_tags = ordered;
    m_byId.clear();
    for (qsizetype i = 0; i < m_tags.size(); ++i)
        m_byId.insert(m_tags.at(i).id, i);
}

} // namespace Gloss
