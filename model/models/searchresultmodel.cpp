#include "searchresultmodel.h"

namespace Gloss
{

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent)
{
}

void SearchResultModel::setResult(const SearchResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void SearchResultModel::clear()
{
    setResult(SearchResult());
}

SearchHit SearchResultModel::hit(int row) const
{
    return row >= 0 && row < m_result.hits.size() ? m_result.hits.at(row) : SearchHit();
}

QString SearchResultModel::plainSnippet(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(SearchHit::MarkStart);
    plain.remove(SearchHit::MarkEnd);
    return plain;
}

QString SearchResultModel::snippetHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    qsizetype from = 0;
    bool inMark = false;
    for (qsizetype i = 0; i <= snippet.size(); ++i) {
        const bool atEnd = i == snippet.size();
        const QChar c = atEnd ? QChar() : snippet.at(i);
        if (!atEnd && c != SearchHit::MarkStart && c != SearchHit::MarkEnd)
            continue;
        html += snippet.mid(from, i - from).toHtmlEscaped();
        from = i + 1;
        if (atEnd)
            break;
        if (c == SearchHit::MarkStart && !inMark) {
            html += QStringLiteral("<b>");
            inMark = true;
        } else if (c == SearchHit::MarkEnd && inMark) {
            html += QStringLiteral("</b>");
            inMark = false;
        }
    }
    if (inMark) // a snippet cut inside a mark still gives well-formed HTML
        html += QStringLiteral("</b>");
    return html;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_result.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title.isEmpty() ? tr("(untitled)") : hit.title;
    case Qt::ToolTipRole:
        return plainSnippet(hit.snippet);
    case IdRole:
        return hit.articleId;
    case TitleRole:
        return hit.title;
    case OutletRole:
        return hit.outlet;
    case SnippetRole:
        return plainSnippet(hit.snippet);
    case SnippetHtmlRole:
        return snippetHtml(hit.snippet);
    case MatchedTermsRole:
        return hit.matchedTerms();
    case RankRole:
        return hit.rank;
    }
    return {};
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(OutletRole, "outlet");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(MatchedTermsRole, "matchedTerms");
    names.insert(RankRole, "rank");
    return names;
}

} // namespace Gloss
