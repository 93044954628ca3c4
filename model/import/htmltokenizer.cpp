#include "htmltokenizer.h"

#include <QHash>

namespace Gloss
{

namespace
{
// HTML 4's named references for code points 160-255, in code point order.
constexpr const char *Latin1Names[] = {
    "nbsp",
    "iexcl",
    "cent",
    "pound",
    "curren",
    "yen",
    "brvbar",
    "sect",
    "uml",
    "copy",
    "ordf",
    "laquo",
    "not",
    "shy",
    "reg",
    "macr",
    "deg",
    "plusmn",
    "sup2",
    "sup3",
    "acute",
    "micro",
    "para",
    "middot",
    "cedil",
    "sup1",
    "ordm",
    "raquo",
    "frac14",
    "frac12",
    "frac34",
    "iquest",
    "Agrave",
    "Aacute",
    "Acirc",
    "Atilde",
    "Auml",
    "Aring",
    "AElig",
    "Ccedil",
    "Egrave",
    "Eacute",
    "Ecirc",
    "Euml",
    "Igrave",
    "Iacute",
    "Icirc",
    "Iuml",
    "ETH",
    "Ntilde",
    "Ograve",
    "Oacute",
    "Ocirc",
    "Otilde",
    "Ouml",
    "times",
    "Oslash",
    "Ugrave",
    "Uacute",
    "Ucirc",
    "Uuml",
    "Yacute",
    "THORN",
    "szlig",
    "agrave",
    "aacute",
    "acirc",
    "atilde",
    "auml",
    "aring",
    "aelig",
    "ccedil",
    "egrave",
    "eacute",
    "ecirc",
    "euml",
    "igrave",
    "iacute",
    "icirc",
    "iuml",
    "eth",
    "ntilde",
    "ograve",
    "oacute",
    "ocirc",
    "otilde",
    "ouml",
    "divide",
    "oslash",
    "ugrave",
    "uacute",
    "ucirc",
    "uuml",
    "yacute",
    "thorn",
    "yuml",
};

struct NamedReference {
    const char *name;
    char32_t codePoint;
};

constexpr NamedReference OtherNames[] = {
    {"quot", 0x22},
    {"amp", 0x26},
    {"apos", 0x27},
    {"lt", 0x3C},
    {"gt", 0x3E},
    {"OElig", 0x152},
    {"oelig", 0x153},
    {"Scaron", 0x160},
    {"scaron", 0x161},
    {"Yuml", 0x178},
    {"fnof", 0x192},
    {"circ", 0x2C6},
    {"tilde", 0x2DC},
    {"ensp", 0x2002},
    {"emsp", 0x2003},
    {"thinsp", 0x2009},
    {"zwnj", 0x200C},
    {"zwj", 0x200D},
    {"lrm", 0x200E},
    {"rlm", 0x200F},
    {"ndash", 0x2013},
    {"mdash", 0x2014},
    {"lsquo", 0x2018},
    {"rsquo", 0x2019},
    {"sbquo", 0x201A},
    {"ldquo", 0x201C},
    {"rdquo", 0x201D},
    {"bdquo", 0x201E},
    {"dagger", 0x2020},
    {"Dagger", 0x2021},
    {"bull", 0x2022},
    {"hellip", 0x2026},
    {"permil", 0x2030},
    {"prime", 0x2032},
    {"Prime", 0x2033},
    {"lsaquo", 0x2039},
    {"rsaquo", 0x203A},
    {"oline", 0x203E},
    {"frasl", 0x2044},
    {"euro", 0x20AC},
    {"trade", 0x2122},
    {"larr", 0x2190},
    {"uarr", 0x2191},
    {"rarr", 0x2192},
    {"darr", 0x2193},
    {"harr", 0x2194},
    {"minus", 0x2212},
    {"le", 0x2264},
    {"ge", 0x2265},
    {"ne", 0x2260},
    {"asymp", 0x2248},
    {"infin", 0x221E},
    {"Alpha", 0x391},
    {"Beta", 0x392},
    {"Gamma", 0x393},
    {"Delta", 0x394},
    {"alpha", 0x3B1},
    {"beta", 0x3B2},
    {"gamma", 0x3B3},
    {"delta", 0x3B4},
    {"mu", 0x3BC},
    {"pi", 0x3C0},
    {"sigma", 0x3C3},
    {"omega", 0x3C9},
    {"hearts", 0x2665},
    {"loz", 0x25CA},
    {"spades", 0x2660},
    {"clubs", 0x2663},
    {"diams", 0x2666},
    {"Tab", 0x09},
    {"NewLine", 0x0A},
    {"nbsp", 0xA0},
};

// References browsers accept without the closing ';' (the common legacy ones).
constexpr const char *NamesWithoutSemicolon[] = {"amp", "lt", "gt", "quot", "nbsp", "copy", "reg"};

// Numeric references 128-159 mean the Windows-1252 character, as in browsers.
constexpr char16_t Windows1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D,
    0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

const QHash<QString, char32_t> &namedReferences()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> result;
        for (int i = 0; i < 96; ++i)
            result.insert(QLatin1String(Latin1Names[i]), char32_t(160 + i));
        for (const NamedReference &reference : OtherNames)
            result.insert(QLatin1String(reference.name), reference.codePoint);
        return result;
    }();
    return table;
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (codePoint >= 128 && codePoint < 160)
        codePoint = Windows1252[codePoint - 128];
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        codePoint = 0xFFFD;
    if (QChar::requiresSurrogates(codePoint)) {
        out += QChar(QChar::highSurrogate(codePoint));
        out += QChar(QChar::lowSurrogate(codePoint));
    } else {
        out += QChar(char16_t(codePoint));
    }
}

bool isAsciiAlpha(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

bool isRawTextElement(QStringView name, bool *decoded)
{
    *decoded = name == QLatin1String("title") || name == QLatin1String("textarea");
    return *decoded || name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("xmp") || name == QLatin1String("iframe")
        || name == QLatin1String("noembed") || name == QLatin1String("noframes") || name == QLatin1String("noscript") || name == QLatin1String("plaintext");
}
} // namespace

QString HtmlToken::attribute(QStringView attributeName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == attributeName)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return {};
}

bool HtmlToken::hasAttribute(QStringView attributeName) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(), [attributeName](const auto &attribute) { return attribute.first == attributeName; });
}

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    qsizetype amp = text.indexOf(QLatin1Char('&'));
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (amp >= 0) {
        out += text.sliced(from, amp - from);
        qsizetype i = amp + 1;
        bool decoded = false;
        if (i < text.size() && text.at(i) == QLatin1Char('#')) {
            ++i;
            const bool hex = i < text.size() && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
            if (hex)
                ++i;
            const qsizetype digitsStart = i;
            auto digitValue = [hex](QChar c) -> int {
                const char16_t u = c.unicode();
                if (u >= u'0' && u <= u'9')
                    return u - u'0';
                if (hex && u >= u'a' && u <= u'f')
                    return u - u'a' + 10;
                if (hex && u >= u'A' && u <= u'F')
                    return u - u'A' + 10;
                return -1;
            };
            char32_t value = 0;
            for (; i < text.size() && digitValue(text.at(i)) >= 0; ++i) {
                // Anything past the last code point is invalid; stop growing so it cannot wrap around.
                if (value <= 0x10FFFF)
                    value = value * (hex ? 16 : 10) + char32_t(digitValue(text.at(i)));
            }
            if (i > digitsStart) {
                if (i < text.size() && text.at(i) == QLatin1Char(';'))
                    ++i;
                appendCodePoint(out, value);
                decoded = true;
            }
        } else {
            qsizetype end = i;
            while (end < text.size() && end - i < 32 && isAsciiAlnum(text.at(end)))
                ++end;
            if (end > i) {
                const QStringView name = text.sliced(i, end - i);
                const bool semicolon = end < text.size() && text.at(end) == QLatin1Char(';');
                const auto found = semicolon ? namedReferences().constFind(name.toString()) : namedReferences().cend();
                if (found != namedReferences().cend()) {
                    appendCodePoint(out, *found);
                    i = end + 1;
                    decoded = true;
                } else {
                    // Without ';' browsers still read the legacy names, even glued to what follows ("&copy2025").
                    for (const char *legacy : NamesWithoutSemicolon) {
                        const QLatin1String legacyName(legacy);
                        if (name.startsWith(legacyName)) {
                            appendCodePoint(out, namedReferences().value(legacyName));
                            i += legacyName.size();
                            if (i < text.size() && text.at(i) == QLatin1Char(';'))
                                ++i;
                            decoded = true;
                            break;
                        }
                    }
                }
            }
        }
        if (!decoded) {
            out += QLatin1Char('&');
            i = amp + 1;
        }
        from = i;
        amp = text.indexOf(QLatin1Char('&'), from);
    }
    out += text.sliced(from);
    return out;
}

HtmlTokenizer::HtmlTokenizer(QStringView html) : m_html(html)
{
}

bool HtmlTokenizer::next(HtmlToken *token)
{
    *token = HtmlToken();
    if (m_pos >= m_html.size())
        return false;

    if (!m_rawTextEnd.isEmpty()) {
        // Raw text runs to the matching end tag (or the end of the document).
        qsizetype end = m_html.indexOf(m_rawTextEnd, m_pos, Qt::CaseInsensitive);
        while (end >= 0) {
            const qsizetype after = end + m_rawTextEnd.size();
            if (after >= m_html.size() || isHtmlSpace(m_html.at(after)) || m_html.at(after) == QLatin1Char('>') || m_html.at(after) == QLatin1Char('/'))
                break;
            end = m_html.indexOf(m_rawTextEnd, after, Qt::CaseInsensitive);
        }
        if (end < 0)
            end = m_html.size();
        const QStringView raw = m_html.sliced(m_pos, end - m_pos);
        token->type = HtmlToken::Type::Text;
        token->text = m_rawTextDecoded ? decodeEntities(raw) : raw.toString();
        m_pos = end;
        m_rawTextEnd.clear();
        if (!raw.isEmpty())
            return true;
        return next(token);
    }

    if (m_html.at(m_pos) == QLatin1Char('<') && readTag(token))
        return true;

    // Text up to the next '<' that opens something; a stray '<' is text.
    qsizetype end = m_pos + 1;
    while (true) {
        end = m_html.indexOf(QLatin1Char('<'), end);
        if (end < 0) {
            end = m_html.size();
            break;
        }
        if (end + 1 < m_html.size()) {
            const QChar c = m_html.at(end + 1);
            if (isAsciiAlpha(c) || c == QLatin1Char('/') || c == QLatin1Char('!') || c == QLatin1Char('?'))
                break;
        }
        ++end;
    }
    token->type = HtmlToken::Type::Text;
    token->text = decodeEntities(m_html.sliced(m_pos, end - m_pos));
    m_pos = end;
    return true;
}

bool HtmlTokenizer::readTag(HtmlToken *token)
{
    const QStringView html = m_html;
    const qsizetype start = m_pos;
    if (start + 1 >= html.size())
        return false;
    const QChar second = html.at(start + 1);

    if (html.sliced(start).startsWith(QLatin1String("<!--"))) {
        qsizetype end = html.indexOf(QLatin1String("-->"), start + 4);
        token->type = HtmlToken::Type::Comment;
        token->text = html.sliced(start + 4, (end < 0 ? html.size() : end) - start - 4).toString();
        m_pos = end < 0 ? html.size() : end + 3;
        return true;
    }
    if (second == QLatin1Char('!') || second == QLatin1Char('?')) {
        qsizetype end = html.indexOf(QLatin1Char('>'), start + 2);
        token->type = html.sliced(start + 2).startsWith(QLatin1String("doctype"), Qt::CaseInsensitive) ? HtmlToken::Type::Doctype : HtmlToken::Type::Comment;
        token->text = html.sliced(start + 2, (end < 0 ? html.size() : end) - start - 2).toString();
        m_pos = end < 0 ? html.size() : end + 1;
        return true;
    }

    const bool endTag = second == QLatin1Char('/');
    qsizetype i = start + (endTag ? 2 : 1);
    if (i >= html.size() || !isAsciiAlpha(html.at(i))) {
        if (endTag && i < html.size()) {
            // "</ >" or "</3": a bogus comment in HTML; skip it.
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            token->type = HtmlToken::Type::Comment;
            m_pos = end < 0 ? html.size() : end + 1;
            return true;
        }
        return false;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && !isHtmlSpace(html.at(i)) && html.at(i) != QLatin1Char('>') && html.at(i) != QLatin1Char('/'))
        ++i;
    token->name = html.sliced(nameStart, i - nameStart).toString().toLower();
    token->type = endTag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;

    // Attributes, until '>' (or the end of a truncated document).
    while (i < html.size()) {
        while (i < html.size() && (isHtmlSpace(html.at(i)) || html.at(i) == QLatin1Char('/'))) {
            if (html.at(i) == QLatin1Char('/') && i + 1 < html.size() && html.at(i + 1) == QLatin1Char('>'))
                token->selfClosing = true;
            ++i;
        }
        if (i >= html.size())
            break;
        if (html.at(i) == QLatin1Char('>')) {
            ++i;
            break;
        }
        const qsizetype keyStart = i;
        while (i < html.size() && !isHtmlSpace(html.at(i)) && html.at(i) != QLatin1Char('>') && html.at(i) != QLatin1Char('=')
            && !(html.at(i) == QLatin1Char('/') && i > keyStart))
            ++i;
        QString key = html.sliced(keyStart, i - keyStart).toString().toLower();
        while (i < html.size() && isHtmlSpace(html.at(i)))
            ++i;
        QString value;
        if (i < html.size() && html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < html.size() && isHtmlSpace(html.at(i)))
                ++i;
            if (i < html.size() && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                const QChar quote = html.at(i);
                qsizetype end = html.indexOf(quote, i + 1);
                if (end < 0)
                    end = html.size();
                value = decodeEntities(html.sliced(i + 1, end - i - 1));
                i = std::min(end + 1, html.size());
            } else {
                const qsizetype valueStart = i;
                while (i < html.size() && !isHtmlSpace(html.at(i)) && html.at(i) != QLatin1Char('>'))
                    ++i;
                value = decodeEntities(html.sliced(valueStart, i - valueStart));
            }
        }
        if (!endTag && !key.isEmpty() && !token->hasAttribute(key))
            token->attributes.append({key, value});
    }
    m_pos = i;

    bool decoded = false;
    if (!endTag && !token->selfClosing && isRawTextElement(token->name, &decoded)) {
        m_rawTextEnd = QStringLiteral("</") + token->name;
        m_rawTextDecoded = decoded;
    }
    return true;
}

} // namespace Gloss
