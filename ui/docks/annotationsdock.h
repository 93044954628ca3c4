#pragma once

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QTreeView;

namespace Gloss
{
class AnnotationFilterProxyModel;
class AnnotationListModel;
class Project;
} // namespace Gloss

namespace Gloss::Ui
{

/// The annotations dock: the annotations of the article being read, or of the whole corpus, as a
/// sortable table narrowed by tag, kind, author, status and typed text. Enter or a double click on
/// a row asks for its span to be shown; the context menu and the Delete key delete, retag, and
/// delete or retag every annotation of a tag, each as one undoable step of the project.
class AnnotationsDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit AnnotationsDock(QWidget *parent = nullptr);
    ~AnnotationsDock() override;

    /// Shows the annotations of \a project (nullptr: none); the current article is forgotten.
    void setProject(Project *project);
    /// The article being read: what the "This article" scope shows.
    void setCurrentArticle(const QString &articleId);
    /// Makes annotation \a annotationId the current, selected row and scrolls to it (nothing when it
    /// is not shown). Emits nothing.
    void selectAnnotation(const QString &annotationId);
    /// Shows and raises the dock and puts the focus in the text filter.
    void activate();

    QTreeView *view() const { return m_view; }
    AnnotationListModel *model() const { return m_model; }
    AnnotationFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// Enter or a double click on a row: show annotation \a annotationId in article \a articleId.
    void annotationActivated(const QString &articleId, const QString &annotationId);
    /// The user made \a annotationId the current row (not emitted when the list changes by itself).
    void annotationSelected(const QString &annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class ScopeChoice { ThisArticle, AllArticles };

    QWidget *buildFilters();
    void setUpView();
    void applyScope();
    void fillTagFilter();
    void fillAuthorFilter();
    void addAuthors(int first, int last);
    void applyKindFilter();
    void applyStatusFilter();
    void updateCount();
    void onCurrentRowChanged(const QModelIndex &current);
    void activateRow(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    void fillContextMenu();
    bool isEditable() const;
    QStringList selectedIds() const;
    /// The tag of the current row; empty when none or untagged.
    QString currentTag() const;
    void deleteSelected();
    void deleteAllTagged(const QString &tagId);

    QPointer<Project> m_project;
    QString m_currentArticle;
    QComboBox *m_scope = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_author = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer *m_textTimer = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_deleteAction = nullptr;
    AnnotationListModel *m_model = nullptr;
    AnnotationFilterProxyModel *m_proxy = nullptr;
    /// Above zero while the list changes by itself (filters, edits, selectAnnotation()).
    int m_quiet = 0;
    QString m_lastCurrentId;
};

} // namespace Gloss::Ui
