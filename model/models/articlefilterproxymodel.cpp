#include "articlefilterproxymodel.h"

#include "articlelistmodel.h"

namespace Gloss
{

ArticleFilterProxyModel::ArticleFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // New articles arrive while the list is sorted; keep them in place without a full re-sort by hand.
    setDynamicSortFilter(true);
}

void ArticleFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

QString ArticleFilterProxyModel::articleId(int row) const
{
    return index(row, 0).data(ArticleListModel::IdRole).toString();
}

int ArticleFilterProxyModel::rowOf(const QString &id) const
{
    const auto *articles = qobject_cast<const ArticleListModel *>(sourceModel());
    if (!articles)
        return -1;
    const int sourceRow = articles->rowOf(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(articles->index(sourceRow, 0)).row();
}

bool ArticleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString title = index.data(ArticleListModel::TitleRole).toString();
    const QString outlet = index.data(ArticleListModel::OutletRole).toString();
    for (const QString &word : m_words) {
        if (!title.contains(word, Qt::CaseInsensitive) && !outlet.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Gloss
