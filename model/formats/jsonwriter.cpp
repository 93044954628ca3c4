#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Gloss::Formats
{

void JsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(QByteArray(m_levels.size() * 2, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.first)
        m_out.append(',');
    if (m_indented && !level.inlined)
        newline();
    else if (!level.first)
        m_out.append(' ');
    level.first = false;
}

void JsonWriter::open(char bracket, bool inlined)
{
    beforeValue();
    m_out.append(bracket);
    const bool parentInline = !m_levels.isEmpty() && m_levels.last().inlined;
    m_levels.append(Level{true, inlined || parentInline || !m_indented});
}

void JsonWriter::close(char bracket)
{
    const Level level = m_levels.takeLast();
    if (m_indented && !level.inlined && !level.first)
        newline();
    m_out.append(bracket);
    if (m_levels.isEmpty() && m_indented)
        m_out.append('\n');
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    appendString(m_out, name);
    m_out.append(": ", 2);
    m_afterKey = true;
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    // UTF-16 straight to escaped UTF-8, without a temporary UTF-8 copy of every string.
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const qsizetype size = text.size();
    const char16_t *data = reinterpret_cast<const char16_t *>(text.data());
    const auto plain = [](char16_t c) { return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\'; };
    for (qsizetype i = 0; i < size; ++i) {
        if (plain(data[i])) {
            qsizetype run = i + 1;
            while (run < size && plain(data[run]))
                ++run;
            const qsizetype at = out.size();
            out.resize(at + (run - i));
            char *to = out.data() + at;
            for (qsizetype k = i; k < run; ++k)
                *to++ = char(data[k]);
            i = run - 1;
            continue;
        }
        const char16_t c = data[i];
        switch (c) {
        case u'"':
            out.append("\\\"", 2);
            continue;
        case u'\\':
            out.append("\\\\", 2);
            continue;
        case u'\n':
            out.append("\\n", 2);
            continue;
        case u'\r':
            out.append("\\r", 2);
            continue;
        case u'\t':
            out.append("\\t", 2);
            continue;
        case u'\b':
            out.append("\\b", 2);
            continue;
        case u'\f':
            out.append("\\f", 2);
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escaped, 6);
        } else if (c < 0x800) {
            const char bytes[] = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
            out.append(bytes, 2);
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, data[++i]);
            const char bytes[] = {char(0xF0 | (u >> 18)), char(0x80 | ((u >> 12) & 0x3F)), char(0x80 | ((u >> 6) & 0x3F)), char(0x80 | (u & 0x3F))};
            out.append(bytes, 4);
        } else {
            // A lone surrogate has no UTF-8 form: U+FFFD, as QString::toUtf8() writes it.
            const char32_t u = QChar::isSurrogate(c) ? 0xFFFD : c;
            const char bytes[] = {char(0xE0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3F)), char(0x80 | (u & 0x3F))};
            out.append(bytes, 3);
        }
    }
    out.append('"');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out.append("null", 4);
        return;
    }
    // Integral values as integers ("1", not "1.0"); others with the shortest text that reads back exactly.
    if (number == std::trunc(number) && std::fabs(number) < 1e15)
        m_out.append(QByteArray::number(qint64(number)));
    else
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null", 4);
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double:
        value(json.toDouble());
        break;
    case QJsonValue::String:
        value(json.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = json.toArray();
        beginArray(true);
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        beginObject(true);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace Gloss::Formats
