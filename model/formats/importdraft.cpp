#include "importdraft.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Gloss::Formats
{

std::optional<QByteArray> AnnotationReader::readFile(const QString &path, ImportDraft &draft)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        draft.error(QStringLiteral("no such file"));
        return std::nullopt;
    }
    if (info.size() > MaxFileBytes) {
        draft.error(QStringLiteral("is %1 bytes, more than the %2 bytes Gloss reads from one annotation file").arg(info.size()).arg(MaxFileBytes));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        draft.error(QStringLiteral("cannot be read: ") + file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QString> AnnotationReader::decodeUtf8(const QByteArray &bytes, bool keepByteOrderMark)
{
    QStringDecoder decoder(QStringDecoder::Utf8, keepByteOrderMark ? QStringDecoder::Flag::ConvertInitialBom : QStringDecoder::Flag::Default);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace Gloss::Formats
