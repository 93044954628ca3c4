#pragma once

#include "actions/mainactions.h"
#include "project.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Gloss::Ui
{

class AnnotationsDock;
class ArticleListDock;
class ClaimEditorDock;
class HistoryDock;
class LinkPicker;
class LinksDock;
class ReviewDock;
class SuggestionJob;
class LegendDock;
class MessageBanner;
class MemoDock;
class MessagePresenter;
class ProblemList;
class ProjectSession;
class ReaderPane;
class ReadingStatus;
class RecentProjects;
class SearchDock;
class TagPalette;
class ThemeController;
class UndoBinding;
struct StartupPlan;

/// Gloss's main window: the article list on the left, the reader in the centre, the legend and
/// search results on the right, the import progress and reading position in the status bar.
/// It wires the parts together; each part lives in its own class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens what \a plan says (a project, then imports into it).
    void open(const StartupPlan &plan);
    /// Opens the project at \a path; on failure the banner says why and the current one stays.
    bool openProject(const QString &path);
    /// Imports \a paths (files and folders) into the current project, with progress in the status bar.
    void importPaths(const QStringList &paths);
    /// Shows article \a id in the reader and selects it in the list.
    void showArticle(const QString &id);

    ProjectSession *session() const { return m_session; }
    ReaderPane *reader() const { return m_reader; }
    ArticleListDock *articleList() const { return m_articleList; }
    SearchDock *searchDock() const { return m_search; }
    LegendDock *legendDock() const { return m_legend; }
    HistoryDock *historyDock() const { return m_history; }
    AnnotationsDock *annotationsDock() const { return m_annotations; }
    ClaimEditorDock *claimEditor() const { return m_claimEditor; }
    MemoDock *memoDock() const { return m_memos; }
    TagPalette *tagPalette() const { return m_palette; }
    LinksDock *linksDock() const { return m_links; }
    LinkPicker *linkPicker() const { return m_linkPicker; }
    ReviewDock *reviewDock() const { return m_review; }
    SuggestionJob *suggestionJob() const { return m_suggestions; }
    MessageBanner *banner() const { return m_banner; }
    ThemeController *themeController() const { return m_theme; }
    ReadingStatus *readingStatus() const { return m_status; }
    const MainActions &actions() const { return m_actions; }

Q_SIGNALS:
    /// A project was opened and its first article (if any) is shown.
    void projectShown();
    /// An import ended (its report is in the status bar and problem list).
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildDocks();
    void buildStatusBar();
    void connectActions();
    void connectAnnotationActions();
    void connectAnnotationDocks();
    void connectSuggestionsAndLinks();
    void startSuggesting();
    void openLinkPicker(const QString &annotationId);
    void openQuickTag(const QPoint &globalPos);
    void showAnnotation(const QString &articleId, const QString &annotationId);
    void previewAnnotation(const QString &annotationId);
    void editAnnotation(const QString &annotationId);
    void showTagSchema();
    void showPreferences();
    bool isInShownArticle(const QString &annotationId) const;
    void readSettings();
    void writeSettings() const;
    void onProjectOpened(Project *project);
    void onImportFinished();
    void showInitialArticle();
    void updateArticleCount();
    void updateTitle();
    void chooseProject();
    void chooseArticleFiles();
    void chooseArticleFolder();
    void saveCopy();
    void showAbout();
    void openSearchHit(const QString &id, const QStringList &terms);

    MainActions m_actions;
    ProjectSession *m_session = nullptr;
    ThemeController *m_theme = nullptr;
    RecentProjects *m_recent = nullptr;
    MessageBanner *m_banner = nullptr;
    ReaderPane *m_reader = nullptr;
    ArticleListDock *m_articleList = nullptr;
    LegendDock *m_legend = nullptr;
    SearchDock *m_search = nullptr;
    HistoryDock *m_history = nullptr;
    AnnotationsDock *m_annotations = nullptr;
    ClaimEditorDock *m_claimEditor = nullptr;
    MemoDock *m_memos = nullptr;
    TagPalette *m_palette = nullptr;
    LinksDock *m_links = nullptr;
    LinkPicker *m_linkPicker = nullptr;
    ReviewDock *m_review = nullptr;
    SuggestionJob *m_suggestions = nullptr;
    QLabel *m_suggestionProgress = nullptr;
    std::unique_ptr<QObject> m_learning; ///< Suggest::LearnedSuggestions of the open project
    UndoBinding *m_undo = nullptr;
    ReadingStatus *m_status = nullptr;
    ProblemList *m_problems = nullptr;
    MessagePresenter *m_messages = nullptr;
    bool m_isSampleSet = false;
};

} // namespace Gloss::Ui
