#pragma once

#include "message.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Gloss
{

/// Turns the bytes of an article file into text, the one place where Gloss decides about encodings.
///
/// Accepts UTF-8 with or without a byte-order mark and UTF-16 (LE/BE) or UTF-32 with a byte-order
/// mark. Line endings come out as LF only (CRLF and lone CR are converted). Bytes that are not valid
/// UTF-8 become U+FFFD and add a Warning. Empty files, binary files (NUL bytes or mostly control
/// characters) and files over the size limit are refused with an Error naming the file and the reason.
class TextDecoder final
{
public:
    /// Reads and decodes \a path. Files larger than \a maxFileBytes are refused without being read.
    /// Returns nothing (and appends an Error to \a messages) when the file cannot be used.
    static std::optional<QString> readFile(const QString &path, qint64 maxFileBytes, Messages *messages);

    /// Decodes \a bytes read from \a file (the name is only used in messages).
    static std::optional<QString> decode(const QByteArray &bytes, const QString &file, Messages *messages);

    /// True when \a bytes (without a byte-order mark) look like a binary file rather than text.
    static bool looksBinary(QByteArrayView bytes);

    /// Converts CRLF and lone CR to LF in place.
    static void normaliseLineEndings(QString &text);

    /// "64 MiB", "1.5 KiB", "12 bytes": a size for messages.
    static QString formatSize(qint64 bytes);
};

} // namespace Gloss
