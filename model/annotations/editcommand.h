#pragma once

#include "changeset.h"

#include <QUndoCommand>

namespace Gloss
{

class Annotator;

/// The one undo command of the annotation layer: redo applies its ChangeSet, undo the inverse, each
/// through Annotator's perform primitive (one transaction, written through before it returns, then
/// announced). A command whose apply fails marks itself obsolete, so the undo stack drops it.
///
/// Commands with the same non-empty merge key merge when pushed one after the other (repeated nudges
/// of one annotation's boundaries, typing in one memo), as long as both only change records. Undoing the merged
/// command restores the state before the first of them.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(Annotator *annotator, const ChangeSet &changes, const QString &text, const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeSet &changes() const { return m_changes; }

private:
    Annotator *m_annotator = nullptr;
    ChangeSet m_changes;
    QString m_mergeKey;
};

} // namespace Gloss
