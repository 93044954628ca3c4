#include "console.h"

#include <cstdio>
#include <unistd.h>

namespace Gloss::Cli
{

void Console::out(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::err(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool Console::stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

void Console::progress(const QString &line)
{
    // "\r" returns to the start of the line, "\x1b[K" clears what a longer earlier line left.
    const QByteArray bytes = "\r" + line.toUtf8() + "\x1b[K";
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Gloss::Cli
