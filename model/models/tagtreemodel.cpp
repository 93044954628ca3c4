#include "tagtreemodel.h"

#include "project.h"

#include <QMimeData>
#include <QSet>

#include <utility>

namespace Gloss
{

TagTreeModel::TagTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(RecountDelay);
    connect(&m_recountTimer, &QTimer::timeout, this, &TagTreeModel::recount);
}

void TagTreeModel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project->annotator(), nullptr, this, nullptr);
        disconnect(m_project->annotator(), nullptr, &m_recountTimer, nullptr);
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    if (project) {
        Annotator *annotator = project->annotator();
        connect(annotator, &Annotator::tagSchemaChanged, this, &TagTreeModel::onSchemaChanged);
        connect(annotator, &Annotator::reloaded, this, &TagTreeModel::reset);
        connect(annotator, &Annotator::annotationsAdded, &m_recountTimer, qOverload<>(&QTimer::start));
        connect(annotator, &Annotator::annotationsRemoved, &m_recountTimer, qOverload<>(&QTimer::start));
        connect(annotator, &Annotator::annotationsChanged, &m_recountTimer, qOverload<>(&QTimer::start));
        connect(project, &QObject::destroyed, this, &TagTreeModel::reset);
    }
    reset();
}

QString TagTreeModel::tagId(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node < 0 ? QString() : m_nodes.at(node).id;
}

QModelIndex TagTreeModel::indexOf(const QString &id, int column) const
{
    const auto it = m_nodeById.constFind(id);
    if (it == m_nodeById.cend() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_nodes.at(*it).row, column, quintptr(*it));
}

QString TagTreeModel::kindLabel(Tag::Kind kind)
{
    switch (kind) {
    case Tag::Kind::Entity:
        return tr("Entity");
    case Tag::Kind::Claim:
        return tr("Claim");
    case Tag::Kind::Other:
        break;
    }
    return tr("Other");
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childNodes(nodeOf(parent)).at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_nodes.at(node).parent;
    return parentNode < 0 ? QModelIndex() : createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(childNodes(nodeOf(parent)).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    const Tag *tag = tagAt(index);
    if (!tag)
        return {};
    switch (role) {
    case TagIdRole:
        return tag->id;
    case ColourRole:
        return tag->colour;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(tag->colour) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AnnotationsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == DescriptionColumn)
            return tag->description.isEmpty() ? m_schema.path(tag->id) : m_schema.path(tag->id) + QLatin1Char('\n') + tag->description;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case NameColumn:
            return tag->name;
        case KeyColumn:
            return tag->key;
        case KindColumn:
            return kindLabel(tag->kind);
        case DescriptionColumn:
            return tag->description;
        case AnnotationsColumn:
            return m_counts.value(tag->id);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Tag *current = tagAt(index);
    if (!current || !m_project)
        return false;
    Tag tag = *current;
    if (role == ColourRole) {
        tag.colour = value.value<QColor>();
        if (!tag.colour.isValid())
            return false;
    } else if (role == Qt::EditRole && index.column() == NameColumn) {
        tag.name = value.toString();
    } else if (role == Qt::EditRole && index.column() == KeyColumn) {
        tag.key = value.toString().trimmed();
    } else if (role == Qt::EditRole && index.column() == DescriptionColumn) {
        tag.description = value.toString();
    } else {
        return false;
    }
    // The view updates from the Annotator's announcement (onSchemaChanged), not from here.
    return m_project->annotator()->changeTag(tag);
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        return tr("Key");
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("Description");
    case AnnotationsColumn:
        return tr("Annotations");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    const bool writable = m_project && !m_project->isReadOnly();
    if (writable && (index.column() == NameColumn || index.column() == KeyColumn || index.column() == DescriptionColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> TagTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TagIdRole, "tagId");
    names.insert(ColourRole, "colour");
    return names;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = tagId(index);
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

Qt::DropActions TagTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool TagTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !m_project || m_project->isReadOnly())
        return false;
    // One tag at a time: each move is one undo step.
    const QStringList ids = draggedIds(data);
    if (ids.size() != 1)
        return false;
    const QString parentId = tagId(parent);
    return parentId.isEmpty() || !m_schema.isWithin(parentId, ids.constFirst());
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = draggedIds(data).constFirst();
    const QString parentId = tagId(parent);
    const Tag *moved = m_schema.tag(id);
    // A drop on a tag appends to its children. A drop between rows counts the dragged tag where it
    // still is, while moveTag() counts the siblings without it.
    int position = row < 0 ? int(childNodes(nodeOf(parent)).size()) : row;
    if (row >= 0 && moved->parentId == parentId && moved->position < row)
        --position;
    // The view would remove the dragged rows after a successful move; removeRows() refuses, as the
    // move is already done.
    return m_project->annotator()->moveTag(id, parentId, position);
}

void TagTreeModel::reset()
{
    beginResetModel();
    m_schema = m_project ? m_project->annotator()->tagSchema() : TagSchema();
    rebuild();
    m_recountTimer.stop();
    m_counts = m_project && m_project->isOpen() ? m_project->annotator()->annotationStore().countsByTag() : QHash<QString, int>();
    endResetModel();
}

void TagTreeModel::onSchemaChanged()
{
    if (!m_project)
        return;
    const TagSchema &next = m_project->annotator()->tagSchema();
    const QList<Tag> before = m_schema.treeOrder();
    bool sameTags = before.size() == next.size();
    bool moved = false;
    for (const Tag &old : before) {
        const Tag *now = next.tag(old.id);
        sameTags = sameTags && now;
        if (!sameTags)
            break;
        moved = moved || now->parentId != old.parentId || now->position != old.position;
    }
    if (!sameTags) {
        reset();
        return;
    }
    if (moved) {
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList from = persistentIndexList();
        QList<std::pair<QString, int>> places;
        places.reserve(from.size());
        for (const QModelIndex &index : from)
            places.append({tagId(index), index.column()});
        m_schema = next;
        rebuild();
        QModelIndexList to;
        to.reserve(places.size());
        for (const auto &[id, column] : std::as_const(places))
            to.append(indexOf(id, column));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged();
    } else {
        m_schema = next;
    }
    for (const Tag &old : before) {
        const Tag *now = m_schema.tag(old.id);
        // Parent and position are shown by the layout; the rest by the cells.
        Tag compared = *now;
        compared.parentId = old.parentId;
        compared.position = old.position;
        if (compared != old)
            Q_EMIT dataChanged(indexOf(old.id, 0), indexOf(old.id, ColumnCount - 1));
    }
}

void TagTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeById.clear();
    const QList<Tag> tags = m_schema.treeOrder();
    m_nodes.reserve(tags.size());
    for (const Tag &tag : tags) {
        // Tree order puts a parent before its children; a tag whose parent is not (yet) placed,
        // which only a parent cycle gives, is shown at the top level.
        const int number = int(m_nodes.size());
        Node node;
        node.id = tag.id;
        node.parent = m_nodeById.value(tag.parentId, -1);
        QList<int> &siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
        node.row = int(siblings.size());
        siblings.append(number);
        m_nodes.append(node);
        m_nodeById.insert(tag.id, number);
    }
}

void TagTreeModel::recount()
{
    m_recountTimer.stop();
    if (!m_project || !m_project->isOpen())
        return;
    const QHash<QString, int> counts = m_project->annotator()->annotationStore().countsByTag();
    QSet<QString> ids;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        ids.insert(it.key());
    const QHash<QString, int> previous = std::exchange(m_counts, counts);
    for (const QString &id : std::as_const(ids)) {
        const QModelIndex index = indexOf(id, AnnotationsColumn);
        if (index.isValid() && previous.value(id) != counts.value(id))
            Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    }
}

int TagTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const auto node = qsizetype(index.internalId());
    return node < m_nodes.size() ? int(node) : -1;
}

const Tag *TagTreeModel::tagAt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node < 0 ? nullptr : m_schema.tag(m_nodes.at(node).id);
}

QStringList TagTreeModel::draggedIds(const QMimeData *data) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return {};
    QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(MimeType))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ids.removeIf([this](const QString &id) { return !m_schema.contains(id); });
    return ids;
}

} // namespace Gloss
