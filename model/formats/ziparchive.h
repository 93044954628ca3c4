#pragma once

#include "exportoutput.h"
#include "message.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QuaZip;

namespace Gloss::Formats
{

/// Writes zip archives (REFI-QDA .qdpx) in memory, UTF-8 entry names, deflated.
class ZipWriter final
{
public:
    /// The archive holding \a files under their names; nothing, and \a error set, on failure.
    static std::optional<QByteArray> write(const QList<OutputFile> &files, QString *error);
};

/// Reads a zip archive that may have been made to hurt: every entry name is checked before anything
/// is read (no absolute paths, drive letters, ".." segments or control characters, so nothing can
/// escape the archive's folder), the sizes the archive declares are checked against the limits
/// before decompressing, and reading stops at the declared size, so a lying header cannot blow up
/// memory. Entries are only ever read into memory, never extracted to disk.
class ZipReader final
{
public:
    /// The defaults: 256 MiB per entry, 1 GiB in all, 100,000 entries (far above what a project of
    /// news articles needs; README.md of model/formats documents them).
    struct Limits {
        qint64 maxEntryBytes = qint64(256) * 1024 * 1024;
        qint64 maxTotalBytes = qint64(1024) * 1024 * 1024;
        int maxEntries = 100000;
    };

    explicit ZipReader(const QString &path, const Limits &limits);
    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /// Opens the archive and checks its directory; false, with an error in \a messages, when the file
    /// is no zip archive or breaks a rule above (then nothing of it is read).
    bool open(Messages *messages);
    /// The entry names (files only, no folder entries), in archive order.
    QStringList entryNames() const { return m_names; }
    /// The entry whose name is \a name, comparing case-insensitively when \a caseSensitive is false;
    /// empty when there is none.
    QString findEntry(const QString &name, bool caseSensitive = true) const;
    /// The bytes of entry \a name; nothing, with an error in \a messages, when it cannot be read or is
    /// bigger than its declared size.
    std::optional<QByteArray> read(const QString &name, Messages *messages);

    /// True when \a name stays inside the archive's folder once extracted.
    static bool isSafeEntryName(const QString &name);

private:
    QString m_path;
    Limits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_names;
    QHash<QString, qint64> m_sizes;
};

} // namespace Gloss::Formats
