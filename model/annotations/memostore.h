#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace Gloss
{

/// Article memos (table article_memos) and the project memo (project value "memo"). Narrow primitives
/// like AnnotationStore; edit through Annotator so that memos are undoable.
class MemoStore final
{
public:
    explicit MemoStore(const QSqlDatabase &db);

    /// The memo of \a articleId; empty when none.
    QString articleMemo(const QString &articleId) const;
    /// Every non-empty article memo by article id.
    QHash<QString, QString> articleMemos() const;
    /// Sets the memo of \a articleId; an empty text deletes it.
    bool setArticleMemo(const QString &articleId, const QString &text, const QString &author);

    QString projectMemo() const;
    bool setProjectMemo(const QString &text);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &reason) const;

    /// The connection by name: holding a QSqlDatabase would keep ProjectStore from closing it cleanly.
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    mutable QString m_lastError;
};

} // namespace Gloss
