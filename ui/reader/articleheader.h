#pragma once

#include "article.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Gloss::Ui
{

/// The header above the article body: the title in large type, a line with outlet · date · byline,
/// and the URL as plain selectable text. Nothing is ever fetched; the URL opens in the external
/// browser only when the reader clicks the button beside it.
class ArticleHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleHeader(QWidget *parent = nullptr);

    /// Shows the fields of \a article (its text is not used).
    void setArticle(const Article &article);
    void clear();
    /// Shows \a title and \a hint in place of an article (an empty project).
    void showPlaceholder(const QString &title, const QString &hint);

    /// Aligns the header's text with the reader's text column (\a left and \a right insets in pixels).
    void setColumnInsets(int left, int right);
    /// Sizes the title relative to the body font (follows the reader's zoom).
    void setBodyFont(const QFont &body);

    QString title() const;
    QString metaLine() const;
    QString url() const;

    /// "Outlet · 8 June 2024 · By Name": the parts that are known, in that order.
    static QString formatMetaLine(const QString &outlet, const QString &published, const QString &byline);

private:
    void openUrl();

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLineEdit *m_url = nullptr;
    QToolButton *m_openUrl = nullptr;
};

} // namespace Gloss::Ui
