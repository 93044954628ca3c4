#pragma once

#include <QString>

namespace Gloss::Cli
{

/// Where headless commands write: results on stdout, messages and progress on stderr (UTF-8).
class Console final
{
public:
    static void out(const QString &line); ///< writes \a line and a newline to stdout
    static void err(const QString &line); ///< writes \a line and a newline to stderr
    /// True when stderr is a terminal, so a progress line (rewritten with '\r') is welcome there.
    static bool stderrIsTerminal();
    /// Writes \a line over the current terminal line of stderr (no newline); an empty line clears it.
    static void progress(const QString &line);
};

} // namespace Gloss::Cli
