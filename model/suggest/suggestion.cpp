#include "suggestion.h"

namespace Gloss::Suggest
{

QString tagName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("Person");
    case EntityType::Organisation:
        return QStringLiteral("Organisation");
    case EntityType::Place:
        return QStringLiteral("Place");
    case EntityType::Group:
        return QStringLiteral("Group");
    case EntityType::Figure:
        return QStringLiteral("Figure");
    case EntityType::Money:
        return QStringLiteral("Money");
    case EntityType::Date:
        return QStringLiteral("Date");
    case EntityType::Event:
        return QStringLiteral("Event");
    case EntityType::Weapon:
        return QStringLiteral("Weapon");
    case EntityType::Claim:
        return QStringLiteral("Claim");
    }
    return {};
}

QString defaultTagId(EntityType type)
{
    switch (type) {
    case EntityType::Date:
        return QStringLiteral("datetime");
    default:
        return tagName(type).toLower();
    }
}

QList<EntityType> allEntityTypes()
{
    return {EntityType::Person, EntityType::Organisation, EntityType::Place, EntityType::Group, EntityType::Figure, EntityType::Money, EntityType::Date,
        EntityType::Event, EntityType::Weapon, EntityType::Claim};
}

std::optional<EntityType> entityTypeForTag(const QString &tag)
{
    for (EntityType type : allEntityTypes()) {
        if (tag.compare(tagName(type), Qt::CaseInsensitive) == 0 || tag.compare(defaultTagId(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    // Names of the default schema and spellings a user list or another tool may use.
    const QString lower = tag.toLower();
    if (lower == u"group or nationality")
        return EntityType::Group;
    if (lower == u"figure or quantity")
        return EntityType::Figure;
    if (lower == u"date or time")
        return EntityType::Date;
    if (lower == u"weapon or equipment")
        return EntityType::Weapon;
    if (lower.startsWith(u"claim"))
        return EntityType::Claim;
    if (lower == u"organization" || lower == u"org")
        return EntityType::Organisation;
    if (lower == u"location" || lower == u"loc" || lower == u"gpe")
        return EntityType::Place;
    if (lower == u"per")
        return EntityType::Person;
    if (lower == u"norp" || lower == u"nationality")
        return EntityType::Group;
    return std::nullopt;
}

QString Suggestion::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Entity:
        return QStringLiteral("entity");
    case Kind::Figure:
        return QStringLiteral("figure");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Claim:
        return QStringLiteral("claim");
    }
    return {};
}

QString Suggestion::sourceName(Source source)
{
    switch (source) {
    case Source::Gazetteer:
        return QStringLiteral("gazetteer");
    case Source::Rule:
        return QStringLiteral("rule");
    case Source::Learned:
        return QStringLiteral("learned");
    case Source::Cue:
        return QStringLiteral("cue");
    }
    return {};
}

Suggestion::Kind Suggestion::kindForType(EntityType type)
{
    switch (type) {
    case EntityType::Figure:
    case EntityType::Money:
        return Kind::Figure;
    case EntityType::Date:
        return Kind::Date;
    case EntityType::Claim:
        return Kind::Claim;
    default:
        return Kind::Entity;
    }
}

} // namespace Gloss::Suggest
