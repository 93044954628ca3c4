#include "claimfinder.h"

#include "analysedtext.h"
#include "datefinder.h"
#include "entityfinder.h"
#include "quantityfinder.h"

#include <QHash>

namespace Gloss::Suggest
{

using namespace Lex;
using Cues::CueKind;

namespace
{

/// A proposed speaker: an entity mention, or just words.
struct Speaker {
    QString text;
    int start = -1;
    int end = -1;
    QString source; ///< "cue", "coreference", "outlet"
    QString canonical;
    bool found() const { return !text.isEmpty(); }
};

class Claims
{
public:
    explicit Claims(const ClaimInput &in) : m_in(in), m_a(*in.text)
    {
        for (int k = 0; k < in.entities->size(); ++k) {
            const EntityMention &e = in.entities->at(k);
            m_byLast.insert(e.lastToken, k);
            m_byFirst.insert(e.firstToken, k);
        }
    }

    QList<ClaimMention> run()
    {
        QList<ClaimMention> claims;
        const QList<TextSpan> &sentences = m_a.sentences();
        qsizetype cue = 0;
        qsizetype quantity = 0;
        qsizetype date = 0;
        Speaker previous;
        int previousSentence = -2;
        for (int s = 0; s < sentences.size(); ++s) {
            const TextSpan span = sentences[s];
            // The cues, figures and dates inside this sentence.
            while (cue < m_in.cues.size() && m_in.cues[cue].end() <= span.start)
                ++cue;
            Cues::CueSpans cues;
            for (qsizetype k = cue; k < m_in.cues.size() && m_in.cues[k].offset < span.end; ++k)
                cues.append(m_in.cues[k]);
            addLexiconCues(s, cues);
            while (quantity < m_in.quantities->size() && m_in.quantities->at(quantity).end <= span.start)
                ++quantity;
            const Quantity *figure = nullptr;
            for (qsizetype k = quantity; k < m_in.quantities->size() && m_in.quantities->at(k).start < span.end; ++k) {
                if (!figure || (figure->score < 0.8 && m_in.quantities->at(k).score > figure->score))
                    figure = &m_in.quantities->at(k);
            }
            while (date < m_in.dates->size() && m_in.dates->at(date).end <= span.start)
                ++date;
            const DateMention *when = date < m_in.dates->size() && m_in.dates->at(date).start < span.end ? &m_in.dates->at(date) : nullptr;

            const int firstToken = m_a.firstTokenOf(s);
            const int endToken = m_a.endTokenOf(s);
            int words = 0;
            for (int t = firstToken; t < endToken; ++t)
                words += m_a.token(t).isWord() ? 1 : 0;
            if (words < 4)
                continue;

            QStringList attributionCues;
            QStringList hedges;
            bool quote = false;
            const Cues::CueSpan *anchor = nullptr;
            int anchorRank = 99;
            for (const Cues::CueSpan &c : std::as_const(cues)) {
                const QString cueText = m_a.text().mid(c.offset, c.length).toString();
                if (c.kind == CueKind::Attribution) {
                    attributionCues.append(cueText);
                    const int rank = anchorRankOf(cueText);
                    if (rank < anchorRank && !insideQuote(c, cues)) {
                        anchor = &c;
                        anchorRank = rank;
                    }
                } else if (c.kind == CueKind::Hedge) {
                    hedges.append(cueText);
                } else if (c.kind == CueKind::Quote && wordsIn(c.offset, c.end()) >= 4) {
                    quote = true;
                }
            }
            if (!anchor && !quote && !figure)
                continue;

            ClaimMention claim;
            claim.start = span.start;
            claim.end = span.end;
            QVariantMap &attrs = claim.attributes;

            Speaker speaker;
            if (anchor)
                speaker = speakerOf(*anchor, firstToken, endToken);
            if (!speaker.found() && quote)
                speaker = beforeColon(cues, firstToken);
            if (!speaker.found() && quote && previousSentence == s - 1 && previous.found() && previous.source != u"outlet") {
                speaker = previous;
                speaker.source = QStringLiteral("coreference");
            }
            if (!speaker.found()) {
                speaker.text = m_in.outlet;
                speaker.source = QStringLiteral("outlet");
            }
            attrs.insert(QStringLiteral("speaker"), speaker.text);
            attrs.insert(QStringLiteral("speakerSource"), speaker.source);
            if (speaker.start >= 0) {
                attrs.insert(QStringLiteral("speakerStart"), speaker.start);
                attrs.insert(QStringLiteral("speakerEnd"), speaker.end);
            }
            if (!speaker.canonical.isEmpty())
                attrs.insert(QStringLiteral("speakerCanonical"), speaker.canonical);
            if (speaker.source != u"outlet") {
                previous = speaker;
                previousSentence = s;
            }

            // Stance: denial over hedging over reporting over plain assertion.
            QStringList denials;
            QStringList reports;
            for (int t = firstToken; t < endToken; ++t) {
                if (!m_a.token(t).isWord() || !m_a.is(t, Denial) || m_a.token(t).has(Token::Capitalised))
                    continue;
                // "is legally disputed", "was rejected": a state or a passive, not the speaker denying
                const int p = t - 1;
                if (isBeForm(p) || (p >= 0 && m_a.token(p).isWord() && m_a.tokenText(p).endsWith(u"ly") && isBeForm(p - 1)))
                    continue;
                denials.append(m_a.tokenText(t).toString());
            }
            for (const QString &c : std::as_const(attributionCues)) {
                const QString lower = c.toLower();
                if (lower.startsWith(u"report") || lower.startsWith(u"according") || lower.startsWith(u"cite") || lower.startsWith(u"quoted"))
                    reports.append(c);
            }
            QString stance = QStringLiteral("asserts");
            QStringList stanceCues;
            if (!denials.isEmpty()) {
                stance = QStringLiteral("denies");
                stanceCues = denials;
            } else if (!hedges.isEmpty()) {
                stance = QStringLiteral("hedges");
                stanceCues = hedges;
            } else if (!reports.isEmpty()) {
                stance = QStringLiteral("reports");
                stanceCues = reports;
            }
            attrs.insert(QStringLiteral("stance"), stance);
            attrs.insert(QStringLiteral("stanceCues"), stanceCues);
            attrs.insert(QStringLiteral("cues"), attributionCues);
            attrs.insert(QStringLiteral("quote"), quote);
            if (figure) {
                QVariantMap f = figure->attributes();
                f.insert(QStringLiteral("text"), m_a.text().mid(figure->start, figure->end - figure->start).toString());
                f.insert(QStringLiteral("kind"), figure->money ? QStringLiteral("money") : QStringLiteral("figure"));
                attrs.insert(QStringLiteral("figure"), f);
            }
            if (when && !when->iso.isEmpty())
                attrs.insert(QStringLiteral("date"), when->iso);

            double score = 0.45;
            if (anchor)
                score += 0.3;
            if (quote)
                score += 0.15;
            if (figure)
                score += 0.1;
            if (speaker.source == u"cue")
                score += 0.05;
            claim.score = qMin(score, 0.95);
            claims.append(claim);
        }
        return claims;
    }

private:
    /// Attribution and denial verbs the cue definition does not mark ("reports", "rejected", "accusing"),
    /// from the suggesters' lexicon, so that no claim is missed for want of a cue word.
    void addLexiconCues(int sentence, Cues::CueSpans &cues) const
    {
        const int end = m_a.endTokenOf(sentence);
        bool added = false;
        for (int t = m_a.firstTokenOf(sentence); t < end; ++t) {
            const Token &tok = m_a.token(t);
            if (!tok.isWord() || tok.has(Token::Capitalised) || !(m_a.is(t, Attribution) || m_a.is(t, Denial)) || m_a.is(t, Hedge))
                continue;
            if (m_a.isWord(t, QLatin1StringView("according")))
                continue; // the definition marks "according to"
            // "China's claims", "the reports": nouns, not someone saying something
            if (m_a.tokenText(t).endsWith(u's') && (m_a.is(t - 1, Determiner) || (m_a.isWord(t - 1, QLatin1StringView("s")) && m_a.token(t - 1).isJoined())))
                continue;
            bool covered = false;
            for (const Cues::CueSpan &c : std::as_const(cues))
                covered = covered || (c.kind != CueKind::Quote && c.offset <= tok.start && tok.end <= c.end());
            if (covered)
                continue;
            // Words that are as often nouns or other verbs ("pariah states", "maintains trade") attribute only
            // with someone before them or a clause after them.
            if (isAmbiguousVerb(t)) {
                // "reports 27 shot down", "shows a rise": these take a plain object too
                const QStringView verb = m_a.tokenText(t);
                const bool object = (verb.startsWith(u"report") || verb.startsWith(u"show") || verb.startsWith(u"estimate")) && t + 1 < m_a.size()
                    && (m_a.token(t + 1).isNumber() || m_a.is(t + 1, Determiner) || m_a.is(t + 1, NumberWord));
                const bool clause = object || m_a.isWord(t + 1, QLatin1StringView("that")) || m_a.isPunct(t + 1, u':') || m_a.isPunct(t + 1, u'\u201C')
                    || m_a.isPunct(t + 1, u'"');
                const bool speaker = m_byLast.contains(t - 1) || m_a.is(t - 1, Pronoun);
                if (!clause && !speaker)
                    continue;
            }
            cues.append({tok.start, tok.length(), CueKind::Attribution});
            added = true;
        }
        if (added)
            std::stable_sort(cues.begin(), cues.end(), [](const Cues::CueSpan &a, const Cues::CueSpan &b) { return a.offset < b.offset; });
    }

    bool isAmbiguousVerb(int t) const
    {
        static const QLatin1StringView words[] = {QLatin1StringView("states"), QLatin1StringView("claims"), QLatin1StringView("claim"),
            QLatin1StringView("notes"), QLatin1StringView("note"), QLatin1StringView("reports"), QLatin1StringView("report"), QLatin1StringView("estimates"),
            QLatin1StringView("estimate"), QLatin1StringView("shows"), QLatin1StringView("show"), QLatin1StringView("showed"), QLatin1StringView("maintains"),
            QLatin1StringView("maintain"), QLatin1StringView("adds"), QLatin1StringView("suggests"), QLatin1StringView("indicates"),
            QLatin1StringView("indicated"), QLatin1StringView("described"), QLatin1StringView("called"), QLatin1StringView("observed"),
            QLatin1StringView("found"), QLatin1StringView("expects"), QLatin1StringView("believes")};
        for (QLatin1StringView w : words)
            if (m_a.isWord(t, w))
                return true;
        return false;
    }

    bool isBeForm(int t) const
    {
        static const QLatin1StringView forms[] = {QLatin1StringView("is"), QLatin1StringView("are"), QLatin1StringView("was"), QLatin1StringView("were"),
            QLatin1StringView("be"), QLatin1StringView("been"), QLatin1StringView("being"), QLatin1StringView("remains")};
        for (QLatin1StringView f : forms)
            if (m_a.isWord(t, f))
                return true;
        return false;
    }

    /// "Putin wisecracked to reporters: 'The leader ...'": a quotation after a colon is the words of the
    /// person or organisation the clause before the colon is about.
    Speaker beforeColon(const Cues::CueSpans &cues, int firstToken) const
    {
        for (const Cues::CueSpan &c : cues) {
            if (c.kind != CueKind::Quote)
                continue;
            const int q = m_a.tokenAt(c.offset);
            if (!m_a.isPunct(q - 1, u':'))
                continue;
            for (int t = firstToken; t < q - 1; ++t) {
                if (m_byFirst.contains(t)) {
                    const EntityMention &e = m_in.entities->at(m_byFirst.value(t));
                    if (e.tag == u"Person" || e.tag == u"Organisation")
                        return fromEntity(m_byFirst.value(t), "cue");
                }
            }
        }
        return {};
    }

    /// Finite verbs anchor the speaker best; participles ("saying") and "according to" next; phrases such as
    /// "in a statement" last.
    static int anchorRankOf(const QString &cue)
    {
        const QString lower = cue.toLower();
        if (lower.startsWith(u"according") || (lower.endsWith(u"ing") && !lower.contains(u' ')))
            return 1;
        if (lower.startsWith(u"in a") || lower.startsWith(u"in an") || lower.contains(u"spokes") || lower.startsWith(u"quoted"))
            return 2;
        return 0;
    }

    static bool insideQuote(const Cues::CueSpan &c, const Cues::CueSpans &cues)
    {
        for (const Cues::CueSpan &q : cues) {
            if (q.kind == CueKind::Quote && q.offset < c.offset && c.end() <= q.end())
                return true;
        }
        return false;
    }

    int wordsIn(int start, int end) const
    {
        int count = 0;
        for (int t = m_a.tokenAt(start); t < m_a.size() && m_a.token(t).start < end; ++t)
            count += m_a.token(t).isWord() ? 1 : 0;
        return count;
    }

    Speaker fromEntity(int k, const char *source) const
    {
        const EntityMention &e = m_in.entities->at(k);
        Speaker sp;
        sp.text = m_a.text().mid(e.start, e.end - e.start).toString();
        sp.start = e.start;
        sp.end = e.end;
        sp.canonical = e.canonical;
        sp.source = QString::fromLatin1(source);
        return sp;
    }

    bool isSpeakerEntity(int k) const
    {
        const QString &tag = m_in.entities->at(k).tag;
        return tag != u"Weapon" && tag != u"Event";
    }

    /// The most recent entity before \a offset whose tag is one of \a tags.
    int lastEntityBefore(int offset, std::initializer_list<const char *> tags, const QString &lastWord = {}) const
    {
        for (qsizetype k = m_in.entities->size() - 1; k >= 0; --k) {
            const EntityMention &e = m_in.entities->at(k);
            if (e.end > offset)
                continue;
            bool fits = false;
            for (const char *tag : tags)
                fits = fits || e.tag == QLatin1StringView(tag);
            if (fits && !lastWord.isEmpty())
                fits = m_a.tokenText(e.lastToken).compare(lastWord, Qt::CaseInsensitive) == 0;
            if (fits)
                return int(k);
        }
        return -1;
    }

    Speaker pronoun(int t, int sentenceStart) const
    {
        Q_UNUSED(sentenceStart)
        const QStringView w = m_a.tokenText(t);
        int k = -1;
        if (w.compare(u"he", Qt::CaseInsensitive) == 0 || w.compare(u"she", Qt::CaseInsensitive) == 0)
            k = lastEntityBefore(m_a.token(t).start, {"Person"});
        else if (w.compare(u"it", Qt::CaseInsensitive) == 0 || w.compare(u"they", Qt::CaseInsensitive) == 0)
            k = lastEntityBefore(m_a.token(t).start, {"Organisation", "Place", "Group"});
        if (k < 0)
            return {};
        return fromEntity(k, "coreference");
    }

    /// "officials", "the ministry", "Western diplomats", "Critics": a noun phrase ending at \a t. "The agency",
    /// "the company" and the like stand for the organisation last named.
    Speaker nounPhraseEndingAt(int t, int sentenceStart) const
    {
        if (t < sentenceStart || !m_a.token(t).isWord() || (m_a.token(t).has(Token::Capitalised) && !m_a.startsSentence(t)))
            return {};
        if (m_a.info(t).classes & (Auxiliary | Adverb | Pronoun | Preposition | Conjunction | Determiner))
            return {};
        int first = t;
        int words = 1;
        while (first - 1 >= sentenceStart && words < 4) {
            const int p = first - 1;
            // "the Zurich-based bank": a hyphenated word counts as one
            if (m_a.isPunct(p, u'-') && m_a.token(p).isJoined() && m_a.token(first).isJoined() && p - 1 >= sentenceStart && m_a.token(p - 1).isWord()) {
                first = p - 1;
                continue;
            }
            if (!m_a.token(p).isWord() || (m_a.info(p).classes & (Auxiliary | Adverb | Pronoun | Preposition | Conjunction | Attribution)))
                break;
            first = p;
            ++words;
        }
        const QString head = m_a.tokenText(t).toString();
        // "the agency" points back; "a concerned newspaper" is someone new
        bool named = false; // "the Promo-LEX association" names one; "the agency" points back
        for (int w = first + 1; w < t; ++w) // "the Zurich-based bank" still points back
            named = named || (m_a.token(w).isWord() && m_a.token(w).has(Token::Capitalised) && !(m_a.isPunct(w + 1, u'-') && m_a.token(w + 1).isJoined()));
        const bool definite = !named
            && (m_a.isWord(first, QLatin1StringView("the")) || m_a.isWord(first, QLatin1StringView("its")) || m_a.isWord(first, QLatin1StringView("this")));
        if (definite && (m_a.is(t, OrgSuffix) || m_a.is(t, OrgCue)) && !head.endsWith(u's')) {
            int k = lastEntityBefore(m_a.token(first).start, {"Organisation"}, head);
            if (k < 0)
                k = lastEntityBefore(m_a.token(first).start, {"Organisation"});
            if (k >= 0)
                return fromEntity(k, "coreference");
        }
        Speaker sp;
        sp.text = m_a.spanText(first, t).toString();
        sp.start = m_a.token(first).start;
        sp.end = m_a.token(t).end;
        sp.source = QStringLiteral("cue");
        return sp;
    }

    Speaker after(int t, int endToken) const
    {
        if (t >= endToken)
            return {};
        int s = t;
        if (m_a.isWord(s, QLatin1StringView("the")))
            ++s;
        // "said Colonel Pekka Virtanen", "said Mr. Kask": the title is not part of the name
        while (
            s < endToken && s < t + 4 && ((m_a.is(s, PersonTitle) && m_a.token(s).has(Token::Capitalised)) || m_a.isPunct(s, u'.')) && !m_byFirst.contains(s))
            ++s;
        if (m_byFirst.contains(s) && isSpeakerEntity(m_byFirst.value(s)))
            return fromEntity(m_byFirst.value(s), "cue");
        return {};
    }

    Speaker before(int v, int firstToken) const
    {
        int t = v - 1;
        // "Kask also said", "the ministry has warned"
        while (t >= firstToken && t > v - 4 && m_a.token(t).isWord() && (m_a.is(t, Adverb) || m_a.is(t, Auxiliary)) && !m_a.is(t, Pronoun))
            --t;
        if (t < firstToken)
            return {};
        if (m_a.isPunct(t, u',')) {
            // "Its chairman, Marco Jansen, said": a person or organisation set off by commas
            if (m_byLast.contains(t - 1)) {
                const EntityMention &e = m_in.entities->at(m_byLast.value(t - 1));
                if ((e.tag == u"Person" || e.tag == u"Organisation") && m_a.isPunct(e.firstToken - 1, u','))
                    return fromEntity(m_byLast.value(t - 1), "cue");
            }
            // "Kask, a spokesperson for the agency, said"; "The company, which is listed in Toronto, said"
            for (int c = t - 1; c >= firstToken && c > t - 20; --c) {
                if (m_a.isPunct(c, u','))
                    return subjectEndingAt(c - 1, firstToken, true);
            }
            return {};
        }
        return subjectEndingAt(t, firstToken, true);
    }

    /// The speaker whose words end at token \a t: an entity (skipping a bracketed acronym), a pronoun, or a
    /// noun phrase when \a phrases.
    Speaker subjectEndingAt(int t, int firstToken, bool phrases) const
    {
        // "The European Investment Bank (EIB) said"
        if (m_a.isPunct(t, u')')) {
            int open = t - 1;
            while (open >= firstToken && open > t - 6 && !m_a.isPunct(open, u'('))
                --open;
            if (open >= firstToken && m_a.isPunct(open, u'('))
                t = open - 1;
        }
        if (t < firstToken)
            return {};
        if (m_byLast.contains(t) && isSpeakerEntity(m_byLast.value(t))) {
            // "Fishermen in Paradip said": a name after a preposition is not who speaks; the words before it are.
            const int k = m_byLast.value(t);
            const int before = m_in.entities->at(k).firstToken - 1;
            if (!(before > firstToken && m_a.is(before, Preposition) && !m_a.token(before).has(Token::Capitalised)))
                return fromEntity(k, "cue");
            const Speaker outer = subjectEndingAt(before - 1, firstToken, phrases);
            if (!outer.found())
                return fromEntity(k, "cue");
            // a phrase keeps its place: "Police in Moldova"; a named speaker stays as named
            if (!outer.canonical.isEmpty() || outer.source != u"cue" || outer.end > m_a.token(t).start)
                return outer;
            Speaker whole = outer;
            whole.text = m_a.text().mid(whole.start, m_a.token(t).end - whole.start).toString();
            whole.end = m_a.token(t).end;
            return whole;
        }
        if (m_a.is(t, Pronoun))
            return pronoun(t, firstToken);
        if (!phrases)
            return {};
        const Speaker phrase = nounPhraseEndingAt(t, firstToken);
        if (phrase.found())
            return phrase;
        // "Maersk, the world's second-largest container line, said": a name the finders did not know
        if (m_a.token(t).isWord() && m_a.token(t).has(Token::Capitalised) && m_a.info(t).classes == 0) {
            int first = t;
            while (first - 1 >= firstToken && m_a.token(first - 1).isWord() && m_a.token(first - 1).has(Token::Capitalised) && m_a.info(first - 1).classes == 0)
                --first;
            Speaker sp;
            sp.text = m_a.spanText(first, t).toString();
            sp.start = m_a.token(first).start;
            sp.end = m_a.token(t).end;
            sp.source = QStringLiteral("cue");
            return sp;
        }
        return {};
    }

    Speaker speakerOf(const Cues::CueSpan &cue, int firstToken, int endToken) const
    {
        const int v = m_a.tokenAt(cue.offset);
        int cueLast = v;
        while (cueLast + 1 < m_a.size() && m_a.token(cueLast + 1).end <= cue.end())
            ++cueLast;
        const QString lower = m_a.text().mid(cue.offset, cue.length).toString().toLower();
        if (lower.startsWith(u"according") || (lower.contains(u"spokes") && (lower.endsWith(u"for") || lower.endsWith(u"of")))) {
            const Speaker sp = after(cueLast + 1, endToken);
            if (sp.found())
                return sp;
            // A person or organisation named in the phrase: "according to a State Department fact sheet",
            // "according to the group's military spokesman, Yahya Saree"
            int organisation = -1;
            for (int t = cueLast + 1; t < endToken && t < cueLast + 16; ++t) {
                if (!m_byFirst.contains(t) || !isSpeakerEntity(m_byFirst.value(t)))
                    continue;
                const int k = m_byFirst.value(t);
                if (m_in.entities->at(k).tag == u"Person")
                    return fromEntity(k, "cue");
                if (organisation < 0 && m_in.entities->at(k).tag != u"Group")
                    organisation = k;
            }
            if (organisation >= 0)
                return fromEntity(organisation, "cue");
            // Else the words up to the next comma: "according to the state government"
            int e = cueLast + 1;
            while (
                e < endToken && e < cueLast + 8 && (!m_a.token(e).isPunct() || (m_a.token(e).isJoined() && TextFold::isHyphen(m_a.text()[m_a.token(e).start]))))
                ++e;
            if (e > cueLast + 1) {
                Speaker words;
                words.text = m_a.spanText(cueLast + 1, e - 1).toString();
                words.start = m_a.token(cueLast + 1).start;
                words.end = m_a.token(e - 1).end;
                words.source = QStringLiteral("cue");
                return words;
            }
            return {};
        }
        // "..., saying", "..., accusing Moscow of": the subject of the sentence speaks.
        if (lower.endsWith(u"ing") && !lower.contains(u' ') && v > firstToken && m_a.isPunct(v - 1, u',')) {
            for (int t = firstToken; t < v && t < firstToken + 8; ++t) {
                if (m_byFirst.contains(t) && isSpeakerEntity(m_byFirst.value(t)) && m_in.entities->at(m_byFirst.value(t)).tag != u"Group")
                    return fromEntity(m_byFirst.value(t), "cue");
                if (m_a.token(t).isPunct() && !m_a.isPunct(t, u'\u201C') && !m_a.isPunct(t, u'"'))
                    break;
            }
        }
        const bool inverted = v - 1 >= firstToken && m_a.token(v - 1).isPunct();
        if (inverted) {
            const Speaker sp = after(cueLast + 1, endToken);
            if (sp.found())
                return sp;
            return before(v, firstToken);
        }
        const Speaker sp = before(v, firstToken);
        if (sp.found())
            return sp;
        return after(cueLast + 1, endToken);
    }

    const ClaimInput &m_in;
    const AnalysedText &m_a;
    QHash<int, int> m_byLast;
    QHash<int, int> m_byFirst;
};

} // namespace

QList<ClaimMention> ClaimFinder::findAll(const ClaimInput &input)
{
    if (!input.text || !input.entities || !input.quantities || !input.dates)
        return {};
    Claims claims(input);
    return claims.run();
}

} // namespace Gloss::Suggest
