#pragma once

#include "annotations/annotation.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace Gloss
{

class Project;
class TagSchema;

/// The annotations of one article, or of the whole corpus, as a table for the annotations dock:
/// quote, tag, kind, status, author, note, article, outlet, position and time of the last change.
///
/// Every status is kept (rejected suggestions too); the filter proxy decides what is shown. Loaded
/// with one read of the store, then kept in step with the project's Annotator by its signals: added
/// annotations become new rows, removed ones are taken out, changed ones announce dataChanged, so a
/// corpus of 100,000 annotations is never read again for one edit (undo and redo included).
///
/// Bulk edits are the exception: row signals cost a sorting proxy and its view a pass over all their
/// rows each, so once one edit (one step of the undo stack) has cost more than a budget, the rest of it
/// is applied inside one model reset that ends with the step. The rows are up to date at every moment.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        QuoteColumn,
        TagColumn,
        KindColumn,
        StatusColumn,
        AuthorColumn,
        NoteColumn,
        ArticleColumn,
        OutletColumn,
        PositionColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1, ///< QString
        ArticleIdRole, ///< QString
        TagIdRole, ///< QString: empty for an untagged note
        KindRole, ///< int: Annotation::Kind
        StatusRole, ///< int: Annotation::Status
        AuthorRole, ///< QString
        StartRole, ///< int: UTF-16 offset of the first span's start
        SearchTextRole, ///< QString: the quote, the note and the tag name, for the text filter
    };
    Q_ENUM(Role)

    /// How many characters of a quote or note a cell shows.
    static constexpr int ShownLength = 200;

    explicit AnnotationListModel(QObject *parent = nullptr);
    ~AnnotationListModel() override;

    /// Shows the annotations of \a project (nullptr: none) in the current scope and follows its edits.
    void setProject(Project *project);
    Project *project() const;

    /// Shows the annotations of article \a articleId, or of the whole corpus when it is empty.
    void setScope(const QString &articleId);
    /// Shows no annotation at all (the "this article" scope while no article is open).
    void clearScope();
    /// True when the scope is the whole corpus.
    bool isCorpusScope() const { return m_scope == Scope::Corpus; }
    /// The article of the scope; empty for the corpus or no scope.
    QString scopeArticle() const { return m_scopeArticle; }

    /// Reads the annotations of the scope again.
    void reload();

    QString annotationId(int row) const;
    QString articleId(int row) const;
    /// The row of annotation \a id, or -1 when it is not in the scope.
    int rowOf(const QString &id) const;
    /// The project's tag schema; nullptr without a project.
    const TagSchema *tagSchema() const;
    /// Every author of the annotations in the scope, sorted case-insensitively.
    QStringList authors() const;
    /// True when row \a left sorts before row \a right by \a column (ties: by article, then position).
    bool lessThan(int left, int right, int column) const;

    /// "Entity", "Claim" ...: the kind and status as the list shows them.
    static QString kindLabel(Annotation::Kind kind);
    static QString statusLabel(Annotation::Status status);
    /// \a text on one line (line breaks and tabs as spaces), cut after \a length characters with "…".
    static QString singleLine(const QString &text, int length = ShownLength);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    enum class Scope { None, Article, Corpus };

    /// What a row keeps of an annotation (never its attributes or context).
    struct Row {
        QString id;
        QString articleId;
        QString quote;
        QString tagId;
        QString note;
        QString author;
        QDateTime modified;
        int start = 0;
        Annotation::Kind kind = Annotation::Kind::Entity;
        Annotation::Status status = Annotation::Status::Accepted;
        quint64 serial = 0; ///< rising with the row: rowOf() finds a row by binary search on it
    };
    struct ArticleInfo {
        QString title;
        QString outlet;
    };
    struct TagInfo {
        QString path;
        QString name;
        QColor colour;
    };

    bool inScope(const QString &articleId) const;
    void assign(Row &row, const Annotation &annotation);
    void append(const Annotation &annotation);
    void readArticles();
    void readTags();
    void onAdded(const QString &articleId, const QList<Gloss::Annotation> &annotations);
    void onRemoved(const QString &articleId, const QStringList &ids);
    void onChanged(const QString &articleId, const QList<Gloss::Annotation> &annotations);
    void onTagsChanged();
    void onProjectDestroyed();
    /// Counts \a work (rows the proxy and views would walk) against the edit's budget; true when the
    /// rest of the edit goes into one reset (begun here) instead of row signals.
    bool batching(qint64 work);
    /// The end of an edit: closes the reset of a bulk edit and starts a new budget.
    void finishEdit();
    void clearRows();
    /// Row indexes as runs of consecutive (or, with \a gap, nearly consecutive) rows.
    static QList<std::pair<int, int>> runsOf(QList<int> rows, int gap);
    QVariant display(const Row &row, int column) const;
    const ArticleInfo &article(const QString &articleId) const;
    QString tagPath(const QString &tagId) const;
    const QString &interned(const QString &text);

    QPointer<Project> m_project;
    Scope m_scope = Scope::Corpus;
    QString m_scopeArticle;
    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<QString, Row *> m_byId;
    QHash<QString, ArticleInfo> m_articles;
    QHash<QString, TagInfo> m_tags;
    QSet<QString> m_strings; ///< article ids, tag ids and authors shared by many rows
    quint64 m_nextSerial = 0;
    qint64 m_editWork = 0;
    bool m_inBatch = false; ///< a reset is open until finishEdit()
    QTimer *m_editEnd = nullptr; ///< finishes an edit that did not go through the undo stack
};

} // namespace Gloss
