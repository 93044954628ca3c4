#pragma once

#include "annotation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace Gloss::StoreFormat
{

/// How the annotation tables write the values that SQLite has no type for. One place, so the stores,
/// the state dump and the exporters agree.

/// Spans as "start-end;start-end" (UTF-16 offsets), e.g. "12-20;31-35".
QString spansToText(const Spans &spans);
/// Parses spansToText(); nothing for malformed text.
std::optional<Spans> spansFromText(const QString &text);

/// UTC time with milliseconds, ISO 8601: "2024-06-08T10:00:00.123Z".
QString timeToText(const QDateTime &time);
QDateTime timeFromText(const QString &text);

/// Compact JSON object; "{}" for an empty map.
QString mapToJson(const QVariantMap &map);
QVariantMap mapFromJson(const QString &json);

/// Compact JSON array of strings.
QString listToJson(const QStringList &list);
QStringList listFromJson(const QString &json);

/// A null QString binds as SQL NULL; the annotation tables keep "no value" as empty text.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
/// An empty id binds as SQL NULL (foreign keys), any other as itself.
inline QVariant optionalId(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

} // namespace Gloss::StoreFormat
