#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss
{

/// Disjoint sets of string ids (union-find with path halving and union by size): the transitive
/// closure of same-as links, and the claim clusters built on it.
class UnionFind final
{
public:
    /// Adds \a id as a set of its own when it is new.
    void add(const QString &id);
    /// Joins the sets of \a a and \a b (adding them when new).
    void unite(const QString &a, const QString &b);
    /// The representative of \a id's set (\a id itself when unknown or alone).
    QString find(const QString &id) const;
    bool connected(const QString &a, const QString &b) const { return find(a) == find(b); }
    /// Every set, members in insertion order, sets ordered by their first member's insertion.
    QList<QStringList> groups() const;
    /// The members of \a id's set, in insertion order (just \a id when unknown).
    QStringList members(const QString &id) const;
    int size() const { return int(m_ids.size()); }

private:
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    int root(int index) const;

    QHash<QString, int> m_index;
    QStringList m_ids;
    mutable QList<int> m_parent;
    QList<int> m_size;
};

} // namespace Gloss
