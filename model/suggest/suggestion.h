#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Gloss::Suggest
{

/// The entity and claim types the suggesters know. Each maps to one tag of the default tag schema
/// (tagName()); suggestions learned from the analyst may carry any other tag of the project's schema.
enum class EntityType {
    Person,
    Organisation,
    Place,
    Group, ///< a group or nationality: "Russians", "North Korean"
    Figure, ///< a quantity: "10,000 containers", "12 per cent", "40 to 50 warheads"
    Money, ///< an amount of money: "$3 billion"
    Date, ///< a date, time or period: "June 8, 2024", "last Tuesday", "in 2023"
    Event, ///< a named event: "Cold War", "Ukraine Peace Summit"
    Weapon, ///< a weapon or piece of equipment: "F-16", "HIMARS"
    Claim, ///< a sentence that carries a claim
};

/// The short tag name of \a type ("Person", "Organisation", ..., "Claim"), as name lists and the evaluation use it.
QString tagName(EntityType type);
/// The id of the tag for \a type in the default tag schema (resources/data/default-tags.json): "person",
/// "organisation", "place", "group", "figure", "money", "datetime", "event", "weapon", "claim".
QString defaultTagId(EntityType type);
/// The type whose tag name or default schema id or name is \a tag (case-insensitive: "Person", "person",
/// "Figure or quantity", "datetime", "ORG" ...), if any.
std::optional<EntityType> entityTypeForTag(const QString &tag);
/// Every type, in the order of the enum.
QList<EntityType> allEntityTypes();

/// One suggested annotation: what a suggester proposes for the analyst to accept or reject. A plain
/// value; storing it (as an annotation with status "suggested"), drawing and reviewing it happen elsewhere.
struct Suggestion {
    /// What is suggested; the annotation kind it becomes.
    enum class Kind { Entity, Figure, Date, Claim };
    /// Which suggester proposed it.
    enum class Source {
        Gazetteer, ///< a name list: the shipped gazetteer, a user list or the project's entity registry
        Rule, ///< a pattern rule (titles, suffixes, quantities, dates)
        Learned, ///< the analyst's own tags found again (StringMatchRecommender)
        Cue, ///< claim cues: attribution phrases, quotations, figures
    };

    QString articleId; ///< may be empty when the text is not (yet) an article
    int start = 0; ///< UTF-16 offset into the article text
    int end = 0; ///< UTF-16 offset one past the last code unit
    Kind kind = Kind::Entity;
    QString tag; ///< tagName() of an EntityType, or the tag the analyst used (learned suggestions)
    QString tagId; ///< the tag id in the project's schema: defaultTagId() of the type, or the analyst's tag id
    QString text; ///< the suggested text, equal to the article text between start and end
    double score = 0.0; ///< confidence in [0, 1]
    Source source = Source::Rule;
    /// Normalised values. Figures: "value" (double), "valueMax" (range), "unit", "approximate" (bool),
    /// "qualifier" ("atLeast", "atMost", "about"). Money: "amount", "amountMax", "currency" (ISO 4217).
    /// Dates: "date" (ISO 8601 date, month, year or interval "start/end"), "relative" (bool),
    /// "resolved" (false when a relative date had no article date to resolve against).
    /// Claims: "speaker", "speakerStart", "speakerEnd", "speakerSource" ("cue", "coreference",
    /// "outlet"), "stance" ("asserts", "denies", "hedges", "reports"), "stanceCues" (QStringList),
    /// "cues" (QStringList of attribution cues), "quote" (bool), "figure" (QVariantMap of the
    /// sentence's first figure or money: text, value/amount, unit/currency ...).
    QVariantMap attributes;
    QString canonical; ///< canonical name for entities from a name list (e.g. "Volodymyr Zelenskyy"); may be empty

    int length() const { return end - start; }
    bool overlaps(const Suggestion &other) const { return start < other.end && other.start < end; }

    static QString kindName(Kind kind); ///< "entity", "figure", "date", "claim"
    static QString sourceName(Source source); ///< "gazetteer", "rule", "learned", "cue"
    static Kind kindForType(EntityType type);

    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

using Suggestions = QList<Suggestion>;

} // namespace Gloss::Suggest

Q_DECLARE_METATYPE(Gloss::Suggest::Suggestion)
