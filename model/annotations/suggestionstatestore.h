#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Gloss
{

/// The suggestion_state table: per article, the Suggester fingerprint its stored suggestions were made
/// with. A suggestion run suggests only for the articles that are missing here or carry another
/// fingerprint. Writes join the caller's transaction when one is open (Annotator::replaceSuggestions).
class SuggestionStateStore final
{
public:
    explicit SuggestionStateStore(const QSqlDatabase &db);

    /// Records \a fingerprint for each article of \a articleIds. On failure lastError() says why.
    bool setFingerprint(const QStringList &articleIds, const QString &fingerprint);
    /// The fingerprint stored for \a articleId; empty when it was never suggested for.
    QString fingerprint(const QString &articleId) const;
    /// The ids of the articles (in import order) with no stored fingerprint or one other than \a fingerprint.
    QStringList staleArticles(const QString &fingerprint) const;
    /// Forgets every fingerprint, so that the next run suggests for every article.
    bool clear();

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &reason) const;
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    mutable QString m_lastError;
};

} // namespace Gloss
