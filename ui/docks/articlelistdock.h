#pragma once

#include <QDockWidget>

class QLineEdit;
class QTreeView;

namespace Gloss
{
class ArticleFilterProxyModel;
class ArticleListModel;
class Project;
} // namespace Gloss

namespace Gloss::Ui
{

/// The article list (left dock): every article of the project with title, outlet, date and length,
/// sortable by any column, narrowed by the filter box above it (Ctrl+L). Choosing a row shows it.
class ArticleListDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit ArticleListDock(QWidget *parent = nullptr);

    void setProject(Project *project);

    /// Marks \a id as the current row (without announcing it) and scrolls to it.
    void setCurrentArticle(const QString &id);
    QString currentArticle() const;

    /// Moves the focus to the filter box, its text selected.
    void focusFilter();

    /// The article shown \a offset rows away from the current one in the list's order, or empty.
    QString neighbour(int offset) const;
    /// The 1-based position of \a id in the list as shown, or 0 when it is filtered out.
    int positionOf(const QString &id) const;
    /// How many articles the list shows now.
    int shownCount() const;

    QTreeView *view() const { return m_view; }
    ArticleListModel *model() const { return m_model; }
    ArticleFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// The reader chose article \a id in the list.
    void articleChosen(const QString &id);
    /// Rows were added, removed or filtered.
    void shownCountChanged();

private:
    void onCurrentChanged(const QModelIndex &current);

    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    ArticleListModel *m_model = nullptr;
    ArticleFilterProxyModel *m_proxy = nullptr;
    bool m_settingCurrent = false;
};

} // namespace Gloss::Ui
