#pragma once

#include <QStringList>

namespace Gloss::Ui
{

/// Shows the main window on \a paths (a .gloss project, folders or article files; none: the bundled
/// sample article set) and runs the event loop. Returns the exit code.
int runGui(const QStringList &paths);

} // namespace Gloss::Ui
