#include "exportoutput.h"

#include "ziparchive.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace Gloss::Formats
{

namespace
{
bool saveFile(const QString &path, const QByteArray &data, Messages *messages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        messages->append(Message::error(path, QStringLiteral("cannot be written: ") + file.errorString()));
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        messages->append(Message::error(path, QStringLiteral("cannot be written: ") + file.errorString()));
        return false;
    }
    return true;
}

// A folder Gloss may replace: empty, or holding only what a brat export writes.
bool isReplaceableFolder(const QString &path)
{
    const QDir dir(path);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (entries.isEmpty())
        return true;
    if (!dir.exists(QStringLiteral("annotation.conf")))
        return false;
    for (const QFileInfo &entry : entries) {
        if (!entry.isFile())
            return false;
        const QString suffix = entry.suffix();
        if (suffix != QLatin1String("txt") && suffix != QLatin1String("ann") && suffix != QLatin1String("conf") && suffix != QLatin1String("tsv")
            && suffix != QLatin1String("md"))
            return false;
    }
    return true;
}

bool writeFolder(const ExportOutput &output, const QString &target, Messages *messages, const Progress &progress)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isDir()) {
        messages->append(Message::error(target, QStringLiteral("is a file; choose a folder for this export")));
        return false;
    }
    if (targetInfo.isDir() && !isReplaceableFolder(target)) {
        messages->append(Message::error(target, QStringLiteral("is a folder with other files in it; choose an empty folder or a new name")));
        return false;
    }
    QDir parent = targetInfo.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath())) {
        messages->append(Message::error(parent.absolutePath(), QStringLiteral("cannot be created")));
        return false;
    }
    const QString unique = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString temporary = parent.filePath(QStringLiteral(".%1.gloss-export-%2").arg(targetInfo.fileName(), unique));
    QDir temp(temporary);
    if (!QDir().mkpath(temporary)) {
        messages->append(Message::error(temporary, QStringLiteral("cannot be created")));
        return false;
    }
    const auto discard = [&]() { QDir(temporary).removeRecursively(); };
    qint64 done = 0;
    for (const OutputFile &file : output.files) {
        if (progress.isCancelled()) {
            discard();
            return false;
        }
        const QString path = temp.filePath(file.name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.data) != file.data.size() || !out.flush()) {
            messages->append(Message::error(path, QStringLiteral("cannot be written: ") + out.errorString()));
            discard();
            return false;
        }
        progress.reportEvery(++done, output.files.size(), 100);
    }
    // Swap into place: the old export moves aside first, so a failure leaves it where it was.
    QString aside;
    if (targetInfo.isDir()) {
        aside = parent.filePath(QStringLiteral(".%1.gloss-old-%2").arg(targetInfo.fileName(), unique));
        if (!QDir().rename(target, aside)) {
            messages->append(Message::error(target, QStringLiteral("cannot be replaced (is it open elsewhere?)")));
            discard();
            return false;
        }
    }
    if (!QDir().rename(temporary, target)) {
        messages->append(Message::error(target, QStringLiteral("cannot be created")));
        if (!aside.isEmpty())
            QDir().rename(aside, target);
        discard();
        return false;
    }
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return true;
}
} // namespace

QStringList ExportOutput::siblingPaths(const QString &target, const QList<OutputFile> &files)
{
    const QFileInfo info(target);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? target : target.left(target.size() - suffix.size() - 1);
    QStringList paths;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (i == 0)
            paths.append(target);
        else
            paths.append(base + files.at(i).name + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
    }
    return paths;
}

QString ExportOutput::previewText(int maxLines, QString *shownName, const QString &preferred) const
{
    if (files.isEmpty())
        return {};
    const OutputFile *shown = &files.constFirst();
    for (const OutputFile &file : files) {
        if (!preferred.isEmpty() && file.name == preferred) {
            shown = &file;
            break;
        }
    }
    if (shownName)
        *shownName = shown->name;
    // Only the first lines are decoded: a preview of a 50 MB export stays instant.
    qsizetype end = 0;
    for (int line = 0; line < maxLines && end >= 0; ++line) {
        end = shown->data.indexOf('\n', end);
        if (end >= 0)
            ++end;
    }
    const QByteArray head = end < 0 ? shown->data : shown->data.left(end);
    QString text = QString::fromUtf8(head);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

bool OutputWriter::write(const ExportOutput &output, const QString &target, Messages *messages, const Progress &progress)
{
    Messages ignored;
    Messages *sink = messages ? messages : &ignored;
    if (target.isEmpty()) {
        sink->append(Message::error(QString(), QStringLiteral("no output was chosen")));
        return false;
    }
    if (output.files.isEmpty()) {
        sink->append(Message::error(target, QStringLiteral("the export produced nothing to write")));
        return false;
    }
    switch (output.layout) {
    case ExportOutput::Layout::File:
        return saveFile(target, output.files.constFirst().data, sink);
    case ExportOutput::Layout::Siblings: {
        // Each file is whole or absent; the links file is written first so that the main file never
        // appears without it.
        const QStringList paths = ExportOutput::siblingPaths(target, output.files);
        for (qsizetype i = output.files.size() - 1; i >= 0; --i) {
            if (progress.isCancelled() || !saveFile(paths.at(i), output.files.at(i).data, sink))
                return false;
        }
        return true;
    }
    case ExportOutput::Layout::Folder:
        return writeFolder(output, target, sink, progress);
    case ExportOutput::Layout::Zip: {
        QString error;
        const std::optional<QByteArray> archive = ZipWriter::write(output.files, &error);
        if (!archive) {
            sink->append(Message::error(target, error));
            return false;
        }
        if (progress.isCancelled())
            return false;
        return saveFile(target, *archive, sink);
    }
    }
    return false;
}

} // namespace Gloss::Formats
