#pragma once

#include "tags/tagschema.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace Gloss
{

class Project;

/// The tag schema of a project as a tree (name, key, kind, description, number of annotations) for
/// the tag schema editor.
///
/// Edits go through the project's Annotator, so each is stored at once and undoable: setData() on
/// the name, key and description columns calls Annotator::changeTag(), and dragging a tag within a
/// view moves or nests it with Annotator::moveTag(). The model follows the Annotator's tag signals:
/// changed tags are updated in place, moved tags keep their persistent indexes (a layout change),
/// and added or removed tags reset the model (schemas are small). The annotation counts are read
/// with one grouped query on a reset, and again RecountDelay after annotations change (coalesced:
/// the query costs about 10 ms for 100,000 annotations, too much to run on every tagging).
class TagTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KeyColumn, KindColumn, DescriptionColumn, AnnotationsColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1, ///< QString: the tag id
        ColourRole, ///< QColor: the tag colour (settable: recolours the tag)
    };
    Q_ENUM(Role)

    /// The MIME type of dragged tags: their ids, UTF-8, one per line.
    static constexpr auto MimeType = "application/x-gloss-tag-ids";
    /// How long after an annotation change the counts are read again (ms).
    static constexpr int RecountDelay = 200;

    explicit TagTreeModel(QObject *parent = nullptr);

    /// Shows the tag schema of \a project (nullptr: none) and follows its changes.
    void setProject(Project *project);
    Project *project() const { return m_project; }

    /// The schema as the model shows it.
    const TagSchema &schema() const { return m_schema; }
    /// The tag id of \a index (any column); empty for an invalid index.
    QString tagId(const QModelIndex &index) const;
    /// The index of tag \a id in \a column; invalid when the tag is unknown.
    QModelIndex indexOf(const QString &id, int column = NameColumn) const;
    /// The number of annotations tagged \a id (as last counted).
    int annotationCount(const QString &id) const { return m_counts.value(id); }
    /// Human name of a tag kind ("Entity", "Claim", "Other").
    static QString kindLabel(Tag::Kind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

private:
    /// One tag in the tree: its parent and children as node numbers (-1: top level).
    struct Node {
        QString id;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    void reset();
    void onSchemaChanged();
    void rebuild();
    void recount();
    const QList<int> &childNodes(int node) const { return node < 0 ? m_roots : m_nodes.at(node).children; }
    int nodeOf(const QModelIndex &index) const;
    const Tag *tagAt(const QModelIndex &index) const;
    QStringList draggedIds(const QMimeData *data) const;

    QPointer<Project> m_project;
    TagSchema m_schema;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_nodeById;
    QHash<QString, int> m_counts;
    QTimer m_recountTimer;
};

} // namespace Gloss
