#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace Gloss
{

/// A figure or date a claim states, normalised so that outlets can be compared ("five million shells"
/// -> 5000000 shells; "40 to 50 warheads" -> range 40-50 warheads; "around ten million" -> approximate).
struct NormalisedValue {
    enum class Type { None, Number, Range, Date };

    Type type = Type::None;
    double value = 0; ///< the number, or the low end of a range
    double high = 0; ///< the high end of a range
    QString unit; ///< "shells", "USD", "%" ...; empty when none
    bool approximate = false; ///< "around", "about", "more than" ...
    QString date; ///< ISO 8601, possibly reduced ("2024", "2024-06", "2024-06-08", "2024-06-08T10:00Z")

    bool isNull() const { return type == Type::None; }
    /// The value as stored in the annotation attributes (see Claim); an empty map for None.
    QVariantMap toMap() const;
    static NormalisedValue fromMap(const QVariantMap &map);
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);

    friend bool operator==(const NormalisedValue &, const NormalisedValue &) = default;
};

/// The claim attributes of an annotation, read from and written to Annotation::attributes under these
/// keys (all optional, absent when unspecified):
///   "speaker"            text: who makes the claim (a person, an organisation, the outlet)
///   "speakerAnnotation"  id of the entity annotation naming the speaker, when there is one
///   "stance"             "asserts" | "denies" | "hedges" | "reports"
///   "certainty"          "low" | "medium" | "high"
///   "claimType"          "quantity" | "event" | "attribution" | "prediction" | "opinion"
///   "value"              NormalisedValue::toMap(): {"type": "number"|"range"|"date", "value", "high",
///                        "unit", "approximate", "date"}
/// Other keys of the map are left alone, so claims and user attributes live side by side.
struct Claim {
    enum class Stance { Unspecified, Asserts, Denies, Hedges, Reports };
    enum class Certainty { Unspecified, Low, Medium, High };
    enum class Type { Unspecified, Quantity, Event, Attribution, Prediction, Opinion };

    QString speaker;
    QString speakerAnnotationId;
    Stance stance = Stance::Unspecified;
    Certainty certainty = Certainty::Unspecified;
    Type claimType = Type::Unspecified;
    NormalisedValue value;

    static Claim fromAttributes(const QVariantMap &attributes);
    /// Writes the claim keys into \a attributes (removing the unspecified ones), keeping other keys.
    void writeTo(QVariantMap &attributes) const;
    QVariantMap toAttributes() const;

    static QString stanceName(Stance stance);
    static Stance stanceFromName(const QString &name);
    static QString certaintyName(Certainty certainty);
    static Certainty certaintyFromName(const QString &name);
    static QString typeName(Type type);
    static Type typeFromName(const QString &name);

    friend bool operator==(const Claim &, const Claim &) = default;
};

} // namespace Gloss
