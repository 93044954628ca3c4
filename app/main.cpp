// Gloss: the command line. Headless subcommands run without a display; everything else opens the GUI.
#include "app/guilauncher.h"
#include "cli/headless.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Gloss"));
    QCoreApplication::setApplicationName(QStringLiteral("Gloss"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));

    if (Gloss::Cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        return Gloss::Cli::run(arguments);
    }
    QApplication app(argc, argv);
    return Gloss::Ui::runGui(arguments);
}
