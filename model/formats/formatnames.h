#pragma once

#include <QString>
#include <QUuid>

namespace Gloss::Formats
{

/// The names and identifiers the formats share, made in one place so that every exporter writes,
/// and every importer reads, the same IRIs, GUIDs and type names.
class FormatNames final
{
public:
    /// "Gloss 0.1.0": the generator/origin written into exports.
    static QString generator();
    /// Lower-case hex SHA-256 of the UTF-8 text.
    static QString sha256(const QString &text);

    /// The REFI-QDA GUID (upper-case 8-4-4-4-12) for a Gloss id of \a kind ("article", "tag", "user" ...):
    /// an id that is a UUID already is used as it is; any other gets a name-based (v5) UUID, the same
    /// on every export.
    static QString guid(const QString &kind, const QString &id);
    /// A name-based GUID for something Gloss has no id of its own for (a coding, a note of an
    /// annotation, the second span of an annotation), made from \a kind and \a id: stable across exports.
    static QString derivedGuid(const QString &kind, const QString &id);
    /// A REFI-QDA GUID as a Gloss id (lower-case, no braces); empty when \a guid is no UUID.
    static QString idFromGuid(const QString &guid);
    /// True when \a text is a UUID, with or without braces.
    static bool isUuid(const QString &text);

    /// W3C: "urn:gloss:article:<id>" is the source of every target (the article's URL goes into "scope").
    static QString articleIri(const QString &articleId);
    /// The article id of an article IRI; empty for any other IRI.
    static QString articleIdFromIri(const QString &iri);
    /// W3C: "urn:uuid:<id>" for an annotation (or link) whose id is a UUID, else "urn:gloss:annotation:<id>".
    static QString annotationIri(const QString &id);
    /// The id an annotation IRI stands for; for a foreign IRI, the IRI itself.
    static QString idFromAnnotationIri(const QString &iri);
    /// W3C / brat: "urn:gloss:entity:<id>".
    static QString entityIri(const QString &entityId);
    static QString entityIdFromIri(const QString &iri);

    /// A brat type / CoNLL label for a tag or link type name: letters, digits, "_", "-" and "." kept,
    /// runs of anything else made one "_" ("Figure or quantity" -> "Figure_or_quantity").
    static QString typeName(const QString &name);
    /// The display name a brat type stands for ("Figure_or_quantity" -> "Figure or quantity").
    static QString nameFromTypeName(const QString &typeName);
    /// A short file-name-safe form of \a title for brat document names ("tarrow-bridge-shut").
    static QString fileSlug(const QString &title, int maxLength = 40);
    /// brat's normalisation reference for a Gloss entity's external id: "Wikidata:Q42" for a Wikidata
    /// QID, the id itself when it already reads "DB:ENTRY", else "External:<id>".
    static QString normalisationReference(const QString &externalId);
    /// Back from normalisationReference() to the external id ("Wikidata:Q42" -> "Q42").
    static QString externalIdFromReference(const QString &reference);

private:
    static const QUuid &glossNamespace();
};

} // namespace Gloss::Formats
