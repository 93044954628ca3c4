#pragma once

#include <QStringList>

namespace Gloss::Cli
{

/// True when \a arguments (without the program name) ask for a headless subcommand
/// (import, stats, export, ... , --version, --help) rather than the GUI.
bool isHeadless(const QStringList &arguments);

/// Runs a headless subcommand. Prints results on stdout, a one-line reason on stderr on failure,
/// and returns the process exit code (0 on success).
int run(const QStringList &arguments);

} // namespace Gloss::Cli
