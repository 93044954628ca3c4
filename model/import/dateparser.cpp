#include "dateparser.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace Gloss
{

namespace
{
struct ZoneName {
    const char *name;
    int offsetMinutes;
};

// Only abbreviations that mean one thing in English-language news; others are ignored (local time).
constexpr ZoneName ZoneNames[] = {
    {"utc", 0},
    {"gmt", 0},
    {"z", 0},
    {"est", -5 * 60},
    {"edt", -4 * 60},
    {"cst", -6 * 60},
    {"cdt", -5 * 60},
    {"mst", -7 * 60},
    {"mdt", -6 * 60},
    {"pst", -8 * 60},
    {"pdt", -7 * 60},
    {"bst", 60},
    {"cet", 60},
    {"cest", 120},
    {"eet", 120},
    {"eest", 180},
    {"msk", 180},
    {"jst", 540},
    {"kst", 540},
    {"aest", 600},
    {"aedt", 660},
};

constexpr const char *MonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

int monthNumber(QStringView name)
{
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(MonthNames[i]))
            return i + 1;
    }
    return 0;
}

const QString &pieceMonth()
{
    static const QString s = QStringLiteral("(?<month>january|february|march|april|may|june|july|august|september|october|november|december"
                                            "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?");
    return s;
}

const QString &pieceTime()
{
    // "10:30", "10.30", "10:30:15", "10:30 AM", "10:30 a.m.", optionally followed by a zone.
    static const QString s = QStringLiteral("(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::(?<second>\\d{2}))?\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?)?"
                                            "(?:\\s*\\(?(?<zone>utc|gmt|z|[a-z]{2,4}t|[+-]\\d{2}:?\\d{2})\\)?)?");
    return s;
}

QString withSuffix(QString pattern, const QString &suffix)
{
    // A pattern piece used twice needs its group names made unique: "(?<hour>" becomes "(?<hour1>".
    return pattern.replace(QStringLiteral(">"), suffix + QStringLiteral(">"));
}

const QRegularExpression &humanDateExpression()
{
    static const QRegularExpression expression = [] {
        const QString prefix = QStringLiteral("(?:(?:published|posted|updated|last updated|first published|date)(?:\\s+on)?\\s*:?\\s*)?");
        const QString leadingTime = QStringLiteral("(?:") + withSuffix(pieceTime(), QStringLiteral("1")) + QStringLiteral("\\s*[,|]?\\s*)?");
        const QString weekday
            = QStringLiteral("(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?\\s+)?");
        const QString day = QStringLiteral("(?<day%1>\\d{1,2})(?:st|nd|rd|th)?");
        const QString year = QStringLiteral("(?<year%1>(?:19|20)\\d{2})");
        const QString monthFirst = withSuffix(pieceMonth(), QStringLiteral("A")) + QStringLiteral("\\s+") + day.arg(QLatin1Char('A')) + QStringLiteral(",?\\s+")
            + year.arg(QLatin1Char('A'));
        const QString dayFirst = day.arg(QLatin1Char('B')) + QStringLiteral("\\s+(?:of\\s+)?") + withSuffix(pieceMonth(), QStringLiteral("B"))
            + QStringLiteral(",?\\s+") + year.arg(QLatin1Char('B'));
        const QString yearFirst = QStringLiteral("(?<yearC>(?:19|20)\\d{2})[-/.](?<monthC>\\d{1,2})[-/.](?<dayC>\\d{1,2})");
        const QString trailingTime = QStringLiteral("(?:\\s*(?:,|at|-|\\x{2013}|\\x{2014}|\\||\\x{00B7}|T)?\\s*") + withSuffix(pieceTime(), QStringLiteral("2"))
            + QStringLiteral(")?");
        return QRegularExpression(QStringLiteral("^\\s*") + prefix + leadingTime + weekday + QStringLiteral("(?:") + monthFirst + QLatin1Char('|') + dayFirst
                + QLatin1Char('|') + yearFirst + QStringLiteral(")") + trailingTime + QStringLiteral("\\s*$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    }();
    return expression;
}

int zoneOffsetMinutes(QStringView zone, bool *known)
{
    *known = false;
    if (zone.isEmpty())
        return 0;
    if (zone.front() == QLatin1Char('+') || zone.front() == QLatin1Char('-')) {
        const QString digits = zone.mid(1).toString().remove(QLatin1Char(':'));
        if (digits.size() != 4)
            return 0;
        const int minutes = digits.left(2).toInt() * 60 + digits.mid(2).toInt();
        *known = true;
        return zone.front() == QLatin1Char('-') ? -minutes : minutes;
    }
    const QString lower = zone.toString().toLower();
    for (const ZoneName &name : ZoneNames) {
        if (lower == QLatin1String(name.name)) {
            *known = true;
            return name.offsetMinutes;
        }
    }
    return 0;
}

// Written out by hand: the zone is only a label here, no conversion is wanted.
QString isoDateTime(const QDate &date, const QTime &time, bool zoneKnown, int offsetMinutes)
{
    QString iso = date.toString(Qt::ISODate);
    if (!time.isValid())
        return iso;
    iso += QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
    if (!zoneKnown)
        return iso;
    if (offsetMinutes == 0)
        return iso + QLatin1Char('Z');
    const int minutes = std::abs(offsetMinutes);
    return iso + QLatin1Char(offsetMinutes < 0 ? '-' : '+')
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString groupName(const char *name, const char *suffix)
{
    return QLatin1String(name) + QLatin1String(suffix);
}

QString fromMatch(const QRegularExpressionMatch &match)
{
    auto captured = [&match](const char *name) {
        for (const char *suffix : {"A", "B", "C"}) {
            const QStringView value = match.capturedView(groupName(name, suffix));
            if (!value.isEmpty())
                return value;
        }
        return QStringView();
    };
    const int year = captured("year").toInt();
    const QStringView monthText = captured("month");
    int month = monthText.isEmpty() ? 0 : monthText.front().isDigit() ? monthText.toInt() : monthNumber(monthText);
    const int day = captured("day").toInt();
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};

    QTime time;
    bool zoneKnown = false;
    int offset = 0;
    for (const char *suffix : {"2", "1"}) {
        const QStringView hourText = match.capturedView(groupName("hour", suffix));
        if (hourText.isEmpty())
            continue;
        int hour = hourText.toInt();
        const int minute = match.capturedView(groupName("minute", suffix)).toInt();
        const int second = match.capturedView(groupName("second", suffix)).toInt();
        const QStringView ampm = match.capturedView(groupName("ampm", suffix));
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12)
                return {};
            const bool pm = ampm.front().toLower() == QLatin1Char('p');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        time = QTime(hour, minute, second);
        if (!time.isValid())
            return {};
        offset = zoneOffsetMinutes(match.capturedView(groupName("zone", suffix)), &zoneKnown);
        break;
    }
    return isoDateTime(date, time, zoneKnown, offset);
}
} // namespace

QString DateParser::fromLine(QStringView line)
{
    // Cheap checks first: this runs on the first lines of every imported article.
    if (line.size() > 100 || line.size() < 8)
        return {};
    if (std::none_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    const QRegularExpressionMatch match = humanDateExpression().match(line.toString());
    if (!match.hasMatch())
        return {};
    return fromMatch(match);
}

QString DateParser::normalise(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    if (trimmed.size() > 10 && trimmed.at(4) == QLatin1Char('-') && (trimmed.at(10) == QLatin1Char('T') || trimmed.at(10) == QLatin1Char(' '))) {
        QString iso = trimmed;
        iso[10] = QLatin1Char('T');
        const QDateTime dateTime = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (dateTime.isValid())
            return dateTime.toString(Qt::ISODate);
    }
    const QDateTime rfc = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.toString(Qt::ISODate);
    return fromLine(trimmed);
}

} // namespace Gloss
