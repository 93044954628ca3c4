#include "guilauncher.h"

#include "mainwindow.h"
#include "startupplan.h"

#include <QApplication>
#include <QIcon>
#include <QStandardPaths>

namespace Gloss::Ui
{

int runGui(const QStringList &paths)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/gloss/icons/gloss.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.gloss.Gloss"));
    MainWindow window;
    window.show();
    // Projects made for article folders and the sample set live in the data folder, never beside the articles.
    window.open(StartupPlan::forPaths(paths, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    return QApplication::exec();
}

} // namespace Gloss::Ui
