#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Gloss
{

/// Sorts the article list by any column and keeps the articles whose title or outlet contains
/// every word typed in the filter box (case-insensitive, in any order).
class ArticleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArticleFilterProxyModel(QObject *parent = nullptr);

    /// The filter as typed; words are separated by white space. Empty shows every article.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// The article id shown in proxy \a row, or an empty string.
    QString articleId(int row) const;
    /// The proxy row of article \a id, or -1 when it is not shown.
    int rowOf(const QString &id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace Gloss
