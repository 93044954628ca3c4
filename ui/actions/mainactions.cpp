#include "mainactions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace Gloss::Ui
{

namespace
{
QAction *makeAction(QMainWindow *window, const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts = {}, const QString &tip = QString())
{
    auto *action = new QAction(text, window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(shortcuts);
    if (!tip.isEmpty()) {
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    return action;
}

QMenu *makeMenu(QWidget *parent, const QString &title, const char *objectName)
{
    auto *menu = new QMenu(title, parent);
    menu->setObjectName(QString::fromLatin1(objectName));
    menu->menuAction()->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Action"));
    return menu;
}

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}
} // namespace

MainActions::MainActions(QMainWindow *window)
{
    openProject = makeAction(window, "openProjectAction", QObject::tr("&Open Project…"), {QKeySequence::Open}, QObject::tr("Open a Gloss project (.gloss)"));
    openProject->setIcon(QIcon::fromTheme(QStringLiteral("document-open"), standardIcon(QStyle::SP_DialogOpenButton)));
    importArticles = makeAction(window, "importArticlesAction", QObject::tr("&Import Articles…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
        QObject::tr("Add article files (.txt, .md, .html, .json, .jsonl) to this project"));
    importArticles->setIcon(QIcon::fromTheme(QStringLiteral("document-import"), standardIcon(QStyle::SP_FileIcon)));
    importFolder = makeAction(window, "importFolderAction", QObject::tr("Import &Folder…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        QObject::tr("Add every article file in a folder and its subfolders to this project"));
    importFolder->setIcon(QIcon::fromTheme(QStringLiteral("folder-open"), standardIcon(QStyle::SP_DirOpenIcon)));
    saveCopyAs = makeAction(
        window, "saveCopyAsAction", QObject::tr("Save &Copy As…"), {QKeySequence::SaveAs}, QObject::tr("Write a copy of the whole project to another file"));
    quit = makeAction(window, "quitAction", QObject::tr("&Quit"), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    undo = makeAction(window, "undoAction", QObject::tr("&Undo"), {QKeySequence::Undo});
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setEnabled(false);
    redo = makeAction(window, "redoAction", QObject::tr("&Redo"), {QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setEnabled(false);
    preferences = makeAction(window, "preferencesAction", QObject::tr("&Preferences…"), {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)},
        QObject::tr("Your name on annotations and how selections are tagged"));
    preferences->setMenuRole(QAction::PreferencesRole);
    findInArticle
        = makeAction(window, "findInArticleAction", QObject::tr("&Find in Article…"), {QKeySequence::Find}, QObject::tr("Find text in the article being read"));
    findInArticle->setIcon(QIcon::fromTheme(QStringLiteral("edit-find"), standardIcon(QStyle::SP_FileDialogContentsView)));
    searchCorpus = makeAction(window, "searchCorpusAction", QObject::tr("&Search All Articles…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
        QObject::tr("Full-text search across every article of the project"));
    searchCorpus->setIcon(QIcon::fromTheme(QStringLiteral("system-search"), standardIcon(QStyle::SP_FileDialogDetailedView)));
    filterArticles = makeAction(window, "filterArticlesAction", QObject::tr("Filter &Articles"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
        QObject::tr("Narrow the article list by title or outlet"));

    zoomIn = makeAction(window, "zoomInAction", QObject::tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    zoomOut = makeAction(window, "zoomOutAction", QObject::tr("Zoom &Out"), {QKeySequence::ZoomOut});
    zoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    resetZoom = makeAction(window, "resetZoomAction", QObject::tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    nextArticle = makeAction(
        window, "nextArticleAction", QObject::tr("&Next Article"), {QKeySequence(Qt::ALT | Qt::Key_Down)}, QObject::tr("Show the next article in the list"));
    nextArticle->setIcon(QIcon::fromTheme(QStringLiteral("go-down"), standardIcon(QStyle::SP_ArrowDown)));
    previousArticle = makeAction(window, "previousArticleAction", QObject::tr("&Previous Article"), {QKeySequence(Qt::ALT | Qt::Key_Up)},
        QObject::tr("Show the previous article in the list"));
    previousArticle->setIcon(QIcon::fromTheme(QStringLiteral("go-up"), standardIcon(QStyle::SP_ArrowUp)));

    quickTag = makeAction(window, "quickTagAction", QObject::tr("&Quick Tag…"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
        QObject::tr("Tag the selection (or retag the current annotation) with a tag found by typing"));
    editAnnotation = makeAction(window, "editAnnotationAction", QObject::tr("&Edit Note and Attributes"), {QKeySequence(Qt::Key_F2)},
        QObject::tr("Edit the note, tag and claim attributes of the current annotation"));
    deleteAnnotation = makeAction(
        window, "deleteAnnotationAction", QObject::tr("&Delete Annotation"), {QKeySequence(Qt::Key_Delete)}, QObject::tr("Delete the current annotation"));
    deleteAnnotation->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    nextAnnotation = makeAction(window, "nextAnnotationAction", QObject::tr("Ne&xt Annotation"), {QKeySequence(Qt::Key_F8)},
        QObject::tr("Go to the next annotation of the article (Tab in the reader)"));
    previousAnnotation = makeAction(window, "previousAnnotationAction", QObject::tr("Pre&vious Annotation"), {QKeySequence(Qt::SHIFT | Qt::Key_F8)},
        QObject::tr("Go to the previous annotation of the article (Shift+Tab in the reader)"));
    linkAnnotation = makeAction(window, "linkAnnotationAction", QObject::tr("&Link to Annotation…"), {QKeySequence(Qt::Key_L)},
        QObject::tr("Link the current annotation to another one in any article (L in the reader)"));
    // Only a hint in the menu: the reader handles L itself, unless a tag has that key.
    linkAnnotation->setShortcutContext(Qt::WidgetShortcut);
    suggest = makeAction(window, "suggestAction", QObject::tr("S&uggest Entities and Claims"), {},
        QObject::tr("Propose people, organisations, places, figures, dates and claims in the articles not suggested for yet"));
    stopSuggesting
        = makeAction(window, "stopSuggestingAction", QObject::tr("Stop Suggesting"), {}, QObject::tr("Stop the suggestion run (what is done stays)"));
    stopSuggesting->setEnabled(false);
    snapToWords = makeAction(
        window, "snapToWordsAction", QObject::tr("&Snap Selections to Words"), {}, QObject::tr("Grow selections to whole words before tagging them"));
    snapToWords->setCheckable(true);
    tagSchema
        = makeAction(window, "tagSchemaAction", QObject::tr("&Tag Schema…"), {}, QObject::tr("Add, rename, recolour, reorder and nest the project's tags"));
    articleMemo = makeAction(
        window, "articleMemoAction", QObject::tr("&Article Memo"), {QKeySequence(Qt::CTRL | Qt::Key_M)}, QObject::tr("Write notes on the article being read"));
    projectMemo = makeAction(window, "projectMemoAction", QObject::tr("&Project Memo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        QObject::tr("Write notes on the whole project"));

    about = makeAction(window, "aboutAction", QObject::tr("&About Gloss"));
    about->setMenuRole(QAction::AboutRole);
}

MainActions::Menus MainActions::buildMenus(QMainWindow *window) const
{
    QMenuBar *bar = window->menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));
    Menus menus;

    QMenu *file = makeMenu(bar, QObject::tr("&File"), "fileMenu");
    file->addAction(openProject);
    menus.recent = makeMenu(file, QObject::tr("Open &Recent"), "recentProjectsMenu");
    file->addMenu(menus.recent);
    file->addSeparator()->setObjectName(QStringLiteral("fileSeparator1"));
    file->addAction(importArticles);
    file->addAction(importFolder);
    file->addSeparator()->setObjectName(QStringLiteral("fileSeparator2"));
    file->addAction(saveCopyAs);
    file->addSeparator()->setObjectName(QStringLiteral("fileSeparator3"));
    file->addAction(quit);
    bar->addMenu(file);

    QMenu *edit = makeMenu(bar, QObject::tr("&Edit"), "editMenu");
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator()->setObjectName(QStringLiteral("editSeparator1"));
    edit->addAction(findInArticle);
    edit->addAction(searchCorpus);
    edit->addAction(filterArticles);
    edit->addSeparator()->setObjectName(QStringLiteral("editSeparator2"));
    edit->addAction(preferences);
    bar->addMenu(edit);

    menus.view = makeMenu(bar, QObject::tr("&View"), "viewMenu");
    menus.view->addAction(zoomIn);
    menus.view->addAction(zoomOut);
    menus.view->addAction(resetZoom);
    menus.view->addSeparator()->setObjectName(QStringLiteral("viewSeparator1"));
    menus.theme = makeMenu(menus.view, QObject::tr("&Theme"), "themeMenu");
    menus.view->addMenu(menus.theme);
    menus.view->addSeparator()->setObjectName(QStringLiteral("viewSeparator2"));
    menus.view->addAction(previousArticle);
    menus.view->addAction(nextArticle);
    menus.view->addSeparator()->setObjectName(QStringLiteral("viewSeparator3"));
    bar->addMenu(menus.view);

    menus.annotate = makeMenu(bar, QObject::tr("&Annotate"), "annotateMenu");
    menus.annotate->addAction(quickTag);
    menus.annotate->addAction(editAnnotation);
    menus.annotate->addAction(deleteAnnotation);
    menus.annotate->addAction(linkAnnotation);
    menus.annotate->addSeparator()->setObjectName(QStringLiteral("annotateSeparator1"));
    menus.annotate->addAction(previousAnnotation);
    menus.annotate->addAction(nextAnnotation);
    menus.annotate->addSeparator()->setObjectName(QStringLiteral("annotateSeparator2"));
    menus.annotate->addAction(articleMemo);
    menus.annotate->addAction(projectMemo);
    menus.annotate->addSeparator()->setObjectName(QStringLiteral("annotateSeparator3"));
    menus.annotate->addAction(suggest);
    menus.annotate->addAction(stopSuggesting);
    menus.annotate->addSeparator()->setObjectName(QStringLiteral("annotateSeparator4"));
    menus.annotate->addAction(snapToWords);
    menus.annotate->addAction(tagSchema);
    bar->addMenu(menus.annotate);

    QMenu *help = makeMenu(bar, QObject::tr("&Help"), "helpMenu");
    help->addAction(about);
    bar->addMenu(help);

    // The menu bar makes its overflow menu (for a narrow window) on demand, without a name; giving it
    // one of ours up front keeps every action of the window findable by name.
    if (auto *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button")); overflow && !overflow->menu())
        overflow->setMenu(makeMenu(bar, QString(), "menuBarOverflowMenu"));
    return menus;
}

void MainActions::buildToolBar(QMainWindow *window) const
{
    auto *toolBar = window->addToolBar(QObject::tr("Main Tool Bar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->toggleViewAction()->setObjectName(QStringLiteral("toggleMainToolBarAction"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    openProject->setIconText(QObject::tr("Open"));
    importFolder->setIconText(QObject::tr("Import Folder"));
    previousArticle->setIconText(QObject::tr("Previous"));
    nextArticle->setIconText(QObject::tr("Next"));
    findInArticle->setIconText(QObject::tr("Find"));
    searchCorpus->setIconText(QObject::tr("Search"));
    toolBar->addAction(openProject);
    toolBar->addAction(importFolder);
    toolBar->addSeparator()->setObjectName(QStringLiteral("toolBarSeparator1"));
    toolBar->addAction(previousArticle);
    toolBar->addAction(nextArticle);
    toolBar->addSeparator()->setObjectName(QStringLiteral("toolBarSeparator2"));
    toolBar->addAction(findInArticle);
    toolBar->addAction(searchCorpus);
    toolBar->addSeparator()->setObjectName(QStringLiteral("toolBarSeparator3"));
    undo->setIconText(QObject::tr("Undo"));
    redo->setIconText(QObject::tr("Redo"));
    toolBar->addAction(undo);
    toolBar->addAction(redo);
}

void MainActions::addReaderActions(QWidget *reader) const
{
    for (QAction *action : {quickTag, editAnnotation, deleteAnnotation}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        reader->addAction(action);
    }
}

} // namespace Gloss::Ui
