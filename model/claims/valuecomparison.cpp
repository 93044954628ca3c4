#include "valuecomparison.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace Gloss
{

namespace
{
struct Interval {
    double low = 0;
    double high = 0;
};

// Spellings of one unit, with the factor to the canonical one.
const QHash<QString, ValueComparison::Unit> &unitTable()
{
    static const QHash<QString, ValueComparison::Unit> table = [] {
        QHash<QString, ValueComparison::Unit> units;
        const auto add = [&units](const QString &canonical, double factor, const QStringList &spellings) {
            for (const QString &spelling : spellings)
                units.insert(spelling, {canonical, factor});
        };
        add(QStringLiteral("usd"), 1,
            {QStringLiteral("$"), QStringLiteral("usd"), QStringLiteral("us$"), QStringLiteral("dollar"), QStringLiteral("us dollar")});
        add(QStringLiteral("eur"), 1, {QStringLiteral("€"), QStringLiteral("eur"), QStringLiteral("euro")});
        add(QStringLiteral("gbp"), 1, {QStringLiteral("£"), QStringLiteral("gbp"), QStringLiteral("pound sterling")});
        add(QStringLiteral("%"), 1, {QStringLiteral("%"), QStringLiteral("percent"), QStringLiteral("per cent"), QStringLiteral("pct")});
        add(QStringLiteral("person"), 1, {QStringLiteral("person"), QStringLiteral("people"), QStringLiteral("persons")});
        add(QStringLiteral("m"), 1, {QStringLiteral("m"), QStringLiteral("metre"), QStringLiteral("meter")});
        add(QStringLiteral("m"), 1000, {QStringLiteral("km"), QStringLiteral("kilometre"), QStringLiteral("kilometer")});
        add(QStringLiteral("m"), 0.01, {QStringLiteral("cm"), QStringLiteral("centimetre"), QStringLiteral("centimeter")});
        add(QStringLiteral("kg"), 1, {QStringLiteral("kg"), QStringLiteral("kilogram"), QStringLiteral("kilo")});
        add(QStringLiteral("kg"), 0.001, {QStringLiteral("g"), QStringLiteral("gram")});
        add(QStringLiteral("kg"), 1000, {QStringLiteral("t"), QStringLiteral("tonne"), QStringLiteral("metric ton")});
        return units;
    }();
    return table;
}

QString singular(const QString &word)
{
    if (word.size() > 3 && word.endsWith(QLatin1String("ies")))
        return word.left(word.size() - 3) + QLatin1Char('y');
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

Interval intervalOf(const NormalisedValue &value, double factor, double tolerance)
{
    Interval interval{value.value * factor, (value.type == NormalisedValue::Type::Range ? value.high : value.value) * factor};
    if (interval.low > interval.high)
        std::swap(interval.low, interval.high);
    if (value.approximate) {
        interval.low -= std::abs(interval.low) * tolerance;
        interval.high += std::abs(interval.high) * tolerance;
    }
    return interval;
}

// Reduced ISO 8601 ("2024", "2024-06", "2024-06-08", "2024-06-08T10:00Z"): agree when one is a prefix
// of the other at a component boundary.
bool datesAgree(const QString &a, const QString &b)
{
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    if (shorter.isEmpty() || !longer.startsWith(shorter))
        return false;
    if (longer.size() == shorter.size())
        return true;
    const QChar next = longer.at(shorter.size());
    return next == QLatin1Char('-') || next == QLatin1Char('T') || next == QLatin1Char(' ') || next == QLatin1Char(':');
}
} // namespace

ValueComparison::Unit ValueComparison::normalisedUnit(const QString &unit)
{
    const QString key = unit.simplified().toLower();
    if (key.isEmpty())
        return {};
    const QHash<QString, Unit> &table = unitTable();
    if (const auto it = table.constFind(key); it != table.cend())
        return *it;
    const QString one = singular(key);
    if (const auto it = table.constFind(one); it != table.cend())
        return *it;
    return {one, 1};
}

QString ValueComparison::figureKey(const NormalisedValue &value)
{
    switch (value.type) {
    case NormalisedValue::Type::None:
        return {};
    case NormalisedValue::Type::Date:
        return QStringLiteral("date:") + value.date;
    case NormalisedValue::Type::Number:
    case NormalisedValue::Type::Range: {
        const Unit unit = normalisedUnit(value.unit);
        QString key = QStringLiteral("number:") + QString::number(value.value * unit.factor, 'g', 12);
        if (value.type == NormalisedValue::Type::Range)
            key += QStringLiteral("-") + QString::number(value.high * unit.factor, 'g', 12);
        return key + QLatin1Char(':') + unit.name;
    }
    }
    return {};
}

ValueComparison::Result ValueComparison::compare(const NormalisedValue &a, const NormalisedValue &b) const
{
    using Type = NormalisedValue::Type;
    if (a.isNull() || b.isNull())
        return Result::Incomparable;
    const bool aDate = a.type == Type::Date;
    const bool bDate = b.type == Type::Date;
    if (aDate != bDate)
        return Result::Incomparable;
    if (aDate)
        return datesAgree(a.date, b.date) ? Result::Consistent : Result::Discrepant;

    const Unit unitA = normalisedUnit(a.unit);
    const Unit unitB = normalisedUnit(b.unit);
    if (!unitA.name.isEmpty() && !unitB.name.isEmpty() && unitA.name != unitB.name)
        return Result::Incomparable;
    const Interval x = intervalOf(a, unitA.factor, m_tolerance);
    const Interval y = intervalOf(b, unitB.factor, m_tolerance);
    // Exact figures written differently ("5m" and "5,000,000") meet within rounding noise.
    const double slack = 1e-9 * std::max({std::abs(x.low), std::abs(x.high), std::abs(y.low), std::abs(y.high), 1.0});
    return x.low <= y.high + slack && y.low <= x.high + slack ? Result::Consistent : Result::Discrepant;
}

} // namespace Gloss
