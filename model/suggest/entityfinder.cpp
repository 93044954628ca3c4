#include "entityfinder.h"

#include "analysedtext.h"

#include <QHash>
#include <QSet>

namespace Gloss::Suggest
{

using namespace Lex;

namespace
{

constexpr quint64 NameWords = GivenName | PersonTitle | OrgSuffix | OrgHead | PlaceSuffix | EventSuffix;

bool isParticle(QStringView w)
{
    static const QSet<QString> particles = {
        QStringLiteral("de"),
        QStringLiteral("da"),
        QStringLiteral("do"),
        QStringLiteral("dos"),
        QStringLiteral("das"),
        QStringLiteral("del"),
        QStringLiteral("della"),
        QStringLiteral("di"),
        QStringLiteral("du"),
        QStringLiteral("van"),
        QStringLiteral("von"),
        QStringLiteral("der"),
        QStringLiteral("den"),
        QStringLiteral("la"),
        QStringLiteral("le"),
        QStringLiteral("al"),
        QStringLiteral("bin"),
        QStringLiteral("ibn"),
        QStringLiteral("el"),
        QStringLiteral("ter"),
        QStringLiteral("ben"),
        QStringLiteral("af"),
    };
    return particles.contains(w.toString());
}

/// Surnames written first (Korean, Chinese): "Kim" is the surname of "Kim Jong Un".
bool isSurnameFirst(QStringView w)
{
    static const QSet<QString> names = {
        QStringLiteral("Kim"),
        QStringLiteral("Lee"),
        QStringLiteral("Park"),
        QStringLiteral("Pak"),
        QStringLiteral("Choi"),
        QStringLiteral("Choe"),
        QStringLiteral("Jung"),
        QStringLiteral("Kang"),
        QStringLiteral("Cho"),
        QStringLiteral("Yoon"),
        QStringLiteral("Jang"),
        QStringLiteral("Lim"),
        QStringLiteral("Han"),
        QStringLiteral("Shin"),
        QStringLiteral("Ri"),
        QStringLiteral("Jo"),
        QStringLiteral("Hwang"),
        QStringLiteral("Kwon"),
        QStringLiteral("Wang"),
        QStringLiteral("Li"),
        QStringLiteral("Zhang"),
        QStringLiteral("Liu"),
        QStringLiteral("Chen"),
        QStringLiteral("Yang"),
        QStringLiteral("Zhao"),
        QStringLiteral("Huang"),
        QStringLiteral("Zhou"),
        QStringLiteral("Wu"),
        QStringLiteral("Xu"),
        QStringLiteral("Sun"),
        QStringLiteral("Hu"),
        QStringLiteral("Zhu"),
        QStringLiteral("Gao"),
        QStringLiteral("Lin"),
        QStringLiteral("Guo"),
        QStringLiteral("Ma"),
        QStringLiteral("Luo"),
        QStringLiteral("Liang"),
        QStringLiteral("Song"),
        QStringLiteral("Zheng"),
        QStringLiteral("Xie"),
        QStringLiteral("Tang"),
        QStringLiteral("Feng"),
        QStringLiteral("Dong"),
        QStringLiteral("Xiao"),
        QStringLiteral("Cao"),
        QStringLiteral("Deng"),
        QStringLiteral("Xi"),
        QStringLiteral("Mao"),
        QStringLiteral("Nguyen"),
        QStringLiteral("Tran"),
        QStringLiteral("Le"),
        QStringLiteral("Pham"),
    };
    return names.contains(w.toString());
}

/// One piece of a proper-noun chunk to classify: tokens [first, last].
struct Piece {
    int first = 0;
    int last = 0;
    bool titled = false; ///< a title stood right before it inside the chunk ("President X")
    bool beforeTitle = false; ///< a title follows it inside the chunk ("Mining" in "Chilean Mining Minister X")
};

class Finder
{
public:
    Finder(const AnalysedText &a, const Gazetteer &gazetteer, const QList<bool> &claimed, const QList<GazetteerEntry> &articleNames)
        : m_a(a), m_gazetteer(gazetteer), m_claimed(claimed), m_articleNames(articleNames), m_gazAt(a.size(), -1), m_taken(a.size(), false)
    {
    }

    QList<EntityMention> run()
    {
        takeGazetteer();
        findWeapons();
        findShips();
        findChunks();
        findAcronyms();
        corefer();
        std::sort(m_found.begin(), m_found.end(), [](const EntityMention &x, const EntityMention &y) { return x.start < y.start; });
        return m_found;
    }

private:
    bool claimed(int t) const { return t < m_claimed.size() && m_claimed[t]; }
    bool isNameWord(int t) const
    {
        return t >= 0 && t < m_a.size() && m_a.token(t).isWord() && m_a.token(t).has(Token::Capitalised) && !claimed(t) && !m_a.token(t).has(Token::HasDigit)
            && !(m_a.token(t).has(Token::AllCaps) && m_a.is(t, CurrencyWord));
    }
    /// Continues the name on the same line with only spaces between.
    bool adjacent(int t) const { return t < m_a.size() && m_a.token(t).has(Token::SpaceBefore) && !m_a.token(t).has(Token::LineBreakBefore); }
    bool isCommonWord(int t) const { return (m_a.info(t).classes & ~NameWords) != 0 && !(m_a.info(t).classes & (GivenName | OrgSuffix | OrgHead)); }
    /// Words that never begin a name: "The", "But", "Officials", "According"; in an institution's name only
    /// the grammar words ("The"), since "Second Thomas Shoal" and "First Capital Bank" begin with others.
    bool isFunctionWord(int t, bool institutional = false) const
    {
        const quint64 strip = institutional ? (Determiner | Preposition | Conjunction | Pronoun | Auxiliary)
                                            : (Determiner | Preposition | Conjunction | Pronoun | Auxiliary | Adverb | SentenceStarter | Attribution);
        return (m_a.info(t).classes & strip) && !(m_a.info(t).classes & (GivenName | OrgSuffix | OrgHead | PersonTitle));
    }
    bool isOrgSuffix(int t, bool beforeTitle) const { return m_a.is(t, OrgSuffix) || (!beforeTitle && m_a.is(t, CompanyWord)); }
    /// An organisation, place or event name by its words: "... Agency", "Ministry of ...", "Gulf of ...".
    bool looksInstitutional(int first, int last) const
    {
        int lastWord = last;
        while (lastWord > first && !m_a.token(lastWord).isWord())
            --lastWord;
        if (m_a.is(lastWord, OrgSuffix) || m_a.is(lastWord, CompanyWord) || m_a.is(lastWord, PlaceSuffix) || m_a.is(lastWord, EventSuffix))
            return true;
        for (int t = first; t < last; ++t) {
            if ((m_a.is(t, OrgHead) || m_a.is(t, OrgSuffix) || m_a.is(t, PlaceSuffix)) && m_a.token(t).has(Token::Capitalised)
                && (m_a.isWord(t + 1, QLatin1StringView("of")) || m_a.isWord(t + 1, QLatin1StringView("for"))))
                return true;
        }
        return false;
    }

    void add(int first, int last, const QString &tag, double score, Suggestion::Source source, const QString &rule, const QString &canonical = {},
        const QVariantMap &attributes = {})
    {
        EntityMention m;
        m.firstToken = first;
        m.lastToken = last;
        m.start = m_a.token(first).start;
        m.end = m_a.token(last).end;
        m.tag = tag;
        m.score = score;
        m.source = source;
        m.canonical = canonical;
        m.attributes = attributes;
        if (!rule.isEmpty())
            m.attributes.insert(QStringLiteral("rule"), rule);
        // Keep the list free of overlaps: a longer mention wins, a gazetteer name wins a tie.
        for (qsizetype k = 0; k < m_found.size(); ++k) {
            const EntityMention &o = m_found[k];
            if (o.start < m.end && m.start < o.end) {
                const bool longer = m.end - m.start > o.end - o.start;
                const bool tieWin
                    = m.end - m.start == o.end - o.start && o.source != Suggestion::Source::Gazetteer && m.source == Suggestion::Source::Gazetteer;
                if (!(longer || tieWin))
                    return;
                m_found.removeAt(k--);
            }
        }
        for (int t = first; t <= last; ++t)
            m_taken[t] = true;
        m_found.append(m);
    }

    void takeGazetteer()
    {
        const QList<Gazetteer::Match> matches = m_gazetteer.findAll(m_a.text(), m_a.tokens());
        for (const Gazetteer::Match &match : matches) {
            // "anti-Western", "pro-Russian": a prefix makes an adjective, no name.
            const int f = match.firstToken;
            if (f >= 2 && m_a.token(f).isJoined() && m_a.isPunct(f - 1, u'-') && m_a.token(f - 1).isJoined() && m_a.token(f - 2).isWord()
                && !m_a.token(f - 2).has(Token::Capitalised))
                continue;
            bool isClaimed = false;
            for (int t = match.firstToken; t <= match.lastToken; ++t)
                isClaimed = isClaimed || claimed(t);
            if (isClaimed)
                continue;
            const GazetteerEntry &e = m_gazetteer.entry(match.entry);
            const double score = e.tag == u"Group" ? 0.85 : 0.9;
            QVariantMap attributes = e.attributes;
            attributes.insert(QStringLiteral("list"), e.list);
            add(match.firstToken, match.lastToken, e.tag, score, Suggestion::Source::Gazetteer, {}, e.canonical, attributes);
            m_gazetteerMentions.append(m_found.constLast());
            for (int t = match.firstToken; t <= match.lastToken; ++t)
                m_gazAt[t] = int(m_gazetteerMentions.size()) - 1;
        }
    }

    /// The gazetteer name covering token \a t (index into m_gazetteerMentions), or -1.
    int gazetteerAt(int t) const { return t >= 0 && t < m_gazAt.size() ? m_gazAt[t] : -1; }
    bool taken(int t) const { return t >= 0 && t < m_taken.size() && m_taken[t]; }

    void findWeapons()
    {
        static const QSet<QString> notWeapons
            = {QStringLiteral("COVID"), QStringLiteral("G"), QStringLiteral("MH"), QStringLiteral("SARS"), QStringLiteral("H"), QStringLiteral("Covid"),
                QStringLiteral("A"), QStringLiteral("I"), QStringLiteral("U"), QStringLiteral("N"), QStringLiteral("PM"), QStringLiteral("MP")};
        for (int i = 0; i + 2 < m_a.size(); ++i) {
            const Token &t = m_a.token(i);
            if (!t.isWord() || !t.has(Token::Capitalised) || t.length() > 4 || taken(i) || claimed(i))
                continue;
            if (!m_a.isPunct(i + 1, u'-') || !m_a.token(i + 1).isJoined() || !m_a.token(i + 2).isJoined())
                continue;
            const Token &n = m_a.token(i + 2);
            if (!(n.isNumber() || (n.isWord() && n.has(Token::HasDigit) && m_a.tokenText(i + 2).front().isDigit())))
                continue;
            if (notWeapons.contains(m_a.tokenText(i).toString()))
                continue;
            // "F-16" needs capitals ("Su", "MiG", "KN"), not an ordinary word ("Article-5")
            const QStringView w = m_a.tokenText(i);
            if (w.size() > 2 && !t.has(Token::AllCaps) && !(w.size() == 3 && w[2].isUpper()))
                continue;
            add(i, i + 2, QStringLiteral("Weapon"), 0.75, Suggestion::Source::Rule, QStringLiteral("designation"));
            i += 2;
        }
    }

    /// "USS Carney", "HMS Queen Elizabeth": a ship's prefix and its name.
    void findShips()
    {
        static const QSet<QString> prefixes = {QStringLiteral("USS"), QStringLiteral("HMS"), QStringLiteral("USNS"), QStringLiteral("HMAS"),
            QStringLiteral("HMCS"), QStringLiteral("INS"), QStringLiteral("RFS"), QStringLiteral("JS")};
        for (int i = 0; i + 1 < m_a.size(); ++i) {
            if (!m_a.token(i).has(Token::AllCaps) || !prefixes.contains(m_a.tokenText(i).toString()) || taken(i) || !isNameWord(i + 1) || !adjacent(i + 1))
                continue;
            int last = i + 1;
            while (last + 1 < m_a.size() && last < i + 3 && isNameWord(last + 1) && adjacent(last + 1) && !taken(last + 1))
                ++last;
            add(i, last, QStringLiteral("Weapon"), 0.75, Suggestion::Source::Rule, QStringLiteral("ship"));
            i = last;
        }
    }

    /// The connector words that may stand inside a name: "Ministry of Foreign Affairs", "von der Leyen".
    int continueChunk(int t, bool *sawOf, int chunkFirst) const
    {
        int c = t + 1;
        // "Mr.", "Dr." keep the chunk going
        if (m_a.is(t, PersonTitle) && m_a.isPunct(c, u'.') && m_a.token(c).isJoined() && m_a.token(t).length() <= 4)
            ++c;
        if (c >= m_a.size())
            return -1;
        const Token &next = m_a.token(c);
        if (next.isPunct()) {
            // "Jean-Pierre", "Jong-un": a hyphen joins; an apostrophe ends the name ("Russia's") except in "O'Brien"
            if (next.isJoined() && TextFold::isHyphen(m_a.text()[next.start]) && c + 1 < m_a.size() && m_a.token(c + 1).isJoined() && m_a.token(c + 1).isWord()
                && !claimed(c + 1))
                return c + 1;
            if (next.isJoined() && TextFold::isApostrophe(m_a.text()[next.start]) && m_a.token(t).length() == 1 && isNameWord(c + 1)
                && m_a.token(c + 1).isJoined())
                return c + 1;
            return -1;
        }
        if (!adjacent(c))
            return -1;
        if (isNameWord(c))
            return c;
        const QStringView w = m_a.tokenText(c);
        if (!next.isWord())
            return -1;
        if ((w == u"of" || w == u"for")
            && (((m_a.is(t, OrgHead) || m_a.is(t, OrgSuffix) || m_a.is(t, PlaceSuffix)) && m_a.token(t).has(Token::Capitalised)) || *sawOf)) {
            int d = c + 1;
            if (m_a.isWord(d, QLatin1StringView("the")) && adjacent(d))
                ++d;
            if (isNameWord(d) && adjacent(d)) {
                *sawOf = true;
                return d;
            }
            return -1;
        }
        if ((w == u"and" || w == u"&") && *sawOf && isNameWord(c + 1) && adjacent(c + 1))
            return c + 1;
        if (w == u"&" && isNameWord(c + 1))
            return c + 1;
        if (isParticle(w) && c > chunkFirst) {
            int d = c + 1;
            while (d < m_a.size() && m_a.token(d).isWord() && isParticle(m_a.tokenText(d)) && adjacent(d))
                ++d;
            if (isNameWord(d) && adjacent(d))
                return d;
            // "al-Assad", "el-Sisi"
            if (m_a.isPunct(d, u'-') && m_a.token(d).isJoined() && isNameWord(d + 1) && m_a.token(d + 1).isJoined())
                return d + 1;
        }
        return -1;
    }

    void findChunks()
    {
        const int n = m_a.size();
        for (int i = 0; i < n; ++i) {
            if (!isNameWord(i))
                continue;
            bool sawOf = false;
            int last = i;
            int t = i;
            while (true) {
                const int c = continueChunk(t, &sawOf, i);
                if (c < 0)
                    break;
                t = last = c;
            }
            classifyChunk(i, last);
            i = last;
        }
    }

    /// The words of the chunk (connectors and hyphens skipped).
    QList<int> wordsOf(int first, int last) const
    {
        QList<int> words;
        for (int t = first; t <= last; ++t) {
            if (m_a.token(t).isWord() && (m_a.token(t).has(Token::Capitalised) || !isParticle(m_a.tokenText(t))) && m_a.tokenText(t) != u"of"
                && m_a.tokenText(t) != u"for" && m_a.tokenText(t) != u"the" && m_a.tokenText(t) != u"and")
                words.append(t);
        }
        return words;
    }

    /// True when tokens [first, last] are all a quotation holds: a scare-quoted phrase or heading ("“Half Alliance”").
    bool quotedAlone(int first, int last) const
    {
        const auto isQuote = [&](int t) {
            if (t < 0 || t >= m_a.size() || !m_a.token(t).isPunct())
                return false;
            const QChar c = m_a.text()[m_a.token(t).start];
            return c == u'\u201C' || c == u'\u201D' || c == u'"' || c == u'\u2018' || c == u'\u2019' || c == u'\'';
        };
        return isQuote(first - 1) && isQuote(last + 1) && m_a.token(first).isJoined() && m_a.token(last + 1).isJoined();
    }

    void classifyChunk(int first, int last)
    {
        if (quotedAlone(first, last) && !wholeIsGazetteer(first, last))
            return;
        // "the state of Rio Grande do Sul", "the border guard district of South Karelia": the whole chunk.
        if (m_a.isWord(first - 1, QLatin1StringView("of")) && m_a.is(first - 2, PlaceCue) && !m_a.token(first - 2).has(Token::Capitalised)
            && !wholeIsGazetteer(first, last) && !looksInstitutional(first, last)) {
            add(first, last, QStringLiteral("Place"), 0.8, Suggestion::Source::Rule, QStringLiteral("place-cue"));
            return;
        }
        // Drop common words at the start ("The", "But", "Officials"); keep words such as "Defence" or "National"
        // when the chunk is an institution's name ("Defence Ministry", "National Bureau of Investigation").
        const bool institutional = looksInstitutional(first, last);
        while (first <= last
            && (!m_a.token(first).isWord()
                || (gazetteerAt(first) < 0 && !m_a.is(first, PersonTitle)
                    && (isFunctionWord(first, institutional) || (!institutional && isCommonWord(first))))))
            ++first;
        if (first > last)
            return;
        // "Analyst Mari Kask": a role word dropped at the start still says who follows.
        bool titled = first > 0 && m_a.token(first - 1).isWord() && m_a.token(first - 1).has(Token::Capitalised) && adjacent(first)
            && (m_a.is(first - 1, PersonRole) || m_a.is(first - 1, PersonTitle)) && !m_a.tokenText(first - 1).endsWith(u's');
        // Split at titles: "Estonian Interior Minister Lauri Tamm" -> [Estonian] title [Lauri Tamm].
        QList<Piece> pieces;
        int pieceStart = first;
        int t = first;
        while (t <= last) {
            if (m_a.is(t, PersonTitle) && m_a.token(t).has(Token::Capitalised) && gazetteerAt(t) == -1) {
                int end = t;
                while (end + 1 <= last
                    && ((m_a.is(end + 1, PersonTitle) && gazetteerAt(end + 1) == -1) || m_a.isPunct(end + 1, u'.')
                        || (m_a.isPunct(end + 1, u'-') && m_a.is(end + 2, PersonTitle))))
                    ++end;
                // Modifiers before the title: "Interior", "Prime", "Deputy Foreign"
                int begin = t;
                while (begin - 1 >= pieceStart && t - begin < 3 && m_a.token(begin - 1).isWord() && gazetteerAt(begin - 1) == -1
                    && !m_a.is(begin - 1, OrgSuffix) && m_a.token(begin - 1).has(Token::Capitalised))
                    --begin;
                // A title that ends the chunk is a title alone ("the Chinese Prime Minister"); one that heads an
                // organisation name is part of it ("General Staff").
                const int after = end + 1;
                if (after > last)
                    break;
                if (begin > pieceStart)
                    pieces.append({pieceStart, begin - 1, titled, true});
                pieceStart = after;
                titled = true;
                t = after;
                continue;
            }
            ++t;
        }
        if (pieceStart <= last)
            pieces.append({pieceStart, last, titled});
        for (const Piece &p : pieces)
            classifyPiece(p);
    }

    bool wholeIsGazetteer(int first, int last) const
    {
        for (int t = first; t <= last; ++t) {
            if (m_a.token(t).isWord() && gazetteerAt(t) < 0)
                return false;
        }
        return true;
    }

    bool roleBefore(int first) const
    {
        int p = first - 1;
        // "former president X", "the agency's spokesperson X", "spokesperson for the ministry"
        if (p >= 0 && m_a.token(p).isWord() && !m_a.token(p).has(Token::Capitalised) && (m_a.is(p, PersonRole) || m_a.is(p, PersonTitle)) && adjacent(first))
            return true;
        return false;
    }

    bool orgCueBefore(int first, int last) const
    {
        int p = first - 1;
        if (p >= 0 && m_a.token(p).isWord() && !m_a.token(p).has(Token::Capitalised) && m_a.is(p, OrgCue) && adjacent(first))
            return true;
        // "Switzerland's financial regulator, FINMA, said"
        if (m_a.isPunct(p, u',') && p >= 1 && m_a.token(p - 1).isWord() && !m_a.token(p - 1).has(Token::Capitalised) && m_a.is(p - 1, OrgCue)
            && (m_a.isPunct(last + 1, u',') || m_a.isPunct(last + 1, u'.')))
            return true;
        return false;
    }

    /// "the group's military spokesman, Yahya Saree": a role, a comma, then the name alone.
    bool roleCommaBefore(int first, int last) const
    {
        const int p = first - 1;
        if (!m_a.isPunct(p, u',') || p < 1)
            return false;
        const int role = p - 1;
        if (!m_a.token(role).isWord() || m_a.token(role).has(Token::Capitalised) || !(m_a.is(role, PersonRole) || m_a.is(role, PersonTitle)))
            return false;
        const int after = last + 1;
        return after >= m_a.size() || m_a.isPunct(after, u',') || m_a.isPunct(after, u'.') || m_a.token(after).has(Token::LineBreakBefore);
    }

    bool appositionAfter(int last) const
    {
        int c = last + 1;
        if (!m_a.isPunct(c, u','))
            return false;
        int w = c + 1;
        if (m_a.isWord(w, QLatin1StringView("who")))
            return true;
        // ", 45," an age
        if (w < m_a.size() && m_a.token(w).isNumber() && m_a.isPunct(w + 1, u','))
            return true;
        if (!(m_a.isWord(w, QLatin1StringView("a")) || m_a.isWord(w, QLatin1StringView("an")) || m_a.isWord(w, QLatin1StringView("the"))
                || m_a.isWord(w, QLatin1StringView("its")) || m_a.isWord(w, QLatin1StringView("their")) || m_a.isWord(w, QLatin1StringView("his"))
                || m_a.isWord(w, QLatin1StringView("her")) || m_a.isWord(w, QLatin1StringView("former"))))
            return false;
        for (int k = w + 1; k < m_a.size() && k <= w + 5; ++k) {
            if (m_a.token(k).isPunct())
                return false;
            if ((m_a.is(k, PersonRole) || m_a.is(k, PersonTitle)) && !m_a.token(k).has(Token::Capitalised))
                return true;
            if (m_a.is(k, PersonTitle) && m_a.token(k).has(Token::Capitalised))
                return true;
        }
        return false;
    }

    bool attributionNear(int first, int last) const
    {
        const int n = last + 1;
        if (n < m_a.size() && m_a.is(n, Attribution) && !m_a.token(n).has(Token::Capitalised) && adjacent(n))
            return true;
        if (m_a.isWord(first - 1, QLatin1StringView("said")) || m_a.isWord(first - 1, QLatin1StringView("says"))
            || m_a.isWord(first - 1, QLatin1StringView("told")))
            return true;
        return m_a.isWord(first - 1, QLatin1StringView("to")) && m_a.isWord(first - 2, QLatin1StringView("according"));
    }

    bool allUnknown(const QList<int> &words) const
    {
        for (int w : words) {
            if (m_a.info(w).classes && !m_a.is(w, GivenName))
                return false;
        }
        return true;
    }

    void classifyPiece(Piece p)
    {
        const bool institutional = looksInstitutional(p.first, p.last);
        while (p.first <= p.last
            && (!m_a.token(p.first).isWord()
                || (gazetteerAt(p.first) < 0 && (isFunctionWord(p.first, institutional) || (!institutional && isCommonWord(p.first))))))
            ++p.first;
        while (p.last >= p.first && !m_a.token(p.last).isWord())
            --p.last;
        if (p.first > p.last || wholeIsGazetteer(p.first, p.last))
            return;
        const QList<int> words = wordsOf(p.first, p.last);
        if (words.isEmpty())
            return;
        const int lastWord = words.constLast();
        const int firstWord = words.constFirst();
        const int count = int(words.size());

        // Organisation, place and event words decide for the whole piece, names inside it included.
        bool ofHead = false;
        for (int t = p.first; t < p.last; ++t) {
            if ((m_a.is(t, OrgHead) || m_a.is(t, OrgSuffix)) && m_a.token(t).has(Token::Capitalised)
                && (m_a.isWord(t + 1, QLatin1StringView("of")) || m_a.isWord(t + 1, QLatin1StringView("for"))))
                ofHead = true;
        }
        if (count >= 2 && isOrgSuffix(lastWord, p.beforeTitle)) {
            add(p.first, p.last, QStringLiteral("Organisation"), 0.8, Suggestion::Source::Rule, QStringLiteral("organisation-suffix"));
            return;
        }
        if (m_a.is(firstWord, PlaceSuffix) && m_a.isWord(firstWord + 1, QLatin1StringView("of")) && !m_a.is(firstWord, OrgHead)) {
            add(p.first, p.last, QStringLiteral("Place"), 0.75, Suggestion::Source::Rule, QStringLiteral("place-of"));
            return;
        }
        if (ofHead && count >= 2) {
            add(p.first, p.last, QStringLiteral("Organisation"), 0.8, Suggestion::Source::Rule, QStringLiteral("organisation-of"));
            return;
        }
        // "the state of Rio Grande do Sul", "the town of X": the whole name, even where a part of it is a known name.
        if (count >= 2 && !p.titled && m_a.isWord(p.first - 1, QLatin1StringView("of")) && m_a.is(p.first - 2, PlaceCue)
            && !m_a.token(p.first - 2).has(Token::Capitalised) && !wholeIsGazetteer(p.first, p.last)) {
            add(p.first, p.last, QStringLiteral("Place"), 0.8, Suggestion::Source::Rule, QStringLiteral("place-cue"));
            return;
        }
        if (count >= 2 && m_a.is(lastWord, PlaceSuffix) && !m_a.is(lastWord, OrgSuffix)) {
            add(p.first, p.last, QStringLiteral("Place"), 0.75, Suggestion::Source::Rule, QStringLiteral("place-suffix"));
            return;
        }
        if (count >= 2 && m_a.is(lastWord, EventSuffix)) {
            add(p.first, p.last, QStringLiteral("Event"), 0.7, Suggestion::Source::Rule, QStringLiteral("event-suffix"));
            return;
        }

        // Otherwise names from the gazetteer inside the piece stand, and the rest is classified on its own.
        int start = p.first;
        bool first = true;
        for (int t = p.first; t <= p.last + 1; ++t) {
            if (t == p.last + 1 || gazetteerAt(t) >= 0) {
                if (t > start) {
                    Piece q{start, t - 1, p.titled && first};
                    classifyName(q);
                }
                first = false;
                start = t + 1;
            }
        }
    }

    void classifyName(Piece p)
    {
        while (p.first <= p.last && !m_a.token(p.first).isWord())
            ++p.first;
        while (p.last >= p.first && !m_a.token(p.last).isWord())
            --p.last;
        if (p.first > p.last)
            return;
        const QList<int> words = wordsOf(p.first, p.last);
        if (words.isEmpty())
            return;
        const int count = int(words.size());
        const int firstWord = words.constFirst();
        const bool allCommon = [&] {
            for (int w : words)
                if (!isCommonWord(w))
                    return false;
            return true;
        }();
        if (allCommon)
            return;
        // "the union X", "the state company X", "financial regulator, X,": an organisation.
        if (count <= 5 && !p.titled && orgCueBefore(p.first, p.last)) {
            add(p.first, p.last, QStringLiteral("Organisation"), 0.7, Suggestion::Source::Rule, QStringLiteral("organisation-cue"));
            return;
        }
        // "X director Urs Meier", "X spokesman Y": the chunk before the role is whom the person works for.
        if (count <= 3 && !p.titled && !m_a.is(firstWord, GivenName) && p.last + 2 < m_a.size() && adjacent(p.last + 1)
            && (m_a.is(p.last + 1, PersonRole) || m_a.is(p.last + 1, PersonTitle)) && !m_a.token(p.last + 1).has(Token::Capitalised) && isNameWord(p.last + 2)
            && adjacent(p.last + 2) && !m_a.startsSentence(p.first)) {
            add(p.first, p.last, QStringLiteral("Organisation"), 0.6, Suggestion::Source::Rule, QStringLiteral("employer"));
            return;
        }
        if (count <= 4 && (p.titled || roleBefore(p.first) || roleCommaBefore(p.first, p.last))) {
            add(p.first, p.last, QStringLiteral("Person"), p.titled ? 0.85 : 0.8, Suggestion::Source::Rule, QStringLiteral("title"));
            return;
        }
        if (count >= 2 && count <= 4 && m_a.is(firstWord, GivenName)) {
            add(p.first, p.last, QStringLiteral("Person"), 0.75, Suggestion::Source::Rule, QStringLiteral("given-name"));
            return;
        }
        if (count >= 2 && count <= 4 && appositionAfter(p.last)) {
            add(p.first, p.last, QStringLiteral("Person"), 0.7, Suggestion::Source::Rule, QStringLiteral("apposition"));
            return;
        }
        if (count >= 2 && count <= 3 && attributionNear(p.first, p.last) && allUnknown(words)) {
            add(p.first, p.last, QStringLiteral("Person"), 0.6, Suggestion::Source::Rule, QStringLiteral("speaker"));
            return;
        }
        // Places by their surroundings.
        if (count <= 3) {
            const int before = p.first - 1;
            const bool placeOf = m_a.isWord(before, QLatin1StringView("of")) && m_a.is(before - 1, PlaceCue) && !m_a.token(before - 1).has(Token::Capitalised);
            const bool cueAfter = p.last + 1 < m_a.size() && (m_a.is(p.last + 1, PlaceCue) || m_a.is(p.last + 1, PlaceSuffix))
                && !m_a.token(p.last + 1).has(Token::Capitalised) && adjacent(p.last + 1) && !m_a.isWord(p.last + 2, QLatin1StringView("of"));
            const bool based = m_a.isPunct(p.last + 1, u'-') && m_a.token(p.last + 1).isJoined() && m_a.isWord(p.last + 2, QLatin1StringView("based"));
            bool commaPlace = false;
            if (m_a.isPunct(p.last + 1, u',') && gazetteerAt(p.last + 2) >= 0) {
                const int g = gazetteerAt(p.last + 2);
                const EntityMention &place = m_gazetteerMentions[g];
                commaPlace = place.tag == u"Place" && place.attributes.value(QStringLiteral("type")).toString() == u"country";
            }
            // "Porto Alegre, the state capital,"
            bool capitalAfter = false;
            if (m_a.isPunct(p.last + 1, u',') && m_a.isWord(p.last + 2, QLatin1StringView("the"))) {
                for (int k = p.last + 3; k <= p.last + 4 && k < m_a.size(); ++k)
                    capitalAfter = capitalAfter || (m_a.isWord(k, QLatin1StringView("capital")) || m_a.isWord(k, QLatin1StringView("city")));
            }
            if (placeOf || cueAfter || based || commaPlace || capitalAfter) {
                add(p.first, p.last, QStringLiteral("Place"), placeOf ? 0.8 : 0.7, Suggestion::Source::Rule, QStringLiteral("place-cue"));
                return;
            }
            // "around Maradi and Zinder": a name joined to a place is a place.
            if (count == 1 && (m_a.isWord(before, QLatin1StringView("and")) || m_a.isWord(before, QLatin1StringView("or"))) && m_a.info(firstWord).classes == 0
                && !m_a.token(firstWord).has(Token::AllCaps) && !isNameWord(p.last + 1)) {
                for (const EntityMention &m : std::as_const(m_found)) {
                    if (m.lastToken == before - 1 && m.tag == u"Place") {
                        add(p.first, p.last, QStringLiteral("Place"), 0.55, Suggestion::Source::Rule, QStringLiteral("coordination"));
                        return;
                    }
                }
            }
            const bool locative = m_a.isWord(before, QLatin1StringView("in")) || m_a.isWord(before, QLatin1StringView("near"))
                || m_a.isWord(before, QLatin1StringView("outside")) || m_a.isWord(before, QLatin1StringView("across"))
                || m_a.isWord(before, QLatin1StringView("around")) || m_a.isWord(before, QLatin1StringView("towards"));
            if (locative && count == 1 && !m_a.token(before).has(Token::Capitalised) && m_a.info(firstWord).classes == 0
                && !m_a.token(firstWord).has(Token::AllCaps) && !isNameWord(p.last + 1)) {
                add(p.first, p.last, QStringLiteral("Place"), 0.55, Suggestion::Source::Rule, QStringLiteral("locative"));
                return;
            }
        }
        if (count == 1 && attributionNear(p.first, p.last) && m_a.info(firstWord).classes == 0 && !m_a.token(firstWord).has(Token::AllCaps)) {
            m_unknownSpeakers.append(p.first);
        }
    }

    /// "Baltic Energy Agency (BEA)": the acronym names the organisation from then on.
    void findAcronyms()
    {
        const int count = int(m_found.size());
        for (int k = 0; k < count; ++k) {
            const EntityMention m = m_found[k];
            if (m.tag != u"Organisation")
                continue;
            const int open = m.lastToken + 1;
            if (!m_a.isPunct(open, u'(') || !m_a.isPunct(open + 2, u')'))
                continue;
            const int acronym = open + 1;
            if (!m_a.token(acronym).has(Token::AllCaps) || m_a.token(acronym).length() < 2 || taken(acronym))
                continue;
            const QString name = m_a.tokenText(acronym).toString();
            add(acronym, acronym, m.tag, 0.8, Suggestion::Source::Rule, QStringLiteral("acronym"),
                m.canonical.isEmpty() ? m_a.text().mid(m.start, m.end - m.start).toString() : m.canonical);
            m_aliases.append({name, m.tag, m_found.constLast().canonical});
        }
    }

    /// Names found once are found again: whole names, and people's surnames ("Kask" after "Mari Kask").
    void corefer()
    {
        Gazetteer local;
        QSet<QString> seen;
        auto addName = [&](const QString &name, const QString &tag, const QString &canonical) {
            const QString key = tag + u'\t' + name;
            if (name.isEmpty() || seen.contains(key))
                return;
            seen.insert(key);
            GazetteerEntry e;
            e.tag = tag;
            e.canonical = name;
            e.list = canonical;
            local.addEntry(e);
        };
        for (const EntityMention &m : std::as_const(m_found)) {
            const QString text = m_a.text().mid(m.start, m.end - m.start).toString();
            const QString canonical = m.canonical.isEmpty() ? text : m.canonical;
            if (m.source == Suggestion::Source::Rule && m.tag != u"Weapon")
                addName(text, m.tag, canonical);
            // "Altiplano Minerals Corp" is also "Altiplano Minerals"
            if (m.tag == u"Organisation" && m.lastToken > m.firstToken && m_a.is(m.lastToken, LegalSuffix)) {
                int end = m.lastToken - 1;
                while (end > m.firstToken && !m_a.token(end).isWord())
                    --end;
                if (end > m.firstToken || !m_a.info(m.firstToken).classes)
                    addName(m_a.spanText(m.firstToken, end).toString(), m.tag, canonical);
            }
            if (m.tag == u"Person") {
                const QList<int> words = wordsOf(m.firstToken, m.lastToken);
                if (words.size() >= 2) {
                    const int surname = isSurnameFirst(m_a.tokenText(words.constFirst())) ? words.constFirst() : words.constLast();
                    // A surname that is also a common word ("May", "Long") is no safe alias.
                    if (!m_a.info(surname).classes || m_a.is(surname, GivenName))
                        addName(m_a.tokenText(surname).toString(), m.tag, canonical);
                }
            }
        }
        for (const auto &alias : std::as_const(m_aliases))
            addName(alias.name, alias.tag, alias.canonical);
        for (const GazetteerEntry &e : m_articleNames) {
            addName(e.canonical, e.tag, e.canonical);
            for (const QString &alias : e.aliases)
                addName(alias, e.tag, e.canonical);
        }
        if (local.isEmpty())
            return;
        const QList<Gazetteer::Match> matches = local.findAll(m_a.text(), m_a.tokens());
        for (const Gazetteer::Match &match : matches) {
            bool free = true;
            for (int t = match.firstToken; t <= match.lastToken; ++t)
                free = free && !taken(t) && !claimed(t);
            if (!free)
                continue;
            const GazetteerEntry &e = local.entry(match.entry);
            add(match.firstToken, match.lastToken, e.tag, 0.75, Suggestion::Source::Rule, QStringLiteral("coreference"), e.list);
        }
    }

    struct Alias {
        QString name;
        QString tag;
        QString canonical;
    };

    const AnalysedText &m_a;
    const Gazetteer &m_gazetteer;
    const QList<bool> &m_claimed;
    const QList<GazetteerEntry> &m_articleNames;
    QList<int> m_gazAt; ///< per token: index into m_gazetteerMentions, or -1
    QList<bool> m_taken; ///< per token: some mention covers it
    QList<EntityMention> m_gazetteerMentions;
    QList<EntityMention> m_found;
    QList<Alias> m_aliases;
    QList<int> m_unknownSpeakers;
};

} // namespace

EntityFinder::EntityFinder(std::shared_ptr<const Gazetteer> gazetteer) : m_gazetteer(std::move(gazetteer))
{
}

QList<EntityMention> EntityFinder::findAll(const AnalysedText &text, const QList<bool> &claimed, const QList<GazetteerEntry> &articleNames) const
{
    Finder finder(text, *m_gazetteer, claimed, articleNames);
    return finder.run();
}

} // namespace Gloss::Suggest
