#include "annotationlistmodel.h"

#include "project.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace Gloss
{

namespace
{
// Rows walked by the proxy and the views for the row signals of one edit (about 5 ns each measured
// for the proxy alone) beyond which the rest of the edit is one reset: about 0.1 s.
constexpr qint64 EditWorkBudget = 20'000'000;
// Changed rows this close together share one dataChanged(), so a bulk retag of a big article does not
// send thousands of signals, nor one spanning the whole corpus.
constexpr int ChangedRowGap = 32;

int compareText(const QString &left, const QString &right)
{
    return left.compare(right, Qt::CaseInsensitive);
}
} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent) : QAbstractTableModel(parent), m_editEnd(new QTimer(this))
{
    m_editEnd->setSingleShot(true);
    m_editEnd->setInterval(0);
    connect(m_editEnd, &QTimer::timeout, this, &AnnotationListModel::finishEdit);
}

AnnotationListModel::~AnnotationListModel()
{
    finishEdit();
}

void AnnotationListModel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
        disconnect(m_project->annotator(), nullptr, this, nullptr);
        disconnect(m_project->undoStack(), nullptr, this, nullptr);
    }
    m_project = project;
    if (m_project) {
        Annotator *annotator = m_project->annotator();
        connect(annotator, &Annotator::annotationsAdded, this, &AnnotationListModel::onAdded);
        connect(annotator, &Annotator::annotationsRemoved, this, &AnnotationListModel::onRemoved);
        connect(annotator, &Annotator::annotationsChanged, this, &AnnotationListModel::onChanged);
        // Follows every tag signal, so one handler sees renames, colours, moves and removals.
        connect(annotator, &Annotator::tagSchemaChanged, this, &AnnotationListModel::onTagsChanged);
        connect(annotator, &Annotator::reloaded, this, &AnnotationListModel::reload);
        // Every edit is one push, undo or redo, which ends with indexChanged before it returns.
        connect(m_project->undoStack(), &QUndoStack::indexChanged, this, &AnnotationListModel::finishEdit);
        connect(m_project, &Project::articlesAdded, this, &AnnotationListModel::readArticles);
        connect(m_project, &QObject::destroyed, this, &AnnotationListModel::onProjectDestroyed);
    }
    reload();
}

Project *AnnotationListModel::project() const
{
    return m_project;
}

void AnnotationListModel::setScope(const QString &articleId)
{
    const Scope scope = articleId.isEmpty() ? Scope::Corpus : Scope::Article;
    if (scope == m_scope && articleId == m_scopeArticle)
        return;
    m_scope = scope;
    m_scopeArticle = articleId;
    reload();
}

void AnnotationListModel::clearScope()
{
    if (m_scope == Scope::None)
        return;
    m_scope = Scope::None;
    m_scopeArticle.clear();
    reload();
}

void AnnotationListModel::clearRows()
{
    m_rows.clear();
    m_byId.clear();
    m_strings.clear();
    m_articles.clear();
    m_tags.clear();
}

void AnnotationListModel::reload()
{
    if (!m_inBatch)
        beginResetModel();
    m_inBatch = false;
    m_editWork = 0;
    clearRows();
    if (m_project && m_project->isOpen()) {
        readArticles();
        readTags();
        const Annotator *annotator = m_project->annotator();
        QList<Annotation> annotations;
        if (m_scope == Scope::Corpus)
            annotations = annotator->allAnnotations();
        else if (m_scope == Scope::Article)
            annotations = annotator->annotationsOf(m_scopeArticle);
        m_rows.reserve(annotations.size());
        m_byId.reserve(annotations.size());
        for (const Annotation &annotation : std::as_const(annotations))
            append(annotation);
    }
    endResetModel();
}

bool AnnotationListModel::inScope(const QString &articleId) const
{
    switch (m_scope) {
    case Scope::None:
        return false;
    case Scope::Article:
        return articleId == m_scopeArticle;
    case Scope::Corpus:
        return true;
    }
    return false;
}

const QString &AnnotationListModel::interned(const QString &text)
{
    auto it = m_strings.constFind(text);
    if (it == m_strings.cend())
        it = m_strings.insert(text);
    return *it;
}

void AnnotationListModel::assign(Row &row, const Annotation &annotation)
{
    row.id = annotation.id;
    row.articleId = interned(annotation.articleId);
    row.quote = annotation.quote;
    row.tagId = interned(annotation.tagId);
    row.note = annotation.note;
    row.author = interned(annotation.author);
    row.modified = annotation.modified;
    row.start = annotation.start();
    row.kind = annotation.kind;
    row.status = annotation.status;
}

void AnnotationListModel::append(const Annotation &annotation)
{
    auto row = std::make_unique<Row>();
    assign(*row, annotation);
    row->serial = m_nextSerial++;
    m_byId.insert(row->id, row.get());
    m_rows.push_back(std::move(row));
}

void AnnotationListModel::readArticles()
{
    if (!m_project || !m_project->isOpen())
        return;
    const QList<ArticleSummary> summaries = m_project->store().articleSummaries();
    m_articles.reserve(summaries.size());
    for (const ArticleSummary &summary : summaries)
        m_articles.insert(summary.id, ArticleInfo{summary.title, summary.outlet});
}

void AnnotationListModel::readTags()
{
    m_tags.clear();
    const TagSchema *schema = tagSchema();
    if (!schema)
        return;
    const QList<Tag> tags = schema->treeOrder();
    for (const Tag &tag : tags)
        m_tags.insert(tag.id, TagInfo{schema->path(tag.id), tag.name, tag.colour});
}

void AnnotationListModel::onAdded(const QString &articleId, const QList<Gloss::Annotation> &annotations)
{
    if (!inScope(articleId))
        return;
    if (!m_articles.contains(articleId))
        readArticles();
    QList<Annotation> fresh;
    QList<Annotation> known;
    for (const Annotation &annotation : annotations)
        (m_byId.contains(annotation.id) ? known : fresh).append(annotation);
    if (!known.isEmpty())
        onChanged(articleId, known);
    if (fresh.isEmpty())
        return;
    // Appended: the proxy puts them in order, and appending leaves every other row where it is. A
    // sorting proxy places each one apart, walking its rows each time.
    const bool silent = batching(qint64(fresh.size()) * qint64(m_rows.size()));
    const int first = int(m_rows.size());
    if (!silent)
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (const Annotation &annotation : std::as_const(fresh))
        append(annotation);
    if (!silent)
        endInsertRows();
}

void AnnotationListModel::onRemoved(const QString &articleId, const QStringList &ids)
{
    if (!inScope(articleId))
        return;
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    const QList<std::pair<int, int>> runs = runsOf(rows, 0);
    if (batching(qint64(runs.size()) * qint64(m_rows.size()))) {
        for (const QString &id : ids) {
            if (Row *row = m_byId.take(id))
                row->serial = std::numeric_limits<quint64>::max();
        }
        std::erase_if(m_rows, [](const std::unique_ptr<Row> &row) { return row->serial == std::numeric_limits<quint64>::max(); });
        return;
    }
    // From the last run up, so that the rows of the runs still to come keep their numbers.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginRemoveRows(QModelIndex(), run->first, run->second);
        for (int row = run->first; row <= run->second; ++row)
            m_byId.remove(m_rows.at(row)->id);
        m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->second + 1);
        endRemoveRows();
    }
}

void AnnotationListModel::onChanged(const QString &articleId, const QList<Gloss::Annotation> &annotations)
{
    if (!inScope(articleId))
        return;
    QList<int> rows;
    QList<Annotation> missing;
    for (const Annotation &annotation : annotations) {
        Row *row = m_byId.value(annotation.id);
        if (!row) {
            missing.append(annotation);
            continue;
        }
        assign(*row, annotation);
        rows.append(rowOf(annotation.id));
    }
    if (!m_inBatch) {
        for (const auto &[first, last] : runsOf(rows, ChangedRowGap))
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (!missing.isEmpty())
        onAdded(articleId, missing);
}

void AnnotationListModel::onTagsChanged()
{
    readTags();
    if (!m_rows.empty() && !m_inBatch)
        Q_EMIT dataChanged(index(0, TagColumn), index(int(m_rows.size()) - 1, TagColumn));
}

void AnnotationListModel::onProjectDestroyed()
{
    if (!m_inBatch)
        beginResetModel();
    m_inBatch = false;
    m_editWork = 0;
    clearRows();
    endResetModel();
}

bool AnnotationListModel::batching(qint64 work)
{
    if (m_inBatch)
        return true;
    m_editWork += work;
    m_editEnd->start();
    if (m_editWork <= EditWorkBudget)
        return false;
    beginResetModel();
    m_inBatch = true;
    return true;
}

void AnnotationListModel::finishEdit()
{
    m_editWork = 0;
    m_editEnd->stop();
    if (!m_inBatch)
        return;
    m_inBatch = false;
    endResetModel();
}

QList<std::pair<int, int>> AnnotationListModel::runsOf(QList<int> rows, int gap)
{
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> runs;
    for (const int row : std::as_const(rows)) {
        if (!runs.isEmpty() && row <= runs.constLast().second + 1 + gap)
            runs.last().second = std::max(runs.constLast().second, row);
        else
            runs.append({row, row});
    }
    return runs;
}

QString AnnotationListModel::annotationId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row)->id : QString();
}

QString AnnotationListModel::articleId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row)->articleId : QString();
}

int AnnotationListModel::rowOf(const QString &id) const
{
    const Row *row = m_byId.value(id);
    if (!row)
        return -1;
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), row->serial, [](const std::unique_ptr<Row> &candidate, quint64 serial) { return candidate->serial < serial; });
    return it != m_rows.cend() && it->get() == row ? int(it - m_rows.cbegin()) : -1;
}

const TagSchema *AnnotationListModel::tagSchema() const
{
    return m_project ? &m_project->annotator()->tagSchema() : nullptr;
}

QStringList AnnotationListModel::authors() const
{
    QSet<QString> seen;
    for (const auto &row : m_rows) {
        if (!row->author.isEmpty())
            seen.insert(row->author);
    }
    QStringList result(seen.cbegin(), seen.cend());
    std::sort(result.begin(), result.end(), [](const QString &left, const QString &right) { return compareText(left, right) < 0; });
    return result;
}

bool AnnotationListModel::lessThan(int left, int right, int column) const
{
    const Row &a = *m_rows.at(left);
    const Row &b = *m_rows.at(right);
    int order = 0;
    switch (column) {
    case QuoteColumn:
        order = compareText(a.quote, b.quote);
        break;
    case TagColumn:
        order = a.tagId == b.tagId ? 0 : compareText(tagPath(a.tagId), tagPath(b.tagId));
        break;
    case KindColumn:
        order = int(a.kind) - int(b.kind);
        break;
    case StatusColumn:
        order = int(a.status) - int(b.status);
        break;
    case AuthorColumn:
        order = compareText(a.author, b.author);
        break;
    case NoteColumn:
        order = compareText(a.note, b.note);
        break;
    case OutletColumn:
        order = a.articleId == b.articleId ? 0 : compareText(article(a.articleId).outlet, article(b.articleId).outlet);
        break;
    case PositionColumn:
        order = a.start - b.start;
        break;
    case ModifiedColumn:
        order = a.modified < b.modified ? -1 : (b.modified < a.modified ? 1 : 0);
        break;
    default:
        break;
    }
    if (order != 0)
        return order < 0;
    // Equal keys read in document order: by article, then position.
    if (a.articleId != b.articleId) {
        order = compareText(article(a.articleId).title, article(b.articleId).title);
        return order != 0 ? order < 0 : a.articleId < b.articleId;
    }
    return a.start != b.start ? a.start < b.start : a.serial < b.serial;
}

QString AnnotationListModel::kindLabel(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Entity:
        return tr("Entity");
    case Annotation::Kind::Claim:
        return tr("Claim");
    case Annotation::Kind::Cue:
        return tr("Cue");
    case Annotation::Kind::Note:
        return tr("Note");
    case Annotation::Kind::Other:
        break;
    }
    return tr("Other");
}

QString AnnotationListModel::statusLabel(Annotation::Status status)
{
    switch (status) {
    case Annotation::Status::Accepted:
        return tr("Accepted");
    case Annotation::Status::Suggested:
        return tr("Suggested");
    case Annotation::Status::Rejected:
        break;
    }
    return tr("Rejected");
}

QString AnnotationListModel::singleLine(const QString &text, int length)
{
    qsizetype cut = std::min<qsizetype>(text.size(), length);
    if (cut < text.size() && cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    QString line = text.left(cut);
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    if (cut < text.size())
        line += QChar(0x2026);
    return line;
}

const AnnotationListModel::ArticleInfo &AnnotationListModel::article(const QString &articleId) const
{
    static const ArticleInfo unknown;
    const auto it = m_articles.constFind(articleId);
    return it != m_articles.cend() ? *it : unknown;
}

QString AnnotationListModel::tagPath(const QString &tagId) const
{
    const auto it = m_tags.constFind(tagId);
    return it != m_tags.cend() ? it->path : tagId;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::display(const Row &row, int column) const
{
    switch (column) {
    case QuoteColumn:
        return singleLine(row.quote);
    case TagColumn:
        return tagPath(row.tagId);
    case KindColumn:
        return kindLabel(row.kind);
    case StatusColumn:
        return statusLabel(row.status);
    case AuthorColumn:
        return row.author;
    case NoteColumn:
        return singleLine(row.note);
    case ArticleColumn: {
        const QString &title = article(row.articleId).title;
        return title.isEmpty() ? tr("(untitled)") : title;
    }
    case OutletColumn:
        return article(row.articleId).outlet;
    case PositionColumn:
        return QLocale().toString(row.start);
    case ModifiedColumn:
        return QLocale().toString(row.modified.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QuoteColumn:
            return row.quote.left(1000);
        case NoteColumn:
            return row.note.left(1000);
        case ArticleColumn:
            return article(row.articleId).title;
        case ModifiedColumn:
            return QLocale().toString(row.modified.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TagColumn) {
            const auto it = m_tags.constFind(row.tagId);
            if (it != m_tags.cend() && it->colour.isValid())
                return it->colour;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AnnotationIdRole:
        return row.id;
    case ArticleIdRole:
        return row.articleId;
    case TagIdRole:
        return row.tagId;
    case KindRole:
        return int(row.kind);
    case StatusRole:
        return int(row.status);
    case AuthorRole:
        return row.author;
    case StartRole:
        return row.start;
    case SearchTextRole: {
        const auto it = m_tags.constFind(row.tagId);
        return QString(row.quote + QLatin1Char('\n') + row.note + QLatin1Char('\n') + (it != m_tags.cend() ? it->name : QString()));
    }
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case QuoteColumn:
            return tr("Quote");
        case TagColumn:
            return tr("Tag");
        case KindColumn:
            return tr("Kind");
        case StatusColumn:
            return tr("Status");
        case AuthorColumn:
            return tr("Author");
        case NoteColumn:
            return tr("Note");
        case ArticleColumn:
            return tr("Article");
        case OutletColumn:
            return tr("Outlet");
        case PositionColumn:
            return tr("Position");
        case ModifiedColumn:
            return tr("Modified");
        }
    }
    if (role == Qt::TextAlignmentRole && section == PositionColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(TagIdRole, "tagId");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(AuthorRole, "author");
    names.insert(StartRole, "start");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace Gloss
