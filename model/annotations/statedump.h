#pragma once

#include <QByteArray>
#include <QSqlDatabase>

namespace Gloss
{

/// A canonical JSON text of everything the annotation layer keeps in a project file (annotations, tags,
/// links, entities, article memos and the project memo), records sorted by id and keys by name, so two
/// states compare as strings. Read from the tables themselves, not from any cache: the undo round-trip
/// tests compare it at each step, and a diff of two dumps shows what an edit did. Memo times and
/// authors are left out (rewritten by every save).
class StateDump final
{
public:
    static QByteArray of(const QSqlDatabase &db);
};

} // namespace Gloss
