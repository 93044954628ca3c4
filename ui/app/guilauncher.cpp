#include "guilauncher.h"

namespace Gloss::Ui
{
// Placeholder until the main window lands.
int runGui(const QStringList &)
{
    return 0;
}
} // namespace Gloss::Ui
