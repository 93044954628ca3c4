#pragma once

namespace Gloss::Cli
{

struct CommandArguments;

/// `gloss import PATH... --project P [--boilerplate FILE]...`: reads the article files and folders
/// and adds their articles to project P (created if new) in one transaction.
///
/// Prints every problem as "gloss: FILE: reason" on stderr, a progress line on stderr when it is a
/// terminal, and "imported N articles (M duplicates skipped) into P" on stdout. Exit status 0 when
/// the import ran; 1 when the project cannot be opened or written, no file was found, or every file
/// failed; 130 when interrupted (Ctrl+C) while reading, in which case nothing is added.
class ImportCommand final
{
public:
    static int run(const CommandArguments &arguments);
};

} // namespace Gloss::Cli
