#pragma once

#include <QStringList>

namespace Gloss::Cli
{

/// `gloss suggest --project P [--accept-above S] [--force]`: runs the entity, figure, date and claim
/// suggesters over the project's articles that have none or stale ones (Suggest::SuggestionRun) and
/// stores the suggestions; a second run over an unchanged project does nothing. --force suggests for
/// every article again. --accept-above S (a score in [0, 1], or a percentage "80%") then accepts every
/// suggestion scoring at least S, in one batch.
///
/// Progress on stderr; the counts (articles, suggestions per tag, accepted) on stdout. Exit status 0
/// on success, 1 when the project cannot be opened or written, 2 for a wrong command line, 130 when
/// interrupted (what was stored stays, and is not suggested again).
class SuggestCommand final
{
public:
    /// \a arguments start with "suggest".
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace Gloss::Cli
