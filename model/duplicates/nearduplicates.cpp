#include "nearduplicates.h"

#include "store/projectstore.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace Gloss
{

namespace
{
// splitmix64's finaliser: a cheap, well-mixed 64-bit hash of a 64-bit key.
inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct Paragraph {
    int document = 0;
    Span span;
    std::vector<quint64> shingles; ///< sorted, unique
    std::vector<quint32> signature;
};

// Word hashes of text[span]: runs of letters and digits, lower-cased.
std::vector<quint64> wordHashes(const QString &text, Span span)
{
    std::vector<quint64> words;
    quint64 hash = 0xcbf29ce484222325ULL;
    bool inWord = false;
    for (int i = span.start; i < span.end; ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            hash = (hash ^ c.toLower().unicode()) * 0x100000001b3ULL;
            inWord = true;
        } else if (inWord) {
            words.push_back(hash);
            hash = 0xcbf29ce484222325ULL;
            inWord = false;
        }
    }
    if (inWord)
        words.push_back(hash);
    return words;
}

std::vector<quint64> shinglesOf(const std::vector<quint64> &words, int k)
{
    std::vector<quint64> shingles;
    if (words.size() < std::size_t(k))
        return shingles;
    shingles.reserve(words.size() - k + 1);
    for (std::size_t i = 0; i + k <= words.size(); ++i) {
        quint64 hash = 0;
        for (int j = 0; j < k; ++j)
            hash = mix(hash ^ words[i + j]);
        shingles.push_back(hash);
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    const std::size_t united = a.size() + b.size() - common;
    return united == 0 ? 0 : double(common) / double(united);
}
} // namespace

QList<Span> NearDuplicates::paragraphs(const QString &text)
{
    QList<Span> result;
    int start = 0;
    const int size = int(text.size());
    while (start < size) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = size;
        int from = start;
        int to = end;
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            result.append(Span{from, to});
        start = end + 1;
    }
    return result;
}

QList<DuplicateDocument> NearDuplicates::documentsOf(const ProjectStore &store)
{
    QList<DuplicateDocument> documents;
    for (const ArticleSummary &summary : store.articleSummaries()) {
        if (const std::optional<Article> article = store.article(summary.id))
            documents.append(DuplicateDocument{article->id, article->outlet, article->text});
    }
    return documents;
}

QList<PassagePair> NearDuplicates::find(const QList<DuplicateDocument> &documents, const Options &options)
{
    const int k = std::max(1, options.shingleSize);
    const int bands = std::max(1, options.bands);
    const int rows = std::max(1, options.hashCount / bands);
    const int hashCount = bands * rows;
    std::vector<quint64> seeds(hashCount);
    for (int i = 0; i < hashCount; ++i)
        seeds[i] = mix(0x5eed0000ULL + quint64(i));

    // Signatures of every paragraph, one document per task.
    std::vector<std::vector<Paragraph>> perDocument(documents.size());
    std::vector<int> indexes(documents.size());
    for (int i = 0; i < int(indexes.size()); ++i)
        indexes[i] = i;
    QtConcurrent::blockingMap(indexes, [&](int index) {
        const QString &text = documents.at(index).text;
        std::vector<Paragraph> &out = perDocument[index];
        for (const Span &span : paragraphs(text)) {
            const std::vector<quint64> words = wordHashes(text, span);
            if (int(words.size()) < std::max(options.minWords, k))
                continue;
            Paragraph paragraph;
            paragraph.document = index;
            paragraph.span = span;
            paragraph.shingles = shinglesOf(words, k);
            paragraph.signature.assign(hashCount, std::numeric_limits<quint32>::max());
            for (const quint64 shingle : paragraph.shingles) {
                for (int h = 0; h < hashCount; ++h) {
                    const auto value = quint32(mix(shingle ^ seeds[h]) >> 32);
                    if (value < paragraph.signature[h])
                        paragraph.signature[h] = value;
                }
            }
            out.push_back(std::move(paragraph));
        }
    });
    std::vector<Paragraph> all;
    for (std::vector<Paragraph> &list : perDocument) {
        for (Paragraph &paragraph : list)
            all.push_back(std::move(paragraph));
    }

    // LSH: one key per band and paragraph; equal keys share a bucket.
    struct BandKey {
        quint64 key;
        quint32 paragraph;
        bool operator<(const BandKey &other) const { return key < other.key || (key == other.key && paragraph < other.paragraph); }
    };
    std::vector<BandKey> keys;
    keys.reserve(all.size() * bands);
    for (quint32 p = 0; p < all.size(); ++p) {
        for (int b = 0; b < bands; ++b) {
            quint64 key = mix(quint64(b) * 0x9e3779b97f4a7c15ULL);
            for (int r = 0; r < rows; ++r)
                key = mix(key ^ all[p].signature[b * rows + r]);
            keys.push_back({key, p});
        }
    }
    std::sort(keys.begin(), keys.end());

    const auto sameOutlet = [&](const Paragraph &a, const Paragraph &b) {
        if (a.document == b.document)
            return true;
        const QString &outletA = documents.at(a.document).outlet;
        return options.acrossOutletsOnly && !outletA.isEmpty() && outletA == documents.at(b.document).outlet;
    };
    std::vector<quint64> candidates;
    for (std::size_t from = 0; from < keys.size();) {
        std::size_t to = from + 1;
        while (to < keys.size() && keys[to].key == keys[from].key)
            ++to;
        if (to - from >= 2 && int(to - from) <= options.maxBucket) {
            for (std::size_t i = from; i < to; ++i) {
                for (std::size_t j = i + 1; j < to; ++j) {
                    if (!sameOutlet(all[keys[i].paragraph], all[keys[j].paragraph]))
                        candidates.push_back((quint64(keys[i].paragraph) << 32) | keys[j].paragraph);
                }
            }
        }
        from = to;
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    QList<PassagePair> result;
    for (const quint64 candidate : candidates) {
        const Paragraph &a = all[candidate >> 32];
        const Paragraph &b = all[candidate & 0xffffffffULL];
        const double exact = jaccard(a.shingles, b.shingles);
        if (exact < options.threshold)
            continue;
        int equal = 0;
        for (int h = 0; h < hashCount; ++h)
            equal += a.signature[h] == b.signature[h] ? 1 : 0;
        PassagePair pair;
        pair.first = Passage{documents.at(a.document).articleId, documents.at(a.document).outlet, a.span};
        pair.second = Passage{documents.at(b.document).articleId, documents.at(b.document).outlet, b.span};
        pair.estimatedJaccard = double(equal) / double(hashCount);
        pair.jaccard = exact;
        result.append(pair);
    }
    return result;
}

DuplicateIndex::DuplicateIndex(const QList<PassagePair> &pairs)
{
    for (const PassagePair &pair : pairs) {
        m_byArticle[pair.first.articleId].append(Entry{pair.first.span, pair.second.articleId, pair.second.span});
        m_byArticle[pair.second.articleId].append(Entry{pair.second.span, pair.first.articleId, pair.first.span});
    }
}

bool DuplicateIndex::copied(const QString &articleA, int offsetA, const QString &articleB, int offsetB) const
{
    const auto it = m_byArticle.constFind(articleA);
    if (it == m_byArticle.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(),
        [&](const Entry &entry) { return entry.otherArticle == articleB && entry.span.contains(offsetA) && entry.otherSpan.contains(offsetB); });
}

} // namespace Gloss
