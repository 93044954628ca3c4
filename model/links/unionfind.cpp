#include "unionfind.h"

namespace Gloss
{

void UnionFind::add(const QString &id)
{
    if (m_index.contains(id))
        return;
    const int index = int(m_ids.size());
    m_index.insert(id, index);
    m_ids.append(id);
    m_parent.append(index);
    m_size.append(1);
}

int UnionFind::root(int index) const
{
    while (m_parent.at(index) != index) {
        m_parent[index] = m_parent.at(m_parent.at(index));
        index = m_parent.at(index);
    }
    return index;
}

void UnionFind::unite(const QString &a, const QString &b)
{
    add(a);
    add(b);
    int rootA = root(indexOf(a));
    int rootB = root(indexOf(b));
    if (rootA == rootB)
        return;
    if (m_size.at(rootA) < m_size.at(rootB))
        std::swap(rootA, rootB);
    m_parent[rootB] = rootA;
    m_size[rootA] += m_size.at(rootB);
}

QString UnionFind::find(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? id : m_ids.at(root(index));
}

QList<QStringList> UnionFind::groups() const
{
    QList<QStringList> result;
    QHash<int, int> groupOfRoot;
    for (int i = 0; i < m_ids.size(); ++i) {
        const int r = root(i);
        auto it = groupOfRoot.find(r);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(r, int(result.size()));
            result.append(QStringList());
        }
        result[*it].append(m_ids.at(i));
    }
    return result;
}

QStringList UnionFind::members(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return {id};
    const int r = root(index);
    QStringList result;
    for (int i = 0; i < m_ids.size(); ++i) {
        if (root(i) == r)
            result.append(m_ids.at(i));
    }
    return result;
}

} // namespace Gloss
