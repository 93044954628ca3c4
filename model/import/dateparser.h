#pragma once

#include <QString>
#include <QStringView>

namespace Gloss
{

/// Reads the publication dates found in articles and turns them into ISO 8601: "2024-06-08" when
/// only the day is known, "2024-06-08T10:30:00" (with "Z" or "+02:00" when the zone is known) otherwise.
///
/// Understood: ISO 8601 ("2024-06-08", "2024-06-08T10:30:00Z", "2024/06/08"), RFC 2822
/// ("Sat, 08 Jun 2024 10:30:00 +0000"), and the ways saved articles write a date: "June 8, 2024",
/// "Jun. 8th 2024", "8 June 2024", "Saturday, June 8, 2024", "Jun 8, 2024 10:30 AM", "June 8, 2024 at
/// 10:30 a.m. EDT", "Updated 10:07 AM EDT, Sat June 8, 2024", with an optional "Published", "Posted",
/// "Updated" or "Date" in front. English month and weekday names only; no numeric day/month orders
/// other than year first, since "06/08/2024" is ambiguous.
class DateParser final
{
public:
    /// The date when the whole \a line is a date (a dateline of a saved article), else an empty string.
    static QString fromLine(QStringView line);

    /// The date of a metadata value (HTML meta, JSON field): any form above. Empty when not understood.
    static QString normalise(const QString &value);
};

} // namespace Gloss
