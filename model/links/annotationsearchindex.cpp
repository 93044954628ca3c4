#include "annotationsearchindex.h"

#include "project.h"
#include "tags/fuzzymatcher.h"

#include <algorithm>

namespace Gloss
{

namespace
{

/// Case-folded, without diacritics ("São" is found by "sao"); plain ASCII takes the fast path.
QString searchable(QStringView text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toString().toLower();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded();
}

quint64 maskOf(QStringView folded)
{
    quint64 mask = 0;
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            mask |= quint64(1) << (u - u'a');
        else if (u >= u'0' && u <= u'9')
            mask |= quint64(1) << (26 + u - u'0');
        else if (u != u' ')
            mask |= quint64(1) << (36 + u % 27);
    }
    return mask;
}

} // namespace

AnnotationSearchIndex::AnnotationSearchIndex(QObject *parent) : QObject(parent)
{
}

AnnotationSearchIndex::~AnnotationSearchIndex() = default;

void AnnotationSearchIndex::setProject(Project *project)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_project = project;
    if (!project) {
        clear();
        return;
    }
    Annotator *annotator = project->annotator();
    m_connections << connect(annotator, &Annotator::annotationsAdded, this, [this](const QString &, const QList<Annotation> &added) { upsert(added); })
                  << connect(annotator, &Annotator::annotationsChanged, this, [this](const QString &, const QList<Annotation> &changed) { upsert(changed); })
                  << connect(annotator, &Annotator::annotationsRemoved, this, [this](const QString &, const QStringList &ids) { remove(ids); })
                  << connect(annotator, &Annotator::tagSchemaChanged, this,
                         [this] {
                             QHash<QString, QString> names;
                             for (const Tag &tag : m_project->annotator()->tagSchema().treeOrder())
                                 names.insert(tag.id, tag.name);
                             setTagNames(names);
                         })
                  << connect(annotator, &Annotator::reloaded, this, &AnnotationSearchIndex::reloadFromProject)
                  << connect(project, &Project::articlesAdded, this, [this] { setArticles(m_project->store().articleSummaries()); });
    reloadFromProject();
}

void AnnotationSearchIndex::reloadFromProject()
{
    if (!m_project)
        return;
    QHash<QString, QString> names;
    for (const Tag &tag : m_project->annotator()->tagSchema().treeOrder())
        names.insert(tag.id, tag.name);
    reset(m_project->store().articleSummaries(), names, m_project->annotator()->allAnnotations());
}

void AnnotationSearchIndex::clear()
{
    m_entries.clear();
    m_hot.clear();
    m_text.clear();
    m_byId.clear();
    m_articles.clear();
    m_tagNames.clear();
    m_contexts.clear();
    m_contextIds.clear();
    m_size = 0;
    invalidateCache();
}

void AnnotationSearchIndex::reset(const QList<ArticleSummary> &articles, const QHash<QString, QString> &tagNames, const QList<Annotation> &annotations)
{
    clear();
    m_tagNames = tagNames;
    for (const ArticleSummary &article : articles)
        m_articles.insert(article.id, ArticleInfo{article.title, article.outlet});
    m_entries.reserve(size_t(annotations.size()));
    upsert(annotations);
}

void AnnotationSearchIndex::upsert(const QList<Annotation> &annotations)
{
    for (const Annotation &annotation : annotations) {
        const auto it = m_byId.constFind(annotation.id);
        if (annotation.status == Annotation::Status::Rejected) {
            if (it != m_byId.cend())
                remove({annotation.id});
            continue;
        }
        Entry *entry = nullptr;
        if (it != m_byId.cend()) {
            entry = &m_entries[size_t(*it)];
        } else {
            m_byId.insert(annotation.id, int(m_entries.size()));
            entry = &m_entries.emplace_back();
            m_hot.emplace_back();
            ++m_size;
        }
        entry->id = annotation.id;
        entry->articleId = annotation.articleId;
        entry->tagId = annotation.tagId;
        entry->quote = annotation.quote;
        entry->alive = true;
        entry->folded = searchable(QStringView(annotation.quote).left(SearchedQuoteLength));
        entry->folded.squeeze();
        entry->mask = maskOf(entry->folded);
        entry->context = contextFor(annotation.articleId, annotation.tagId);
        setHot(int(entry - m_entries.data()));
    }
    invalidateCache();
}

void AnnotationSearchIndex::remove(const QStringList &annotationIds)
{
    for (const QString &id : annotationIds) {
        const auto it = m_byId.constFind(id);
        if (it == m_byId.cend())
            continue;
        m_entries[size_t(*it)] = Entry{};
        m_hot[size_t(*it)] = Hot{};
        m_byId.erase(it);
        --m_size;
    }
    // Dead entries cost scan time: compact when they are as many as the living.
    if (m_entries.size() > 64 && size_t(m_size) * 2 < m_entries.size()) {
        std::vector<Entry> living;
        living.reserve(size_t(m_size));
        m_byId.clear();
        for (Entry &entry : m_entries) {
            if (entry.alive) {
                m_byId.insert(entry.id, int(living.size()));
                living.push_back(std::move(entry));
            }
        }
        m_entries = std::move(living);
        m_hot.assign(m_entries.size(), Hot{});
        m_text.clear();
        for (int index = 0; index < int(m_entries.size()); ++index)
            setHot(index);
    }
    invalidateCache();
}

void AnnotationSearchIndex::setArticles(const QList<ArticleSummary> &articles)
{
    QSet<QString> changed;
    for (const ArticleSummary &article : articles) {
        ArticleInfo &info = m_articles[article.id];
        if (info.title != article.title || info.outlet != article.outlet) {
            info = ArticleInfo{article.title, article.outlet};
            changed.insert(article.id);
        }
    }
    if (changed.isEmpty())
        return;
    for (Context &context : m_contexts) {
        if (changed.contains(context.articleId))
            rebuildContext(context);
    }
    invalidateCache();
}

void AnnotationSearchIndex::setTagNames(const QHash<QString, QString> &tagNames)
{
    QSet<QString> changed;
    for (auto it = tagNames.cbegin(); it != tagNames.cend(); ++it) {
        if (m_tagNames.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_tagNames.cbegin(); it != m_tagNames.cend(); ++it) {
        if (!tagNames.contains(it.key()))
            changed.insert(it.key());
    }
    m_tagNames = tagNames;
    if (changed.isEmpty())
        return;
    for (Context &context : m_contexts) {
        if (changed.contains(context.tagId))
            rebuildContext(context);
    }
    invalidateCache();
}

void AnnotationSearchIndex::setHot(int index)
{
    const Entry &entry = m_entries[size_t(index)];
    Hot &hot = m_hot[size_t(index)];
    hot.mask = entry.mask;
    hot.context = entry.context;
    hot.offset = int(m_text.size());
    hot.length = int(entry.folded.size());
    m_text.insert(m_text.end(), entry.folded.utf16(), entry.folded.utf16() + entry.folded.size());
}

int AnnotationSearchIndex::contextFor(const QString &articleId, const QString &tagId)
{
    const QString key = articleId % u'\n' % tagId;
    const auto it = m_contextIds.constFind(key);
    if (it != m_contextIds.cend())
        return *it;
    Context &context = m_contexts.emplace_back();
    context.articleId = articleId;
    context.tagId = tagId;
    rebuildContext(context);
    const int id = int(m_contexts.size() - 1);
    m_contextIds.insert(key, id);
    return id;
}

void AnnotationSearchIndex::rebuildContext(Context &context) const
{
    const ArticleInfo info = m_articles.value(context.articleId);
    context.folded = searchable(QString(u" · " % m_tagNames.value(context.tagId) % u" · " % info.outlet % u" · " % info.title));
    context.mask = maskOf(context.folded);
}

void AnnotationSearchIndex::invalidateCache() const
{
    m_cacheValid = false;
    m_lastQuery.clear();
    m_lastSurvivors.clear();
}

AnnotationSearchHit AnnotationSearchIndex::hitFor(const Entry &entry, int score) const
{
    const ArticleInfo info = m_articles.value(entry.articleId);
    return AnnotationSearchHit{entry.id, entry.articleId, entry.tagId, entry.quote, info.title, info.outlet, score};
}

QList<AnnotationSearchHit> AnnotationSearchIndex::search(const QString &query, int limit, const QString &excludeId) const
{
    QList<AnnotationSearchHit> hits;
    if (limit <= 0)
        return hits;
    const QString folded = searchable(query.trimmed());
    if (folded.isEmpty()) {
        for (const Entry &entry : m_entries) {
            if (!entry.alive || entry.id == excludeId)
                continue;
            hits.append(hitFor(entry, 0));
            if (hits.size() >= limit)
                break;
        }
        return hits;
    }

    // Typing narrows: a query that extends the previous one can only fit what the previous one fitted.
    const bool narrowing = m_cacheValid && folded.startsWith(m_lastQuery);
    const quint64 queryMask = maskOf(folded);
    const qsizetype m = folded.size();
    struct Candidate {
        int entry;
        int rank;
    };
    std::vector<Candidate> candidates;
    std::vector<int> survivors;
    // Per context and per number of query characters already found in the quote: does the rest of
    // the query follow in the context? (0 unknown, 1 no, 2 yes). And: is the whole query in it?
    std::vector<qint8> restFits(m_contexts.size() * size_t(m + 1), 0);
    std::vector<qint8> wholeIn(m_contexts.size(), 0);
    const auto fitsIn = [](QStringView text, QStringView wanted) {
        qsizetype j = 0;
        for (const QChar c : wanted) {
            j = text.indexOf(c, j);
            if (j < 0)
                return false;
            ++j;
        }
        return true;
    };
    const auto consider = [&](int index) {
        const Hot &entry = m_hot[size_t(index)];
        if (entry.context < 0)
            return;
        const Context &context = m_contexts[size_t(entry.context)];
        if (((entry.mask | context.mask) & queryMask) != queryMask)
            return;
        // The quote takes the query's characters as far as it can (leftmost placement), the context the rest.
        const QStringView quote(m_text.data() + entry.offset, entry.length);
        qsizetype first = -1;
        qsizetype j = 0;
        qsizetype k = 0;
        // Quotes are short: a plain loop beats a vectorised search per character here.
        const char16_t *text = quote.utf16();
        const qsizetype n = quote.size();
        for (; k < m; ++k) {
            const char16_t wanted = folded.at(k).unicode();
            while (j < n && text[j] != wanted)
                ++j;
            if (j == n)
                break;
            if (first < 0)
                first = j;
            ++j;
        }
        int rank = 0;
        if (k == m) {
            const qsizetype at = j - first == m ? first : quote.indexOf(folded, first);
            if (at >= 0) {
                const bool wordStart = at == 0 || !quote.at(at - 1).isLetterOrNumber();
                rank = 100000 + (wordStart ? 20000 : 0) - int(std::min<qsizetype>(at, 5000));
            } else {
                rank = 50000 - int(std::min<qsizetype>(j - first, 40000));
            }
        } else {
            qint8 &fits = restFits[size_t(entry.context) * size_t(m + 1) + size_t(k)];
            if (fits == 0)
                fits = fitsIn(context.folded, QStringView(folded).mid(k)) ? 2 : 1;
            if (fits == 1)
                return;
            qint8 &whole = wholeIn[size_t(entry.context)];
            if (whole == 0)
                whole = context.folded.indexOf(folded) >= 0 ? 2 : 1;
            rank = whole == 2 ? 90000 : 20000 + int(k);
        }
        survivors.push_back(index);
        candidates.push_back(Candidate{index, rank});
    };
    if (narrowing) {
        survivors.reserve(m_lastSurvivors.size());
        for (const int index : m_lastSurvivors)
            consider(index);
    } else {
        for (int index = 0; index < int(m_entries.size()); ++index)
            consider(index);
    }
    m_lastQuery = folded;
    m_lastSurvivors = std::move(survivors);
    m_cacheValid = true;

    if (!excludeId.isEmpty()) {
        const int excluded = m_byId.value(excludeId, -1);
        std::erase_if(candidates, [excluded](const Candidate &candidate) { return candidate.entry == excluded; });
    }
    const auto byRank = [](const Candidate &a, const Candidate &b) { return a.rank != b.rank ? a.rank > b.rank : a.entry < b.entry; };
    const size_t scored = std::min(candidates.size(), size_t(std::max(ScoredCandidates, limit)));
    std::nth_element(candidates.begin(), candidates.begin() + qsizetype(scored), candidates.end(), byRank);
    candidates.resize(scored);

    // FuzzyMatcher ranks placements; the query typed as one piece of the text (a word or its start)
    // is what people mean most often, so it comes first.
    const FuzzyMatcher matcher(folded);
    for (Candidate &candidate : candidates) {
        const Entry &entry = m_entries[size_t(candidate.entry)];
        const QString haystack = entry.folded % m_contexts[size_t(entry.context)].folded;
        const int piece = candidate.rank >= 120000 ? WordPieceBonus : candidate.rank >= 100000 ? PieceBonus : 0;
        candidate.rank = matcher.score(haystack).value_or(0) + piece;
    }
    std::sort(candidates.begin(), candidates.end(), byRank);
    const qsizetype count = std::min<qsizetype>(limit, qsizetype(candidates.size()));
    hits.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        hits.append(hitFor(m_entries[size_t(candidates[size_t(i)].entry)], candidates[size_t(i)].rank));
    return hits;
}

} // namespace Gloss
