#include "article.h"

#include <QCryptographicHash>

namespace Gloss
{

QString Article::idForText(const QString &text)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

} // namespace Gloss
