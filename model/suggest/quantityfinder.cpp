#include "quantityfinder.h"

#include "analysedtext.h"

#include <QSet>

#include <cmath>

namespace Gloss::Suggest
{

using namespace Lex;

namespace
{

/// A number read from the tokens: spelled ("five million") or written with digits ("1.5m").
struct Number {
    bool ok = false;
    double value = 0;
    int first = 0;
    int last = 0; ///< inclusive
    bool spelled = false;
    double magnitude = 1; ///< the factor of a magnitude word or suffix, 1 when none
    QString unit; ///< a unit glued to the digits ("20km")
};

constexpr quint64 NounPhraseStops = Determiner | Preposition | Conjunction | Pronoun | Auxiliary | Adverb | Month | Weekday | RelativeDay | CurrencyWord
    | NumberWord | Magnitude | Qualifier | Ordinal;

bool isPluralNoun(QStringView word)
{
    static const QSet<QString> irregular = {
        QStringLiteral("people"),
        QStringLiteral("children"),
        QStringLiteral("men"),
        QStringLiteral("women"),
        QStringLiteral("police"),
        QStringLiteral("personnel"),
        QStringLiteral("troops"),
        QStringLiteral("staff"),
        QStringLiteral("cattle"),
        QStringLiteral("sheep"),
        QStringLiteral("fish"),
        QStringLiteral("aircraft"),
        QStringLiteral("livestock"),
        QStringLiteral("feet"),
        QStringLiteral("teeth"),
        QStringLiteral("media"),
        QStringLiteral("data"),
        QStringLiteral("crew"),
        QStringLiteral("deer"),
        QStringLiteral("offspring"),
        QStringLiteral("militia"),
        QStringLiteral("artillery"),
        QStringLiteral("infantry"),
        QStringLiteral("refugees"),
        QStringLiteral("spacecraft"),
        QStringLiteral("watercraft"),
        QStringLiteral("hovercraft"),
    };
    const QString lower = word.toString().toLower();
    if (irregular.contains(lower))
        return true;
    if (lower.size() < 3 || !lower.endsWith(u's'))
        return false;
    return !(lower.endsWith(u"ss") || lower.endsWith(u"us") || lower.endsWith(u"is") || lower.endsWith(u"ous"));
}

/// "businessmen", "gunmen", "servicemen": plurals without an s.
bool isMenPlural(QStringView word)
{
    return word.size() > 4 && word.endsWith(u"men", Qt::CaseInsensitive);
}

/// Token \a t continues a hyphenated word ("long-range"): returns the last token of the compound.
int compoundEnd(const AnalysedText &a, int t)
{
    while (t + 2 < a.size() && a.token(t + 1).isPunct() && a.token(t + 1).isJoined() && TextFold::isHyphen(a.text()[a.token(t + 1).start])
        && a.token(t + 2).isJoined() && a.token(t + 2).isWord())
        t += 2;
    return t;
}

Number readSpelled(const AnalysedText &a, int i)
{
    Number n;
    n.first = i;
    n.spelled = true;
    double total = 0;
    double current = 0;
    bool any = false;
    bool lastWasScale = false;
    int t = i;
    while (t < a.size() && a.token(t).isWord()) {
        const WordInfo &info = a.info(t);
        if (!any && (a.isWord(t, QLatin1StringView("a")) || a.isWord(t, QLatin1StringView("an")))) {
            if (a.is(t + 1, Magnitude) || a.isWord(t + 1, QLatin1StringView("dozen"))) {
                current = 1;
                ++t;
                continue;
            }
            break;
        }
        if (!any && a.isWord(t, QLatin1StringView("half")) && a.isWord(t + 1, QLatin1StringView("a")) && a.is(t + 2, Magnitude)) {
            current = 0.5;
            t += 2;
            continue;
        }
        if (info.is(NumberWord)) {
            if (a.isWord(t, QLatin1StringView("dozen")))
                current = (current > 0 ? current : 1) * 12;
            else
                current += info.value;
            lastWasScale = false;
        } else if (info.is(Magnitude)) {
            if (!any && current == 0)
                break;
            const double factor = std::pow(10.0, info.value);
            if (info.value == 2) {
                current = (current > 0 ? current : 1) * factor;
            } else {
                total += (current > 0 ? current : 1) * factor;
                current = 0;
                n.magnitude = factor;
            }
            lastWasScale = true;
        } else {
            break;
        }
        any = true;
        n.last = t;
        const int next = t + 1;
        if (a.isPunct(next, u'-') && a.token(next).isJoined() && next + 1 < a.size() && a.token(next + 1).isJoined() && a.is(next + 1, NumberWord)) {
            t = next + 1; // "twenty-five"
            continue;
        }
        if (lastWasScale && a.isWord(next, QLatin1StringView("and")) && a.is(next + 1, NumberWord)) {
            t = next + 1; // "two hundred and fifty"
            continue;
        }
        if (a.is(next, NumberWord) || a.is(next, Magnitude)) {
            if (a.token(next).has(Token::LineBreakBefore))
                break;
            t = next;
            continue;
        }
        break;
    }
    if (!any)
        return n;
    n.value = total + current;
    n.ok = true;
    return n;
}

Number readDigits(const AnalysedText &a, int i)
{
    Number n;
    n.first = n.last = i;
    const Token &tok = a.token(i);
    QStringView digits = a.tokenText(i);
    if (tok.isWord()) {
        if (!tok.has(Token::HasDigit) || !digits.front().isDigit())
            return n;
        qsizetype k = 0;
        while (k < digits.size() && (digits[k].isDigit() || digits[k] == u'.' || digits[k] == u','))
            ++k;
        const QString suffix = digits.mid(k).toString().toLower();
        digits = digits.left(k);
        if (suffix == u"m" || suffix == u"mn" || suffix == u"mln")
            n.magnitude = 1e6;
        else if (suffix == u"bn" || suffix == u"b")
            n.magnitude = 1e9;
        else if (suffix == u"k")
            n.magnitude = 1e3;
        else if (suffix == u"tn" || suffix == u"trn")
            n.magnitude = 1e12;
        else if (suffix == u"km" || suffix == u"kg" || suffix == u"mm" || suffix == u"cm" || suffix == u"mw" || suffix == u"gw" || suffix == u"kt"
            || suffix == u"mph" || suffix == u"ft" || suffix == u"kmh" || suffix == u"kwh" || suffix == u"t")
            n.unit = suffix == u"t" ? QStringLiteral("tonnes") : suffix;
        else
            return n; // "1990s", "24th", "3D"
    }
    if (!QuantityFinder::parseDigits(digits, &n.value))
        return n;
    n.value *= n.magnitude;
    n.ok = true;
    // "5 million", "1.5 billion"
    if (n.magnitude == 1 && n.unit.isEmpty() && a.is(i + 1, Magnitude) && !a.token(i + 1).has(Token::LineBreakBefore)) {
        const int e = a.info(i + 1).value;
        double factor = std::pow(10.0, e);
        int last = i + 1;
        // "5 hundred thousand"
        if (e == 2 && a.is(i + 2, Magnitude) && a.info(i + 2).value > 2) {
            factor *= std::pow(10.0, a.info(i + 2).value);
            last = i + 2;
        }
        n.value *= factor;
        n.magnitude = factor;
        n.last = last;
    }
    return n;
}

Number readNumber(const AnalysedText &a, int i)
{
    if (i < 0 || i >= a.size())
        return {};
    const Token &tok = a.token(i);
    if (tok.isNumber() || (tok.isWord() && tok.has(Token::HasDigit)))
        return readDigits(a, i);
    if (tok.isWord())
        return readSpelled(a, i);
    return {};
}

struct QualifierPhrase {
    std::initializer_list<const char *> words;
    const char *code;
};

/// The approximation or bound phrase that ends just before token \a first: its first token, or -1.
int qualifierBefore(const AnalysedText &a, int first, QString *code)
{
    static const QualifierPhrase phrases[] = {
        {{"an", "estimated"}, "about"},
        {{"no", "more", "than"}, "atMost"},
        {{"as", "many", "as"}, "atMost"},
        {{"as", "much", "as"}, "atMost"},
        {{"in", "excess", "of"}, "atLeast"},
        {{"more", "than"}, "atLeast"},
        {{"at", "least"}, "atLeast"},
        {{"upwards", "of"}, "atLeast"},
        {{"just", "over"}, "atLeast"},
        {{"well", "over"}, "atLeast"},
        {{"up", "to"}, "atMost"},
        {{"fewer", "than"}, "atMost"},
        {{"less", "than"}, "atMost"},
        {{"at", "most"}, "atMost"},
        {{"just", "under"}, "atMost"},
        {{"close", "to"}, "about"},
        {{"around"}, "about"},
        {{"about"}, "about"},
        {{"some"}, "about"},
        {{"roughly"}, "about"},
        {{"approximately"}, "about"},
        {{"approx"}, "about"},
        {{"nearly"}, "about"},
        {{"almost"}, "about"},
        {{"circa"}, "about"},
        {{"estimated"}, "about"},
        {{"over"}, "atLeast"},
        {{"above"}, "atLeast"},
        {{"under"}, "atMost"},
        {{"below"}, "atMost"},
    };
    for (const QualifierPhrase &p : phrases) {
        const int count = int(p.words.size());
        const int start = first - count;
        if (start < 0)
            continue;
        bool fits = true;
        int k = 0;
        for (const char *w : p.words) {
            const int t = start + k++;
            if (!a.isWord(t, QLatin1StringView(w)) || (k > 1 && a.token(t).has(Token::LineBreakBefore))) {
                fits = false;
                break;
            }
        }
        if (fits && !a.token(first).has(Token::LineBreakBefore)) {
            *code = QString::fromLatin1(p.code);
            return start;
        }
    }
    return -1;
}

/// The counted noun phrase after token \a after: up to three words ending in a plural noun ("artillery
/// rounds", "Russian soldiers"), a measure ("tonnes", "square kilometres") or a time unit ("years").
int unitAfter(const AnalysedText &a, int after, double value, QString *unit)
{
    const int t = after + 1;
    if (t >= a.size() || a.token(t).isPunct() || a.token(t).has(Token::LineBreakBefore) || a.token(t).isNumber())
        return -1;
    if ((a.isWord(t, QLatin1StringView("square")) || a.isWord(t, QLatin1StringView("cubic"))) && a.is(t + 1, MeasureUnit)) {
        *unit = a.spanText(t, t + 1).toString().toLower();
        return t + 1;
    }
    if (a.is(t, MeasureUnit) || a.is(t, TimeUnit) || a.isWord(t, QLatin1StringView("pounds")) || a.isWord(t, QLatin1StringView("lbs"))) {
        *unit = a.tokenText(t).toString().toLower();
        return t;
    }
    // Candidate words: modifiers and nouns, hyphenated compounds taken whole.
    int ends[3];
    int count = 0;
    int w = t;
    while (count < 3 && w < a.size()) {
        const Token &tok = a.token(w);
        if (!tok.isWord() || (w > t && !tok.has(Token::SpaceBefore)) || tok.has(Token::LineBreakBefore) || tok.has(Token::HasDigit))
            break;
        const WordInfo &info = a.info(w);
        if (info.classes & NounPhraseStops)
            break;
        const QStringView word = a.tokenText(w);
        if (info.is(Attribution) && (word.endsWith(u"ed") || info.is(Denial)))
            break;
        if (word == u"s" || word == u"t")
            break;
        const int end = compoundEnd(a, w);
        ends[count++] = end;
        w = end + 1;
    }
    for (int k = count - 1; k >= 0; --k) {
        const QStringView head = a.tokenText(ends[k]);
        const bool fits = value == 1 ? !head.endsWith(u"ing") : (isPluralNoun(head) || isMenPlural(head));
        if (!fits)
            continue;
        *unit = a.spanText(t, ends[k]).toString();
        if (!a.token(t).has(Token::Capitalised) || k > 0)
            return ends[k];
        // A lone capitalised word counts only as a plural of people ("180,000 Ukrainians").
        if (a.token(t).has(Token::Capitalised) && k == 0 && isPluralNoun(head))
            return ends[k];
    }
    return -1;
}

/// "the", "these", "its", "both": a count after them refers to things named before ("the two leaders").
bool isDefinite(const AnalysedText &a, int t)
{
    static const QLatin1StringView words[] = {QLatin1StringView("the"), QLatin1StringView("these"), QLatin1StringView("those"), QLatin1StringView("its"),
        QLatin1StringView("his"), QLatin1StringView("her"), QLatin1StringView("their"), QLatin1StringView("our"), QLatin1StringView("my"),
        QLatin1StringView("your"), QLatin1StringView("both"), QLatin1StringView("whose"), QLatin1StringView("this"), QLatin1StringView("that")};
    for (QLatin1StringView w : words)
        if (a.isWord(t, w))
            return true;
    return false;
}

bool isNameNumber(const AnalysedText &a, int i)
{
    const int p = i - 1;
    if (p < 0)
        return false;
    const Token &prev = a.token(p);
    // "F-16", "Su-35", "COVID-19", "KN-23"
    if (prev.isPunct() && a.token(i).isJoined() && prev.isJoined() && TextFold::isHyphen(a.text()[prev.start]) && p > 0 && a.token(p - 1).isWord()
        && (a.token(p - 1).has(Token::Capitalised) || a.token(p - 1).has(Token::HasDigit)))
        return true;
    if (prev.isPunct() && (a.text()[prev.start] == u'#' || a.text()[prev.start] == u'№'))
        return true;
    // "Article 5", "Flight 17", "Resolution 2231": a capitalised word before the number inside a sentence.
    if (prev.isWord() && prev.has(Token::Capitalised) && !prev.has(Token::LineBreakBefore) && !a.is(p, Month) && !a.is(p, Qualifier)
        && !a.is(p, SentenceStarter) && !prev.has(Token::AllCaps) && a.token(i).isNumber())
        return true;
    return false;
}

} // namespace

QVariantMap Quantity::attributes() const
{
    QVariantMap map;
    if (money) {
        map.insert(QStringLiteral("amount"), value);
        if (valueMax)
            map.insert(QStringLiteral("amountMax"), *valueMax);
        map.insert(QStringLiteral("currency"), currency);
    } else {
        map.insert(QStringLiteral("value"), value);
        if (valueMax)
            map.insert(QStringLiteral("valueMax"), *valueMax);
        if (!unit.isEmpty())
            map.insert(QStringLiteral("unit"), unit);
    }
    map.insert(QStringLiteral("approximate"), approximate);
    if (!qualifier.isEmpty())
        map.insert(QStringLiteral("qualifier"), qualifier);
    return map;
}

QuantityFinder::QuantityFinder(std::shared_ptr<const CurrencyTable> currencies) : m_currencies(std::move(currencies))
{
}

bool QuantityFinder::parseDigits(QStringView digits, double *value)
{
    if (digits.isEmpty() || !digits.front().isDigit())
        return false;
    const qsizetype commas = digits.count(u',');
    const qsizetype dots = digits.count(u'.');
    QString plain;
    plain.reserve(digits.size());
    if (dots > 1 && commas == 0) {
        // "1.000.000": dots group thousands.
        for (QChar c : digits)
            if (c != u'.')
                plain.append(c);
    } else if (commas == 1 && dots == 0 && digits.size() - digits.indexOf(u',') - 1 != 3) {
        // "1,5": a decimal comma.
        for (QChar c : digits)
            plain.append(c == u',' ? QChar(u'.') : c);
    } else {
        for (QChar c : digits)
            if (c != u',')
                plain.append(c);
    }
    bool ok = false;
    *value = plain.toDouble(&ok);
    return ok;
}

QList<Quantity> QuantityFinder::findAll(const AnalysedText &a, const QList<bool> &claimed) const
{
    QList<Quantity> found;
    const QStringView text = a.text();
    auto isClaimed = [&](int t) { return t < claimed.size() && claimed[t]; };

    for (int i = 0; i < a.size(); ++i) {
        if (isClaimed(i) || a.token(i).isPunct())
            continue;
        Quantity q;
        int first = i;
        int last = i;

        // "thousands of civilians", "tens of thousands of people", "millions of barrels"
        if (a.is(i, VagueMagnitude)) {
            int t = i;
            double value = std::pow(10.0, a.info(i).value);
            if (a.isWord(i, QLatin1StringView("dozens")))
                value = 12;
            if ((a.isWord(i, QLatin1StringView("tens")) || a.isWord(i, QLatin1StringView("hundreds"))) && a.isWord(i + 1, QLatin1StringView("of"))
                && a.is(i + 2, VagueMagnitude) && a.info(i + 2).value >= 3) {
                value = std::pow(10.0, a.info(i + 2).value) * (a.isWord(i, QLatin1StringView("tens")) ? 10 : 100);
                t = i + 2;
            }
            if (!a.isWord(t + 1, QLatin1StringView("of")) || (a.isWord(i, QLatin1StringView("tens")) && t == i))
                continue;
            QString unit;
            const int unitEnd = unitAfter(a, t + 1, value, &unit);
            if (unitEnd < 0)
                continue;
            q.value = value;
            q.unit = unit;
            q.approximate = true;
            q.qualifier = QStringLiteral("vague");
            q.score = 0.6;
            q.firstToken = i;
            q.lastToken = unitEnd;
            q.start = a.token(i).start;
            q.end = a.token(unitEnd).end;
            found.append(q);
            i = unitEnd;
            continue;
        }

        Number n1 = readNumber(a, i);
        if (!n1.ok)
            continue;
        if (isNameNumber(a, i)) {
            i = n1.last;
            continue;
        }
        // "45-year-old", "two-day", "10-point": a compound adjective, no figure; but "700-kilometre" and
        // "400-megawatt" measure something.
        if (a.isPunct(n1.last + 1, u'-') && a.token(n1.last + 1).isJoined() && n1.last + 2 < a.size() && a.token(n1.last + 2).isJoined()
            && a.token(n1.last + 2).isWord() && !a.is(n1.last + 2, NumberWord)) {
            const int unitToken = n1.last + 2;
            bool claimedHere = false;
            for (int t = n1.first; t <= unitToken; ++t)
                claimedHere = claimedHere || isClaimed(t);
            if (a.is(unitToken, MeasureUnit) && !a.isPunct(unitToken + 1, u'-') && !claimedHere) {
                q.value = n1.value;
                q.unit = a.tokenText(unitToken).toString().toLower();
                q.score = 0.85;
                q.firstToken = i;
                q.lastToken = unitToken;
                q.start = a.token(i).start;
                q.end = a.token(unitToken).end;
                found.append(q);
            }
            i = unitToken;
            continue;
        }
        if (a.isPunct(n1.last + 1, u':') && a.token(n1.last + 1).isJoined())
            continue; // a time or ratio
        bool any = false;
        for (int t = n1.first; t <= n1.last; ++t)
            any = any || isClaimed(t);
        if (any)
            continue;

        // Money before the number: "$3 billion", "US$5m", "€ 200".
        CurrencyTable::Hit symbol;
        const bool hasSymbol = m_currencies->symbolBefore(text, a.token(i).start, &symbol);
        if (hasSymbol) {
            q.money = true;
            q.currency = symbol.code;
            first = a.tokenAt(symbol.start);
        }
        q.value = n1.value;
        last = n1.last;

        // A range: "40 to 50", "40-50", "two or three", "between 40 and 50", "$3-4 billion".
        QString qualifier;
        int qualifierStart = qualifierBefore(a, first, &qualifier);
        const bool between = qualifierStart < 0 && a.isWord(first - 1, QLatin1StringView("between"));
        {
            int c = last + 1;
            const bool connector = (c < a.size() && !a.token(c).has(Token::LineBreakBefore))
                && (a.isWord(c, QLatin1StringView("to")) || a.isWord(c, QLatin1StringView("or")) || (between && a.isWord(c, QLatin1StringView("and")))
                    || (a.isPunct(c, u'-') && a.token(c).isJoined()) || a.isPunct(c, u'\u2013'));
            if (connector) {
                int s = c + 1;
                CurrencyTable::Hit again;
                if (q.money && s < a.size() && a.token(s).isPunct() && m_currencies->symbolBefore(text, a.token(s).end, &again) && again.code == q.currency)
                    s = s + 1;
                Number n2 = readNumber(a, s);
                bool claimedRange = false;
                for (int t = n2.first; n2.ok && t <= n2.last; ++t)
                    claimedRange = claimedRange || isClaimed(t);
                if (n2.ok && !claimedRange && !(n1.spelled && n1.value == 1 && n1.magnitude == 1 && !n2.spelled)) {
                    double low = n1.value;
                    if (n1.magnitude == 1 && n2.magnitude > 1)
                        low *= n2.magnitude;
                    if (n2.value > low) {
                        q.value = low;
                        q.valueMax = n2.value;
                        last = n2.last;
                        if (n1.unit.isEmpty())
                            n1.unit = n2.unit;
                    }
                }
            }
        }
        if (between && q.valueMax)
            qualifierStart = first - 1;
        if (qualifierStart >= 0)
            first = qualifierStart;

        // Skip small spelled counts that are references, not figures: "the two leaders", "one reason".
        if (n1.spelled && !q.valueMax && !hasSymbol && n1.magnitude == 1) {
            if (n1.value == 1 && n1.first == n1.last)
                continue;
            if (isDefinite(a, i - 1) || a.is(i - 1, Ordinal) || a.isWord(i - 1, QLatin1StringView("past")) || a.isWord(i - 1, QLatin1StringView("last"))
                || a.isWord(i - 1, QLatin1StringView("next")) || a.isWord(i - 1, QLatin1StringView("same"))) {
                i = n1.last;
                continue;
            }
        }

        // What follows: per cent, a currency name, a unit.
        int t = last + 1;
        bool percent = false;
        if (!q.money && t < a.size() && a.isPunct(t, u'%')) {
            percent = true;
            last = t;
        } else if (!q.money && a.isWord(t, QLatin1StringView("per")) && a.isWord(t + 1, QLatin1StringView("cent"))) {
            percent = true;
            last = t + 1;
        } else if (!q.money && (a.isWord(t, QLatin1StringView("percent")) || a.isWord(t, QLatin1StringView("pc")))) {
            percent = true;
            last = t;
        } else if (!q.money && a.isWord(t, QLatin1StringView("percentage"))
            && (a.isWord(t + 1, QLatin1StringView("points")) || a.isWord(t + 1, QLatin1StringView("point")))) {
            q.unit = QStringLiteral("percentage points");
            last = t + 1;
        }
        if (percent)
            q.unit = QStringLiteral("%");
        if (!percent && q.unit.isEmpty() && !q.money && !a.token(t < a.size() ? t : last).has(Token::LineBreakBefore)) {
            CurrencyTable::Hit name;
            if (m_currencies->nameAt(a, t, &name)) {
                const bool large = n1.magnitude > 1 || q.value >= 1000;
                if (!name.ambiguous || large) {
                    q.money = true;
                    q.currency = name.code;
                    last = name.end;
                }
            }
        }
        if (!q.money && q.unit.isEmpty()) {
            if (!n1.unit.isEmpty()) {
                q.unit = n1.unit;
            } else {
                QString unit;
                const int unitEnd = unitAfter(a, last, q.valueMax ? *q.valueMax : q.value, &unit);
                if (unitEnd >= 0) {
                    q.unit = unit;
                    last = unitEnd;
                }
            }
        }

        // "over five years", "under two weeks": a stretch of time, not a bound.
        if (qualifierStart >= 0 && a.is(last, TimeUnit) && a.is(qualifierStart, Preposition) && last > n1.last) {
            first = n1.first;
            if (hasSymbol)
                first = a.tokenAt(symbol.start);
            qualifier.clear();
        }
        q.qualifier = between ? QString() : qualifier;
        q.approximate = qualifier == u"about";
        if (q.money || percent)
            q.score = 0.9;
        else if (!q.unit.isEmpty())
            q.score = 0.85;
        else if (n1.spelled && n1.magnitude == 1)
            continue; // "five" alone
        else if (q.valueMax || !qualifier.isEmpty() || n1.magnitude > 1 || q.value >= 100 || a.tokenText(i).contains(u'.'))
            q.score = 0.55;
        else
            continue; // a small bare number: a score, a count without a noun, a list item
        q.firstToken = first;
        q.lastToken = last;
        q.start = a.token(first).start;
        q.end = a.token(last).end;
        found.append(q);
        i = last;
    }
    return found;
}

} // namespace Gloss::Suggest
