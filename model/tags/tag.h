#pragma once

#include <QColor>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Gloss
{

/// One tag of the project's hierarchical tag schema: what an analyst gives a span ("Person",
/// "Quantity claim"). Tags are ordered among their siblings by position.
struct Tag {
    enum class Kind { Entity, Claim, Other };

    QString id; ///< stable: the default schema's tags have readable ids ("person"), new ones a UUID
    QString parentId; ///< empty for a top-level tag
    QString name;
    Kind kind = Kind::Other;
    QColor colour;
    QString key; ///< one character, "1"-"9" or a lower-case letter; empty when none
    QString description;
    int position = 0; ///< among the siblings, from 0

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    /// True for the keys a tag may have: empty, a digit 1-9 or a lower-case ASCII letter.
    static bool isValidKey(const QString &key);

    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace Gloss

Q_DECLARE_METATYPE(Gloss::Tag)
