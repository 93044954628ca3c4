#include "datefinder.h"

#include "analysedtext.h"

namespace Gloss::Suggest
{

using namespace Lex;

namespace
{

/// A resolved date or period: its ends, each with its precision ('d' day, 'm' month, 'y' year).
struct Period {
    bool ok = false;
    QDate from;
    QDate to;
    char fromPrecision = 'd';
    char toPrecision = 'd';
    QString granularity;
    bool relative = false;
    bool unresolved = false; ///< relative, or without year, and no article date
    int noYearMonth = 0; ///< a day or month without year and no article date: "--06-08"
    int noYearDay = 0;
    QString time; ///< "10:30" for a time of day

    static Period day(const QDate &d, const char *g = "day")
    {
        Period p;
        p.ok = d.isValid();
        p.from = p.to = d;
        p.granularity = QString::fromLatin1(g);
        return p;
    }
    static Period month(int y, int m)
    {
        Period p;
        p.from = QDate(y, m, 1);
        p.to = p.from.addMonths(1).addDays(-1);
        p.ok = p.from.isValid();
        p.fromPrecision = p.toPrecision = 'm';
        p.granularity = QStringLiteral("month");
        return p;
    }
    static Period year(int y)
    {
        Period p;
        p.from = QDate(y, 1, 1);
        p.to = QDate(y, 12, 31);
        p.ok = p.from.isValid();
        p.fromPrecision = p.toPrecision = 'y';
        p.granularity = QStringLiteral("year");
        return p;
    }
    static Period span(const QDate &from, const QDate &to, const char *g)
    {
        Period p;
        p.from = from;
        p.to = to;
        p.ok = from.isValid() && to.isValid();
        p.granularity = QString::fromLatin1(g);
        return p;
    }

    static QString format(const QDate &d, char precision)
    {
        switch (precision) {
        case 'y':
            return QString::number(d.year()).rightJustified(4, u'0');
        case 'm':
            return d.toString(QStringLiteral("yyyy-MM"));
        default:
            return d.toString(QStringLiteral("yyyy-MM-dd"));
        }
    }

    QString iso() const
    {
        if (!time.isEmpty())
            return u'T' + time;
        if (noYearMonth > 0) {
            QString s = QStringLiteral("--") + QString::number(noYearMonth).rightJustified(2, u'0');
            if (noYearDay > 0)
                s += u'-' + QString::number(noYearDay).rightJustified(2, u'0');
            return s;
        }
        if (unresolved || !from.isValid())
            return {};
        const QString a = format(from, fromPrecision);
        const QString b = format(to, toPrecision);
        return a == b ? a : a + u'/' + b;
    }
};

QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

class Reader
{
public:
    Reader(const AnalysedText &a, const QDate &reference) : m_a(a), m_ref(reference) { }

    /// Reads one date expression starting at token \a i (no ranges); returns its last token or -1.
    int readAt(int i, Period *p) const
    {
        int last = absolute(i, p);
        if (last < 0)
            last = relative(i, p);
        if (last < 0)
            last = timeOfDay(i, p);
        return last;
    }

    bool futureAround(int first, int last) const
    {
        const int s = m_a.sentenceOf(first);
        if (s < 0)
            return false;
        const int begin = m_a.firstTokenOf(s);
        const int end = m_a.endTokenOf(s);
        // The clause before the date decides; if it says nothing, the rest of the sentence does.
        // "until December", "by June": the next one.
        if (m_a.isWord(first - 1, QLatin1StringView("until")) || m_a.isWord(first - 1, QLatin1StringView("till"))
            || m_a.isWord(first - 1, QLatin1StringView("by")))
            return true;
        for (int t = first - 1; t >= begin && t >= first - 12; --t) {
            if (m_a.isPunct(t, u',') || m_a.isPunct(t, u';'))
                break;
            // "talks could resume on Friday": a modal speaks of what is to come
            if (m_a.isWord(t, QLatin1StringView("would")) || m_a.isWord(t, QLatin1StringView("could")) || m_a.isWord(t, QLatin1StringView("might"))
                || m_a.isWord(t, QLatin1StringView("may")) || m_a.isWord(t, QLatin1StringView("should")) || m_a.isWord(t, QLatin1StringView("can")))
                return true;
            if (m_a.is(t, FutureCue))
                return !m_a.isWord(t, QLatin1StringView("set")) || m_a.isWord(t + 1, QLatin1StringView("to"));
            if (isPastVerb(t))
                return false;
        }
        for (int t = last + 1; t < end && t <= last + 8; ++t) {
            if (m_a.is(t, FutureCue))
                return !m_a.isWord(t, QLatin1StringView("set")) || m_a.isWord(t + 1, QLatin1StringView("to"));
            if (isPastVerb(t))
                return false;
        }
        return false;
    }

private:
    bool isPastVerb(int t) const
    {
        if (t < 0 || t >= m_a.size() || !m_a.token(t).isWord() || m_a.token(t).has(Token::Capitalised))
            return false;
        const QStringView w = m_a.tokenText(t);
        if (m_a.is(t, Auxiliary))
            return w == u"was" || w == u"were" || w == u"had" || w == u"did";
        static const QLatin1StringView irregular[] = {QLatin1StringView("said"), QLatin1StringView("met"), QLatin1StringView("told"), QLatin1StringView("came"),
            QLatin1StringView("went"), QLatin1StringView("held"), QLatin1StringView("took"), QLatin1StringView("made"), QLatin1StringView("left"),
            QLatin1StringView("began"), QLatin1StringView("gave"), QLatin1StringView("saw")};
        for (QLatin1StringView v : irregular)
            if (w == v)
                return true;
        return w.endsWith(u"ed") && w.size() > 4;
    }

    /// "Tuesday morning", "yesterday afternoon": the part of the day belongs to the date.
    int partOfDay(int t) const
    {
        if (m_a.isWord(t + 1, QLatin1StringView("morning")) || m_a.isWord(t + 1, QLatin1StringView("afternoon"))
            || m_a.isWord(t + 1, QLatin1StringView("evening")) || m_a.isWord(t + 1, QLatin1StringView("night")))
            return t + 1;
        return t;
    }

    int readDay(int t) const
    {
        if (t >= m_a.size() || m_a.token(t).has(Token::LineBreakBefore))
            return 0;
        const Token &tok = m_a.token(t);
        QStringView s = m_a.tokenText(t);
        if (tok.isWord() && tok.has(Token::HasDigit)) {
            if (s.endsWith(u"th") || s.endsWith(u"st") || s.endsWith(u"nd") || s.endsWith(u"rd"))
                s.chop(2);
            else
                return 0;
        } else if (!tok.isNumber()) {
            return 0;
        }
        if (s.size() > 2)
            return 0;
        bool ok = false;
        const int d = s.toInt(&ok);
        return ok && d >= 1 && d <= 31 ? d : 0;
    }

    int readYear(int t) const
    {
        if (t >= m_a.size() || !m_a.token(t).isNumber() || m_a.token(t).length() != 4 || m_a.token(t).has(Token::LineBreakBefore))
            return 0;
        bool ok = false;
        const int y = m_a.tokenText(t).toInt(&ok);
        return ok && y >= 1000 && y <= 2199 ? y : 0;
    }

    /// A month name at \a t: its number, and in \a last the token that ends it ("Jan." ends at the dot).
    int readMonth(int t, int *last) const
    {
        if (t < 0 || t >= m_a.size() || !m_a.is(t, Month) || !m_a.token(t).has(Token::Capitalised) || m_a.token(t).has(Token::AllCaps))
            return 0;
        *last = t;
        // "Jan.", "Sept.": the dot of an abbreviation belongs to it; "June." ends a sentence
        const QStringView word = m_a.tokenText(t);
        const bool abbreviation = word.size() <= 4 && word.compare(u"May", Qt::CaseInsensitive) != 0 && word.compare(u"June", Qt::CaseInsensitive) != 0
            && word.compare(u"July", Qt::CaseInsensitive) != 0;
        if (abbreviation && m_a.isPunct(t + 1, u'.') && m_a.token(t + 1).isJoined())
            *last = t + 1;
        return m_a.info(t).value;
    }

    QDate dayIn(int y, int m, int d) const { return QDate(y, m, d); }

    /// The year of a month and day given without one: the article's year.
    Period withoutYear(int m, int d) const
    {
        if (!m_ref.isValid()) {
            Period p;
            p.ok = true;
            p.noYearMonth = m;
            p.noYearDay = d;
            p.granularity = QString::fromLatin1(d > 0 ? "day" : "month");
            return p;
        }
        return d > 0 ? Period::day(QDate(m_ref.year(), m, d)) : Period::month(m_ref.year(), m);
    }

    Period unresolved(const char *granularity) const
    {
        Period p;
        p.ok = true;
        p.relative = true;
        p.unresolved = true;
        p.granularity = QString::fromLatin1(granularity);
        return p;
    }

    int absolute(int i, Period *p) const
    {
        int t = i;
        // "2024-06-08", "2024/06/08"
        if (readYear(t) && (m_a.isPunct(t + 1, u'-') || m_a.isPunct(t + 1, u'/')) && t + 4 < m_a.size() && m_a.token(t + 1).isJoined()
            && m_a.token(t + 2).isNumber() && m_a.token(t + 2).isJoined() && m_a.isPunct(t + 3, m_a.text()[m_a.token(t + 1).start])
            && m_a.token(t + 3).isJoined() && m_a.token(t + 4).isNumber() && m_a.token(t + 4).isJoined()) {
            const QDate d(readYear(t), m_a.tokenText(t + 2).toInt(), m_a.tokenText(t + 4).toInt());
            if (d.isValid()) {
                *p = Period::day(d);
                return t + 4;
            }
        }
        // "08.06.2024"
        if (m_a.token(t).isNumber()) {
            const QStringView s = m_a.tokenText(t);
            if (s.size() >= 8 && s.size() <= 10 && s.count(u'.') == 2) {
                const QList<QStringView> parts = s.split(u'.');
                const QDate d(parts[2].toInt(), parts[1].toInt(), parts[0].toInt());
                if (parts[2].size() == 4 && d.isValid()) {
                    *p = Period::day(d);
                    return t;
                }
            }
        }
        int weekday = 0;
        if (m_a.is(t, Weekday) && m_a.token(t).has(Token::Capitalised)) {
            int u = t + 1;
            if (m_a.isPunct(u, u','))
                ++u;
            int dummy = 0;
            if (readMonth(u, &dummy) || (readDay(u) && (m_a.is(u + 1, Month) || m_a.isWord(u + 1, QLatin1StringView("of"))))) {
                weekday = m_a.info(t).value;
                t = u;
            }
        }
        // A weekday alone: "on Tuesday", "Sunday afternoon".
        if (!weekday && m_a.is(t, Weekday) && m_a.token(t).has(Token::Capitalised) && !m_a.token(t).has(Token::AllCaps)) {
            int last = partOfDay(t);
            if (!m_ref.isValid()) {
                *p = unresolved("day");
                return last;
            }
            const int v = m_a.info(t).value;
            const int today = m_ref.dayOfWeek();
            const int delta = futureAround(t, last) ? (v - today + 7) % 7 : -((today - v + 7) % 7);
            *p = Period::day(m_ref.addDays(delta));
            p->relative = true;
            return last;
        }
        int monthEnd = 0;
        if (const int m = readMonth(t, &monthEnd)) {
            if (const int d = readDay(monthEnd + 1)) {
                int last = monthEnd + 1;
                int d2 = 0;
                if ((m_a.isPunct(last + 1, u'-') || m_a.isPunct(last + 1, u'\u2013')) && readDay(last + 2)) {
                    d2 = readDay(last + 2);
                    last += 2;
                }
                int u = last + 1;
                if (m_a.isPunct(u, u','))
                    ++u;
                if (const int y = readYear(u)) {
                    last = u;
                    *p = d2 ? Period::span(QDate(y, m, d), QDate(y, m, d2), "period") : Period::day(QDate(y, m, d));
                } else {
                    *p = withoutYear(m, d);
                    if (d2 && m_ref.isValid())
                        *p = Period::span(QDate(m_ref.year(), m, d), QDate(m_ref.year(), m, d2), "period");
                }
                return p->ok ? last : -1;
            }
            int u = monthEnd + 1;
            if (m_a.isPunct(u, u','))
                ++u;
            if (m_a.isWord(u, QLatin1StringView("of")) && readYear(u + 1))
                ++u;
            if (const int y = readYear(u)) {
                *p = Period::month(y, m);
                return u;
            }
            // A month alone: "in June", "last October" is read by relative().
            const bool ambiguous = m_a.isWord(t, QLatin1StringView("may")) || m_a.isWord(t, QLatin1StringView("march"))
                || m_a.isWord(t, QLatin1StringView("august")) || m_a.token(t).length() <= 3;
            const bool cue = m_a.is(t - 1, Preposition) || m_a.isWord(t - 1, QLatin1StringView("early")) || m_a.isWord(t - 1, QLatin1StringView("late"))
                || m_a.isWord(t - 1, QLatin1StringView("mid")) || (m_a.isPunct(t + 1, u'\u2019') || m_a.isPunct(t + 1, u'\''));
            if (weekday || (ambiguous && !cue) || (m_a.startsSentence(t) && !cue))
                return -1;
            // "September last year", "February this year"
            if ((m_a.isWord(monthEnd + 1, QLatin1StringView("last")) || m_a.isWord(monthEnd + 1, QLatin1StringView("this"))
                    || m_a.isWord(monthEnd + 1, QLatin1StringView("next")))
                && m_a.isWord(monthEnd + 2, QLatin1StringView("year"))) {
                if (!m_ref.isValid()) {
                    *p = unresolved("month");
                    return monthEnd + 2;
                }
                const int shift = m_a.isWord(monthEnd + 1, QLatin1StringView("last")) ? -1 : m_a.isWord(monthEnd + 1, QLatin1StringView("next")) ? 1 : 0;
                *p = Period::month(m_ref.year() + shift, m);
                p->relative = true;
                return monthEnd + 2;
            }
            if (!m_ref.isValid()) {
                *p = withoutYear(m, 0);
                return monthEnd;
            }
            const int y
                = futureAround(t, monthEnd) ? (m >= m_ref.month() ? m_ref.year() : m_ref.year() + 1) : (m <= m_ref.month() ? m_ref.year() : m_ref.year() - 1);
            *p = Period::month(y, m);
            p->relative = true;
            p->ok = true;
            return monthEnd;
        }
        // "8 June 2024", "8th of June"
        if (const int d = readDay(t)) {
            int u = t + 1;
            if (m_a.isWord(u, QLatin1StringView("of")))
                ++u;
            if (const int m = readMonth(u, &monthEnd)) {
                int last = monthEnd;
                int v = monthEnd + 1;
                if (m_a.isPunct(v, u','))
                    ++v;
                if (const int y = readYear(v)) {
                    *p = Period::day(QDate(y, m, d));
                    last = v;
                } else {
                    *p = withoutYear(m, d);
                }
                return p->ok ? last : -1;
            }
        }
        // "the 1990s"
        if (m_a.token(t).isWord() && m_a.token(t).has(Token::HasDigit)) {
            const QStringView s = m_a.tokenText(t);
            if (s.size() == 5 && s.endsWith(u's') && s[3] == u'0') {
                const int y = s.left(4).toInt();
                if (y >= 1000) {
                    *p = Period::year(y);
                    p->to = QDate(y + 9, 12, 31);
                    p->granularity = QStringLiteral("decade");
                    return t;
                }
            }
        }
        // "2023", "the 2024 election": a year, unless it counts something ("2000 soldiers").
        if (const int y = readYear(t)) {
            if (m_a.is(t - 1, Preposition) || !countsSomething(t)) {
                *p = Period::year(y);
                return t;
            }
        }
        return -1;
    }

    bool countsSomething(int t) const
    {
        const int n = t + 1;
        if (n >= m_a.size())
            return false;
        if (m_a.isPunct(n, u'%') || m_a.is(n, MeasureUnit) || m_a.is(n, CurrencyWord) || m_a.is(n, Magnitude))
            return true;
        if (m_a.isWord(n, QLatin1StringView("per")))
            return true;
        const QStringView w = m_a.tokenText(n);
        return m_a.token(n).isWord() && !m_a.token(n).has(Token::Capitalised) && w.endsWith(u's') && !w.endsWith(u"ss") && !m_a.info(n).classes;
    }

    /// A count before a time unit: "two", "5", "a", "a few", "several". Returns the count and its first token.
    double readCount(int t, int *first) const
    {
        if (t < 0)
            return 0;
        if (m_a.token(t).isNumber()) {
            *first = t;
            return m_a.tokenText(t).toDouble();
        }
        if (m_a.is(t, NumberWord)) {
            int f = t;
            double v = m_a.info(t).value;
            // "twenty-five"
            if (t >= 2 && m_a.isPunct(t - 1, u'-') && m_a.token(t).isJoined() && m_a.is(t - 2, NumberWord)) {
                f = t - 2;
                v += m_a.info(t - 2).value;
            }
            *first = f;
            return v;
        }
        if (m_a.isWord(t, QLatin1StringView("a")) || m_a.isWord(t, QLatin1StringView("an"))) {
            *first = t;
            return 1;
        }
        if (m_a.isWord(t, QLatin1StringView("few")) && m_a.isWord(t - 1, QLatin1StringView("a"))) {
            *first = t - 1;
            return 3;
        }
        if (m_a.isWord(t, QLatin1StringView("several")) || m_a.isWord(t, QLatin1StringView("many"))) {
            *first = t;
            return 3;
        }
        return 0;
    }

    QDate shifted(double count, int unitDays, int sign) const
    {
        const int n = int(count) * sign;
        switch (unitDays) {
        case 30:
            return m_ref.addMonths(n);
        case 365:
            return m_ref.addYears(n);
        case 3650:
            return m_ref.addYears(10 * n);
        case 36500:
            return m_ref.addYears(100 * n);
        case 1:
        case 7:
        case 14:
        case 2:
            return m_ref.addDays(qint64(n) * unitDays);
        default:
            return m_ref; // hours, minutes
        }
    }

    /// "last week", "next month", "this year", "last Tuesday", "last October", "last summer".
    Period shiftedPeriod(int direction, int unit) const
    {
        const WordInfo &info = m_a.info(unit);
        const int v = info.value;
        if (info.is(Weekday)) {
            const int today = m_ref.dayOfWeek();
            int delta = 0;
            if (direction < 0) {
                delta = -((today - v + 7) % 7);
                if (delta == 0)
                    delta = -7;
            } else if (direction > 0) {
                delta = (v - today + 7) % 7;
                if (delta == 0)
                    delta = 7;
            } else {
                delta = v - today;
            }
            return Period::day(m_ref.addDays(delta));
        }
        if (info.is(Month) && m_a.token(unit).has(Token::Capitalised)) {
            int y = m_ref.year();
            if (direction < 0 && v >= m_ref.month())
                --y;
            if (direction > 0 && v <= m_ref.month())
                ++y;
            return Period::month(y, v);
        }
        if (info.is(Season)) {
            int y = m_ref.year();
            const int startMonth = v;
            const int endMonth = (v + 2 - 1) % 12 + 1;
            if (direction < 0 && m_ref.month() <= endMonth + (startMonth == 12 ? 12 : 0))
                --y;
            if (direction > 0 && m_ref.month() >= startMonth)
                ++y;
            const QDate from(y, startMonth, 1);
            const QDate to = from.addMonths(3).addDays(-1);
            Period p = Period::span(from, to, "season");
            p.fromPrecision = p.toPrecision = 'm';
            return p;
        }
        if (info.is(TimeUnit)) {
            switch (v) {
            case 7: {
                const QDate monday = mondayOf(m_ref).addDays(7 * direction);
                return Period::span(monday, monday.addDays(6), "week");
            }
            case 2: {
                const int today = m_ref.dayOfWeek();
                int delta = direction < 0 ? -((today - 6 + 7) % 7 == 0 ? 7 : (today - 6 + 7) % 7) : (direction > 0 ? (6 - today + 7) % 7 : 6 - today);
                if (direction > 0 && delta == 0)
                    delta = 7;
                const QDate saturday = m_ref.addDays(delta);
                return Period::span(saturday, saturday.addDays(1), "week");
            }
            case 30: {
                const QDate d = m_ref.addMonths(direction);
                return Period::month(d.year(), d.month());
            }
            case 365:
                return Period::year(m_ref.year() + direction);
            case 1:
                return Period::day(m_ref.addDays(direction));
            default:
                break;
            }
        }
        return {};
    }

    int relative(int i, Period *p) const
    {
        const int n = m_a.size();
        const WordInfo &info = m_a.info(i);
        auto resolvedOr = [&](const Period &period, const char *granularity) {
            if (!m_ref.isValid())
                return unresolved(granularity);
            Period r = period;
            r.relative = true;
            return r;
        };
        // "today", "yesterday morning", "tonight"
        if (info.is(RelativeDay)) {
            int last = i;
            if (m_a.isWord(i + 1, QLatin1StringView("morning")) || m_a.isWord(i + 1, QLatin1StringView("afternoon"))
                || m_a.isWord(i + 1, QLatin1StringView("evening")) || m_a.isWord(i + 1, QLatin1StringView("night")))
                last = i + 1;
            *p = resolvedOr(Period::day(m_ref.addDays(info.value)), "day");
            return last;
        }
        if (m_a.isWord(i, QLatin1StringView("last")) && m_a.isWord(i + 1, QLatin1StringView("night"))) {
            *p = resolvedOr(Period::day(m_ref.addDays(-1)), "day");
            return i + 1;
        }
        if (m_a.isWord(i, QLatin1StringView("this"))
            && (m_a.isWord(i + 1, QLatin1StringView("morning")) || m_a.isWord(i + 1, QLatin1StringView("afternoon"))
                || m_a.isWord(i + 1, QLatin1StringView("evening")))) {
            *p = resolvedOr(Period::day(m_ref), "day");
            return i + 1;
        }
        // "earlier this month", "later this year", "early next year"
        int t = i;
        bool part = false;
        if (m_a.isWord(t, QLatin1StringView("earlier")) || m_a.isWord(t, QLatin1StringView("later")) || m_a.isWord(t, QLatin1StringView("early"))
            || m_a.isWord(t, QLatin1StringView("late"))) {
            part = true;
            ++t;
        } else if (m_a.isWord(t, QLatin1StringView("mid")) && m_a.isPunct(t + 1, u'-') && m_a.token(t + 1).isJoined()) {
            part = true;
            t += 2;
        }
        int direction = 2; // none
        if (m_a.isWord(t, QLatin1StringView("last")) || m_a.isWord(t, QLatin1StringView("past")) || m_a.isWord(t, QLatin1StringView("previous")))
            direction = -1;
        else if (m_a.isWord(t, QLatin1StringView("next")) || m_a.isWord(t, QLatin1StringView("coming")))
            direction = 1;
        else if (m_a.isWord(t, QLatin1StringView("this")))
            direction = 0;
        if (direction != 2 && t + 1 < n && !m_a.token(t + 1).has(Token::LineBreakBefore)) {
            const int u = t + 1;
            const WordInfo &next = m_a.info(u);
            const bool singularUnit = next.is(TimeUnit) && !m_a.tokenText(u).endsWith(u's') && next.value > 0 && next.value < 3650;
            const bool monthName = next.is(Month) && m_a.token(u).has(Token::Capitalised) && m_a.token(u).length() > 3;
            if (next.is(Weekday) || singularUnit || next.is(Season) || monthName) {
                if (!m_ref.isValid()) {
                    *p = unresolved(next.is(Weekday) ? "day" : "period");
                    return u;
                }
                Period r = shiftedPeriod(direction, u);
                if (r.ok) {
                    r.relative = true;
                    *p = r;
                    return u;
                }
            }
            // "the past two years", "the last 75 years", "the next three months"
            if (direction != 0 && !part) {
                int countFirst = u;
                double count = readCount(u, &countFirst);
                int unitToken = u + 1;
                if (count > 0 && countFirst == u && m_a.is(unitToken, TimeUnit) && m_a.info(unitToken).value > 0
                    && !m_a.isWord(unitToken + 1, QLatin1StringView("ago"))) {
                    if (!m_ref.isValid()) {
                        *p = unresolved("period");
                        return unitToken;
                    }
                    const QDate other = shifted(count, m_a.info(unitToken).value, direction);
                    *p = direction < 0 ? Period::span(other, m_ref, "period") : Period::span(m_ref, other, "period");
                    p->relative = true;
                    return unitToken;
                }
            }
        }
        // "early June", "late 2023", "mid-2022"
        if (part && t < n && !m_a.token(t).has(Token::LineBreakBefore)) {
            const int last = absolute(t, p);
            if (last >= 0)
                return last;
        }
        return -1;
    }

public:
    /// "two days ago" is read from its unit: returns the first token in \a first, or -1.
    int agoAt(int unit, Period *p, int *first) const
    {
        if (!m_a.is(unit, TimeUnit) || !m_a.isWord(unit + 1, QLatin1StringView("ago")))
            return -1;
        const double count = readCount(unit - 1, first);
        if (count <= 0)
            return -1;
        const int days = m_a.info(unit).value;
        if (!m_ref.isValid()) {
            *p = unresolved("day");
            return unit + 1;
        }
        const QDate d = shifted(count, days, -1);
        if (days == 365 || days == 3650 || days == 36500)
            *p = Period::year(d.year());
        else if (days == 30)
            *p = Period::month(d.year(), d.month());
        else
            *p = Period::day(d);
        p->relative = true;
        return unit + 1;
    }

private:
    int timeOfDay(int i, Period *p) const
    {
        const Token &tok = m_a.token(i);
        QString time;
        int last = i;
        if (tok.isNumber() && m_a.isPunct(i + 1, u':') && m_a.token(i + 1).isJoined() && i + 2 < m_a.size() && m_a.token(i + 2).isNumber()
            && m_a.token(i + 2).isJoined()) {
            const int h = m_a.tokenText(i).toInt();
            const int m = m_a.tokenText(i + 2).toInt();
            if (h > 24 || m > 59 || m_a.token(i + 2).length() != 2)
                return -1;
            time = QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
            last = i + 2;
        } else if (tok.isWord() && tok.has(Token::HasDigit)) {
            const QStringView s = m_a.tokenText(i);
            if (!(s.endsWith(u"am", Qt::CaseInsensitive) || s.endsWith(u"pm", Qt::CaseInsensitive)))
                return -1;
            bool ok = false;
            int h = s.chopped(2).toInt(&ok);
            if (!ok || h < 1 || h > 12)
                return -1;
            if (s.endsWith(u"pm", Qt::CaseInsensitive) && h < 12)
                h += 12;
            if (s.endsWith(u"am", Qt::CaseInsensitive) && h == 12)
                h = 0;
            time = QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
        } else if (tok.isNumber() && tok.length() <= 2
            && (m_a.isWord(i + 1, QLatin1StringView("am")) || m_a.isWord(i + 1, QLatin1StringView("pm")) || m_a.isWord(i + 1, QLatin1StringView("a"))
                || m_a.isWord(i + 1, QLatin1StringView("p")))) {
            int h = m_a.tokenText(i).toInt();
            const bool pm = m_a.isWord(i + 1, QLatin1StringView("pm")) || m_a.isWord(i + 1, QLatin1StringView("p"));
            if (m_a.isWord(i + 1, QLatin1StringView("a")) || m_a.isWord(i + 1, QLatin1StringView("p"))) {
                // "3 p.m."
                if (!(m_a.isPunct(i + 2, u'.') && m_a.isWord(i + 3, QLatin1StringView("m")) && m_a.isPunct(i + 4, u'.')))
                    return -1;
                last = i + 4;
            } else {
                last = i + 1;
            }
            if (h < 1 || h > 12)
                return -1;
            if (pm && h < 12)
                h += 12;
            time = QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
        } else {
            return -1;
        }
        if (time.isEmpty())
            return -1;
        // "10:30 am", "10.30 a.m." after a clock time
        if (last == i + 2) {
            if (m_a.isWord(last + 1, QLatin1StringView("am")) || m_a.isWord(last + 1, QLatin1StringView("pm"))) {
                if (m_a.isWord(last + 1, QLatin1StringView("pm")) && time.left(2).toInt() < 12)
                    time = QString::number(time.left(2).toInt() + 12) + time.mid(2);
                ++last;
            } else if ((m_a.isWord(last + 1, QLatin1StringView("a")) || m_a.isWord(last + 1, QLatin1StringView("p"))) && m_a.isPunct(last + 2, u'.')
                && m_a.isWord(last + 3, QLatin1StringView("m")) && m_a.isPunct(last + 4, u'.')) {
                if (m_a.isWord(last + 1, QLatin1StringView("p")) && time.left(2).toInt() < 12)
                    time = QString::number(time.left(2).toInt() + 12) + time.mid(2);
                last += 4;
            }
        }
        // A time zone: "GMT", "UTC", "EDT", "local time"
        static const QLatin1StringView zones[] = {QLatin1StringView("gmt"), QLatin1StringView("utc"), QLatin1StringView("bst"), QLatin1StringView("cet"),
            QLatin1StringView("cest"), QLatin1StringView("edt"), QLatin1StringView("est"), QLatin1StringView("kst"), QLatin1StringView("msk"),
            QLatin1StringView("pst"), QLatin1StringView("pdt"), QLatin1StringView("eet")};
        for (QLatin1StringView z : zones) {
            if (m_a.isWord(last + 1, z) && m_a.token(last + 1).has(Token::AllCaps)) {
                ++last;
                break;
            }
        }
        if (m_a.isWord(last + 1, QLatin1StringView("local")) && m_a.isWord(last + 2, QLatin1StringView("time")))
            last += 2;
        Period r;
        r.ok = true;
        r.time = time;
        r.granularity = QStringLiteral("time");
        *p = r;
        return last;
    }

    const AnalysedText &m_a;
    QDate m_ref;
};

} // namespace

QVariantMap DateMention::attributes() const
{
    QVariantMap map;
    map.insert(QStringLiteral("date"), iso);
    map.insert(QStringLiteral("granularity"), granularity);
    map.insert(QStringLiteral("relative"), relative);
    map.insert(QStringLiteral("resolved"), resolved);
    return map;
}

QList<DateMention> DateFinder::findAll(const AnalysedText &a, const QDate &articleDate)
{
    QList<DateMention> found;
    const Reader reader(a, articleDate);
    const int n = a.size();
    auto add = [&](int first, int last, const Period &p, double score) {
        DateMention m;
        m.firstToken = first;
        m.lastToken = last;
        m.start = a.token(first).start;
        m.end = a.token(last).end;
        m.iso = p.iso();
        m.granularity = p.granularity;
        m.relative = p.relative;
        m.resolved = !p.unresolved;
        m.score = score;
        found.append(m);
    };
    for (int i = 0; i < n; ++i) {
        if (a.token(i).isPunct())
            continue;
        Period p;
        int first = i;
        int last = -1;
        // "two days ago": the count comes first, so look for the unit one or two tokens on.
        for (int u = i; u <= i + 2 && u < n && last < 0; ++u) {
            int f = -1;
            Period q;
            const int l = reader.agoAt(u, &q, &f);
            if (l >= 0 && f == i) {
                p = q;
                last = l;
            }
        }
        if (last < 0)
            last = reader.readAt(i, &p);
        if (last < 0 || !p.ok)
            continue;
        double score = p.relative ? 0.8 : 0.9;
        if (p.granularity == u"year" && first == last)
            score = 0.85;

        // A range: "between September 2023 and February 2024", "2017-2023", "from May to July".
        const bool between = a.isWord(first - 1, QLatin1StringView("between"));
        const bool from = a.isWord(first - 1, QLatin1StringView("from"));
        const int c = last + 1;
        const bool connector = c < n && !a.token(c).has(Token::LineBreakBefore)
            && ((between && a.isWord(c, QLatin1StringView("and"))) || a.isWord(c, QLatin1StringView("to")) || a.isWord(c, QLatin1StringView("until"))
                || a.isWord(c, QLatin1StringView("till")) || a.isWord(c, QLatin1StringView("through")) || (a.isPunct(c, u'-') && a.token(c).isJoined())
                || a.isPunct(c, u'\u2013'));
        if (connector && p.time.isEmpty()) {
            Period q;
            int l2 = reader.readAt(c + 1, &q);
            // "2023-24": a year range with the century left out
            if (l2 < 0 && p.granularity == u"year" && a.token(c + 1 < n ? c + 1 : c).isNumber() && c + 1 < n && a.token(c + 1).length() == 2
                && a.token(c + 1).isJoined()) {
                const int y = p.from.year() / 100 * 100 + a.tokenText(c + 1).toInt();
                if (y > p.from.year()) {
                    q = Period::year(y);
                    l2 = c + 1;
                }
            }
            // "from May to July 2024": the second date lends its year to the first
            if (l2 >= 0 && q.ok && !q.unresolved && q.time.isEmpty() && (q.to >= p.from || !p.from.isValid())) {
                Period r = Period::span(p.from, q.to, "period");
                r.fromPrecision = p.fromPrecision;
                r.toPrecision = q.toPrecision;
                r.relative = p.relative || q.relative;
                r.unresolved = p.unresolved || q.unresolved;
                if (r.ok || r.unresolved) {
                    r.ok = true;
                    p = r;
                    last = l2;
                    if (between || from)
                        first -= 1;
                }
            }
        }
        // "mid-2022": the modifier belongs to the date
        if (first == i && first >= 2 && a.isPunct(first - 1, u'-') && a.token(first).isJoined() && a.isWord(first - 2, QLatin1StringView("mid")))
            first -= 2;
        add(first, last, p, score);
        i = last;
    }
    return found;
}

} // namespace Gloss::Suggest
