#include "plaintextparser.h"

#include "boilerplatefilter.h"
#include "dateparser.h"
#include "importtext.h"
#include "markdowntext.h"

#include <QRegularExpression>
#include <QSet>

namespace Gloss
{

namespace
{
// Header lines are short; longer lines are never run through the expressions below.
constexpr qsizetype MaxHeaderFieldLine = 200;

const QRegularExpression &bylinePrefix()
{
    static const QRegularExpression expression(QStringLiteral("^\\s*(?:(?:written|words|story|reporting|text)\\s+)?by\\s+(?<names>\\S.*?)\\s*$"
                                                              "|^\\s*(?:authors?|byline)\\s*:\\s*(?<labelled>\\S.*?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

const QRegularExpression &outletLine()
{
    static const QRegularExpression expression(QStringLiteral("^\\s*(?:source|outlet|publisher|published by|publication)\\s*:\\s*(?<value>\\S.{0,99}?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

const QRegularExpression &labelledUrlLine()
{
    static const QRegularExpression expression(
        QStringLiteral("^\\s*(?:url|link|original url|original link|source url|canonical)\\s*:\\s*(?<value>https?://\\S+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

const QRegularExpression &speakerLine()
{
    static const QRegularExpression expression(
        QStringLiteral("^\\s*(?<name>\\p{Lu}[\\p{Lu}'\\x{2019}.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'\\x{2019}.\\-]*){1,3})\\s*:\\s+\\S"),
        QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

// Parts of a byline line: "By Jane Doe | June 8, 2024" -> "By Jane Doe", "June 8, 2024".
const QRegularExpression &bylineSeparator()
{
    static const QRegularExpression expression(QStringLiteral("\\s+(?:\\||\\x{2022}|\\x{00B7}|\\x{2014}|\\x{2013}|-)\\s+"));
    return expression;
}

bool isNameConnector(QStringView word)
{
    static const QSet<QString> connectors = {
        QStringLiteral("and"),
        QStringLiteral("&"),
        QStringLiteral("de"),
        QStringLiteral("del"),
        QStringLiteral("della"),
        QStringLiteral("der"),
        QStringLiteral("den"),
        QStringLiteral("van"),
        QStringLiteral("von"),
        QStringLiteral("da"),
        QStringLiteral("di"),
        QStringLiteral("du"),
        QStringLiteral("la"),
        QStringLiteral("le"),
        QStringLiteral("al"),
        QStringLiteral("el"),
        QStringLiteral("bin"),
        QStringLiteral("ibn"),
        QStringLiteral("y"),
        QStringLiteral("e"),
        QStringLiteral("of"),
        QStringLiteral("the"),
    };
    return connectors.contains(word.toString());
}

// "Jane Doe and John Roe", "JANE DOE", "Editor", "María José de la Cruz": words that start with a
// letter that is not lower case (scripts without case count), joined by commas or connectors.
bool looksLikeNames(QStringView names)
{
    if (names.isEmpty() || names.size() > 120)
        return false;
    if (names.contains(QLatin1Char('?')) || names.contains(QLatin1Char('!')) || names.contains(QLatin1Char(';')) || names.contains(QLatin1Char('"')))
        return false;
    int words = 0;
    bool hasName = false;
    for (QStringView word : names.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && (word.back() == QLatin1Char(',') || word.back() == QLatin1Char(':')))
            word.chop(1);
        if (word.isEmpty())
            continue;
        if (++words > 12)
            return false;
        if (isNameConnector(word))
            continue;
        const QChar first = word.front();
        if (!first.isLetter() || first.isLower())
            return false;
        hasName = true;
    }
    return hasName;
}

bool isSpeakerStopWord(QStringView word)
{
    static const QSet<QString> words = {
        QStringLiteral("BREAKING"),
        QStringLiteral("NEWS"),
        QStringLiteral("LIVE"),
        QStringLiteral("UPDATE"),
        QStringLiteral("UPDATES"),
        QStringLiteral("UPDATED"),
        QStringLiteral("EDITOR'S"),
        QStringLiteral("EDITOR\u2019S"),
        QStringLiteral("NOTE"),
        QStringLiteral("WATCH"),
        QStringLiteral("EXCLUSIVE"),
        QStringLiteral("OPINION"),
        QStringLiteral("ANALYSIS"),
        QStringLiteral("FACT"),
        QStringLiteral("CHECK"),
        QStringLiteral("READ"),
        QStringLiteral("MORE"),
        QStringLiteral("PHOTOS"),
        QStringLiteral("PHOTO"),
        QStringLiteral("VIDEO"),
        QStringLiteral("RELATED"),
        QStringLiteral("KEY"),
        QStringLiteral("POINTS"),
        QStringLiteral("TAKEAWAYS"),
        QStringLiteral("SPONSORED"),
        QStringLiteral("CORRECTION"),
        QStringLiteral("CLARIFICATION"),
        QStringLiteral("WARNING"),
        QStringLiteral("REVIEW"),
        QStringLiteral("EDITORIAL"),
        QStringLiteral("INTERVIEW"),
        QStringLiteral("TRANSCRIPT"),
        QStringLiteral("SUMMARY"),
        QStringLiteral("BACKGROUND"),
        QStringLiteral("CONTEXT"),
        QStringLiteral("THE"),
        QStringLiteral("A"),
        QStringLiteral("AN"),
        QStringLiteral("OF"),
        QStringLiteral("IN"),
        QStringLiteral("ON"),
        QStringLiteral("FOR"),
        QStringLiteral("TO"),
        QStringLiteral("AND"),
        QStringLiteral("WHAT"),
        QStringLiteral("WHY"),
        QStringLiteral("HOW"),
        QStringLiteral("WHO"),
        QStringLiteral("WHEN"),
        QStringLiteral("WHERE"),
        QStringLiteral("FULL"),
        QStringLiteral("TEXT"),
        QStringLiteral("STATEMENT"),
        QStringLiteral("PRESS"),
        QStringLiteral("RELEASE"),
    };
    return words.contains(word.toString());
}

struct Line {
    QStringView text;
    bool markup = false; ///< a Markdown line that was markup only
};
} // namespace

PlainTextParser::PlainTextParser(const BoilerplateFilter &boilerplate) : m_boilerplate(boilerplate)
{
}

QString PlainTextParser::bylineFromLine(QStringView line)
{
    if (line.size() > MaxHeaderFieldLine || line.trimmed().size() < 4)
        return {};
    const QChar first = line.trimmed().front().toLower();
    if (first != QLatin1Char('b') && first != QLatin1Char('a') && first != QLatin1Char('w') && first != QLatin1Char('s') && first != QLatin1Char('r')
        && first != QLatin1Char('t'))
        return {};
    const QString text = line.toString();
    const QRegularExpressionMatch match = bylinePrefix().match(text);
    if (!match.hasMatch())
        return {};
    QStringView names = match.capturedView(QStringLiteral("names"));
    if (names.isEmpty())
        names = match.capturedView(QStringLiteral("labelled"));
    const QRegularExpressionMatch separator = bylineSeparator().match(names);
    if (separator.hasMatch())
        names = names.left(separator.capturedStart());
    names = names.trimmed();
    if (names.endsWith(QLatin1Char(',')))
        names.chop(1);
    if (!looksLikeNames(names))
        return {};
    return ImportText::simplified(names);
}

QString PlainTextParser::speakerFromLine(QStringView line)
{
    // Cheap checks before the expression: an upper-case letter first and a colon early on.
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || !trimmed.front().isUpper())
        return {};
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon < 3 || colon > 60)
        return {};
    const QRegularExpressionMatch match = speakerLine().match(trimmed.toString());
    if (!match.hasMatch())
        return {};
    const QStringView name = match.capturedView(QStringLiteral("name"));
    for (const QStringView word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (isSpeakerStopWord(word))
            return {};
    }
    return ImportText::simplified(name);
}

std::optional<Article> PlainTextParser::parse(const QString &text, Flavour flavour, QString *error) const
{
    Article article;
    QList<Line> lines;
    QStringList markdownLines; // owns the lines' text for Markdown
    MarkdownText::FrontMatter frontMatter;
    if (flavour == Flavour::Markdown) {
        const QStringView body = MarkdownText::takeFrontMatter(text, &frontMatter);
        markdownLines = MarkdownText::plainLines(body);
        lines.reserve(markdownLines.size());
        for (const QString &line : std::as_const(markdownLines))
            lines.append({line, line.isNull()});
        article.title = ImportText::simplified(frontMatter.title);
        article.url = frontMatter.url;
        article.outlet = ImportText::simplified(frontMatter.outlet);
        article.byline = ImportText::simplified(frontMatter.byline);
        article.published = DateParser::normalise(frontMatter.published);
        article.language = frontMatter.language;
    } else {
        lines.reserve(text.size() / 64 + 1);
        for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n')))
            lines.append({line, false});
    }

    // The head: headline, date, byline, source and URL lines, in any order.
    bool hasHeadline = !article.title.isEmpty();
    bool titleRepeatChecked = false;
    qsizetype headlineIndex = -1;
    qsizetype index = 0;
    int seen = 0;
    for (; index < lines.size() && seen < HeaderLines; ++index) {
        const QStringView line = lines.at(index).text;
        if (lines.at(index).markup || ImportText::isBlank(line))
            continue;
        ++seen;
        if (m_boilerplate.matches(line))
            continue;
        if (line.size() <= MaxHeaderFieldLine) {
            const QString date = DateParser::fromLine(line);
            if (!date.isEmpty()) {
                if (article.published.isEmpty())
                    article.published = date;
                continue;
            }
            const QString byline = bylineFromLine(line);
            if (!byline.isEmpty()) {
                if (article.byline.isEmpty())
                    article.byline = byline;
                // "By Jane Doe | June 8, 2024": the date after the names.
                const QString lineText = line.toString();
                const QList<QStringView> parts = QStringView(lineText).split(bylineSeparator());
                for (qsizetype p = 1; p < parts.size() && article.published.isEmpty(); ++p)
                    article.published = DateParser::fromLine(parts.at(p));
                continue;
            }
            if (ImportText::isUrl(line)) {
                if (article.url.isEmpty())
                    article.url = line.trimmed().toString();
                continue;
            }
            const QChar first = line.trimmed().front().toLower();
            if (first == QLatin1Char('s') || first == QLatin1Char('o') || first == QLatin1Char('p')) {
                const QRegularExpressionMatch outlet = outletLine().match(line.toString());
                if (outlet.hasMatch()) {
                    const QStringView value = outlet.capturedView(QStringLiteral("value"));
                    if (ImportText::isUrl(value)) {
                        if (article.url.isEmpty())
                            article.url = value.toString();
                    } else if (article.outlet.isEmpty()) {
                        article.outlet = ImportText::simplified(value);
                    }
                    continue;
                }
            }
            if (first == QLatin1Char('u') || first == QLatin1Char('l') || first == QLatin1Char('o') || first == QLatin1Char('s') || first == QLatin1Char('c')) {
                const QRegularExpressionMatch url = labelledUrlLine().match(line.toString());
                if (url.hasMatch()) {
                    if (article.url.isEmpty())
                        article.url = url.captured(QStringLiteral("value"));
                    continue;
                }
            }
        }
        if (!hasHeadline) {
            if (line.trimmed().size() > MaxHeadlineLength)
                break;
            article.title = ImportText::simplified(line);
            headlineIndex = index;
            hasHeadline = true;
            titleRepeatChecked = true;
            continue;
        }
        // Front matter named the title and the document repeats it as its first line.
        if (!titleRepeatChecked) {
            titleRepeatChecked = true;
            if (ImportText::simplified(line).compare(article.title, Qt::CaseInsensitive) == 0)
                continue;
        }
        break;
    }

    // The body: everything else, without boilerplate.
    QList<QStringView> kept;
    kept.reserve(lines.size() - index);
    bool afterDrop = false;
    for (; index < lines.size(); ++index) {
        const Line &line = lines.at(index);
        if (line.markup || m_boilerplate.matches(line.text)) {
            afterDrop = true;
            continue;
        }
        if (ImportText::isBlank(line.text)) {
            // One blank line separated the dropped line from the paragraph before: not two.
            if (afterDrop && (kept.isEmpty() || ImportText::isBlank(kept.constLast())))
                continue;
        } else {
            afterDrop = false;
        }
        kept.append(line.text);
    }
    while (!kept.isEmpty() && ImportText::isBlank(kept.constLast()))
        kept.removeLast();
    qsizetype first = 0;
    while (first < kept.size() && ImportText::isBlank(kept.at(first)))
        ++first;

    if (first < kept.size()) {
        // A closing "By NAME" line.
        const QStringView last = kept.constLast();
        if (last.size() <= 80) {
            const QString byline = bylineFromLine(last);
            if (!byline.isEmpty() && (article.byline.isEmpty() || article.byline == byline)) {
                article.byline = byline;
                kept.removeLast();
                while (!kept.isEmpty() && ImportText::isBlank(kept.constLast()))
                    kept.removeLast();
            }
        }
    }
    if (first < kept.size() && article.byline.isEmpty())
        article.byline = speakerFromLine(kept.at(first));

    qsizetype size = 0;
    for (qsizetype i = first; i < kept.size(); ++i)
        size += kept.at(i).size() + 1;
    QString body;
    body.reserve(size);
    for (qsizetype i = first; i < kept.size(); ++i) {
        if (i > first)
            body += QLatin1Char('\n');
        body += kept.at(i);
    }
    const QStringView trimmedBody = ImportText::trimBlankLines(body);
    article.text = trimmedBody.size() == body.size() ? body : trimmedBody.toString();
    // A note of one line: the line is its title and its text.
    if (article.text.isEmpty() && headlineIndex >= 0 && lines.at(headlineIndex).text.trimmed().size() > 0)
        article.text = lines.at(headlineIndex).text.trimmed().toString();
    if (article.text.isEmpty()) {
        *error = QStringLiteral("has no article text");
        return std::nullopt;
    }
    if (article.title.isEmpty())
        article.title = ImportText::fallbackTitle(article.text);
    return article;
}

} // namespace Gloss
