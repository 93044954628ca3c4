#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Gloss
{

/// A canonical entity of the project's registry (issue 6): one person, organisation, place ... that
/// mentions in many articles point to (Annotation::entityId).
struct Entity {
    QString id; ///< UUID without braces
    QString name; ///< canonical name
    QString type; ///< the id of the entity tag that types it ("person", "organisation" ...); may be empty
    QStringList aliases; ///< other spellings and names, in the analyst's order
    QString externalId; ///< e.g. a Wikidata QID ("Q42"); empty when none
    QString note;
    QDateTime created; ///< UTC
    QDateTime modified; ///< UTC

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace Gloss

Q_DECLARE_METATYPE(Gloss::Entity)
