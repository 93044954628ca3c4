#include "recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Gloss::Ui
{

namespace
{
const QString Key = QStringLiteral("recentProjects");
}

RecentProjects::RecentProjects(QObject *parent) : QObject(parent)
{
}

QStringList RecentProjects::paths() const
{
    return QSettings().value(Key).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxEntries)
        list.removeLast();
    store(list);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &paths)
{
    QSettings().setValue(Key, paths);
}

void RecentProjects::attachMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    fillMenu(menu);
}

void RecentProjects::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = paths();
    int number = 0;
    for (const QString &path : list) {
        ++number;
        const QString label = QStringLiteral("&%1  %2").arg(number % 10).arg(QFileInfo(path).completeBaseName());
        QAction *action = menu->addAction(label);
        action->setObjectName(QStringLiteral("recentProjectAction%1").arg(number));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty()) {
        QAction *none = menu->addAction(tr("No Recent Projects"));
        none->setObjectName(QStringLiteral("recentProjectsEmptyAction"));
        none->setEnabled(false);
        return;
    }
    menu->addSeparator()->setObjectName(QStringLiteral("recentProjectsSeparator"));
    QAction *clearAction = menu->addAction(tr("Clear List"));
    clearAction->setObjectName(QStringLiteral("clearRecentProjectsAction"));
    connect(clearAction, &QAction::triggered, this, &RecentProjects::clear);
}

} // namespace Gloss::Ui
