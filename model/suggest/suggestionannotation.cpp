#include "suggestionannotation.h"

#include "annotations/claim.h"

namespace Gloss::Suggest
{

namespace
{

/// The normalised value of a figure, amount or date suggestion, as the annotation model stores it.
NormalisedValue valueOf(const QVariantMap &a, bool money)
{
    NormalisedValue v;
    if (a.contains(QStringLiteral("date"))) {
        v.type = NormalisedValue::Type::Date;
        v.date = a.value(QStringLiteral("date")).toString();
        return v;
    }
    const QString key = money ? QStringLiteral("amount") : QStringLiteral("value");
    if (!a.contains(key))
        return v;
    v.type = a.contains(key + QStringLiteral("Max")) ? NormalisedValue::Type::Range : NormalisedValue::Type::Number;
    v.value = a.value(key).toDouble();
    v.high = a.value(key + QStringLiteral("Max")).toDouble();
    v.unit = a.value(money ? QStringLiteral("currency") : QStringLiteral("unit")).toString();
    v.approximate = a.value(QStringLiteral("approximate")).toBool() || !a.value(QStringLiteral("qualifier")).toString().isEmpty();
    return v;
}

} // namespace

Annotation SuggestionAnnotation::toAnnotation(const Suggestion &s, const QString &text)
{
    Annotation a;
    a.articleId = s.articleId;
    a.spans = {Span{s.start, s.end}};
    a.kind = s.kind == Suggestion::Kind::Claim ? Annotation::Kind::Claim : Annotation::Kind::Entity;
    a.tagId = s.tagId.isEmpty() ? s.tag : s.tagId;
    a.status = Annotation::Status::Suggested;
    a.suggestionSource = Suggestion::sourceName(s.source);
    a.score = s.score;
    a.anchorTo(text);

    QVariantMap attributes = s.attributes;
    switch (s.kind) {
    case Suggestion::Kind::Figure:
    case Suggestion::Kind::Date: {
        const bool money = s.attributes.contains(QStringLiteral("amount"));
        const NormalisedValue value = valueOf(s.attributes, money);
        for (const char *key : {"value", "valueMax", "amount", "amountMax", "date"})
            attributes.remove(QString::fromLatin1(key));
        if (!value.isNull())
            attributes.insert(QStringLiteral("value"), value.toMap());
        break;
    }
    case Suggestion::Kind::Claim: {
        Claim claim;
        claim.speaker = s.attributes.value(QStringLiteral("speaker")).toString();
        claim.stance = Claim::stanceFromName(s.attributes.value(QStringLiteral("stance")).toString());
        const QVariantMap figure = s.attributes.value(QStringLiteral("figure")).toMap();
        if (!figure.isEmpty()) {
            claim.claimType = Claim::Type::Quantity;
            claim.value = valueOf(figure, figure.contains(QStringLiteral("amount")));
        } else if (s.attributes.value(QStringLiteral("speakerSource")).toString() != u"outlet") {
            claim.claimType = Claim::Type::Attribution;
        }
        if (claim.value.isNull() && s.attributes.contains(QStringLiteral("date"))) {
            claim.value.type = NormalisedValue::Type::Date;
            claim.value.date = s.attributes.value(QStringLiteral("date")).toString();
        }
        attributes.remove(QStringLiteral("date"));
        claim.writeTo(attributes);
        break;
    }
    case Suggestion::Kind::Entity:
        if (!s.canonical.isEmpty())
            attributes.insert(QStringLiteral("canonical"), s.canonical);
        break;
    }
    a.attributes = attributes;
    return a;
}

} // namespace Gloss::Suggest
