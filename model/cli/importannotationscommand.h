#pragma once

#include <QStringList>

namespace Gloss::Cli
{

/// `gloss import-annotations --project P --format F FILE`: imports an annotation file (json, w3c,
/// brat — a folder or a .ann file —, qdpx, qdc) into project P (created if new) as one transaction
/// and one undoable step. Without --format the format is guessed from FILE.
///
/// Prints every problem and re-anchoring as "gloss: FILE: reason" on stderr and "imported ... into P"
/// on stdout. Exit status 0 when the import was applied (annotations that could not be anchored are
/// reported, not fatal); 1 when it was refused (malformed or hostile file, unknown ids, offsets past
/// the end ...) and the project is unchanged; 2 for a wrong command line; 130 when interrupted.
class ImportAnnotationsCommand final
{
public:
    /// \a arguments start with "import-annotations".
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace Gloss::Cli
