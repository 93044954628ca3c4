#pragma once

#include "message.h"
#include "progress.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Gloss::Formats
{

/// One file an exporter produced, named relative to where the export goes (see ExportOutput).
struct OutputFile {
    QString name;
    QByteArray data;
};

/// What an exporter produced, still in memory: one or more files and how they are laid out on disk.
/// OutputWriter puts them there atomically; the export dialog previews them.
struct ExportOutput {
    enum class Layout {
        File, ///< one file, written at the target path
        Siblings, ///< the first file at the target path, each other one beside it: its name is a suffix
                  ///< put before the target's extension ("x.csv" + "-links" -> "x-links.csv")
        Folder, ///< a folder at the target path; names are paths inside it ("doc.ann", "annotation.conf")
        Zip, ///< a zip archive at the target path; names are the archive's entry names
    };

    Layout layout = Layout::File;
    QList<OutputFile> files;
    Messages messages; ///< notices about what the format could not carry
    bool cancelled = false;

    /// The paths the files of a Siblings layout go to for \a target.
    static QStringList siblingPaths(const QString &target, const QList<OutputFile> &files);
    /// The text a preview shows: the first \a maxLines lines of the file that best shows the format
    /// (\a preferred when there is a file of that name, else the first), named in \a shownName.
    QString previewText(int maxLines, QString *shownName = nullptr, const QString &preferred = {}) const;
};

/// Writes an ExportOutput to disk so that no reader ever sees a half-written export: each file
/// through a QSaveFile (a temporary file renamed over the target when complete); a folder is
/// written next to the target under a temporary name and renamed into place (a previous export
/// there is replaced only when it holds nothing but what a Gloss brat export writes); a zip archive
/// is assembled in memory and saved like a file.
class OutputWriter final
{
public:
    /// False, with an error naming the file in \a messages, when anything cannot be written; then
    /// the target is as it was. Cancelling through \a progress stops before anything is renamed.
    static bool write(const ExportOutput &output, const QString &target, Messages *messages, const Progress &progress = {});
};

} // namespace Gloss::Formats
