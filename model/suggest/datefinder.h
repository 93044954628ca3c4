#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Gloss::Suggest
{

class AnalysedText;

/// A date, time or period found in a text, resolved against the article's date where it is relative.
struct DateMention {
    int start = 0; ///< UTF-16 offset
    int end = 0;
    int firstToken = 0;
    int lastToken = 0; ///< inclusive
    /// ISO 8601: a day "2024-06-08", month "2024-06", year "2024", interval "2024-06-03/2024-06-09", time
    /// "T10:30", or a day without year "--06-08" when no article date says which year; empty when unresolved.
    QString iso;
    QString granularity; ///< "day", "week", "month", "season", "year", "decade", "period", "time"
    bool relative = false; ///< read against the article date ("last Tuesday", "two days ago")
    bool resolved = true; ///< false when relative and the article has no date
    double score = 0.85;

    /// The suggestion attributes: "date" (iso), "granularity", "relative", "resolved".
    QVariantMap attributes() const;
};

/// Finds dates and times: absolute ("June 8, 2024", "8 June", "June 2024", "2024-06-08", "in 2023", "the
/// 1990s", "10:30"), relative ("yesterday", "last Tuesday", "two days ago", "next month", "earlier this year",
/// "the past two years") and ranges ("between September 2023 and February 2024", "2017-2023", "June 8-9").
/// Relative dates and dates without a year are resolved against \a articleDate. A weekday or month alone
/// means the most recent one on or before the article date, or the next one when the clause speaks of the
/// future ("will", "is set to", "next"). The span leaves out prepositions ("in 2023" gives "2023") but keeps
/// "between"/"from" of a range and modifiers such as "last", "early", "mid-" and "ago".
class DateFinder final
{
public:
    static QList<DateMention> findAll(const AnalysedText &text, const QDate &articleDate);
};

} // namespace Gloss::Suggest
