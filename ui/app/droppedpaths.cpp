#include "droppedpaths.h"

#include "startupplan.h"

#include <QMimeData>
#include <QUrl>

namespace Gloss::Ui
{

DroppedPaths DroppedPaths::fromMimeData(const QMimeData *mime)
{
    DroppedPaths dropped;
    if (!mime || !mime->hasUrls())
        return dropped;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue; // nothing is ever fetched
        const QString path = url.toLocalFile();
        if (StartupPlan::isProjectFile(path))
            dropped.projects.append(path);
        else
            dropped.articles.append(path);
    }
    return dropped;
}

} // namespace Gloss::Ui
