#include "ziparchive.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>

namespace Gloss::Formats
{

std::optional<QByteArray> ZipWriter::write(const QList<OutputFile> &files, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    {
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate)) {
            if (error)
                *error = QStringLiteral("cannot start the archive (zip error %1)").arg(zip.getZipError());
            return std::nullopt;
        }
        const QDateTime now = QDateTime::currentDateTime();
        for (const OutputFile &file : files) {
            QuaZipNewInfo info(file.name);
            info.dateTime = now;
            info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
            QuaZipFile entry(&zip);
            // Level 1: a third of the time of the default level for 15-20% more bytes; exports of big
            // projects stay within their time budget.
            if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 1) || entry.write(file.data) != file.data.size()) {
                if (error)
                    *error = QStringLiteral("cannot add %1 to the archive (zip error %2)").arg(file.name).arg(entry.getZipError());
                return std::nullopt;
            }
            entry.close();
            if (entry.getZipError() != 0) {
                if (error)
                    *error = QStringLiteral("cannot add %1 to the archive (zip error %2)").arg(file.name).arg(entry.getZipError());
                return std::nullopt;
            }
        }
        zip.close();
        if (zip.getZipError() != 0) {
            if (error)
                *error = QStringLiteral("cannot finish the archive (zip error %1)").arg(zip.getZipError());
            return std::nullopt;
        }
    }
    return bytes;
}

ZipReader::ZipReader(const QString &path, const Limits &limits) : m_path(path), m_limits(limits)
{
}

ZipReader::ZipReader(const QString &path) : m_path(path)
{
}

ZipReader::~ZipReader() = default;

bool ZipReader::isSafeEntryName(const QString &name)
{
    if (name.isEmpty())
        return false;
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')))
        return false;
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':')) // C:... on Windows
        return false;
    for (const QChar c : std::as_const(path)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String(".."))
            return false;
    }
    return true;
}

bool ZipReader::open(Messages *messages)
{
    const auto fail = [&](const QString &reason) {
        if (messages)
            messages->append(Message::error(m_path, reason));
        m_zip.reset();
        m_names.clear();
        m_sizes.clear();
        return false;
    };
    if (!QFileInfo(m_path).isFile())
        return fail(QStringLiteral("no such file"));
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(QStringLiteral("is not a zip archive that can be read (zip error %1)").arg(m_zip->getZipError()));
    const int count = m_zip->getEntriesCount();
    if (count > m_limits.maxEntries)
        return fail(QStringLiteral("holds %1 entries, more than the %2 Gloss reads").arg(count).arg(m_limits.maxEntries));
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != 0)
        return fail(QStringLiteral("has a damaged directory (zip error %1)").arg(m_zip->getZipError()));
    qint64 total = 0;
    for (const QuaZipFileInfo64 &info : infos) {
        if (!isSafeEntryName(info.name))
            return fail(QStringLiteral("entry \"%1\" would escape the archive's folder; the archive is refused").arg(info.name));
        if (info.name.endsWith(QLatin1Char('/')))
            continue;
        if (qint64(info.uncompressedSize) > m_limits.maxEntryBytes || qint64(info.uncompressedSize) < 0)
            return fail(QStringLiteral("entry \"%1\" unpacks to %2 bytes, more than the %3 bytes Gloss reads per entry")
                            .arg(info.name)
                            .arg(info.uncompressedSize)
                            .arg(m_limits.maxEntryBytes));
        total += qint64(info.uncompressedSize);
        if (total > m_limits.maxTotalBytes)
            return fail(QStringLiteral("unpacks to more than the %1 bytes Gloss reads from one archive").arg(m_limits.maxTotalBytes));
        m_names.append(info.name);
        m_sizes.insert(info.name, qint64(info.uncompressedSize));
    }
    return true;
}

QString ZipReader::findEntry(const QString &name, bool caseSensitive) const
{
    for (const QString &entry : m_names) {
        if (entry.compare(name, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

std::optional<QByteArray> ZipReader::read(const QString &name, Messages *messages)
{
    const auto fail = [&](const QString &reason) -> std::optional<QByteArray> {
        if (messages)
            messages->append(Message::error(m_path, reason));
        return std::nullopt;
    };
    if (!m_zip || !m_sizes.contains(name))
        return fail(QStringLiteral("has no entry \"%1\"").arg(name));
    if (!m_zip->setCurrentFile(name, QuaZip::csSensitive))
        return fail(QStringLiteral("entry \"%1\" cannot be found (zip error %2)").arg(name).arg(m_zip->getZipError()));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("entry \"%1\" cannot be opened (zip error %2)").arg(name).arg(file.getZipError()));
    const qint64 declared = m_sizes.value(name);
    QByteArray bytes;
    bytes.reserve(qsizetype(declared));
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = file.read(chunk, sizeof chunk);
        if (got < 0)
            return fail(QStringLiteral("entry \"%1\" is damaged (zip error %2)").arg(name).arg(file.getZipError()));
        if (got == 0)
            break;
        if (bytes.size() + got > declared)
            return fail(QStringLiteral("entry \"%1\" unpacks to more than the %2 bytes its header declares; the archive is refused").arg(name).arg(declared));
        bytes.append(chunk, qsizetype(got));
    }
    file.close();
    if (file.getZipError() != 0)
        return fail(QStringLiteral("entry \"%1\" is damaged (zip error %2)").arg(name).arg(file.getZipError()));
    return bytes;
}

} // namespace Gloss::Formats
