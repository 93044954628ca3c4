#include "annotationindex.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace Gloss
{

namespace
{
bool isDrawn(const Annotation &annotation)
{
    return annotation.status != Annotation::Status::Rejected && !annotation.spans.isEmpty();
}
} // namespace

AnnotationIndex::AnnotationIndex(const QList<Annotation> &annotations)
{
    m_annotations.reserve(annotations.size());
    for (const Annotation &annotation : annotations) {
        if (!isDrawn(annotation) || m_slotOf.contains(annotation.id))
            continue;
        m_slotOf.insert(annotation.id, int(m_annotations.size()));
        m_annotations.push_back(annotation);
    }
    rebuild();
}

int AnnotationIndex::takeSlot()
{
    if (!m_freeSlots.empty()) {
        const int slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        return slot;
    }
    m_annotations.emplace_back();
    return int(m_annotations.size()) - 1;
}

void AnnotationIndex::freeSlot(int slot)
{
    m_annotations[slot] = Annotation();
    m_freeSlots.push_back(slot);
}

void AnnotationIndex::apply(const QList<Annotation> &upserted, const QStringList &removedIds)
{
    std::vector<char> touched(m_annotations.size() + upserted.size(), 0);
    std::vector<int> inserted;
    const auto removeId = [&](const QString &id) {
        const auto it = m_slotOf.constFind(id);
        if (it == m_slotOf.cend())
            return;
        touched[*it] = 1;
        freeSlot(*it);
        m_slotOf.erase(it);
    };
    for (const QString &id : removedIds)
        removeId(id);
    for (const Annotation &annotation : upserted) {
        if (!isDrawn(annotation)) {
            removeId(annotation.id);
            continue;
        }
        auto it = m_slotOf.find(annotation.id);
        if (it == m_slotOf.end())
            it = m_slotOf.insert(annotation.id, takeSlot());
        if (touched.size() < m_annotations.size())
            touched.resize(m_annotations.size(), 0);
        if (!touched[*it] || std::find(inserted.cbegin(), inserted.cend(), *it) == inserted.cend())
            inserted.push_back(*it);
        touched[*it] = 1;
        m_annotations[*it] = annotation;
    }
    touched.resize(m_annotations.size(), 0);

    // Many changes: sorting again is cheaper than merging each one in.
    if (inserted.size() > std::max<std::size_t>(64, m_order.size() / 16)) {
        rebuild();
        return;
    }
    std::erase_if(m_entries, [&](const Entry &entry) { return touched[entry.slot] != 0; });
    std::erase_if(m_order, [&](int slot) { return touched[slot] != 0; });
    for (const int slot : inserted) {
        const Spans &spans = m_annotations[slot].spans;
        for (int span = 0; span < spans.size(); ++span) {
            const Entry entry{spans.at(span).start, spans.at(span).end, 0, slot, span, 0};
            m_entries.insert(
                std::lower_bound(m_entries.begin(), m_entries.end(), entry, [this](const Entry &a, const Entry &b) { return entryLess(a, b); }), entry);
        }
        m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), slot, [this](int a, int b) { return readingOrderLess(a, b); }), slot);
    }
    renumberOrder();
    assignLayers();
    augment();
}

const Annotation *AnnotationIndex::annotation(const QString &id) const
{
    const auto it = m_slotOf.constFind(id);
    return it == m_slotOf.cend() ? nullptr : &m_annotations[*it];
}

QList<Annotation> AnnotationIndex::annotations() const
{
    QList<Annotation> result;
    result.reserve(qsizetype(m_order.size()));
    for (const int slot : m_order)
        result.append(m_annotations[slot]);
    return result;
}

bool AnnotationIndex::readingOrderLess(int slotA, int slotB) const
{
    const Annotation &a = m_annotations[slotA];
    const Annotation &b = m_annotations[slotB];
    if (a.start() != b.start())
        return a.start() < b.start();
    if (a.end() != b.end())
        return a.end() > b.end();
    return a.id < b.id;
}

// Ties on the span are broken by annotation id, so the layout is the same however the index was built.
bool AnnotationIndex::entryLess(const Entry &a, const Entry &b) const
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end > b.end;
    if (a.slot != b.slot)
        return m_annotations[a.slot].id < m_annotations[b.slot].id;
    return a.span < b.span;
}

void AnnotationIndex::renumberOrder()
{
    m_orderOfSlot.assign(m_annotations.size(), -1);
    for (int position = 0; position < int(m_order.size()); ++position)
        m_orderOfSlot[m_order[position]] = position;
}

void AnnotationIndex::rebuild()
{
    m_entries.clear();
    m_order.clear();
    for (int slot = 0; slot < int(m_annotations.size()); ++slot) {
        if (m_annotations[slot].id.isEmpty())
            continue;
        m_order.push_back(slot);
        const Spans &spans = m_annotations[slot].spans;
        for (int span = 0; span < spans.size(); ++span)
            m_entries.push_back(Entry{spans.at(span).start, spans.at(span).end, 0, slot, span, 0});
    }
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return readingOrderLess(a, b); });
    std::sort(m_entries.begin(), m_entries.end(), [this](const Entry &a, const Entry &b) { return entryLess(a, b); });
    renumberOrder();
    assignLayers();
    augment();
}

void AnnotationIndex::assignLayers()
{
    // Greedy track assignment in start order: each span takes the lowest layer free at its start.
    using Active = std::pair<int, int>; // end, layer
    std::priority_queue<Active, std::vector<Active>, std::greater<>> active;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    m_layerCount = 0;
    for (Entry &entry : m_entries) {
        while (!active.empty() && active.top().first <= entry.start) {
            free.push(active.top().second);
            active.pop();
        }
        if (free.empty()) {
            entry.layer = m_layerCount++;
        } else {
            entry.layer = free.top();
            free.pop();
        }
        active.emplace(entry.end, entry.layer);
    }
}

void AnnotationIndex::augment()
{
    // Implicit tree over the sorted array: leaves at even indices (level 0); a node at level k has k
    // trailing one bits, its children lie 2^(k-1) to either side. Children past the end of the array
    // stand for the rightmost existing subtree, whose maximum is carried along as lastMax.
    const int n = int(m_entries.size());
    m_maxLevel = -1;
    if (n == 0)
        return;
    int lastIndex = 0;
    int lastMax = 0;
    for (int i = 0; i < n; i += 2) {
        m_entries[i].maxEnd = m_entries[i].end;
        lastIndex = i;
        lastMax = m_entries[i].end;
    }
    int level = 1;
    for (; (1 << level) <= n; ++level) {
        const int half = 1 << (level - 1);
        for (int i = (1 << level) - 1; i < n; i += 1 << (level + 1)) {
            const int left = m_entries[i - half].maxEnd;
            const int right = i + half < n ? m_entries[i + half].maxEnd : lastMax;
            m_entries[i].maxEnd = std::max({m_entries[i].end, left, right});
        }
        // Move lastIndex up to its parent (at this level) and fold that node's maximum in.
        const int childLevel = level - 1;
        lastIndex = ((lastIndex >> (childLevel + 1)) & 1) ? lastIndex - (1 << childLevel) : lastIndex + (1 << childLevel);
        if (lastIndex < n)
            lastMax = std::max(lastMax, m_entries[lastIndex].maxEnd);
    }
    m_maxLevel = level - 1;
}

QList<AnnotationIndex::Hit> AnnotationIndex::intersecting(int from, int to) const
{
    QList<Hit> hits;
    const int n = int(m_entries.size());
    if (n == 0 || from >= to)
        return hits;
    const auto report = [&](const Entry &entry) { hits.append(Hit{entry.start, entry.end, entry.span, entry.layer, &m_annotations[entry.slot]}); };

    struct Node {
        int index;
        int level;
        bool leftDone;
    };
    Node stack[64];
    int top = 0;
    stack[top++] = Node{(1 << m_maxLevel) - 1, m_maxLevel, false};
    while (top > 0) {
        const Node node = stack[--top];
        if (node.level <= 3) {
            // Small subtree: its entries are contiguous and sorted, scan them.
            const int first = (node.index >> node.level) << node.level;
            const int last = std::min(n, first + (1 << (node.level + 1)) - 1);
            for (int i = first; i < last && m_entries[i].start < to; ++i) {
                if (m_entries[i].end > from)
                    report(m_entries[i]);
            }
        } else if (!node.leftDone) {
            stack[top++] = Node{node.index, node.level, true};
            const int left = node.index - (1 << (node.level - 1));
            // A left child past the end still has existing descendants on its right: visit it.
            if (left >= n || m_entries[left].maxEnd > from)
                stack[top++] = Node{left, node.level - 1, false};
        } else if (node.index < n && m_entries[node.index].start < to) {
            if (m_entries[node.index].end > from)
                report(m_entries[node.index]);
            stack[top++] = Node{node.index + (1 << (node.level - 1)), node.level - 1, false};
        }
    }
    return hits;
}

const Annotation *AnnotationIndex::next(int offset) const
{
    // Reading order sorts by start first, so the first annotation starting after offset is found by bisection.
    const auto it = std::upper_bound(m_order.cbegin(), m_order.cend(), offset, [this](int value, int slot) { return value < m_annotations[slot].start(); });
    return it == m_order.cend() ? nullptr : &m_annotations[*it];
}

const Annotation *AnnotationIndex::previous(int offset) const
{
    const auto it = std::lower_bound(m_order.cbegin(), m_order.cend(), offset, [this](int slot, int value) { return m_annotations[slot].start() < value; });
    return it == m_order.cbegin() ? nullptr : &m_annotations[*(it - 1)];
}

const Annotation *AnnotationIndex::after(const QString &id) const
{
    const auto it = m_slotOf.constFind(id);
    if (it == m_slotOf.cend())
        return nullptr;
    const int position = m_orderOfSlot[*it] + 1;
    return position < int(m_order.size()) ? &m_annotations[m_order[position]] : nullptr;
}

const Annotation *AnnotationIndex::before(const QString &id) const
{
    const auto it = m_slotOf.constFind(id);
    if (it == m_slotOf.cend())
        return nullptr;
    const int position = m_orderOfSlot[*it] - 1;
    return position >= 0 ? &m_annotations[m_order[position]] : nullptr;
}

} // namespace Gloss
