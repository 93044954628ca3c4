#pragma once

#include "annotation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss
{

/// The annotations table of a project: narrow read and write primitives over the project connection
/// (ProjectStore::database()). Every write is atomic (a Savepoint): committed before it returns when
/// called alone, part of the caller's transaction when one is open. Nothing here is undoable or
/// announced: that is the editing facade's job (Annotator); call these directly only for reading.
class AnnotationStore final
{
public:
    explicit AnnotationStore(const QSqlDatabase &db);

    /// Inserts \a annotations (ids must be new). On failure nothing is written and lastError() says why.
    bool insert(const QList<Annotation> &annotations);
    /// Replaces the stored annotations with the same ids.
    bool update(const QList<Annotation> &annotations);
    /// Deletes the annotations with \a ids (and, by the schema, the links that touch them).
    bool remove(const QStringList &ids);

    std::optional<Annotation> byId(const QString &id) const;
    /// The annotations with \a ids that exist, in no particular order.
    QList<Annotation> byIds(const QStringList &ids) const;
    /// All annotations of one article, rejected suggestions included, by start offset.
    QList<Annotation> byArticle(const QString &articleId) const;
    /// All annotations tagged \a tagId, in any article.
    QList<Annotation> byTag(const QString &tagId) const;
    /// All annotations that mention the entity \a entityId.
    QList<Annotation> byEntity(const QString &entityId) const;
    /// Every annotation of the project (the corpus list, exports), by article then start offset.
    QList<Annotation> all() const;
    int count() const;
    /// Number of annotations per article id.
    QHash<QString, int> countsByArticle() const;
    /// Number of annotations per tag id, rejected suggestions included (untagged ones under "").
    QHash<QString, int> countsByTag() const;

    QString lastError() const { return m_lastError; }

private:
    QList<Annotation> select(const QString &where, const QVariantList &values) const;
    bool fail(const QString &reason) const;

    /// The connection by name: holding a QSqlDatabase would keep ProjectStore from closing it cleanly.
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    mutable QString m_lastError;
};

} // namespace Gloss
