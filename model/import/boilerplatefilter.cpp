#include "boilerplatefilter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Gloss
{

namespace
{
QStringList entriesOf(const QString &text)
{
    QStringList result;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        result.append(trimmed.toString());
    }
    return result;
}

// The list is read once per process; every filter copies the parsed entries.
const QStringList &builtInList()
{
    static const QStringList lines = [] {
        QFile file(QStringLiteral(":/gloss/data/boilerplate.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return QStringList();
        return entriesOf(QString::fromUtf8(file.readAll()));
    }();
    return lines;
}
} // namespace

std::optional<QStringList> BoilerplateFilter::readList(const QString &path, Messages *messages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        messages->append(Message::error(path, QStringLiteral("cannot read the boilerplate list: ") + file.errorString()));
        return std::nullopt;
    }
    return entriesOf(QString::fromUtf8(file.readAll()));
}

QString BoilerplateFilter::userListPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("boilerplate.txt"));
}

BoilerplateFilter::BoilerplateFilter(const QStringList &extraLines)
{
    for (const QString &line : builtInList())
        add(line);
    for (const QString &line : extraLines)
        add(line);
}

void BoilerplateFilter::add(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    m_lines.insert(trimmed.toString().toCaseFolded());
    m_longest = std::max(m_longest, trimmed.size());
}

bool BoilerplateFilter::matches(QStringView line) const
{
    const QStringView trimmed = line.trimmed();
    // Most lines of an article are paragraphs far longer than any entry: no allocation for them.
    if (trimmed.isEmpty() || trimmed.size() > m_longest)
        return false;
    return m_lines.contains(trimmed.toString().toCaseFolded());
}

QStringList BoilerplateFilter::builtInLines()
{
    return builtInList();
}

} // namespace Gloss
