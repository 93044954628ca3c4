#include "formatnames.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Gloss::Formats
{

namespace
{
const QLatin1String ArticlePrefix("urn:gloss:article:");
const QLatin1String AnnotationPrefix("urn:gloss:annotation:");
const QLatin1String EntityPrefix("urn:gloss:entity:");
const QLatin1String UuidPrefix("urn:uuid:");
} // namespace

QString FormatNames::generator()
{
    return QStringLiteral("Gloss " GLOSS_VERSION);
}

QString FormatNames::sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const QUuid &FormatNames::glossNamespace()
{
    // A fixed namespace for Gloss's name-based UUIDs (made once with uuidgen; never change it).
    static const QUuid ns(QStringLiteral("{3f0f6b8e-2d7a-4c55-9b1e-6a4c2f9d8e71}"));
    return ns;
}

bool FormatNames::isUuid(const QString &text)
{
    // 8-4-4-4-12 hex digits, with or without braces; checked by hand, exports ask this for every record.
    QStringView view(text);
    if (view.size() == 38 && view.front() == QLatin1Char('{') && view.back() == QLatin1Char('}'))
        view = view.mid(1, 36);
    if (view.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = view.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                       || (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return !QUuid::fromString(view).isNull() || view == QLatin1String("00000000-0000-0000-0000-000000000000");
}

QString FormatNames::guid(const QString &kind, const QString &id)
{
    if (id.size() == 36 && isUuid(id))
        return id.toUpper();
    const QUuid uuid = isUuid(id) ? QUuid::fromString(id) : QUuid::createUuidV5(glossNamespace(), kind + QLatin1Char(':') + id);
    return uuid.toString(QUuid::WithoutBraces).toUpper();
}

QString FormatNames::derivedGuid(const QString &kind, const QString &id)
{
    return QUuid::createUuidV5(glossNamespace(), kind + QLatin1Char(':') + id).toString(QUuid::WithoutBraces).toUpper();
}

QString FormatNames::idFromGuid(const QString &guid)
{
    if (!isUuid(guid.trimmed()))
        return {};
    return QUuid::fromString(guid.trimmed()).toString(QUuid::WithoutBraces);
}

QString FormatNames::articleIri(const QString &articleId)
{
    return ArticlePrefix + articleId;
}

QString FormatNames::articleIdFromIri(const QString &iri)
{
    return iri.startsWith(ArticlePrefix) ? iri.mid(ArticlePrefix.size()) : QString();
}

QString FormatNames::annotationIri(const QString &id)
{
    return isUuid(id) ? UuidPrefix + id : AnnotationPrefix + id;
}

QString FormatNames::idFromAnnotationIri(const QString &iri)
{
    if (iri.startsWith(UuidPrefix) && isUuid(iri.mid(UuidPrefix.size())))
        return QUuid::fromString(iri.mid(UuidPrefix.size())).toString(QUuid::WithoutBraces);
    if (iri.startsWith(AnnotationPrefix))
        return iri.mid(AnnotationPrefix.size());
    return iri;
}

QString FormatNames::entityIri(const QString &entityId)
{
    return EntityPrefix + entityId;
}

QString FormatNames::entityIdFromIri(const QString &iri)
{
    return iri.startsWith(EntityPrefix) ? iri.mid(EntityPrefix.size()) : QString();
}

QString FormatNames::typeName(const QString &name)
{
    QString result;
    result.reserve(name.size());
    bool gap = false;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') || c.isSurrogate()) {
            if (gap && !result.isEmpty())
                result.append(QLatin1Char('_'));
            gap = false;
            result.append(c);
        } else {
            gap = true;
        }
    }
    return result.isEmpty() ? QStringLiteral("Tag") : result;
}

QString FormatNames::nameFromTypeName(const QString &typeName)
{
    QString name = typeName;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name.trimmed();
}

QString FormatNames::fileSlug(const QString &title, int maxLength)
{
    QString slug;
    bool gap = false;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() && !c.isSurrogate()) {
            if (gap && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            gap = false;
            slug.append(c);
            if (slug.size() >= maxLength)
                break;
        } else {
            gap = true;
        }
    }
    return slug;
}

QString FormatNames::normalisationReference(const QString &externalId)
{
    static const QRegularExpression qid(QStringLiteral("^Q[0-9]+$"));
    static const QRegularExpression reference(QStringLiteral("^[^:\\s]+:\\S+$"));
    const QString id = externalId.trimmed();
    if (qid.match(id).hasMatch())
        return QStringLiteral("Wikidata:") + id;
    if (reference.match(id).hasMatch())
        return id;
    QString safe = id;
    safe.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("_"));
    return QStringLiteral("External:") + safe;
}

QString FormatNames::externalIdFromReference(const QString &reference)
{
    if (reference.startsWith(QLatin1String("Wikidata:")))
        return reference.mid(9);
    if (reference.startsWith(QLatin1String("External:")))
        return reference.mid(9);
    return reference;
}

} // namespace Gloss::Formats
