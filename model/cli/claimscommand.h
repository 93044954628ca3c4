#pragma once

#include <QStringList>

namespace Gloss::Cli
{

/// `gloss claims --project P [--format csv|json] [--output F] [--tolerance T] [--suggested]
/// [--no-duplicates]`: prints (or writes to F, atomically) the claim x outlet matrix of project P:
/// per claim cluster its id, representative quote, per outlet stance and value, and the discrepancy flag.
/// Near-duplicate passages are detected first so that copies are marked (--no-duplicates skips that);
/// --suggested lets suggested links join clusters; --tolerance is the relative tolerance around
/// approximate figures (default 0.1).
///
/// `gloss duplicates --project P [--format csv|json] [--output F] [--threshold J]`: the pairs of
/// near-duplicate passages across outlets.
///
/// Exit status 0 on success, 1 when the project cannot be read or F written, 2 for a wrong command line.
class ClaimsCommand final
{
public:
    /// \a arguments start with "claims".
    static int runClaims(const QStringList &arguments);
    /// \a arguments start with "duplicates".
    static int runDuplicates(const QStringList &arguments);
    static QString claimsUsage();
    static QString duplicatesUsage();
};

} // namespace Gloss::Cli
