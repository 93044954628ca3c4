#pragma once

class QAction;
class QMainWindow;
class QMenu;

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
    QAction *findInArticle = nullptr;
    QAction *searchCorpus = nullptr;
    QAction *filterArticles = nullptr;
    // View
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *resetZoom = nullptr;
    QAction *nextArticle = nullptr;
    QAction *previousArticle = nullptr;
    // Help
    QAction *about = nullptr;

    /// Creates the actions as children of \a window.
    explicit MainActions(QMainWindow *window);

    /// Menus built by buildMenus(), for the parts the window fills itself.
    struct Menus {
        QMenu *recent = nullptr; ///< File ▸ Open Recent
        QMenu *theme = nullptr; ///< View ▸ Theme
        QMenu *view = nullptr; ///< View, for the dock toggles appended after it is built
    };
    /// Fills the window's menu bar: File, Edit, View, Help.
    Menus buildMenus(QMainWindow *window) const;
    /// Adds the main tool bar ("mainToolBar") to \a window.
    void buildToolBar(QMainWindow *window) const;
};

} // namespace Gloss::Ui
