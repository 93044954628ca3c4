#pragma once

#include <QStringList>

class QMimeData;

namespace Gloss::Ui
{

/// What was dropped on the window: projects to open and article files or folders to import.
struct DroppedPaths {
    QStringList projects; ///< .gloss files
    QStringList articles; ///< anything else local: files and folders to import

    bool isEmpty() const { return projects.isEmpty() && articles.isEmpty(); }
    /// The local paths of \a mime's URLs, sorted into projects and articles.
    static DroppedPaths fromMimeData(const QMimeData *mime);
};

} // namespace Gloss::Ui
