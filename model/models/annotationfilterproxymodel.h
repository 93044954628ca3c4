#pragma once

#include "annotations/annotation.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Gloss
{

class AnnotationListModel;

/// Narrows and sorts the annotation list: by tag (with its subtags), kind, author, status and a text
/// typed by the analyst, each filter optional. Sorting follows AnnotationListModel::lessThan(): the
/// position as a number, the modification time as a time, equal keys in document order.
class AnnotationFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /// Keeps the annotations tagged \a tagId or any tag under it; empty: any tag (untagged notes too).
    void setTagFilter(const QString &tagId);
    QString tagFilter() const { return m_tagId; }
    /// Keeps the annotations of one kind; nothing: any kind.
    void setKindFilter(std::optional<Annotation::Kind> kind);
    std::optional<Annotation::Kind> kindFilter() const { return m_kind; }
    /// Keeps the annotations of one author; empty: any author.
    void setAuthorFilter(const QString &author);
    QString authorFilter() const { return m_author; }
    /// Keeps the annotations whose status is in \a statuses; an empty set: any status.
    void setStatusFilter(const QSet<Annotation::Status> &statuses);
    QSet<Annotation::Status> statusFilter() const { return m_statuses; }
    /// Keeps the annotations whose quote, note or tag name contains \a text (case-insensitive,
    /// surrounding white space ignored); empty: every annotation.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    /// The annotation id shown in proxy \a row, or an empty string.
    QString annotationId(int row) const;
    /// The proxy row of annotation \a id, or -1 when it is not shown.
    int rowOf(const QString &id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AnnotationListModel *m_annotations = nullptr;
    QString m_tagId;
    std::optional<Annotation::Kind> m_kind;
    QString m_author;
    QSet<Annotation::Status> m_statuses;
    QString m_text;
};

} // namespace Gloss
