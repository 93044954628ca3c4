#include "editcommand.h"

#include "annotator.h"

namespace Gloss
{

namespace
{
constexpr int MergeableId = 0x474C; // any value other than -1: the merge key decides

template<typename Record>
bool sameIds(const QList<Record> &a, const QList<Record> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

template<typename Record>
bool changesOnly(const RecordChanges<Record> &changes)
{
    return changes.added.isEmpty() && changes.removed.isEmpty();
}
} // namespace

EditCommand::EditCommand(Annotator *annotator, const ChangeSet &changes, const QString &text, const QString &mergeKey)
    : QUndoCommand(text), m_annotator(annotator), m_changes(changes), m_mergeKey(mergeKey)
{
}

void EditCommand::redo()
{
    if (!m_annotator->apply(m_changes))
        setObsolete(true);
}

void EditCommand::undo()
{
    if (!m_annotator->apply(m_changes.inverted()))
        setObsolete(true);
}

int EditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeableId;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditCommand *>(other);
    if (!next || next->isObsolete() || next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    const ChangeSet &a = m_changes;
    const ChangeSet &b = next->m_changes;
    if (!changesOnly(a.annotations) || !changesOnly(a.tags) || !changesOnly(a.links) || !changesOnly(a.entities) || !changesOnly(b.annotations)
        || !changesOnly(b.tags) || !changesOnly(b.links) || !changesOnly(b.entities))
        return false;
    if (!sameIds(a.annotations.after, b.annotations.before) || !sameIds(a.tags.after, b.tags.before) || !sameIds(a.links.after, b.links.before)
        || !sameIds(a.entities.after, b.entities.before) || a.memos.size() != b.memos.size())
        return false;
    for (qsizetype i = 0; i < a.memos.size(); ++i) {
        if (a.memos.at(i).articleId != b.memos.at(i).articleId)
            return false;
    }
    m_changes.annotations.after = b.annotations.after;
    m_changes.tags.after = b.tags.after;
    m_changes.links.after = b.links.after;
    m_changes.entities.after = b.entities.after;
    for (qsizetype i = 0; i < a.memos.size(); ++i)
        m_changes.memos[i].after = b.memos.at(i).after;

    return true;
}

} // namespace Gloss
