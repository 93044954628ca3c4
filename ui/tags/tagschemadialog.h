#pragma once

#include "annotations/annotator.h"
#include "tags/tag.h"

#include <QColor>
#include <QDialog>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace Gloss
{
class Project;
class TagTreeModel;
} // namespace Gloss

namespace Gloss::Ui
{

class TagDetailForm;

/// The tag schema editor (non-modal): the project's tags as a tree with buttons to add, delete,
/// reorder, nest and recolour them, and a form for the current tag's name, key, kind and description.
///
/// Every change goes through the project's Annotator: stored at once and undoable, from here (Undo
/// and Redo buttons, Ctrl+Z and Ctrl+Shift+Z) or from the main window. Tags can also be dragged in
/// the tree. Deleting a tag that annotations use asks (TagRemovalDialog, shown with open()) whether
/// to delete them or move them to another tag.
class TagSchemaDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Picks a colour, starting from \a initial; an invalid colour when the user cancels.
    using ColourChooser = std::function<QColor(const QColor &initial, QWidget *parent)>;

    explicit TagSchemaDialog(Project *project, QWidget *parent = nullptr);
    ~TagSchemaDialog() override;

    /// Edits the schema of \a project (nullptr: nothing to edit), e.g. after another project opened.
    void setProject(Project *project);
    Project *project() const { return m_project; }

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    TagDetailForm *form() const { return m_form; }

    /// The id of the tag the form shows; empty when none.
    QString currentTagId() const { return m_currentId; }
    /// Makes tag \a id current (selected in the tree and shown in the form).
    void setCurrentTag(const QString &id);

    /// Replaces the colour dialog used by chooseColour() (tests pass a function returning a colour).
    void setColourChooser(ColourChooser chooser) { m_colourChooser = std::move(chooser); }

public Q_SLOTS:
    /// Adds "New tag" after the current tag, among its siblings (at the top level when none).
    void addTag();
    /// Adds "New tag" as the last child of the current tag.
    void addChildTag();
    /// Deletes the current tag: at once when no annotation uses it, else after asking what to do
    /// with its annotations.
    void deleteCurrentTag();
    void moveUp();
    void moveDown();
    /// Nests the current tag under its previous sibling, as its last child.
    void indent();
    /// Moves the current tag out of its parent, right after it.
    void outdent();
    /// Asks for a colour (the colour chooser) and gives it to the current tag.
    void chooseColour();
    void recolourCurrentTag(const QColor &colour);

private:
    void buildLayout();
    QPushButton *makeButton(const QString &text, const char *objectName, void (TagSchemaDialog::*slot)());
    void connectProject();
    const Tag *currentTag() const;
    void onCurrentChanged();
    void restoreCurrent();
    void refresh();
    void applyEdit(const Tag &tag);
    void addTagUnder(const QString &parentId, int position, Tag::Kind kind);
    void removeTag(const QString &id, Annotator::TagRemoval removal, const QString &retagTo);
    bool move(const QString &parentId, int position);
    void showMessage(const Message &message);
    QString newTagName() const;
    bool writable() const;

    QPointer<Project> m_project;
    TagTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    TagDetailForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_indent = nullptr;
    QPushButton *m_outdent = nullptr;
    QPushButton *m_colour = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QString m_currentId;
    QString m_restoreId;
    bool m_acting = false; ///< a change of ours is under way: its refusals are shown here
    ColourChooser m_colourChooser;
};

} // namespace Gloss::Ui
