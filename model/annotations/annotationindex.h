#pragma once

#include "annotation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Gloss
{

/// The annotations of one article that are drawn (accepted and suggested; rejected suggestions are
/// left out), indexed by offset: which spans intersect a block of text, which annotation comes next.
///
/// Spans are kept in a flat array sorted by start and read as an implicit interval tree augmented with
/// the largest end in each subtree (Li and Rong's cgranges layout), so a query costs O(log n + hits)
/// and building O(n log n); a small change is merged in place in O(n) (cheap enough to follow every
/// keystroke on 10,000 annotations). Each span also gets a layer: spans that overlap never share one, and an
/// enclosing span gets a lower layer than the ones nested in it, so a highlighter can draw layer 0 as a
/// background and higher layers as underlines.
///
/// The editing facade (Annotator) keeps one per open article up to date before it announces a change.
/// Pointers in Hit and the ones returned here stay valid until the next change of this index.
class AnnotationIndex final
{
public:
    /// One span that meets a query.
    struct Hit {
        int start = 0; ///< the span, UTF-16 offsets of the article text
        int end = 0;
        int spanIndex = 0; ///< which span of the annotation (0 unless discontinuous)
        int layer = 0;
        const Annotation *annotation = nullptr;
    };

    AnnotationIndex() = default;
    explicit AnnotationIndex(const QList<Annotation> &annotations);

    /// Adds or replaces \a upserted (a rejected one is removed instead) and removes \a removedIds.
    void apply(const QList<Annotation> &upserted, const QStringList &removedIds = {});

    int size() const { return int(m_slotOf.size()); }
    bool isEmpty() const { return m_slotOf.isEmpty(); }
    bool contains(const QString &id) const { return m_slotOf.contains(id); }
    const Annotation *annotation(const QString &id) const;
    /// All annotations in reading order: by first offset, longer first, then id.
    QList<Annotation> annotations() const;

    /// The spans that share at least one code unit with [from, to), by start (longer first on a tie).
    QList<Hit> intersecting(int from, int to) const;
    /// The spans that contain \a offset.
    QList<Hit> at(int offset) const { return intersecting(offset, offset + 1); }

    /// In reading order: the first annotation that starts after \a offset, the last one that starts
    /// before it; nullptr when there is none.
    const Annotation *next(int offset) const;
    const Annotation *previous(int offset) const;
    /// The annotation after or before the one with \a id in reading order (for stepping through
    /// annotations that start at the same offset); nullptr at either end or for an unknown id.
    const Annotation *after(const QString &id) const;
    const Annotation *before(const QString &id) const;

    /// Number of layers in use (1 + the highest Hit::layer), 0 when empty.
    int layerCount() const { return m_layerCount; }

private:
    struct Entry {
        int start;
        int end;
        int maxEnd; ///< largest end in the implicit subtree rooted here
        int slot; ///< index in m_annotations
        int span;
        int layer;
    };

    void rebuild();
    void assignLayers();
    void augment();
    void renumberOrder();
    bool entryLess(const Entry &a, const Entry &b) const;
    bool readingOrderLess(int slotA, int slotB) const;
    int takeSlot();
    void freeSlot(int slot);

    std::vector<Annotation> m_annotations; ///< by slot; a free slot has an empty id
    std::vector<int> m_freeSlots;
    QHash<QString, int> m_slotOf;
    std::vector<Entry> m_entries; ///< sorted by entryLess()
    std::vector<int> m_order; ///< live slots in reading order
    std::vector<int> m_orderOfSlot; ///< position of each live slot in m_order
    int m_maxLevel = -1;
    int m_layerCount = 0;
};

} // namespace Gloss
