#include "sentencesplitter.h"

#include <QSet>
#include <QString>

namespace Gloss::Suggest
{

namespace
{

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u'\u2029' || c == u'\u2028';
}

bool isClosingMark(QChar c)
{
    return c == u'"' || c == u'\u201D' || c == u'\u2019' || c == u'\'' || c == u'\u00BB' || c == u')' || c == u']';
}

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u2018' || c == u'\'' || c == u'\u00AB' || c == u'(' || c == u'[';
}

const QSet<QString> &abbreviations()
{
    // Words that end with a full stop without ending a sentence (compared in lower case).
    static const QSet<QString> words = {
        QStringLiteral("mr"),
        QStringLiteral("mrs"),
        QStringLiteral("ms"),
        QStringLiteral("dr"),
        QStringLiteral("prof"),
        QStringLiteral("gen"),
        QStringLiteral("lt"),
        QStringLiteral("col"),
        QStringLiteral("maj"),
        QStringLiteral("capt"),
        QStringLiteral("sgt"),
        QStringLiteral("adm"),
        QStringLiteral("cmdr"),
        QStringLiteral("gov"),
        QStringLiteral("sen"),
        QStringLiteral("rep"),
        QStringLiteral("st"),
        QStringLiteral("mt"),
        QStringLiteral("jr"),
        QStringLiteral("sr"),
        QStringLiteral("no"),
        QStringLiteral("nos"),
        QStringLiteral("vs"),
        QStringLiteral("v"),
        QStringLiteral("jan"),
        QStringLiteral("feb"),
        QStringLiteral("mar"),
        QStringLiteral("apr"),
        QStringLiteral("jun"),
        QStringLiteral("jul"),
        QStringLiteral("aug"),
        QStringLiteral("sep"),
        QStringLiteral("sept"),
        QStringLiteral("oct"),
        QStringLiteral("nov"),
        QStringLiteral("dec"),
        QStringLiteral("approx"),
        QStringLiteral("est"),
        QStringLiteral("fig"),
        QStringLiteral("ca"),
        QStringLiteral("rev"),
        QStringLiteral("hon"),
        QStringLiteral("pres"),
        QStringLiteral("supt"),
        QStringLiteral("insp"),
        QStringLiteral("brig"),
        QStringLiteral("cpl"),
        QStringLiteral("pte"),
        QStringLiteral("ft"),
        QStringLiteral("op"),
        QStringLiteral("cf"),
        QStringLiteral("al"),
        QStringLiteral("e.g"),
        QStringLiteral("i.e"),
        QStringLiteral("etc"),
    };
    return words;
}

const QSet<QString> &sentenceStarters()
{
    // Words that usually begin a sentence: after "U.S." they mean the acronym ended the sentence.
    static const QSet<QString> words = {
        QStringLiteral("the"),
        QStringLiteral("a"),
        QStringLiteral("an"),
        QStringLiteral("it"),
        QStringLiteral("he"),
        QStringLiteral("she"),
        QStringLiteral("they"),
        QStringLiteral("we"),
        QStringLiteral("i"),
        QStringLiteral("but"),
        QStringLiteral("and"),
        QStringLiteral("this"),
        QStringLiteral("that"),
        QStringLiteral("these"),
        QStringLiteral("those"),
        QStringLiteral("in"),
        QStringLiteral("on"),
        QStringLiteral("at"),
        QStringLiteral("however"),
        QStringLiteral("meanwhile"),
        QStringLiteral("still"),
        QStringLiteral("yet"),
        QStringLiteral("so"),
        QStringLiteral("there"),
        QStringLiteral("its"),
        QStringLiteral("his"),
        QStringLiteral("her"),
        QStringLiteral("their"),
        QStringLiteral("our"),
        QStringLiteral("after"),
        QStringLiteral("before"),
        QStringLiteral("when"),
        QStringLiteral("while"),
        QStringLiteral("if"),
        QStringLiteral("as"),
        QStringLiteral("for"),
        QStringLiteral("officials"),
        QStringLiteral("last"),
        QStringLiteral("since"),
        QStringLiteral("many"),
        QStringLiteral("some"),
        QStringLiteral("both"),
        QStringLiteral("what"),
        QStringLiteral("why"),
        QStringLiteral("how"),
    };
    return words;
}

/// The word that ends just before \a pos (letters and inner dots, as in "U.S").
QStringView wordBefore(QStringView text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && (text[start - 1].isLetter() || (text[start - 1] == u'.' && start > 1 && text[start - 2].isLetter())))
        --start;
    return text.mid(start, pos - start);
}

QStringView wordAt(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && text[end].isLetter())
        ++end;
    return text.mid(pos, end - pos);
}

/// True when a full stop at \a dot (followed by space and \a next) does not end the sentence.
bool dotContinues(QStringView text, qsizetype dot, qsizetype next)
{
    const QStringView before = wordBefore(text, dot);
    if (before.isEmpty())
        return false;
    const QString lower = before.toString().toLower();
    if (abbreviations().contains(lower)) {
        // "etc." and "No." end sentences only before a sentence-like start; titles never do.
        if (lower == u"etc" || lower == u"no")
            return !sentenceStarters().contains(wordAt(text, next).toString().toLower());
        return true;
    }
    const bool initial = before.size() == 1 && before[0].isUpper();
    const bool dottedAcronym = before.size() >= 3 && before.contains(u'.');
    if (initial || dottedAcronym) {
        const QStringView after = wordAt(text, next);
        if (after.isEmpty() || !after[0].isUpper())
            return true;
        // "J. Smith", "U.S. President": continue; "in the U.S. The ...": a new sentence.
        if (initial && before[0] != u'I' && before[0] != u'A')
            return !sentenceStarters().contains(after.toString().toLower()) || (dot >= 2 && text[dot - 2] == u'.');
        return !sentenceStarters().contains(after.toString().toLower());
    }
    return false;
}

} // namespace

QList<TextSpan> SentenceSplitter::split(QStringView text)
{
    QList<TextSpan> sentences;
    const qsizetype n = text.size();

    // Splits one line; returns false when a quotation it tracked was left open, so the caller can split again
    // without trusting those quote marks (a quote running on into the next paragraph, a stray apostrophe).
    auto splitLine = [&](qsizetype lineStart, qsizetype lineEnd, bool trackDouble, bool trackSingle, QList<TextSpan> &out) {
        auto add = [&](qsizetype start, qsizetype end) {
            while (start < end && text[start].isSpace())
                ++start;
            while (end > start && text[end - 1].isSpace())
                --end;
            if (end > start)
                out.append({int(start), int(end)});
        };
        qsizetype sentenceStart = lineStart;
        bool inDouble = false; // “...” or "..."
        bool inSingle = false; // ‘...’ or '...' used as quotation marks
        bool unbalanced = false;
        for (qsizetype i = lineStart; i < lineEnd; ++i) {
            const QChar c = text[i];
            const QChar prev = i > lineStart ? text[i - 1] : QChar(u' ');
            const QChar next = i + 1 < lineEnd ? text[i + 1] : QChar(u' ');
            if (trackDouble && (c == u'\u201C' || c == u'\u00AB')) {
                if (inDouble)
                    unbalanced = true;
                inDouble = true;
                continue;
            }
            if (trackDouble && (c == u'\u201D' || c == u'\u00BB')) {
                inDouble = false;
                continue;
            }
            if (trackDouble && c == u'"') {
                inDouble = prev.isSpace() || prev == u'(' || prev == u'[' || prev == u'\u2014' || prev == u'\u2013' || i == lineStart;
                continue;
            }
            if (trackSingle && (c == u'\u2018' || (c == u'\'' && (prev.isSpace() || i == lineStart || prev == u'(')))) {
                if (next.isLetter() || next == u'\u2026')
                    inSingle = true;
                continue;
            }
            if (trackSingle && (c == u'\u2019' || c == u'\'') && inSingle) {
                // An apostrophe inside a word ("didn’t") is no closing mark.
                if (!next.isLetter())
                    inSingle = false;
                continue;
            }
            const bool terminator = c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
            if (!terminator)
                continue;
            // Runs of terminators ("?!", "...") end together.
            qsizetype j = i + 1;
            while (j < lineEnd && (text[j] == u'.' || text[j] == u'!' || text[j] == u'?' || text[j] == u'\u2026'))
                ++j;
            // Closing quotes and brackets belong to the sentence they close.
            bool closedQuote = false;
            while (j < lineEnd && isClosingMark(text[j])) {
                if (trackDouble && (text[j] == u'\u201D' || text[j] == u'"' || text[j] == u'\u00BB')) {
                    closedQuote = closedQuote || inDouble;
                    inDouble = false;
                }
                if (trackSingle && (text[j] == u'\u2019' || text[j] == u'\'') && inSingle) {
                    closedQuote = true;
                    inSingle = false;
                }
                ++j;
            }
            if (j >= lineEnd)
                break; // the line ends the sentence anyway
            if (!text[j].isSpace()) {
                i = j - 1;
                continue; // "1.5", "U.S", "example.com"
            }
            qsizetype k = j;
            while (k < lineEnd && text[k].isSpace())
                ++k;
            if (k >= lineEnd)
                break;
            const QChar start = text[k];
            const bool startsSentence = start.isUpper() || start.isDigit() || isOpeningQuote(start) || start == u'\u2014';
            if (!startsSentence) {
                i = j - 1;
                continue;
            }
            if (c == u'.' && j == i + 1 && dotContinues(text, i, k)) {
                i = j - 1;
                continue;
            }
            // Inside a quotation that goes on, the sentence goes on: the quote and its attribution stay together.
            if ((inDouble || inSingle) && !closedQuote) {
                i = j - 1;
                continue;
            }
            add(sentenceStart, j);
            sentenceStart = j;
            i = j - 1;
        }
        add(sentenceStart, lineEnd);
        return !(unbalanced || inDouble || inSingle);
    };

    qsizetype lineStart = 0;
    while (lineStart < n) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < n && !isLineBreak(text[lineEnd]))
            ++lineEnd;
        QList<TextSpan> line;
        if (!splitLine(lineStart, lineEnd, true, true, line)) {
            line.clear();
            if (!splitLine(lineStart, lineEnd, true, false, line)) {
                line.clear();
                splitLine(lineStart, lineEnd, false, false, line);
            }
        }
        sentences.append(line);
        lineStart = lineEnd + 1;
    }
    return sentences;
}

} // namespace Gloss::Suggest
