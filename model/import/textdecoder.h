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
    /// Which legacy encoding to try for files without a byte-order mark: none (UTF-8 only), or the one
    /// an HTML page declares in its first bytes (<meta charset="windows-1252">).
    enum class Sniffing { None, HtmlCharset };

    /// Reads and decodes \a path. Files larger than \a maxFileBytes are refused without being read.
    /// Returns nothing (and appends an Error to \a messages) when the file cannot be used.
    static std::optional<QString> readFile(const QString &path, qint64 maxFileBytes, Messages *messages, Sniffing sniffing = Sniffing::None);

    /// Decodes \a bytes read from \a file (the name is only used in messages). Without a byte-order
    /// mark the bytes are UTF-8, unless \a declaredCharset names another ASCII-based encoding
    /// ("windows-1252", "iso-8859-2", "koi8-r" ...), which is then used.
    static std::optional<QString> decode(const QByteArray &bytes, const QString &file, Messages *messages, const QByteArray &declaredCharset = {});

    /// The charset an HTML page declares near its start (<meta charset=...> or the http-equiv
    /// Content-Type), lower case; empty when it declares none. Labels browsers read as Windows-1252
    /// (iso-8859-1, us-ascii, latin1) come back as "windows-1252".
    static QByteArray htmlCharset(QByteArrayView bytes);

    /// True when \a bytes (without a byte-order mark) look like a binary file rather than text.
    static bool looksBinary(QByteArrayView bytes);

    /// Converts CRLF and lone CR to LF in place.
    static void normaliseLineEndings(QString &text);

    /// "64 MiB", "1.5 KiB", "12 bytes": a size for messages.
    static QString formatSize(qint64 bytes);
};

} // namespace Gloss
