#pragma once

#include "annotation.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Gloss
{

/// A typed link between two annotations, in the same or in different articles (issue 6). A link of a
/// symmetric type means the same read from either end; it is still stored once, source to target.
struct Link {
    QString id; ///< UUID without braces
    QString type; ///< the id of a LinkType: "same-as", "corroborates", "contradicts", "elaborates", "quotes" or user-defined
    QString sourceId; ///< annotation id
    QString targetId; ///< annotation id
    QString note;
    QString author;
    QDateTime created; ///< UTC
    QDateTime modified; ///< UTC
    Annotation::Status status = Annotation::Status::Accepted; ///< suggested links are reviewed like suggested annotations
    QString suggestionSource;
    double score = 0;

    /// The other end of the link seen from \a annotationId (empty when the link does not touch it).
    QString otherEnd(const QString &annotationId) const { return annotationId == sourceId ? targetId : annotationId == targetId ? sourceId : QString(); }

    friend bool operator==(const Link &, const Link &) = default;
};

/// A kind of link. The defaults are installed with the schema; issue 6 adds user-defined ones.
struct LinkType {
    QString id;
    QString name; ///< for people: "Same as", "Contradicts" ...
    bool symmetric = false; ///< a -> b means b -> a as well
    bool transitive = false; ///< a -> b and b -> c mean a -> c (same-as)
    QString key; ///< keyboard key in the link picker
    int position = 0;

    friend bool operator==(const LinkType &, const LinkType &) = default;
};

} // namespace Gloss

Q_DECLARE_METATYPE(Gloss::Link)
