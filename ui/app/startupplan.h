#pragma once

#include <QString>
#include <QStringList>

namespace Gloss::Ui
{

/// What to open for the paths given on the command line (or dropped on the window).
///
/// - no path: the bundled sample article set, a project "samples.gloss" in the data folder,
///   imported from :/gloss/samples the first time (or when it is empty) and reused afterwards;
/// - a .gloss file: that project; other paths given with it are imported into it;
/// - folders and article files: imported into a project of their own in the data folder,
///   "projects/<folder name>-<8 hex digits>.gloss" (named after the folder, or the folder of the
///   first file; the digits tell apart folders of the same name). Gloss never writes into the
///   reader's article folders. Opening the same folder again reuses its project and imports only
///   what is new (an article already in it is not duplicated).
///
/// The data folder is QStandardPaths::AppDataLocation (on Linux ~/.local/share/Gloss/Gloss).
struct StartupPlan {
    QString projectPath; ///< the project to open (created if missing)
    QStringList importPaths; ///< files and folders to import into it after opening
    bool isSampleSet = false; ///< importPaths are imported only if the project has no articles

    /// The resource folder holding the sample articles.
    static QString sampleFolder() { return QStringLiteral(":/gloss/samples"); }

    /// The plan for \a paths, with projects kept under \a dataDir.
    static StartupPlan forPaths(const QStringList &paths, const QString &dataDir);
    /// The project under \a dataDir that \a articlePaths (files and folders) are imported into.
    static QString projectForArticles(const QStringList &articlePaths, const QString &dataDir);
    static bool isProjectFile(const QString &path);
};

} // namespace Gloss::Ui
