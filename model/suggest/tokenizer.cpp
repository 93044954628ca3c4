#include "tokenizer.h"

namespace Gloss::Suggest
{

namespace
{

bool isWordChar(QChar c)
{
    if (c.unicode() < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

Tokens Tokenizer::tokenize(QStringView text)
{
    Tokens tokens;
    tokens.reserve(text.size() / 5 + 4);
    const qsizetype n = text.size();
    qsizetype i = 0;
    quint8 pending = Token::LineBreakBefore | Token::ParagraphBefore | Token::SpaceBefore;
    int lineBreaks = 2;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            pending |= Token::SpaceBefore;
            if (c == u'\n' || c == u'\u2029' || (c == u'\r' && (i + 1 >= n || text[i + 1] != u'\n'))) {
                pending |= Token::LineBreakBefore;
                if (++lineBreaks >= 2)
                    pending |= Token::ParagraphBefore;
            }
            ++i;
            continue;
        }
        Token token;
        token.start = int(i);
        token.flags = pending;
        pending = 0;
        lineBreaks = 0;
        if (isDigit(c)) {
            // Digits with inner separators ("10,000", "1.5"), then letters that make it a word ("1.5m", "1990s").
            qsizetype j = i + 1;
            while (j < n) {
                if (isDigit(text[j])) {
                    ++j;
                } else if ((text[j] == u',' || text[j] == u'.') && j + 1 < n && isDigit(text[j + 1])) {
                    j += 2;
                } else {
                    break;
                }
            }
            token.kind = Token::Kind::Number;
            if (j < n && isWordChar(text[j])) {
                token.kind = Token::Kind::Word;
                token.flags |= Token::HasDigit;
                while (j < n && isWordChar(text[j]))
                    ++j;
            }
            token.end = int(j);
        } else if (isWordChar(c)) {
            qsizetype j = i;
            bool upperFirst = c.isUpper();
            bool allUpper = true;
            bool digit = false;
            while (j < n && isWordChar(text[j])) {
                const QChar d = text[j];
                if (d.isLower())
                    allUpper = false;
                else if (isDigit(d))
                    digit = true;
                ++j;
            }
            token.kind = Token::Kind::Word;
            token.end = int(j);
            if (upperFirst)
                token.flags |= Token::Capitalised;
            if (upperFirst && allUpper)
                token.flags |= Token::AllCaps;
            if (digit)
                token.flags |= Token::HasDigit;
        } else {
            token.kind = Token::Kind::Punct;
            token.end = int(i + ((c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) ? 2 : 1));
        }
        i = token.end;
        tokens.append(token);
    }
    return tokens;
}

void TextFold::foldInto(QStringView word, QString &out)
{
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(u >= u'A' && u <= u'Z' ? QChar(u + 32) : c);
            continue;
        }
        if (c.isMark())
            continue;
        switch (u) {
        case u'ß':
            out.append(QLatin1String("ss"));
            continue;
        case u'æ':
        case u'Æ':
            out.append(QLatin1String("ae"));
            continue;
        case u'œ':
        case u'Œ':
            out.append(QLatin1String("oe"));
            continue;
        case u'ø':
        case u'Ø':
            out.append(u'o');
            continue;
        case u'ł':
        case u'Ł':
            out.append(u'l');
            continue;
        case u'đ':
        case u'Đ':
            out.append(u'd');
            continue;
        case u'ı':
            out.append(u'i');
            continue;
        default:
            break;
        }
        // Canonical decompositions nest ("ễ" -> "ê" + tilde -> "e" + circumflex + tilde): keep the base letter.
        QChar base = c;
        while (base.unicode() >= 0x80 && base.decompositionTag() == QChar::Canonical) {
            const QString d = base.decomposition();
            if (d.isEmpty() || d.front() == base)
                break;
            base = d.front();
        }
        out.append(base.toCaseFolded());
    }
}

QString TextFold::fold(QStringView word)
{
    QString out;
    out.reserve(word.size());
    foldInto(word, out);
    return out;
}

} // namespace Gloss::Suggest
