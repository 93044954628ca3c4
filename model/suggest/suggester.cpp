#include "suggester.h"

#include "analysedtext.h"
#include "article.h"
#include "claimcuesource.h"
#include "claimfinder.h"
#include "datefinder.h"
#include "entityfinder.h"
#include "quantityfinder.h"

#include <algorithm>
#include <map>

namespace Gloss::Suggest
{

namespace
{

int sourceRank(Suggestion::Source source)
{
    switch (source) {
    case Suggestion::Source::Learned:
        return 3;
    case Suggestion::Source::Gazetteer:
        return 2;
    case Suggestion::Source::Cue:
    case Suggestion::Source::Rule:
        return 1;
    }
    return 0;
}

/// The layer a suggestion competes in: entities, figures and dates, claims.
int layerOf(Suggestion::Kind kind)
{
    switch (kind) {
    case Suggestion::Kind::Entity:
        return 0;
    case Suggestion::Kind::Figure:
    case Suggestion::Kind::Date:
        return 1;
    case Suggestion::Kind::Claim:
        return 2;
    }
    return 0;
}

/// Keeps, within each layer, the longer of two overlapping suggestions, and for the same span the better source.
Suggestions resolveOverlaps(Suggestions all)
{
    std::stable_sort(all.begin(), all.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.length() != b.length())
            return a.length() > b.length();
        if (sourceRank(a.source) != sourceRank(b.source))
            return sourceRank(a.source) > sourceRank(b.source);
        return a.score > b.score;
    });
    Suggestions kept;
    kept.reserve(all.size());
    std::map<int, int> taken[3]; // per layer: start -> end of kept suggestions, which never overlap
    for (const Suggestion &s : std::as_const(all)) {
        std::map<int, int> &layer = taken[layerOf(s.kind)];
        auto next = layer.lower_bound(s.start);
        if (next != layer.end() && next->first < s.end)
            continue;
        if (next != layer.begin() && std::prev(next)->second > s.start)
            continue;
        layer.emplace(s.start, s.end);
        kept.append(s);
    }
    std::sort(kept.begin(), kept.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return layerOf(a.kind) < layerOf(b.kind);
    });
    return kept;
}

} // namespace

SuggestInput SuggestInput::fromArticle(const Article &article)
{
    SuggestInput in;
    in.articleId = article.id;
    in.text = article.text;
    in.outlet = article.outlet;
    in.published = Suggester::dateOf(article.published);
    return in;
}

Suggester::Suggester()
{
    setGazetteer(Gazetteer::builtin());
}

void Suggester::setGazetteer(std::shared_ptr<const Gazetteer> gazetteer)
{
    m_gazetteer = gazetteer ? std::move(gazetteer) : std::make_shared<const Gazetteer>();
    m_gazetteerDigest = QString::fromLatin1(m_gazetteer->fingerprint());
}

void Suggester::setRecommender(std::shared_ptr<const StringMatchRecommender> recommender)
{
    m_recommender = std::move(recommender);
}

QString Suggester::fingerprint() const
{
    return QStringLiteral("engine=%1;gazetteer=%2;learned=%3")
        .arg(EngineVersion)
        .arg(m_gazetteerDigest)
        .arg(m_recommender && m_options.learned ? m_recommender->revision() : 0);
}

QDate Suggester::dateOf(const QString &published)
{
    if (published.size() < 10)
        return {};
    return QDate::fromString(published.left(10), Qt::ISODate);
}

Suggestions Suggester::suggest(const SuggestInput &input, ClaimCueSource *cues) const
{
    const AnalysedText a(input.text);
    const QStringView text = a.text();
    Suggestions all;

    auto make = [&](int start, int end, EntityType type, double score, Suggestion::Source source) {
        Suggestion s;
        s.articleId = input.articleId;
        s.start = start;
        s.end = end;
        s.kind = Suggestion::kindForType(type);
        s.tag = tagName(type);
        s.tagId = defaultTagId(type);
        s.text = text.mid(start, end - start).toString();
        s.score = score;
        s.source = source;
        return s;
    };

    // Dates first: their words are neither figures nor names.
    QList<DateMention> dates;
    QList<bool> dateTokens(a.size(), false);
    if (m_options.dates || m_options.figures || m_options.claims || m_options.entities) {
        dates = DateFinder::findAll(a, input.published);
        for (const DateMention &d : std::as_const(dates))
            for (int t = d.firstToken; t <= d.lastToken; ++t)
                dateTokens[t] = true;
    }
    if (m_options.dates) {
        for (const DateMention &d : std::as_const(dates)) {
            Suggestion s = make(d.start, d.end, EntityType::Date, d.score, Suggestion::Source::Rule);
            s.attributes = d.attributes();
            all.append(s);
        }
    }

    QList<Quantity> quantities;
    if (m_options.figures || m_options.claims)
        quantities = QuantityFinder().findAll(a, dateTokens);
    if (m_options.figures) {
        for (const Quantity &q : std::as_const(quantities)) {
            Suggestion s = make(q.start, q.end, q.money ? EntityType::Money : EntityType::Figure, q.score, Suggestion::Source::Rule);
            s.attributes = q.attributes();
            all.append(s);
        }
    }

    QList<EntityMention> entities;
    if (m_options.entities || m_options.claims) {
        // The outlet is named in its own articles ("according to a tally by Seoul Dispatch").
        QList<GazetteerEntry> articleNames;
        if (!input.outlet.trimmed().isEmpty()) {
            GazetteerEntry outlet;
            outlet.tag = tagName(EntityType::Organisation);
            outlet.canonical = input.outlet.trimmed();
            if (outlet.canonical.startsWith(QLatin1StringView("The "), Qt::CaseInsensitive))
                outlet.aliases.append(outlet.canonical.mid(4));
            outlet.list = QStringLiteral("outlet");
            articleNames.append(outlet);
        }
        entities = EntityFinder(m_gazetteer).findAll(a, dateTokens, articleNames);
    }
    if (m_options.entities) {
        for (const EntityMention &e : std::as_const(entities)) {
            Suggestion s;
            s.articleId = input.articleId;
            s.start = e.start;
            s.end = e.end;
            const std::optional<EntityType> type = entityTypeForTag(e.tag);
            s.kind = type ? Suggestion::kindForType(*type) : Suggestion::Kind::Entity;
            s.tag = type ? tagName(*type) : e.tag;
            s.tagId = type ? defaultTagId(*type) : e.tag;
            s.text = text.mid(e.start, e.end - e.start).toString();
            s.score = e.score;
            s.source = e.source;
            s.canonical = e.canonical;
            s.attributes = e.attributes;
            all.append(s);
        }
    }

    if (m_options.claims) {
        ClaimInput in;
        in.text = &a;
        in.entities = &entities;
        in.quantities = &quantities;
        in.dates = &dates;
        in.outlet = input.outlet;
        if (cues) {
            in.cues = cues->scan(text);
        } else if (m_options.useCueDefinition) {
            thread_local std::unique_ptr<ScannerCueSource> scanner;
            if (!scanner)
                scanner = std::make_unique<ScannerCueSource>();
            if (scanner->isValid())
                in.cues = scanner->scan(text);
            else
                in.cues = LexiconCueSource().scan(text);
        } else {
            in.cues = LexiconCueSource().scan(text);
        }
        const QList<ClaimMention> claims = ClaimFinder::findAll(in);
        for (const ClaimMention &c : claims) {
            Suggestion s = make(c.start, c.end, EntityType::Claim, c.score, Suggestion::Source::Cue);
            s.attributes = c.attributes;
            all.append(s);
        }
    }

    // "Swiss francs", "US dollars": the nationality inside an amount names the currency, not a group.
    if (m_options.entities && m_options.figures) {
        std::map<int, int> money;
        for (const Suggestion &s : std::as_const(all))
            if (s.tag == tagName(EntityType::Money))
                money.emplace(s.start, s.end);
        if (!money.empty()) {
            all.removeIf([&](const Suggestion &s) {
                if (s.kind != Suggestion::Kind::Entity || (s.tag != tagName(EntityType::Group) && s.tag != tagName(EntityType::Place)))
                    return false;
                auto it = money.upper_bound(s.start);
                if (it == money.begin())
                    return false;
                --it;
                return it->first <= s.start && s.end <= it->second;
            });
        }
    }

    if (m_options.learned && m_recommender)
        all.append(m_recommender->suggest(input.articleId, text, a.tokens()));

    if (!input.annotated.isEmpty() || m_options.minimumScore > 0) {
        Suggestions kept;
        for (const Suggestion &s : std::as_const(all)) {
            if (s.score < m_options.minimumScore)
                continue;
            bool covered = false;
            for (const auto &[span, kind] : input.annotated)
                covered = covered || (layerOf(kind) == layerOf(s.kind) && span.start < s.end && s.start < span.end);
            if (!covered)
                kept.append(s);
        }
        all = kept;
    }
    return resolveOverlaps(all);
}

} // namespace Gloss::Suggest
