#include "claim.h"

#include <array>

namespace Gloss
{

namespace
{
const QString SpeakerKey = QStringLiteral("speaker");
const QString SpeakerAnnotationKey = QStringLiteral("speakerAnnotation");
const QString StanceKey = QStringLiteral("stance");
const QString CertaintyKey = QStringLiteral("certainty");
const QString ClaimTypeKey = QStringLiteral("claimType");
const QString ValueKey = QStringLiteral("value");

// Index 0 is the unspecified value, whose name is empty.
constexpr std::array<const char *, 5> StanceNames = {"", "asserts", "denies", "hedges", "reports"};
constexpr std::array<const char *, 4> CertaintyNames = {"", "low", "medium", "high"};
constexpr std::array<const char *, 6> TypeNames = {"", "quantity", "event", "attribution", "prediction", "opinion"};
constexpr std::array<const char *, 4> ValueTypeNames = {"", "number", "range", "date"};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<const char *, N> &names, Enum value)
{
    const auto index = std::size_t(value);
    return index < N ? QString::fromLatin1(names[index]) : QString();
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 1; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return Enum(0);
}

void setOrRemove(QVariantMap &map, const QString &key, const QString &value)
{
    if (value.isEmpty())
        map.remove(key);
    else
        map.insert(key, value);
}
} // namespace

QVariantMap NormalisedValue::toMap() const
{
    QVariantMap map;
    if (type == Type::None)
        return map;
    map.insert(QStringLiteral("type"), typeName(type));
    if (type == Type::Date) {
        map.insert(QStringLiteral("date"), date);
    } else {
        map.insert(QStringLiteral("value"), value);
        if (type == Type::Range)
            map.insert(QStringLiteral("high"), high);
    }
    if (!unit.isEmpty())
        map.insert(QStringLiteral("unit"), unit);
    if (approximate)
        map.insert(QStringLiteral("approximate"), true);
    return map;
}

NormalisedValue NormalisedValue::fromMap(const QVariantMap &map)
{
    NormalisedValue result;
    const std::optional<Type> parsed = typeFromName(map.value(QStringLiteral("type")).toString());
    if (!parsed)
        return result;
    result.type = *parsed;
    if (result.type == Type::Date) {
        result.date = map.value(QStringLiteral("date")).toString();
    } else {
        result.value = map.value(QStringLiteral("value")).toDouble();
        if (result.type == Type::Range)
            result.high = map.value(QStringLiteral("high")).toDouble();
    }
    result.unit = map.value(QStringLiteral("unit")).toString();
    result.approximate = map.value(QStringLiteral("approximate")).toBool();
    return result;
}

QString NormalisedValue::typeName(Type type)
{
    return nameOf(ValueTypeNames, type);
}

std::optional<NormalisedValue::Type> NormalisedValue::typeFromName(const QString &name)
{
    const auto type = valueOf<Type>(ValueTypeNames, name);
    if (type == Type::None)
        return std::nullopt;
    return type;
}

Claim Claim::fromAttributes(const QVariantMap &attributes)
{
    Claim claim;
    claim.speaker = attributes.value(SpeakerKey).toString();
    claim.speakerAnnotationId = attributes.value(SpeakerAnnotationKey).toString();
    claim.stance = stanceFromName(attributes.value(StanceKey).toString());
    claim.certainty = certaintyFromName(attributes.value(CertaintyKey).toString());
    claim.claimType = typeFromName(attributes.value(ClaimTypeKey).toString());
    claim.value = NormalisedValue::fromMap(attributes.value(ValueKey).toMap());
    return claim;
}

void Claim::writeTo(QVariantMap &attributes) const
{
    setOrRemove(attributes, SpeakerKey, speaker);
    setOrRemove(attributes, SpeakerAnnotationKey, speakerAnnotationId);
    setOrRemove(attributes, StanceKey, stanceName(stance));
    setOrRemove(attributes, CertaintyKey, certaintyName(certainty));
    setOrRemove(attributes, ClaimTypeKey, typeName(claimType));
    if (value.isNull())
        attributes.remove(ValueKey);
    else
        attributes.insert(ValueKey, value.toMap());
}

QVariantMap Claim::toAttributes() const
{
    QVariantMap attributes;
    writeTo(attributes);
    return attributes;
}

QString Claim::stanceName(Stance stance)
{
    return nameOf(StanceNames, stance);
}

Claim::Stance Claim::stanceFromName(const QString &name)
{
    return valueOf<Stance>(StanceNames, name);
}

QString Claim::certaintyName(Certainty certainty)
{
    return nameOf(CertaintyNames, certainty);
}

Claim::Certainty Claim::certaintyFromName(const QString &name)
{
    return valueOf<Certainty>(CertaintyNames, name);
}

QString Claim::typeName(Type type)
{
    return nameOf(TypeNames, type);
}

Claim::Type Claim::typeFromName(const QString &name)
{
    return valueOf<Type>(TypeNames, name);
}

} // namespace Gloss
