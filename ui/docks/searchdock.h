#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Gloss
{
class Project;
class SearchResultModel;
} // namespace Gloss

namespace Gloss::Ui
{

/// Corpus search (Ctrl+Shift+F): a query field over the project's full-text index (words,
/// "phrases", prefix*, AND / OR / NOT) and the hits, best first, each with its snippet. Activating a
/// hit asks for the article to be opened at the matched term.
class SearchDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit SearchDock(QWidget *parent = nullptr);

    void setProject(Project *project);

    /// Shows the dock with the focus in the query field.
    void activate();
    /// Runs \a query now (also sets it in the field).
    void search(const QString &query);

    QString statusText() const;
    QListView *view() const { return m_view; }
    SearchResultModel *model() const { return m_model; }

Q_SIGNALS:
    /// The reader activated a hit: open \a articleId and show the first of \a terms.
    void hitActivated(const QString &articleId, const QStringList &terms);

private:
    void runQuery();
    void activateRow(const QModelIndex &index);

    Project *m_project = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_view = nullptr;
    SearchResultModel *m_model = nullptr;
    QTimer *m_typingPause = nullptr;
};

} // namespace Gloss::Ui
