#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Gloss
{
class Annotator;
class Project;
} // namespace Gloss

namespace Gloss::Ui
{

class DebouncedField;

/// The memos (View ▸ Memos): free notes on the article being read ("Article" tab, under its title)
/// and on the whole project ("Project" tab), as QDA tools keep them.
///
/// There is no Save button: a memo is saved through the project's Annotator after a pause in typing
/// (DebouncedField::Delay), when its field loses the focus, and before another article or project is
/// shown; consecutive edits of one memo are one undo step. Undo, redo and edits made elsewhere show at
/// once, except in a memo holding typing not yet saved (which is saved next).
class MemoDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit MemoDock(QWidget *parent = nullptr);
    ~MemoDock() override;

    /// Shows the memos of \a project (nullptr: none). Pending typing is saved first.
    void setProject(Project *project);
    /// Shows the memo of article \a articleId (empty: none). Pending typing is saved first.
    void setCurrentArticle(const QString &articleId);
    QString currentArticle() const { return m_articleId; }

    /// Shows and raises the dock on the "Article" tab, the focus in its memo.
    void focusArticleMemo();
    /// Shows and raises the dock on the "Project" tab, the focus in its memo.
    void focusProjectMemo();
    /// Saves pending typing now (before the window closes).
    void flush();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Annotator *annotator() const;
    void showArticle();
    void showProjectMemo();
    void applyReadOnly();
    void saveArticleMemo(const QString &text);
    void saveProjectMemo(const QString &text);

    QPointer<Project> m_project;
    QString m_articleId;
    bool m_articleStale = false; ///< the article changed while the dock was hidden
    QTabWidget *m_tabs = nullptr;
    QLabel *m_articleTitle = nullptr;
    QPlainTextEdit *m_articleMemo = nullptr;
    QPlainTextEdit *m_projectMemo = nullptr;
    DebouncedField *m_articleField = nullptr;
    DebouncedField *m_projectField = nullptr;
};

} // namespace Gloss::Ui
