#include "headless.h"

namespace Gloss::Cli
{
// Placeholder until the headless commands land.
bool isHeadless(const QStringList &)
{
    return false;
}
int run(const QStringList &)
{
    return 1;
}
} // namespace Gloss::Cli
