#include "xmlwriter.h"

namespace Gloss::Formats
{

namespace
{
void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        const char bytes[] = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
        out.append(bytes, 2);
    } else if (c < 0x10000) {
        const char bytes[] = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
        out.append(bytes, 3);
    } else {
        const char bytes[] = {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
        out.append(bytes, 4);
    }
}
} // namespace

void XmlWriter::appendEscaped(QStringView text, Escape escape)
{
    const qsizetype size = text.size();
    const auto plain = [](char16_t c) { return c >= 0x20 && c < 0x80 && c != u'&' && c != u'<' && c != u'>' && c != u'"'; };
    for (qsizetype i = 0; i < size; ++i) {
        if (plain(text.at(i).unicode())) {
            qsizetype run = i + 1;
            while (run < size && plain(text.at(run).unicode()))
                ++run;
            const qsizetype at = m_out.size();
            m_out.resize(at + (run - i));
            char *to = m_out.data() + at;
            for (qsizetype k = i; k < run; ++k)
                *to++ = char(text.at(k).unicode());
            i = run - 1;
            continue;
        }
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'&':
            m_out.append("&amp;", 5);
            continue;
        case u'<':
            m_out.append("&lt;", 4);
            continue;
        case u'>':
            m_out.append("&gt;", 4);
            continue;
        case u'"':
            if (escape == Escape::Attribute)
                m_out.append("&quot;", 6);
            else
                m_out.append('"');
            continue;
        case u'\r':
            m_out.append("&#13;", 5);
            continue;
        case u'\n':
            if (escape == Escape::Attribute)
                m_out.append("&#10;", 5);
            else
                m_out.append('\n');
            continue;
        case u'\t':
            if (escape == Escape::Attribute)
                m_out.append("&#9;", 4);
            else
                m_out.append('\t');
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            appendUtf8(m_out, 0xFFFD);
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                appendUtf8(m_out, QChar::surrogateToUcs4(c, text.at(i + 1).unicode()));
                ++i;
            } else {
                appendUtf8(m_out, 0xFFFD);
            }
        } else if (QChar::isLowSurrogate(c)) {
            appendUtf8(m_out, 0xFFFD);
        } else {
            appendUtf8(m_out, c);
        }
    }
}

void XmlWriter::newline(qsizetype depth)
{
    m_out.append('\n');
    m_out.append(QByteArray(depth * 2, ' '));
}

void XmlWriter::closeStartTag()
{
    if (m_startTagOpen) {
        m_out.append('>');
        m_startTagOpen = false;
    }
}

void XmlWriter::startElement(const char *name)
{
    closeStartTag();
    if (!m_levels.isEmpty()) {
        m_levels.last().hasChildren = true;
        if (!m_levels.last().hasText)
            newline(m_levels.size());
    }
    m_out.append('<');
    m_out.append(name);
    m_levels.append({name, false, false});
    m_startTagOpen = true;
}

void XmlWriter::attribute(const char *name, QStringView value)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"", 2);
    appendEscaped(value, Escape::Attribute);
    m_out.append('"');
}

void XmlWriter::text(QStringView value)
{
    closeStartTag();
    m_levels.last().hasText = true;
    appendEscaped(value, Escape::Text);
}

void XmlWriter::endElement()
{
    const Level level = m_levels.takeLast();
    if (m_startTagOpen) {
        m_out.append("/>", 2);
        m_startTagOpen = false;
    } else {
        if (level.hasChildren && !level.hasText)
            newline(m_levels.size());
        m_out.append("</", 2);
        m_out.append(level.name);
        m_out.append('>');
    }
    if (m_levels.isEmpty())
        m_out.append('\n');
}

void XmlWriter::textElement(const char *name, QStringView value)
{
    startElement(name);
    text(value);
    endElement();
}

QByteArray XmlWriter::take()
{
    return std::move(m_out);
}

} // namespace Gloss::Formats
