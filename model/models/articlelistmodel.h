#pragma once

#include "article.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Gloss
{

class Project;

/// The articles of a project as a table (title, outlet, date, length) for the article list.
///
/// Holds only the summaries (never the texts), so a project of 10,000 articles loads in a few
/// milliseconds. Follows Project::articlesAdded: new articles are appended as rows.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, DateColumn, LengthColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the article id
        TitleRole, ///< QString
        OutletRole, ///< QString
        PublishedRole, ///< QString: ISO 8601 date or date-time, empty when unknown
        LengthRole, ///< int: characters of the text
        SortRole, ///< what the column sorts by: text, ISO date or length
    };
    Q_ENUM(Role)

    explicit ArticleListModel(QObject *parent = nullptr);

    /// Shows the articles of \a project (nullptr: none) and follows its additions.
    void setProject(Project *project);
    /// Reads the summaries again from the project.
    void reload();

    /// The summary shown in \a row; a default summary when the row is out of range.
    ArticleSummary summary(int row) const;
    QString articleId(int row) const;
    /// The row of the article \a id, or -1.
    int rowOf(const QString &id) const;

    /// The date part of an ISO 8601 \a published value as shown in the list ("2024-06-08").
    static QString displayDate(const QString &published);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void appendAdded();
    void rebuildIndex();

    QPointer<Project> m_project;
    QList<ArticleSummary> m_rows;
    QHash<QString, int> m_rowById;
};

} // namespace Gloss
