#pragma once

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace Gloss::Ui
{

/// Every command of the main window as a QAction with an object name, text, shortcut and tip.
/// The window connects them; buildMenus() and buildToolBar() lay them out.
struct MainActions {
    // File
    QAction *openProject = nullptr;
    QAction *importArticles = nullptr;
    QAction *importFolder = nullptr;
    QAction *saveCopyAs = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *preferences = nullptr;
    QAction *findInArticle = nullptr;
    QAction *searchCorpus = nullptr;
    QAction *filterArticles = nullptr;
    // View
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *resetZoom = nullptr;
    QAction *nextArticle = nullptr;
    QAction *previousArticle = nullptr;
    // Annotate (the reader-only ones are scoped to the reader: see addReaderActions())
    QAction *quickTag = nullptr;
    QAction *editAnnotation = nullptr;
    QAction *deleteAnnotation = nullptr;
    QAction *nextAnnotation = nullptr;
    QAction *previousAnnotation = nullptr;
    QAction *linkAnnotation = nullptr;
    QAction *suggest = nullptr;
    QAction *stopSuggesting = nullptr;
    QAction *snapToWords = nullptr;
    QAction *tagSchema = nullptr;
    QAction *articleMemo = nullptr;
    QAction *projectMemo = nullptr;
    // Help
    QAction *about = nullptr;

    /// Creates the actions as children of \a window.
    explicit MainActions(QMainWindow *window);

    /// Menus built by buildMenus(), for the parts the window fills itself.
    struct Menus {
        QMenu *recent = nullptr; ///< File ▸ Open Recent
        QMenu *theme = nullptr; ///< View ▸ Theme
        QMenu *view = nullptr; ///< View, for the dock toggles appended after it is built
        QMenu *annotate = nullptr; ///< Annotate
    };
    /// Fills the window's menu bar: File, Edit, View, Annotate, Help.
    Menus buildMenus(QMainWindow *window) const;
    /// Adds the main tool bar ("mainToolBar") to \a window.
    void buildToolBar(QMainWindow *window) const;
    /// Gives \a reader the actions whose keys only make sense while reading (Delete, Ctrl+K, F2), so
    /// the same keys keep their meaning in lists and fields elsewhere.
    void addReaderActions(QWidget *reader) const;
};

} // namespace Gloss::Ui
