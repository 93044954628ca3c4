#pragma once

#include "annotations/annotator.h"
#include "article.h"
#include "message.h"
#include "store/projectstore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

class QLockFile;

namespace Gloss
{

struct ImportBatch;

/// What adding a batch of articles did.
struct ImportReport {
    QStringList addedIds;
    int duplicates = 0; ///< articles already in the project (same text), skipped
    Messages messages;
};

/// The facade over one open project: its store, and (for the annotation layer) the one undo stack.
/// Everything that changes the project goes through here, so the views hear of it by signals.
class Project final : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /// Opens (or creates) the project file. On failure returns false and \a error names the file and reason.
    ///
    /// ReadWrite takes the lock file "<path>.lock" (QLockFile; a lock left by a crashed Gloss is taken
    /// over). When another running Gloss holds it, the project is opened read-only instead: open()
    /// succeeds, readOnlyReason() says why and message() carries it as a warning. Every change on a
    /// read-only project is refused without touching the file.
    bool open(const QString &path, ProjectStore::Mode mode, QString *error);
    /// Closes the project, clears the undo stack and releases the lock.
    void close();
    bool isOpen() const { return m_store.isOpen(); }
    bool isReadOnly() const { return m_store.isReadOnly(); }
    /// Why a project asked for read-write was opened read-only; empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_store.path(); }

    ProjectStore &store() { return m_store; }
    const ProjectStore &store() const { return m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// The editing facade of annotations, links, entities, tags and memos (every change undoable).
    Annotator *annotator() { return &m_annotator; }
    const Annotator *annotator() const { return &m_annotator; }

    /// "Save As": writes a consistent copy of the whole project to \a path (the open project stays open).
    bool saveCopy(const QString &path, QString *error);
    /// The lock file that guards \a projectPath against a second writer.
    static QString lockFilePath(const QString &projectPath);

    /// Stores the articles of \a batch in one transaction (duplicates skipped) and announces them.
    ImportReport addArticles(const ImportBatch &batch);

Q_SIGNALS:
    void articlesAdded(const QStringList &ids);
    /// A problem or notice for the user; model/ never shows UI itself.
    void message(const Gloss::Message &message);

private:
    ProjectStore m_store;
    QUndoStack m_undoStack;
    Annotator m_annotator{m_store, m_undoStack};
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
};

} // namespace Gloss
