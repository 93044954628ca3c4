#pragma once

#include "tag.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss
{

/// The tags table of a project: narrow primitives like AnnotationStore (atomic, joined to the caller's
/// transaction, not undoable: edit through Annotator), and the default schema for new projects.
class TagStore final
{
public:
    /// The default schema compiled into Gloss (resources/data/default-tags.json).
    static constexpr auto DefaultSchemaResource = ":/gloss/data/default-tags.json";

    explicit TagStore(const QSqlDatabase &db);

    /// Inserts \a tags; parents must come before their children or already be stored.
    bool insert(const QList<Tag> &tags);
    bool update(const QList<Tag> &tags);
    /// Deletes \a ids; no annotation and no other tag may still refer to them.
    bool remove(const QStringList &ids);
    QList<Tag> all() const;

    /// Installs the default schema once per project: when the project has never had it (a project
    /// value records that), inserts the tags of \a resource. Returns false only on a write failure.
    bool installDefaultsOnce(const QString &resource = QString::fromLatin1(DefaultSchemaResource));
    /// Reads a tag schema file (the format of default-tags.json: {"tags": [{"id", "name", "kind",
    /// "colour", "key", "description", "children": [...]}, ...]}); positions follow the file order.
    /// Nothing, and \a error set, when the file cannot be read or is malformed.
    static std::optional<QList<Tag>> readSchemaFile(const QString &path, QString *error = nullptr);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &reason) const;

    /// The connection by name: holding a QSqlDatabase would keep ProjectStore from closing it cleanly.
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    mutable QString m_lastError;
};

} // namespace Gloss
