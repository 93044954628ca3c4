#pragma once

#include "link.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss
{

/// The links and link_types tables: narrow primitives like AnnotationStore (atomic writes, joined to
/// the caller's transaction when one is open; not undoable, not announced: edit through Annotator).
class LinkStore final
{
public:
    explicit LinkStore(const QSqlDatabase &db);

    bool insert(const QList<Link> &links);
    bool update(const QList<Link> &links);
    bool remove(const QStringList &ids);

    std::optional<Link> byId(const QString &id) const;
    /// The links whose source or target is one of \a annotationIds (each link once).
    QList<Link> touching(const QStringList &annotationIds) const;
    QList<Link> all() const;
    int count() const;

    /// The link types, by position.
    QList<LinkType> linkTypes() const;
    /// Adds, changes (by id) or removes link types (the links of a removed type must be gone first).
    bool insertTypes(const QList<LinkType> &types);
    bool updateTypes(const QList<LinkType> &types);
    bool removeTypes(const QStringList &ids);

    QString lastError() const { return m_lastError; }

private:
    bool write(const QString &sql, const QList<Link> &links, bool bindIdLast);
    bool writeTypes(const QString &sql, const QList<LinkType> &types);
    QList<Link> select(const QString &where, const QVariantList &values) const;
    bool fail(const QString &reason) const;

    /// The connection by name: holding a QSqlDatabase would keep ProjectStore from closing it cleanly.
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    mutable QString m_lastError;
};

} // namespace Gloss
