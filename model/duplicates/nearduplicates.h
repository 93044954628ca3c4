#pragma once

#include "annotations/annotation.h"

#include <QList>
#include <QString>

namespace Gloss
{

class ProjectStore;

/// A paragraph of one article.
struct Passage {
    QString articleId;
    QString outlet;
    Span span; ///< UTF-16 offsets into the article text, trimmed of surrounding white space

    friend bool operator==(const Passage &, const Passage &) = default;
};

/// Two passages of different articles that are (near) copies of each other.
struct PassagePair {
    Passage first; ///< the one of the article that comes first in the input
    Passage second;
    double estimatedJaccard = 0; ///< from the MinHash signatures
    double jaccard = 0; ///< exact, over the two passages' word shingles
};

/// One article as the finder reads it.
struct DuplicateDocument {
    QString articleId;
    QString outlet; ///< empty: an outlet of its own
    QString text;
};

/// Finds near-duplicate passages across articles (issue 6): reused wire copy, so that copies are not
/// counted as independent corroboration.
///
/// Each paragraph (a line of the article text with at least Options::minWords words) becomes a set of
/// word shingles (k consecutive lower-cased words), summarised by a MinHash signature; LSH banding
/// (bands of rows of the signature) proposes candidate pairs, and a pair is reported when the exact
/// Jaccard similarity of the two shingle sets reaches the threshold. Signatures are computed on all
/// cores (QtConcurrent). Pure: no project access except documentsOf().
class NearDuplicates final
{
public:
    struct Options {
        int shingleSize = 5; ///< words per shingle
        int hashCount = 128; ///< MinHash signature length; must be bands * rows
        int bands = 32; ///< LSH bands (rows = hashCount / bands): 32 x 4 finds pairs of Jaccard 0.8 almost surely
        double threshold = 0.8; ///< minimum Jaccard similarity reported
        int minWords = 12; ///< shorter paragraphs (datelines, bylines, "Reporting by ...") are skipped
        bool acrossOutletsOnly = true; ///< only pairs of different outlets (an empty outlet differs from all)
        int maxBucket = 2000; ///< an LSH bucket with more passages is boilerplate: its pairs are not proposed
    };

    /// The pairs of passages of \a documents with Jaccard >= threshold, ordered by the first passage's
    /// document order and offset.
    static QList<PassagePair> find(const QList<DuplicateDocument> &documents, const Options &options);
    static QList<PassagePair> find(const QList<DuplicateDocument> &documents) { return find(documents, Options()); }
    /// Every article of \a store with its outlet and text.
    static QList<DuplicateDocument> documentsOf(const ProjectStore &store);
    /// The paragraphs of \a text: its non-blank lines, trimmed.
    static QList<Span> paragraphs(const QString &text);
};

/// Looks up whether two places in two articles lie in passages that near-duplicate each other.
class DuplicateIndex final
{
public:
    DuplicateIndex() = default;
    explicit DuplicateIndex(const QList<PassagePair> &pairs);

    /// True when offset \a offsetA of \a articleA and offset \a offsetB of \a articleB lie in a pair of
    /// near-duplicate passages.
    bool copied(const QString &articleA, int offsetA, const QString &articleB, int offsetB) const;
    bool isEmpty() const { return m_byArticle.isEmpty(); }

private:
    struct Entry {
        Span span;
        QString otherArticle;
        Span otherSpan;
    };
    QHash<QString, QList<Entry>> m_byArticle;
};

} // namespace Gloss
