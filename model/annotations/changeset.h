#pragma once

#include "annotation.h"
#include "entity.h"
#include "link.h"
#include "tags/tag.h"

#include <QList>
#include <QString>

namespace Gloss
{

/// Records added, removed and changed by one edit. \a before and \a after hold the changed records as
/// they were and as they become, in the same order.
template<typename Record>
struct RecordChanges {
    QList<Record> added;
    QList<Record> removed;
    QList<Record> before;
    QList<Record> after;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && after.isEmpty(); }
    RecordChanges inverted() const { return {removed, added, after, before}; }
};

/// A change of an article memo (empty articleId: the project memo).
struct MemoChange {
    QString articleId;
    QString before;
    QString after;
};

/// Everything one undoable edit does to a project, as data: the editing facade builds one per user
/// action, applies it forward (redo) or inverted (undo) in one transaction. Applying orders the writes
/// so that references hold (entities and tags before the annotations that use them, annotations before
/// their links; removals in the reverse order), so any change set and its inverse apply cleanly.
struct ChangeSet {
    RecordChanges<Annotation> annotations;
    RecordChanges<Tag> tags;
    RecordChanges<Link> links;
    RecordChanges<Entity> entities;
    QList<MemoChange> memos;
    RecordChanges<LinkType> linkTypes; ///< user-defined link types (issue 6); written before the links that use them

    bool isEmpty() const { return annotations.isEmpty() && tags.isEmpty() && links.isEmpty() && entities.isEmpty() && memos.isEmpty() && linkTypes.isEmpty(); }
    ChangeSet inverted() const
    {
        ChangeSet result{annotations.inverted(), tags.inverted(), links.inverted(), entities.inverted(), {}, linkTypes.inverted()};
        for (const MemoChange &memo : memos)
            result.memos.append(MemoChange{memo.articleId, memo.after, memo.before});
        return result;
    }
};

} // namespace Gloss
