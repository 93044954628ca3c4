#include "tagschemadialog.h"

#include "models/tagtreemodel.h"
#include "project.h"
#include "tagdetailform.h"
#include "tagremovaldialog.h"

#include <QAction>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Gloss::Ui
{

TagSchemaDialog::TagSchemaDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_model(new TagTreeModel(this))
    , m_view(new QTreeView(this))
    , m_form(new TagDetailForm(this))
    , m_status(new QLabel(this))
    , m_undo(new QAction(tr("Undo"), this))
    , m_redo(new QAction(tr("Redo"), this))
{
    setObjectName(QStringLiteral("tagSchemaDialog"));
    setWindowTitle(tr("Tag Schema"));
    setModal(false);

    m_view->setObjectName(QStringLiteral("tagSchemaTree"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TagTreeModel::DescriptionColumn, QHeaderView::Stretch);

    m_status->setObjectName(QStringLiteral("tagSchemaStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_undo->setObjectName(QStringLiteral("tagSchemaUndoAction"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo->setObjectName(QStringLiteral("tagSchemaRedoAction"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    addAction(m_redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_project)
            m_project->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_project)
            m_project->undoStack()->redo();
    });

    buildLayout();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagSchemaDialog::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_restoreId = m_currentId; });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TagSchemaDialog::restoreCurrent);
    connect(m_form, &TagDetailForm::edited, this, &TagSchemaDialog::applyEdit);
    setProject(project);
    resize(760, 520);
}

TagSchemaDialog::~TagSchemaDialog() = default;

void TagSchemaDialog::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project->annotator(), nullptr, this, nullptr);
        disconnect(m_project->undoStack(), nullptr, this, nullptr);
    }
    m_project = project;
    m_status->clear();
    // The model first: the dialog's own slots below then see the schema it shows.
    m_model->setProject(project);
    if (project) {
        connect(project->annotator(), &Annotator::tagSchemaChanged, this, &TagSchemaDialog::refresh);
        connect(project->annotator(), &Annotator::reloaded, this, &TagSchemaDialog::refresh);
        connect(project->annotator(), &Annotator::message, this, &TagSchemaDialog::showMessage);
        connect(project->undoStack(), &QUndoStack::indexChanged, this, &TagSchemaDialog::refresh);
    }
    refresh();
}

void TagSchemaDialog::setCurrentTag(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TagSchemaDialog::addTag()
{
    const Tag *current = currentTag();
    if (current)
        addTagUnder(current->parentId, current->position + 1, current->kind);
    else
        addTagUnder(QString(), -1, Tag::Kind::Other);
}

void TagSchemaDialog::addChildTag()
{
    if (const Tag *current = currentTag())
        addTagUnder(current->id, -1, current->kind);
}

void TagSchemaDialog::deleteCurrentTag()
{
    const Tag *current = currentTag();
    if (!current || !writable())
        return;
    const int count = m_model->annotationCount(current->id);
    if (count == 0) {
        // Nothing to decide, and undo brings the tag back.
        removeTag(current->id, Annotator::TagRemoval::DeleteAnnotations, QString());
        return;
    }
    auto *ask = new TagRemovalDialog(m_model->schema(), current->id, count, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QDialog::accepted, this, [this, ask] { removeTag(ask->tagId(), ask->removal(), ask->retagTo()); });
    ask->open();
}

void TagSchemaDialog::moveUp()
{
    const Tag *current = currentTag();
    if (current && current->position > 0)
        move(current->parentId, current->position - 1);
}

void TagSchemaDialog::moveDown()
{
    const Tag *current = currentTag();
    if (current && current->position + 1 < m_model->schema().children(current->parentId).size())
        move(current->parentId, current->position + 1);
}

void TagSchemaDialog::indent()
{
    const Tag *current = currentTag();
    if (!current || current->position == 0)
        return;
    const QList<Tag> siblings = m_model->schema().children(current->parentId);
    if (current->position > siblings.size())
        return;
    const QString newParent = siblings.at(current->position - 1).id;
    move(newParent, int(m_model->schema().children(newParent).size()));
}

void TagSchemaDialog::outdent()
{
    const Tag *current = currentTag();
    const Tag *parent = current ? m_model->schema().tag(current->parentId) : nullptr;
    if (parent)
        move(parent->parentId, parent->position + 1);
}

void TagSchemaDialog::chooseColour()
{
    const Tag *current = currentTag();
    if (!current || !writable())
        return;
    const QColor initial = current->colour;
    const QColor colour = m_colourChooser ? m_colourChooser(initial, this) : QColorDialog::getColor(initial, this, tr("Tag Colour"));
    if (colour.isValid())
        recolourCurrentTag(colour);
}

void TagSchemaDialog::recolourCurrentTag(const QColor &colour)
{
    const Tag *current = currentTag();
    if (!current || !colour.isValid())
        return;
    Tag recoloured = *current;
    recoloured.colour = colour;
    applyEdit(recoloured);
}

void TagSchemaDialog::buildLayout()
{
    m_add = makeButton(tr("Add Tag"), "addTagButton", &TagSchemaDialog::addTag);
    m_addChild = makeButton(tr("Add Child Tag"), "addChildTagButton", &TagSchemaDialog::addChildTag);
    m_delete = makeButton(tr("Delete…"), "deleteTagButton", &TagSchemaDialog::deleteCurrentTag);
    m_up = makeButton(tr("Move Up"), "moveTagUpButton", &TagSchemaDialog::moveUp);
    m_down = makeButton(tr("Move Down"), "moveTagDownButton", &TagSchemaDialog::moveDown);
    m_indent = makeButton(tr("Indent"), "indentTagButton", &TagSchemaDialog::indent);
    m_outdent = makeButton(tr("Outdent"), "outdentTagButton", &TagSchemaDialog::outdent);
    m_colour = makeButton(tr("Colour…"), "colourTagButton", &TagSchemaDialog::chooseColour);
    m_indent->setToolTip(tr("Nest the tag under the tag above it"));
    m_outdent->setToolTip(tr("Move the tag out of its parent"));
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setAutoDefault(false);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QAction::trigger);
    m_redoButton = new QPushButton(tr("Redo"), this);
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    m_redoButton->setAutoDefault(false);
    connect(m_redoButton, &QPushButton::clicked, m_redo, &QAction::trigger);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_addChild, m_delete})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    for (QPushButton *button : {m_up, m_down, m_indent, m_outdent})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(m_colour);
    buttons->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addLayout(buttons);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_undoButton);
    bottom->addWidget(m_redoButton);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_form);
    layout->addLayout(bottom);
}

QPushButton *TagSchemaDialog::makeButton(const QString &text, const char *objectName, void (TagSchemaDialog::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(objectName));
    // Return in the form's fields finishes the edit; it must not also press a button.
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

const Tag *TagSchemaDialog::currentTag() const
{
    return m_currentId.isEmpty() ? nullptr : m_model->schema().tag(m_currentId);
}

void TagSchemaDialog::onCurrentChanged()
{
    m_currentId = m_model->tagId(m_view->currentIndex());
    refresh();
}

void TagSchemaDialog::restoreCurrent()
{
    // Schemas are small: show them whole.
    m_view->expandAll();
    QModelIndex index = m_model->indexOf(m_restoreId);
    if (!index.isValid())
        index = m_model->index(0, 0);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_currentId.clear();
        refresh();
    }
}

void TagSchemaDialog::refresh()
{
    const Tag *current = currentTag();
    m_form->setTag(current ? std::optional<Tag>(*current) : std::nullopt);
    const bool canWrite = writable();
    m_form->setEditable(canWrite);
    const TagSchema &schema = m_model->schema();
    const qsizetype siblings = current ? schema.children(current->parentId).size() : 0;
    m_add->setEnabled(canWrite);
    m_addChild->setEnabled(canWrite && current);
    m_delete->setEnabled(canWrite && current);
    m_colour->setEnabled(canWrite && current);
    m_up->setEnabled(canWrite && current && current->position > 0);
    m_down->setEnabled(canWrite && current && current->position + 1 < siblings);
    m_indent->setEnabled(canWrite && current && current->position > 0);
    m_outdent->setEnabled(canWrite && current && !current->parentId.isEmpty());
    QUndoStack *stack = m_project ? m_project->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undoButton->setEnabled(m_undo->isEnabled());
    m_redoButton->setEnabled(m_redo->isEnabled());
    m_undoButton->setToolTip(stack && stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : QString());
    m_redoButton->setToolTip(stack && stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : QString());
}

void TagSchemaDialog::applyEdit(const Tag &tag)
{
    if (!m_project)
        return;
    m_status->clear();
    const Tag *holder = m_model->schema().tagForKey(tag.key);
    const QString previousHolder = holder && holder->id != tag.id ? holder->name : QString();
    m_acting = true;
    const bool changed = m_project->annotator()->changeTag(tag);
    m_acting = false;
    if (!changed)
        refresh(); // the form goes back to what is stored
    else if (!previousHolder.isEmpty())
        m_status->setText(tr("Key %1 moved from “%2”.").arg(tag.key, previousHolder));
}

void TagSchemaDialog::addTagUnder(const QString &parentId, int position, Tag::Kind kind)
{
    if (!m_project || !writable())
        return;
    m_status->clear();
    Tag draft;
    draft.name = newTagName();
    draft.parentId = parentId;
    draft.position = position;
    draft.kind = kind;
    m_acting = true;
    const std::optional<QString> id = m_project->annotator()->addTag(draft);
    m_acting = false;
    if (!id)
        return;
    setCurrentTag(*id);
    m_form->editName();
}

void TagSchemaDialog::removeTag(const QString &id, Annotator::TagRemoval removal, const QString &retagTo)
{
    if (!m_project)
        return;
    m_status->clear();
    // What becomes current: the first child (it takes the tag's place), else a neighbour, else the parent.
    const TagSchema &schema = m_model->schema();
    const Tag *removed = schema.tag(id);
    if (!removed)
        return;
    const QList<Tag> children = schema.children(id);
    const QList<Tag> siblings = schema.children(removed->parentId);
    QString next = removed->parentId;
    if (!children.isEmpty())
        next = children.constFirst().id;
    else if (removed->position + 1 < siblings.size())
        next = siblings.at(removed->position + 1).id;
    else if (removed->position > 0 && removed->position <= siblings.size())
        next = siblings.at(removed->position - 1).id;
    const QString previous = m_currentId;
    m_currentId = next;
    m_acting = true;
    const bool done = m_project->annotator()->removeTag(id, removal, retagTo);
    m_acting = false;
    if (!done)
        m_currentId = previous;
    refresh();
}

bool TagSchemaDialog::move(const QString &parentId, int position)
{
    const Tag *current = currentTag();
    if (!m_project || !current || !writable())
        return false;
    m_status->clear();
    const QString id = current->id;
    m_acting = true;
    const bool moved = m_project->annotator()->moveTag(id, parentId, position);
    m_acting = false;
    if (moved)
        setCurrentTag(id);
    refresh();
    return moved;
}

void TagSchemaDialog::showMessage(const Message &message)
{
    if (!m_acting || message.text.isEmpty())
        return;
    m_status->setText(message.text.at(0).toUpper() + message.text.mid(1) + QLatin1Char('.'));
}

QString TagSchemaDialog::newTagName() const
{
    const QString base = tr("New tag");
    const auto taken = [this](const QString &name) {
        const QList<Tag> tags = m_model->schema().treeOrder();
        return std::any_of(tags.cbegin(), tags.cend(), [&](const Tag &tag) { return tag.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

bool TagSchemaDialog::writable() const
{
    return m_project && m_project->isOpen() && !m_project->isReadOnly();
}

} // namespace Gloss::Ui
