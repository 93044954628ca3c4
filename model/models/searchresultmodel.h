#pragma once

#include "store/projectstore.h"

#include <QAbstractListModel>

namespace Gloss
{

/// The hits of a corpus search (ProjectStore::search) for the search dock, best first.
///
/// Each row is one article: its title, outlet and a snippet whose matched terms are available as
/// plain text, as HTML with the terms in bold, and as the list of terms for finding them in the text.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the article id
        TitleRole, ///< QString
        OutletRole, ///< QString
        SnippetRole, ///< QString: the snippet as plain text, marks removed
        SnippetHtmlRole, ///< QString: the snippet as HTML, matched terms in <b>
        MatchedTermsRole, ///< QStringList: SearchHit::matchedTerms()
        RankRole, ///< double: bm25 rank, lower is better
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject *parent = nullptr);

    /// Shows \a result (its hits; the error and relaxed flag are kept for the dock to show).
    void setResult(const SearchResult &result);
    void clear();
    const SearchResult &result() const { return m_result; }

    /// The hit in \a row; a default hit when out of range.
    SearchHit hit(int row) const;

    /// \a snippet (with SearchHit::MarkStart/MarkEnd) as plain text without the marks.
    static QString plainSnippet(const QString &snippet);
    /// \a snippet as HTML: everything escaped, the marked terms in <b>.
    static QString snippetHtml(const QString &snippet);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    SearchResult m_result;
};

} // namespace Gloss
