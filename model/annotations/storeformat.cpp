#include "storeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gloss::StoreFormat
{

QString spansToText(const Spans &spans)
{
    QString text;
    text.reserve(spans.size() * 12);
    for (const Span &span : spans) {
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += QString::number(span.start) + QLatin1Char('-') + QString::number(span.end);
    }
    return text;
}

std::optional<Spans> spansFromText(const QString &text)
{
    Spans spans;
    // Hand-parsed: loading a corpus reads this for every annotation.
    const QChar *c = text.constData();
    const QChar *end = c + text.size();
    while (c < end) {
        int numbers[2] = {0, 0};
        for (int n = 0; n < 2; ++n) {
            const QChar *digits = c;
            while (c < end && c->isDigit() && c->unicode() < 128)
                numbers[n] = numbers[n] * 10 + (c++->unicode() - u'0');
            if (c == digits)
                return std::nullopt;
            if (n == 0) {
                if (c == end || *c != QLatin1Char('-'))
                    return std::nullopt;
                ++c;
            }
        }
        spans.append(Span{numbers[0], numbers[1]});
        if (c < end) {
            if (*c != QLatin1Char(';'))
                return std::nullopt;
            ++c;
        }
    }
    return spans;
}

// Hand-written for the one format Gloss writes: loading and saving 10,000 annotations formats and
// parses 20,000 of these, and QDateTime's generic ISO code dominated that.
QString timeToText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        out += digits;
    };
    const auto sign = [&out](char16_t c) { *out++ = QChar(c); };
    put(date.year(), 4);
    sign(u'-');
    put(date.month(), 2);
    sign(u'-');
    put(date.day(), 2);
    sign(u'T');
    put(clock.hour(), 2);
    sign(u':');
    put(clock.minute(), 2);
    sign(u':');
    put(clock.second(), 2);
    sign(u'.');
    put(clock.msec(), 3);
    sign(u'Z');
    return text;
}

QDateTime timeFromText(const QString &text)
{
    // "yyyy-MM-ddTHH:mm:ss.zzzZ" fast; anything else through QDateTime's parser.
    if (text.size() == 24 && text.at(23) == QLatin1Char('Z')) {
        const QChar *c = text.constData();
        bool ok = true;
        const auto number = [&](int from, int digits) {
            int value = 0;
            for (int i = from; i < from + digits; ++i) {
                const char16_t d = c[i].unicode();
                if (d < u'0' || d > u'9')
                    ok = false;
                value = value * 10 + (d - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime clock(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (ok && date.isValid() && clock.isValid() && c[4] == u'-' && c[7] == u'-' && c[10] == u'T' && c[13] == u':' && c[16] == u':' && c[19] == u'.')
            return QDateTime(date, clock, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString mapToJson(const QVariantMap &map)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap mapFromJson(const QString &json)
{
    if (json.isEmpty() || json == QLatin1String("{}"))
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

} // namespace Gloss::StoreFormat
