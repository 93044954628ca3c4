#pragma once

#include "exportdata.h"
#include "exportoutput.h"
#include "exportscope.h"
#include "message.h"
#include "progress.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss
{
class Project;
}

namespace Gloss::Formats
{

/// What an export did.
struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    Messages messages;
    QStringList written; ///< the paths written (the target; for CSV also its links file)
    int articles = 0;
    int annotations = 0;
    int links = 0;
    int tags = 0;
};

/// Runs an export in its two halves: snapshot() reads the project (on the thread that owns it),
/// write() renders a format and writes it atomically (on any thread). run() does both; the command
/// line uses it, the export dialog runs write() on a worker thread.
class ExportJob final
{
public:
    /// The snapshot for \a formatId and \a scope; nothing (with an error in \a messages) on failure.
    static std::optional<ExportData> snapshot(
        const Project &project, const QString &formatId, const ExportScope &scope, const Progress &progress, Messages *messages);
    /// The files of \a formatId for \a data, in memory (the preview renders this).
    static ExportOutput render(const ExportData &data, const QString &formatId, const Progress &progress = {});
    /// Renders and writes to \a target.
    static ExportResult write(const ExportData &data, const QString &formatId, const QString &target, const Progress &progress = {});
    static ExportResult run(const Project &project, const QString &formatId, const ExportScope &scope, const QString &target, const Progress &progress = {});
};

} // namespace Gloss::Formats
