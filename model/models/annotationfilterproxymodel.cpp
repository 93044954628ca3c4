#include "annotationfilterproxymodel.h"

#include "annotationlistmodel.h"
#include "tags/tagschema.h"

namespace Gloss
{

AnnotationFilterProxyModel::AnnotationFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Edits arrive while the list is sorted and filtered; they find their place without a re-sort by hand.
    setDynamicSortFilter(true);
}

void AnnotationFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_annotations = qobject_cast<AnnotationListModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AnnotationFilterProxyModel::setTagFilter(const QString &tagId)
{
    if (tagId == m_tagId)
        return;
    m_tagId = tagId;
    invalidateFilter();
}

void AnnotationFilterProxyModel::setKindFilter(std::optional<Annotation::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void AnnotationFilterProxyModel::setAuthorFilter(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    invalidateFilter();
}

void AnnotationFilterProxyModel::setStatusFilter(const QSet<Annotation::Status> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

void AnnotationFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

QString AnnotationFilterProxyModel::annotationId(int row) const
{
    return index(row, 0).data(AnnotationListModel::AnnotationIdRole).toString();
}

int AnnotationFilterProxyModel::rowOf(const QString &id) const
{
    if (!m_annotations)
        return -1;
    const int sourceRow = m_annotations->rowOf(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_annotations->index(sourceRow, 0)).row();
}

bool AnnotationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty() && !m_statuses.contains(Annotation::Status(index.data(AnnotationListModel::StatusRole).toInt())))
        return false;
    if (m_kind && Annotation::Kind(index.data(AnnotationListModel::KindRole).toInt()) != *m_kind)
        return false;
    if (!m_author.isEmpty() && index.data(AnnotationListModel::AuthorRole).toString() != m_author)
        return false;
    if (!m_tagId.isEmpty()) {
        const QString tagId = index.data(AnnotationListModel::TagIdRole).toString();
        const TagSchema *schema = m_annotations ? m_annotations->tagSchema() : nullptr;
        if (tagId.isEmpty() || (schema ? !schema->isWithin(tagId, m_tagId) : tagId != m_tagId))
            return false;
    }
    if (!m_text.isEmpty() && !index.data(AnnotationListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AnnotationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_annotations)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_annotations->lessThan(left.row(), right.row(), left.column());
}

} // namespace Gloss
