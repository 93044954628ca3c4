#pragma once

#include "article.h"
#include "message.h"
#include "store/projectstore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

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
    bool open(const QString &path, ProjectStore::Mode mode, QString *error);
    bool isOpen() const { return m_store.isOpen(); }
    bool isReadOnly() const { return m_store.isReadOnly(); }
    QString path() const { return m_store.path(); }

    ProjectStore &store() { return m_store; }
    const ProjectStore &store() const { return m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Stores the articles of \a batch in one transaction (duplicates skipped) and announces them.
    ImportReport addArticles(const ImportBatch &batch);

Q_SIGNALS:
    void articlesAdded(const QStringList &ids);
    /// A problem or notice for the user; model/ never shows UI itself.
    void message(const Gloss::Message &message);

private:
    ProjectStore m_store;
    QUndoStack m_undoStack;
};

} // namespace Gloss
