#include "mainwindow.h"

#include "actions/undobinding.h"
#include "app/droppedpaths.h"
#include "app/projectsession.h"
#include "app/recentprojects.h"
#include "app/startupplan.h"
#include "claims/claimeditordock.h"
#include "docks/annotationsdock.h"
#include "docks/articlelistdock.h"
#include "docks/historydock.h"
#include "docks/legenddock.h"
#include "docks/searchdock.h"
#include "export/exportactions.h"
#include "import/importprogress.h"
#include "links/linkpicker.h"
#include "links/linksdock.h"
#include "memos/memodock.h"
#include "messages/messagebanner.h"
#include "messages/messagepresenter.h"
#include "messages/problemlist.h"
#include "models/articlelistmodel.h"
#include "reader/annotationcontroller.h"
#include "reader/articleheader.h"
#include "reader/findbar.h"
#include "reader/readerinput.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "settings/preferencesdialog.h"
#include "status/readingstatus.h"
#include "suggest/learnedsuggestions.h"
#include "suggest/reviewdock.h"
#include "suggest/suggestionjob.h"
#include "suggest/suggestionrun.h"
#include "tags/tagpalette.h"
#include "tags/tagschemadialog.h"
#include "theme/themecontroller.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gloss::Ui
{

namespace
{
// Bumped when the docks change so an old saved layout is not applied to a different window.
constexpr int StateVersion = 2;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(this)
    , m_session(new ProjectSession(this))
    , m_theme(new ThemeController(this))
    , m_recent(new RecentProjects(this))
    , m_banner(new MessageBanner)
    , m_reader(new ReaderPane)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gloss"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_reader, 1);
    setCentralWidget(central);
    // Drops go to the window (open or import), not into the read-only text.
    m_reader->view()->setAcceptDrops(false);

    const MainActions::Menus menus = m_actions.buildMenus(this);
    m_actions.buildToolBar(this);
    m_recent->attachMenu(menus.recent);
    m_theme->populateMenu(menus.theme);
    buildDocks();
    menus.view->addAction(m_articleList->toggleViewAction());
    menus.view->addAction(m_legend->toggleViewAction());
    menus.view->addAction(m_search->toggleViewAction());
    menus.view->addAction(m_annotations->toggleViewAction());
    menus.view->addAction(m_claimEditor->toggleViewAction());
    menus.view->addAction(m_memos->toggleViewAction());
    menus.view->addAction(m_review->toggleViewAction());
    menus.view->addAction(m_links->toggleViewAction());
    menus.view->addAction(m_history->toggleViewAction());
    if (QAction *toolBarToggle = findChild<QAction *>(QStringLiteral("toggleMainToolBarAction")))
        menus.view->addAction(toolBarToggle);
    buildStatusBar();
    connectActions();
    connectAnnotationActions();
    connectAnnotationDocks();
    connectSuggestionsAndLinks();
    // File ▸ Import Annotations… and File ▸ Export… (ui/export).
    new ExportActions(
        this, [this] { return m_session->project(); }, [this] { return m_reader->articleId(); },
        [this](const Messages &messages) { m_messages->presentAll(messages); });

    connect(m_session, &ProjectSession::message, m_messages, &MessagePresenter::present);
    connect(m_session, &ProjectSession::projectOpened, this, &MainWindow::onProjectOpened);
    connect(m_session, &ProjectSession::importFinished, this, &MainWindow::onImportFinished);
    connect(m_recent, &RecentProjects::openRequested, this, &MainWindow::openProject);
    connect(m_theme, &ThemeController::themeChanged, this, [this](const KSyntaxHighlighting::Theme &theme) {
        m_reader->setTheme(theme);
        m_legend->setTheme(theme);
    });

    readSettings();
    m_reader->setTheme(m_theme->theme());
    m_legend->setTheme(m_theme->theme());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The project goes first, while every view of it still exists (its undo stack announces that it
    // is cleared); typing not saved yet is saved before that.
    m_claimEditor->flush();
    m_memos->flush();
    m_undo->setStack(nullptr);
    m_suggestions->cancel();
    m_learning.reset();
    delete m_session;
    m_session = nullptr;
}

void MainWindow::buildDocks()
{
    // Left: the articles over their annotations. Right: the current annotation's editor over the
    // legend, search results, memos and history as tabs.
    m_articleList = new ArticleListDock(this);
    m_annotations = new AnnotationsDock(this);
    m_claimEditor = new ClaimEditorDock(this);
    m_legend = new LegendDock(this);
    m_search = new SearchDock(this);
    m_memos = new MemoDock(this);
    m_history = new HistoryDock(this);
    m_review = new ReviewDock(this);
    m_review->toggleViewAction()->setObjectName(QStringLiteral("toggleReviewDockAction"));
    m_links = new LinksDock(this);
    m_links->toggleViewAction()->setObjectName(QStringLiteral("toggleLinksDockAction"));
    addDockWidget(Qt::LeftDockWidgetArea, m_articleList);
    addDockWidget(Qt::LeftDockWidgetArea, m_annotations);
    splitDockWidget(m_articleList, m_annotations, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_claimEditor);
    addDockWidget(Qt::RightDockWidgetArea, m_legend);
    splitDockWidget(m_claimEditor, m_legend, Qt::Vertical);
    for (QDockWidget *tab : {static_cast<QDockWidget *>(m_review), static_cast<QDockWidget *>(m_links), static_cast<QDockWidget *>(m_search),
             static_cast<QDockWidget *>(m_memos), static_cast<QDockWidget *>(m_history)}) {
        addDockWidget(Qt::RightDockWidgetArea, tab);
        tabifyDockWidget(m_legend, tab);
    }
    m_legend->raise();
    resizeDocks({m_articleList, m_claimEditor}, {440, 330}, Qt::Horizontal);
    resizeDocks({m_articleList, m_annotations}, {480, 320}, Qt::Vertical);
    resizeDocks({m_claimEditor, m_legend}, {520, 280}, Qt::Vertical);

    connect(m_articleList, &ArticleListDock::articleChosen, this, &MainWindow::showArticle);
    connect(m_articleList, &ArticleListDock::shownCountChanged, this, &MainWindow::updateArticleCount);
    connect(m_search, &SearchDock::hitActivated, this, &MainWindow::openSearchHit);
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_problems = new ProblemList(bar);
    m_status = new ReadingStatus(bar);
    bar->addPermanentWidget(new ImportProgress(m_session->importRunner(), bar));
    bar->addPermanentWidget(m_problems);
    bar->addPermanentWidget(m_status);
    m_messages = new MessagePresenter(m_banner, m_problems, bar, this);
    connect(m_reader, &ReaderPane::positionChanged, m_status, &ReadingStatus::setParagraphs);
}

void MainWindow::connectActions()
{
    connect(m_actions.openProject, &QAction::triggered, this, &MainWindow::chooseProject);
    connect(m_actions.importArticles, &QAction::triggered, this, &MainWindow::chooseArticleFiles);
    connect(m_actions.importFolder, &QAction::triggered, this, &MainWindow::chooseArticleFolder);
    connect(m_actions.saveCopyAs, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_actions.quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions.findInArticle, &QAction::triggered, m_reader->findBar(), &FindBar::activate);
    connect(m_actions.searchCorpus, &QAction::triggered, m_search, &SearchDock::activate);
    connect(m_actions.filterArticles, &QAction::triggered, m_articleList, &ArticleListDock::focusFilter);
    ReaderView *view = m_reader->view();
    connect(m_actions.zoomIn, &QAction::triggered, view, &ReaderView::zoomIn);
    connect(m_actions.zoomOut, &QAction::triggered, view, &ReaderView::zoomOut);
    connect(m_actions.resetZoom, &QAction::triggered, view, &ReaderView::resetZoom);
    connect(m_actions.nextArticle, &QAction::triggered, this, [this] {
        const QString id = m_articleList->neighbour(1);
        if (!id.isEmpty())
            showArticle(id);
    });
    connect(m_actions.previousArticle, &QAction::triggered, this, [this] {
        const QString id = m_articleList->neighbour(-1);
        if (!id.isEmpty())
            showArticle(id);
    });
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectAnnotationActions()
{
    m_undo = new UndoBinding(m_actions.undo, m_actions.redo, this);
    m_actions.addReaderActions(m_reader);
    AnnotationController *annotations = m_reader->annotations();
    connect(m_actions.quickTag, &QAction::triggered, this, [this] {
        ReaderView *view = m_reader->view();
        openQuickTag(view->viewport()->mapToGlobal(view->cursorRect().bottomLeft()));
    });
    connect(m_reader->input(), &ReaderInput::paletteRequested, this, &MainWindow::openQuickTag);
    connect(m_actions.deleteAnnotation, &QAction::triggered, annotations, &AnnotationController::deleteCurrent);
    connect(m_actions.nextAnnotation, &QAction::triggered, annotations, &AnnotationController::selectNext);
    connect(m_actions.previousAnnotation, &QAction::triggered, annotations, &AnnotationController::selectPrevious);
    m_actions.snapToWords->setChecked(annotations->snapToWords());
    connect(m_actions.snapToWords, &QAction::toggled, this, [annotations](bool on) {
        annotations->setSnapToWords(on);
        QSettings().setValue(QLatin1String(PreferencesDialog::SnapToWordsKey), on);
    });
}

void MainWindow::connectAnnotationDocks()
{
    AnnotationController *annotations = m_reader->annotations();
    connect(annotations, &AnnotationController::currentAnnotationChanged, this, [this](const QString &id) {
        m_annotations->selectAnnotation(id);
        if (!id.isEmpty() || m_claimEditor->annotationId().isEmpty() || isInShownArticle(m_claimEditor->annotationId()))
            m_claimEditor->setAnnotation(id);
    });
    connect(m_annotations, &AnnotationsDock::annotationActivated, this, &MainWindow::showAnnotation);
    connect(m_annotations, &AnnotationsDock::annotationSelected, this, &MainWindow::previewAnnotation);
    connect(m_reader->input(), &ReaderInput::editRequested, this, &MainWindow::editAnnotation);
    connect(m_actions.editAnnotation, &QAction::triggered, this, [this] { editAnnotation(m_reader->annotations()->currentAnnotation()); });
    connect(m_actions.articleMemo, &QAction::triggered, m_memos, &MemoDock::focusArticleMemo);
    connect(m_actions.projectMemo, &QAction::triggered, m_memos, &MemoDock::focusProjectMemo);
    connect(m_actions.tagSchema, &QAction::triggered, this, &MainWindow::showTagSchema);
    connect(m_actions.preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_palette = new TagPalette(this);
    connect(m_palette, &TagPalette::tagChosen, this, [this](const QString &tagId) {
        m_reader->annotations()->applyTag(tagId);
        m_reader->view()->setFocus(Qt::PopupFocusReason);
    });
    connect(m_palette, &TagPalette::cancelled, this, [this] { m_reader->view()->setFocus(Qt::PopupFocusReason); });
}

void MainWindow::connectSuggestionsAndLinks()
{
    m_linkPicker = new LinkPicker(this);
    connect(m_reader->input(), &ReaderInput::linkRequested, this, &MainWindow::openLinkPicker);
    connect(m_actions.linkAnnotation, &QAction::triggered, this, [this] { openLinkPicker(m_reader->annotations()->currentAnnotation()); });
    connect(m_linkPicker, &LinkPicker::linkCreated, this, [this] { m_reader->view()->setFocus(Qt::PopupFocusReason); });
    connect(m_linkPicker, &LinkPicker::cancelled, this, [this] { m_reader->view()->setFocus(Qt::PopupFocusReason); });
    connect(m_links, &LinksDock::annotationActivated, this, &MainWindow::showAnnotation);
    connect(m_review, &ReviewDock::suggestionActivated, this, &MainWindow::showAnnotation);
    connect(m_reader->annotations(), &AnnotationController::currentAnnotationChanged, this, [this](const QString &id) {
        m_links->setAnnotation(id);
        if (!id.isEmpty())
            m_review->selectAnnotation(id);
    });

    m_suggestions = new SuggestionJob(this);
    m_suggestionProgress = new QLabel(statusBar());
    m_suggestionProgress->setObjectName(QStringLiteral("suggestionProgress"));
    m_suggestionProgress->hide();
    statusBar()->addPermanentWidget(m_suggestionProgress);
    connect(m_actions.suggest, &QAction::triggered, this, &MainWindow::startSuggesting);
    connect(m_actions.stopSuggesting, &QAction::triggered, m_suggestions, &SuggestionJob::cancel);
    connect(m_suggestions, &SuggestionJob::progress, this, [this](int done, int total) {
        m_suggestionProgress->setText(tr("Suggesting: %1 of %2 articles").arg(done).arg(total));
        m_suggestionProgress->show();
    });
    connect(m_suggestions, &SuggestionJob::finished, this, [this](const Suggest::SuggestionRunSummary &summary) {
        m_actions.stopSuggesting->setEnabled(false);
        m_actions.suggest->setEnabled(true);
        if (summary.pending == 0) {
            m_suggestionProgress->hide();
            return;
        }
        // In its own place, so the import report in the status bar's message area stays readable.
        m_suggestionProgress->setText(tr("Suggested %1 in %2 articles").arg(summary.added).arg(summary.done));
        m_suggestionProgress->show();
        QTimer::singleShot(8000, m_suggestionProgress, [this] {
            if (!m_suggestions->isRunning())
                m_suggestionProgress->hide();
        });
    });
}

void MainWindow::startSuggesting()
{
    Project *project = m_session->project();
    if (!project || project->isReadOnly() || m_suggestions->isRunning())
        return;
    if (m_suggestions->start(project)) {
        m_actions.suggest->setEnabled(false);
        m_actions.stopSuggesting->setEnabled(true);
    }
}

void MainWindow::openLinkPicker(const QString &annotationId)
{
    if (annotationId.isEmpty() || !m_session->project())
        return;
    ReaderView *view = m_reader->view();
    m_linkPicker->start(annotationId, view->viewport()->mapToGlobal(view->cursorRect().bottomLeft()));
}

bool MainWindow::isInShownArticle(const QString &annotationId) const
{
    const AnnotationIndex *index = m_reader->annotations()->overlay().index();
    return index && index->contains(annotationId);
}

void MainWindow::openQuickTag(const QPoint &globalPos)
{
    Project *project = m_session->project();
    if (!project || m_reader->articleId().isEmpty())
        return;
    m_palette->setSchema(project->annotator()->tagSchema());
    m_palette->popup(globalPos);
}

void MainWindow::showAnnotation(const QString &articleId, const QString &annotationId)
{
    if (m_reader->articleId() != articleId)
        showArticle(articleId);
    if (m_reader->articleId() != articleId)
        return;
    m_reader->annotations()->setCurrentAnnotation(annotationId);
    m_reader->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::previewAnnotation(const QString &annotationId)
{
    // A row of the shown article becomes the reader's current annotation (scrolled to); one of another
    // article is only shown in the editor until the row is activated.
    if (isInShownArticle(annotationId))
        m_reader->annotations()->setCurrentAnnotation(annotationId);
    else
        m_claimEditor->setAnnotation(annotationId);
}

void MainWindow::editAnnotation(const QString &annotationId)
{
    if (annotationId.isEmpty())
        return;
    m_claimEditor->setAnnotation(annotationId);
    m_claimEditor->focusNote();
}

void MainWindow::showTagSchema()
{
    Project *project = m_session->project();
    if (!project)
        return;
    if (auto *open = findChild<TagSchemaDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Made on demand and deleted on close, so its model does not follow every edit while hidden.
    auto *dialog = new TagSchemaDialog(project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_session, &ProjectSession::projectOpened, dialog, &QDialog::close);
    dialog->show();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_session->project(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actions.snapToWords->setChecked(PreferencesDialog::snapToWords());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), StateVersion);
    m_articleList->view()->header()->restoreState(settings.value(QStringLiteral("articleList/header")).toByteArray());
    m_reader->view()->setZoomStep(settings.value(QStringLiteral("reader/zoom"), 0).toInt());
    m_theme->setChoice(ThemeChoice::fromString(settings.value(QStringLiteral("reader/theme")).toString()));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(StateVersion));
    settings.setValue(QStringLiteral("articleList/header"), m_articleList->view()->header()->saveState());
    settings.setValue(QStringLiteral("reader/zoom"), m_reader->view()->zoomStep());
    settings.setValue(QStringLiteral("reader/theme"), m_theme->choice().toString());
}

void MainWindow::open(const StartupPlan &plan)
{
    m_isSampleSet = plan.isSampleSet;
    if (!openProject(plan.projectPath))
        return;
    const bool skipImport = plan.isSampleSet && m_session->project()->store().articleCount() > 0;
    if (!plan.importPaths.isEmpty() && !skipImport)
        importPaths(plan.importPaths);
}

bool MainWindow::openProject(const QString &path)
{
    if (!m_session->open(path))
        return false;
    if (!StartupPlan::isProjectFile(path) || QFileInfo(path).fileName() != QLatin1String("samples.gloss"))
        m_recent->add(path);
    return true;
}

void MainWindow::importPaths(const QStringList &paths)
{
    m_session->importPaths(paths);
}

void MainWindow::onProjectOpened(Project *project)
{
    m_banner->dismiss();
    m_reader->annotations()->setProject(project);
    m_history->setProject(project);
    m_annotations->setProject(project);
    m_claimEditor->setProject(project);
    m_memos->setProject(project);
    m_suggestions->cancel();
    m_learning = std::make_unique<Suggest::LearnedSuggestions>(*project);
    m_review->setProject(project);
    m_links->setProject(project);
    m_linkPicker->setProject(project);
    m_undo->setStack(project->undoStack());
    m_reader->clear();
    m_articleList->setProject(project);
    m_search->setProject(project);
    updateArticleCount();
    updateTitle();
    showInitialArticle();
    // Entities, figures, dates and claims are proposed in the background for articles not done yet.
    startSuggesting();
    Q_EMIT projectShown();
}

void MainWindow::showInitialArticle()
{
    QString id = m_session->lastArticle();
    if (id.isEmpty())
        id = m_articleList->neighbour(0);
    if (!id.isEmpty())
        showArticle(id);
    // The reader gets the keyboard so an analyst can start selecting at once.
    m_reader->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onImportFinished()
{
    updateArticleCount();
    startSuggesting();
    if (m_reader->articleId().isEmpty())
        showInitialArticle();
    Q_EMIT importFinished();
}

void MainWindow::showArticle(const QString &id)
{
    Project *project = m_session->project();
    if (!project)
        return;
    const std::optional<Article> article = project->store().article(id);
    if (!article) {
        m_messages->present(Message::warning(QString(), tr("The article %1 is no longer in the project").arg(id)));
        return;
    }
    m_reader->showArticle(*article);
    m_annotations->setCurrentArticle(id);
    m_memos->setCurrentArticle(id);
    m_review->setCurrentArticle(id);
    m_articleList->setCurrentArticle(id);
    m_status->setArticle(m_articleList->positionOf(id), m_articleList->shownCount());
    m_session->setLastArticle(id);
}

void MainWindow::updateArticleCount()
{
    const int total = m_articleList->model()->rowCount();
    const int shown = m_articleList->shownCount();
    m_status->setArticleCount(total, shown);
    m_status->setArticle(m_articleList->positionOf(m_reader->articleId()), shown);
}

void MainWindow::updateTitle()
{
    Project *project = m_session->project();
    if (!project) {
        setWindowTitle(tr("Gloss"));
        return;
    }
    const QString name = m_isSampleSet ? tr("Sample Articles") : QFileInfo(project->path()).completeBaseName();
    setWindowTitle(tr("%1 — Gloss").arg(name));
}

void MainWindow::openSearchHit(const QString &id, const QStringList &terms)
{
    if (m_reader->articleId() != id)
        showArticle(id);
    if (m_reader->articleId() == id)
        m_reader->revealFirstOccurrence(terms);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), tr("Gloss projects (*.gloss);;All files (*)"));
    if (!path.isEmpty()) {
        m_isSampleSet = false;
        openProject(path);
    }
}

void MainWindow::chooseArticleFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(), tr("Articles (*.txt *.md *.html *.htm *.json *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseArticleFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::saveCopy()
{
    Project *project = m_session->project();
    if (!project)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Copy As"), QString(), tr("Gloss projects (*.gloss)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".gloss");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(project->path()).absoluteFilePath()) {
        m_messages->present(Message::error(path, tr("is the project itself; choose another file for the copy")));
        return;
    }
    if (project->store().saveCopy(path))
        m_messages->present(Message::notice(QString(), tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path))));
    else
        m_messages->present(Message::error(QString(), project->store().lastError()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Gloss"),
        tr("<h3>Gloss %1</h3><p>A reader and annotator for sets of news articles.</p>"
           "<p>Claim cues are coloured with KSyntaxHighlighting; projects are single SQLite files.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_claimEditor->flush();
    m_memos->flush();
    m_session->flush();
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        m_theme->systemPaletteChanged();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DroppedPaths::fromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const DroppedPaths dropped = DroppedPaths::fromMimeData(event->mimeData());
    if (dropped.isEmpty())
        return;
    event->acceptProposedAction();
    if (!dropped.projects.isEmpty()) {
        m_isSampleSet = false;
        if (openProject(dropped.projects.constFirst()) && !dropped.articles.isEmpty())
            importPaths(dropped.articles);
        return;
    }
    importPaths(dropped.articles);
}

} // namespace Gloss::Ui
