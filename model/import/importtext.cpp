#include "importtext.h"

#include <algorithm>

namespace Gloss::ImportText
{

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

QStringView trimBlankLines(QStringView text)
{
    // Leading: drop whole lines that are blank, keep the indentation of the first real line.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        if (!isBlank(text.sliced(start, end - start)))
            break;
        start = end + 1;
    }
    if (start >= text.size())
        return {};
    // Trailing: cut after the last character that is not white space (trailing spaces of the last
    // line belong to no paragraph).
    qsizetype last = text.size() - 1;
    while (last >= start && text.at(last).isSpace())
        --last;
    return text.sliced(start, last + 1 - start);
}

QString fallbackTitle(QStringView text, qsizetype maxLength)
{
    const QStringView trimmed = trimBlankLines(text);
    qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    const QString line = simplified(end < 0 ? trimmed : trimmed.left(end));
    if (line.size() <= maxLength)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), maxLength - 1);
    if (cut < maxLength / 2)
        cut = maxLength - 1;
    return line.left(cut) + QChar(0x2026);
}

bool isUrl(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) && !trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return false;
    return trimmed.size() > 10 && std::none_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); });
}

QString simplified(QStringView text)
{
    return text.toString().simplified();
}

} // namespace Gloss::ImportText
