#pragma once

#include <QStringList>

namespace Gloss::Cli
{

/// `gloss export --project P --format F --output OUT [--scope S] [--tag T]... [--kind K]...
/// [--status S]... [--author A]... [--no-text]`: writes the annotations of project P in format F
/// (json, w3c, brat, qdpx, qdc, csv, conll) to OUT, atomically.
///
/// --scope is "corpus" (the default), "article:ID" or "articles:ID,ID,..."; --tag takes a tag id or
/// name (its subtree comes along); --kind entity|claim|cue|note|other; --status accepted|suggested|rejected.
/// Prints notices on stderr ("gloss: ..."), a progress line when stderr is a terminal, and
/// "exported N annotations and M links from K articles to OUT" on stdout. Exit status 0 on success;
/// 1 when the project cannot be read or the output cannot be written (nothing is left half-written);
/// 2 for a wrong command line; 130 when interrupted (nothing is written).
class ExportCommand final
{
public:
    /// \a arguments start with "export".
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace Gloss::Cli
