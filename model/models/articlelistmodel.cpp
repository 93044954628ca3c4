#include "articlelistmodel.h"

#include "project.h"

#include <QLocale>

namespace Gloss
{

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ArticleListModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project)
        connect(m_project, &Project::articlesAdded, this, &ArticleListModel::appendAdded);
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows = m_project && m_project->isOpen() ? m_project->store().articleSummaries() : QList<ArticleSummary>();
    rebuildIndex();
    endResetModel();
}

void ArticleListModel::appendAdded()
{
    if (!m_project || !m_project->isOpen())
        return;
    // Summaries come in rowid order and a new article always gets a higher rowid, so the new ones
    // are the tail; reading them all again is cheaper than a query per id for a batch.
    const qint64 lastRowId = m_rows.isEmpty() ? 0 : m_rows.constLast().rowId;
    const QList<ArticleSummary> all = m_project->store().articleSummaries();
    QList<ArticleSummary> added;
    for (const ArticleSummary &summary : all) {
        if (summary.rowId > lastRowId)
            added.append(summary);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    for (const ArticleSummary &summary : std::as_const(added)) {
        m_rowById.insert(summary.id, int(m_rows.size()));
        m_rows.append(summary);
    }
    endInsertRows();
}

void ArticleListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

ArticleSummary ArticleListModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ArticleSummary();
}

QString ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ArticleListModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QString ArticleListModel::displayDate(const QString &published)
{
    // "2024-06-08T10:30:00Z" shows as its date; anything else is shown as stored.
    if (published.size() > 10 && published.at(4) == QLatin1Char('-') && published.at(10) == QLatin1Char('T'))
        return published.left(10);
    return published;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &article = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title.isEmpty() ? tr("(untitled)") : article.title;
        case OutletColumn:
            return article.outlet;
        case DateColumn:
            return displayDate(article.published);
        case LengthColumn:
            return QLocale().toString(article.length);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LengthColumn)
            return article.length == 1 ? tr("1 character") : tr("%1 characters").arg(QLocale().toString(article.length));
        if (index.column() == TitleColumn)
            return article.title;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return article.id;
    case TitleRole:
        return article.title;
    case OutletRole:
        return article.outlet;
    case PublishedRole:
        return article.published;
    case LengthRole:
        return article.length;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title;
        case OutletColumn:
            return article.outlet;
        case DateColumn:
            return article.published;
        case LengthColumn:
            return article.length;
        }
        return {};
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Title");
        case OutletColumn:
            return tr("Outlet");
        case DateColumn:
            return tr("Date");
        case LengthColumn:
            return tr("Length");
        }
    }
    if (role == Qt::TextAlignmentRole && section == LengthColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(OutletRole, "outlet");
    names.insert(PublishedRole, "published");
    names.insert(LengthRole, "length");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace Gloss
