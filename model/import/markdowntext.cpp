#include "markdowntext.h"

#include "importtext.h"

#include <QList>
#include <QRegularExpression>

namespace Gloss
{

namespace
{
bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

bool isPunctuation(QChar c)
{
    return isAsciiPunctuation(c) || c.isPunct() || c.isSymbol();
}

// A line of only '-', '*', '_' or '=' (three or more, spaces allowed): a thematic break or a setext
// underline. Either way it is markup only.
bool isRuleLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() < 3)
        return false;
    const QChar first = trimmed.front();
    if (first != QLatin1Char('-') && first != QLatin1Char('*') && first != QLatin1Char('_') && first != QLatin1Char('='))
        return false;
    qsizetype count = 0;
    for (const QChar c : trimmed) {
        if (c == first)
            ++count;
        else if (!c.isSpace())
            return false;
    }
    return count >= 3;
}

bool isFenceLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

bool isReferenceDefinition(QStringView line)
{
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"));
    return line.contains(QLatin1String("]:")) && definition.match(line.toString()).hasMatch();
}

// Index of the bracket closing the one at \a open, or -1.
qsizetype matchingBracket(QStringView text, qsizetype open, QChar opening, QChar closing)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == opening)
            ++depth;
        else if (c == closing && --depth == 0)
            return i;
    }
    return -1;
}

// Characters after inline structure is resolved, each marked literal (escaped, inside code) or not.
struct MarkedText {
    QString text;
    QList<bool> literal;
    void append(QChar c, bool isLiteral)
    {
        text.append(c);
        literal.append(isLiteral);
    }
    void append(QStringView s, bool isLiteral)
    {
        for (const QChar c : s)
            append(c, isLiteral);
    }
};

void resolveStructure(QStringView line, MarkedText *out)
{
    // Where a link's "](url)" or "][ref]" tail starts and ends, for links whose text we are inside.
    QList<std::pair<qsizetype, qsizetype>> tails;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!tails.isEmpty() && i == tails.constLast().first) {
            i = tails.constLast().second;
            tails.removeLast();
            continue;
        }
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && isAsciiPunctuation(line.at(i + 1))) {
            out->append(line.at(++i), true);
            continue;
        }
        if (c == QLatin1Char('`')) {
            qsizetype run = 1;
            while (i + run < line.size() && line.at(i + run) == QLatin1Char('`'))
                ++run;
            const QString fence(run, QLatin1Char('`'));
            const qsizetype close = line.indexOf(fence, i + run);
            if (close < 0) {
                out->append(line.sliced(i, run), true);
            } else {
                out->append(line.sliced(i + run, close - i - run), true);
                run = close + run - i;
            }
            i += run - 1;
            continue;
        }
        if (c == QLatin1Char('[') || (c == QLatin1Char('!') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('['))) {
            const bool image = c == QLatin1Char('!');
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = matchingBracket(line, open, QLatin1Char('['), QLatin1Char(']'));
            qsizetype tailEnd = -1;
            if (close > 0 && close + 1 < line.size()) {
                const QChar next = line.at(close + 1);
                if (next == QLatin1Char('('))
                    tailEnd = matchingBracket(line, close + 1, QLatin1Char('('), QLatin1Char(')'));
                else if (next == QLatin1Char('['))
                    tailEnd = matchingBracket(line, close + 1, QLatin1Char('['), QLatin1Char(']'));
            }
            if (tailEnd > 0) {
                if (image) {
                    i = tailEnd;
                } else {
                    tails.append({close, tailEnd});
                }
                continue;
            }
        }
        if (c == QLatin1Char('<')) {
            const qsizetype close = line.indexOf(QLatin1Char('>'), i + 1);
            if (close > 0 && ImportText::isUrl(line.sliced(i + 1, close - i - 1))) {
                out->append(line.sliced(i + 1, close - i - 1), true);
                i = close;
                continue;
            }
        }
        out->append(c, false);
    }
}

bool isDelimiter(QChar c)
{
    return c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~');
}

struct DelimiterRun {
    qsizetype start = 0;
    qsizetype length = 0;
    QChar character;
    bool canOpen = false;
    bool canClose = false;
};
} // namespace

QString MarkdownText::stripInline(QStringView line)
{
    static constexpr QStringView specials = u"*_`[]<!\\~";
    if (std::none_of(line.begin(), line.end(), [](QChar c) { return specials.contains(c); }))
        return line.toString();

    MarkedText marked;
    resolveStructure(line, &marked);
    const QString &text = marked.text;

    QList<DelimiterRun> runs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isDelimiter(text.at(i)) || marked.literal.at(i))
            continue;
        DelimiterRun run{i, 1, text.at(i)};
        while (i + run.length < text.size() && text.at(i + run.length) == run.character && !marked.literal.at(i + run.length))
            ++run.length;
        const QChar before = run.start > 0 ? text.at(run.start - 1) : QLatin1Char(' ');
        const QChar after = run.start + run.length < text.size() ? text.at(run.start + run.length) : QLatin1Char(' ');
        const bool leftFlanking = !after.isSpace() && (!isPunctuation(after) || before.isSpace() || isPunctuation(before));
        const bool rightFlanking = !before.isSpace() && (!isPunctuation(before) || after.isSpace() || isPunctuation(after));
        if (run.character == QLatin1Char('_')) {
            run.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
            run.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
        } else if (run.character == QLatin1Char('~')) {
            run.canOpen = leftFlanking && run.length == 2;
            run.canClose = rightFlanking && run.length == 2;
        } else {
            run.canOpen = leftFlanking;
            run.canClose = rightFlanking;
        }
        runs.append(run);
        i += run.length - 1;
    }

    QList<bool> removed(text.size(), false);
    QList<qsizetype> openers; // indexes into runs
    for (qsizetype r = 0; r < runs.size(); ++r) {
        DelimiterRun &run = runs[r];
        if (run.canClose) {
            for (qsizetype o = openers.size() - 1; o >= 0; --o) {
                DelimiterRun &opener = runs[openers.at(o)];
                if (opener.character != run.character || opener.length == 0)
                    continue;
                const qsizetype used = std::min(opener.length, run.length);
                for (qsizetype k = 0; k < used; ++k) {
                    removed[opener.start + opener.length - 1 - k] = true;
                    removed[run.start + k] = true;
                }
                opener.length -= used;
                run.start += used;
                run.length -= used;
                openers.resize(opener.length > 0 ? o + 1 : o);
                break;
            }
        }
        if (run.canOpen && run.length > 0)
            openers.append(r);
    }

    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!removed.at(i))
            result.append(text.at(i));
    }
    return result;
}

QStringList MarkdownText::plainLines(QStringView text)
{
    QStringList lines;
    bool inFence = false;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        if (isFenceLine(line)) {
            inFence = !inFence;
            lines.append(QString());
            continue;
        }
        if (inFence) {
            lines.append(line.toString());
            continue;
        }
        if (isRuleLine(line) || isReferenceDefinition(line)
            || (line.trimmed().startsWith(QLatin1String("<!--")) && line.trimmed().endsWith(QLatin1String("-->")))) {
            lines.append(QString());
            continue;
        }
        // Block quote markers, possibly nested ("> > text").
        QStringView content = line;
        while (content.trimmed().startsWith(QLatin1Char('>'))) {
            content = content.trimmed().sliced(1);
            if (content.startsWith(QLatin1Char(' ')))
                content = content.sliced(1);
        }
        // ATX heading: up to three spaces, 1-6 '#', a space, the text, optional closing '#'s.
        const QStringView trimmedStart = content.trimmed();
        const qsizetype indent = content.indexOf(trimmedStart.isEmpty() ? QChar() : trimmedStart.front());
        if (trimmedStart.startsWith(QLatin1Char('#')) && indent <= 3) {
            qsizetype hashes = 0;
            while (hashes < trimmedStart.size() && trimmedStart.at(hashes) == QLatin1Char('#'))
                ++hashes;
            if (hashes <= 6 && (hashes == trimmedStart.size() || trimmedStart.at(hashes).isSpace())) {
                QStringView heading = trimmedStart.sliced(hashes).trimmed();
                while (heading.endsWith(QLatin1Char('#')))
                    heading.chop(1);
                content = heading.trimmed();
            }
        }
        // A line that was only markup (an image, say) goes, rather than leaving a blank line behind.
        QString plain = stripInline(content);
        if (ImportText::isBlank(plain) && !ImportText::isBlank(line))
            plain = QString();
        lines.append(plain);
    }
    return lines;
}

QStringView MarkdownText::takeFrontMatter(QStringView text, FrontMatter *frontMatter)
{
    if (!text.startsWith(QLatin1String("---\n")))
        return text;
    qsizetype end = -1;
    qsizetype after = -1;
    for (const QLatin1String closing : {QLatin1String("\n---\n"), QLatin1String("\n...\n")}) {
        const qsizetype at = text.indexOf(closing, 3);
        if (at >= 0 && (end < 0 || at < end)) {
            end = at;
            after = at + closing.size();
        }
    }
    if (end < 0 && (text.endsWith(QLatin1String("\n---")) || text.endsWith(QLatin1String("\n...")))) {
        end = text.size() - 4;
        after = text.size();
    }
    if (end < 0)
        return text;
    // A document that merely opens with a thematic break is not front matter: every line of a real
    // block is "key: value", a list item or a comment.
    const QStringView block = text.sliced(4, std::max<qsizetype>(0, end - 4 + 1));
    static const QRegularExpression yamlLine(QStringLiteral("^(?:\\s*#.*|\\s*- .*|\\s*-|[A-Za-z_][\\w -]*:.*|\\s+\\S.*|\\s*)$"));
    for (const QStringView line : block.split(QLatin1Char('\n'))) {
        if (!yamlLine.match(line.toString()).hasMatch())
            return text;
    }

    auto clean = [](QStringView value) {
        value = value.trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) && value.back() == value.front())
            value = value.sliced(1, value.size() - 2);
        if (value.startsWith(QLatin1String("[[")) && value.endsWith(QLatin1String("]]")))
            value = value.sliced(2, value.size() - 4);
        return value.trimmed().toString();
    };
    QString key;
    QStringList values;
    auto flush = [&]() {
        if (key.isEmpty())
            return;
        values.removeAll(QString());
        const QString joined = values.join(QStringLiteral(", "));
        if (key == QLatin1String("title") || key == QLatin1String("headline")) {
            frontMatter->title = joined;
        } else if (key == QLatin1String("url") || key == QLatin1String("link") || key == QLatin1String("canonical") || key == QLatin1String("canonical_url")
            || key == QLatin1String("original_url") || key == QLatin1String("source")) {
            if (ImportText::isUrl(joined))
                frontMatter->url = joined;
            else if (key == QLatin1String("source"))
                frontMatter->outlet = joined;
        } else if (key == QLatin1String("author") || key == QLatin1String("authors") || key == QLatin1String("byline") || key == QLatin1String("creator")) {
            frontMatter->byline = joined;
        } else if (key == QLatin1String("published") || key == QLatin1String("date") || key == QLatin1String("pubdate") || key == QLatin1String("publish_date")
            || key == QLatin1String("date_published") || key == QLatin1String("published_at")) {
            if (frontMatter->published.isEmpty())
                frontMatter->published = joined;
        } else if (key == QLatin1String("outlet") || key == QLatin1String("site") || key == QLatin1String("site_name") || key == QLatin1String("publisher")
            || key == QLatin1String("publication")) {
            frontMatter->outlet = joined;
        } else if (key == QLatin1String("lang") || key == QLatin1String("language")) {
            frontMatter->language = joined;
        }
        key.clear();
        values.clear();
    };
    for (const QStringView line : block.split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1String("- ")) && !key.isEmpty()) {
            values.append(clean(trimmed.sliced(2)));
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || line.front().isSpace())
            continue;
        flush();
        key = line.left(colon).trimmed().toString().toLower();
        QStringView value = line.sliced(colon + 1).trimmed();
        if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')) && !value.startsWith(QLatin1String("[["))) {
            for (const QStringView item : value.sliced(1, value.size() - 2).split(QLatin1Char(',')))
                values.append(clean(item));
        } else {
            values.append(clean(value));
        }
    }
    flush();
    return text.sliced(after);
}

} // namespace Gloss
