#include "textdecoder.h"

#include <QFile>
#include <QStringDecoder>

#include <optional>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace Gloss
{

namespace
{
// Share of control bytes above which a file without NUL bytes is still taken for binary. Real text
// has almost none besides tab, line feed, carriage return and form feed.
constexpr double MaxControlShare = 0.10;
// Looking at the start is enough to tell a binary file, and keeps the check cheap on big files.
constexpr qsizetype BinarySampleBytes = 64 * 1024;

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
};

// UTF-32 LE must be tested before UTF-16 LE: its mark starts with the same two bytes.
constexpr Bom Boms[] = {
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8},
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE},
};

bool isControl(uchar c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
}

// UTF-16 text saved without a byte-order mark has a NUL in every other byte: worth a hint.
bool looksLikeUtf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    return (evenNul > pairs * 8 / 10 && oddNul < pairs / 10) || (oddNul > pairs * 8 / 10 && evenNul < pairs / 10);
}
} // namespace

QString TextDecoder::formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    const bool whole = value == double(qint64(value));
    return QString::number(value, 'f', whole ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), BinarySampleBytes));
    if (std::memchr(sample.data(), 0, size_t(sample.size())))
        return true;
    qsizetype controls = 0;
    for (const char c : sample)
        controls += isControl(uchar(c));
    return sample.size() > 0 && double(controls) / double(sample.size()) > MaxControlShare;
}

void TextDecoder::normaliseLineEndings(QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

QByteArray TextDecoder::htmlCharset(QByteArrayView bytes)
{
    // Browsers look at the first 1024 bytes; a little more costs nothing and catches long <head>s.
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 4096)).toByteArray().toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("charset", at)) >= 0) {
        at += 7;
        qsizetype i = at;
        while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t'))
            ++i;
        if (i >= head.size() || head.at(i) != '=')
            continue;
        ++i;
        while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '"' || head.at(i) == '\''))
            ++i;
        const qsizetype start = i;
        while (i < head.size() && (std::isalnum(uchar(head.at(i))) || head.at(i) == '-' || head.at(i) == '_' || head.at(i) == '.' || head.at(i) == ':'))
            ++i;
        QByteArray name = head.mid(start, i - start);
        if (name.isEmpty())
            continue;
        // The WHATWG Encoding Standard reads these labels as Windows-1252.
        if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" || name == "iso8859-1" || name == "l1" || name == "cp1252")
            name = "windows-1252";
        return name;
    }
    return {};
}

std::optional<QString> TextDecoder::readFile(const QString &path, qint64 maxFileBytes, Messages *messages, Sniffing sniffing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        messages->append(Message::error(path, QStringLiteral("cannot be read: ") + file.errorString()));
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (size > maxFileBytes) {
        messages->append(Message::error(path, QStringLiteral("is too large to import (%1; the limit is %2)").arg(formatSize(size), formatSize(maxFileBytes))));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        messages->append(Message::error(path, QStringLiteral("cannot be read: ") + file.errorString()));
        return std::nullopt;
    }
    // A file that grew while we read it, or a special file whose size() said nothing.
    if (bytes.size() > maxFileBytes) {
        messages->append(Message::error(path, QStringLiteral("is too large to import (the limit is %1)").arg(formatSize(maxFileBytes))));
        return std::nullopt;
    }
    return decode(bytes, path, messages, sniffing == Sniffing::HtmlCharset ? htmlCharset(bytes) : QByteArray());
}

std::optional<QString> TextDecoder::decode(const QByteArray &bytes, const QString &file, Messages *messages, const QByteArray &declaredCharset)
{
    if (bytes.isEmpty()) {
        messages->append(Message::error(file, QStringLiteral("is empty")));
        return std::nullopt;
    }

    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    QByteArrayView body(bytes);
    bool hasBom = false;
    for (const Bom &bom : Boms) {
        if (body.startsWith(bom.bytes)) {
            encoding = bom.encoding;
            body = body.sliced(bom.bytes.size());
            hasBom = true;
            break;
        }
    }

    if (encoding == QStringConverter::Utf8 && looksBinary(body)) {
        if (!hasBom && looksLikeUtf16WithoutBom(body))
            messages->append(Message::error(file, QStringLiteral("looks like UTF-16 text without a byte-order mark; save it as UTF-8 or UTF-16 with a BOM")));
        else
            messages->append(Message::error(file, QStringLiteral("is a binary file, not text")));
        return std::nullopt;
    }

    // A declared legacy charset is used for pages without a mark; UTF-16/32 labels without a mark
    // are not believed (the bytes passed the binary check, so they are ASCII-based).
    QStringDecoder unicodeDecoder(encoding, QStringConverter::Flag::Stateless);
    std::optional<QStringDecoder> declaredDecoder;
    if (!hasBom && !declaredCharset.isEmpty() && declaredCharset != "utf-8" && declaredCharset != "utf8" && !declaredCharset.startsWith("utf-")) {
        declaredDecoder.emplace(declaredCharset.constData(), QStringConverter::Flag::Stateless);
        if (!declaredDecoder->isValid())
            declaredDecoder.reset();
    }
    QStringDecoder &decoder = declaredDecoder ? *declaredDecoder : unicodeDecoder;
    QString text = decoder.decode(body);
    if (decoder.hasError()) {
        if (declaredDecoder) {
            messages->append(
                Message::warning(file, QStringLiteral("has bytes that are not valid %1, replaced with U+FFFD").arg(QString::fromLatin1(declaredCharset))));
        } else if (encoding == QStringConverter::Utf8) {
            const qsizetype replaced = text.count(QChar::ReplacementCharacter);
            messages->append(Message::warning(
                file, QStringLiteral("is not valid UTF-8: %1 invalid byte sequence(s) replaced with U+FFFD (is it in another encoding?)").arg(replaced)));
        } else {
            messages->append(Message::warning(
                file, QStringLiteral("has invalid %1 data, replaced with U+FFFD").arg(QLatin1String(QStringConverter::nameForEncoding(encoding)))));
        }
    }
    if (encoding != QStringConverter::Utf8) {
        // The byte check above cannot see through UTF-16/32; look at the decoded characters instead.
        const QStringView sample = QStringView(text).first(std::min<qsizetype>(text.size(), BinarySampleBytes));
        qsizetype controls = 0;
        for (const QChar c : sample) {
            if (c.unicode() == 0) {
                controls = sample.size();
                break;
            }
            controls += c.unicode() < 0x20 && isControl(uchar(c.unicode()));
        }
        if (!sample.isEmpty() && double(controls) / double(sample.size()) > MaxControlShare) {
            messages->append(Message::error(file, QStringLiteral("is a binary file, not text")));
            return std::nullopt;
        }
    }
    normaliseLineEndings(text);
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        messages->append(Message::error(file, text.isEmpty() ? QStringLiteral("is empty") : QStringLiteral("holds only white space")));
        return std::nullopt;
    }
    return text;
}

} // namespace Gloss
