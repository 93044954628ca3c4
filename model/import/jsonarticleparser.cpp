#include "jsonarticleparser.h"

#include "dateparser.h"
#include "htmlarticleparser.h"
#include "importtext.h"
#include "textdecoder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Gloss
{

namespace
{
QJsonValue firstField(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().trimmed().isEmpty()))
            return value;
    }
    return {};
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return firstField(object, {"name", "title"}).toString().trimmed();
    }
    return {};
}

QString namesOf(const QJsonValue &value)
{
    if (!value.isArray())
        return nameOf(value);
    QStringList names;
    for (const QJsonValue &item : value.toArray()) {
        const QString name = nameOf(item);
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString textOf(const QJsonValue &value)
{
    QString text;
    if (value.isArray()) {
        QStringList paragraphs;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && !item.toString().trimmed().isEmpty())
                paragraphs.append(item.toString());
        }
        text = paragraphs.join(QStringLiteral("\n\n"));
    } else if (value.isString()) {
        text = value.toString();
    }
    TextDecoder::normaliseLineEndings(text);
    if (text.contains(QLatin1String("</p>"), Qt::CaseInsensitive) || text.contains(QLatin1String("<br"), Qt::CaseInsensitive))
        text = HtmlArticleParser::textOf(text);
    return ImportText::trimBlankLines(text).toString();
}

QString dateOf(const QJsonValue &value, QString *notice)
{
    if (value.isDouble()) {
        // Unix time; values this large can only be milliseconds (seconds would be past the year 5000).
        double seconds = value.toDouble();
        if (seconds > 1e11)
            seconds /= 1000;
        return QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    }
    const QString raw = value.toString();
    if (raw.trimmed().isEmpty())
        return {};
    const QString date = DateParser::normalise(raw);
    if (date.isEmpty())
        *notice = QStringLiteral("date \"%1\" not understood; left empty").arg(raw.left(60));
    return date;
}

// "line 3, column 17" for a byte offset into \a utf8.
QString positionOf(const QByteArray &utf8, int offset)
{
    offset = std::clamp(offset, 0, int(utf8.size()));
    const QByteArrayView before(utf8.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}
} // namespace

std::optional<Article> JsonArticleParser::fromObject(const QJsonObject &object, QString *problem, QString *notice)
{
    Article article;
    article.text = textOf(firstField(object, {"text", "body", "content", "articleBody"}));
    article.title = ImportText::simplified(firstField(object, {"title", "headline"}).toString());
    if (article.text.isEmpty()) {
        *problem = article.title.isEmpty() ? QStringLiteral("has no text") : QStringLiteral("(\"%1\") has no text").arg(article.title.left(60));
        return std::nullopt;
    }
    if (article.title.isEmpty())
        article.title = ImportText::fallbackTitle(article.text);
    article.outlet = ImportText::simplified(nameOf(firstField(object, {"outlet", "source", "publisher", "site_name", "siteName"})));
    article.byline = ImportText::simplified(namesOf(firstField(object, {"byline", "author", "authors", "creator"})));
    article.published = dateOf(firstField(object, {"published", "date", "published_at", "publishedAt", "datePublished", "pubDate", "publish_date"}), notice);
    article.url = firstField(object, {"url", "link", "canonical_url"}).toString().trimmed();
    article.language = firstField(object, {"language", "lang", "inLanguage"}).toString().trimmed();
    return article;
}

QList<Article> JsonArticleParser::parseJson(const QString &text, const QString &file, Messages *messages)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        messages->append(Message::error(
            file, QStringLiteral("is not valid JSON: %1 at %2 (offset %3)").arg(error.errorString(), positionOf(utf8, error.offset)).arg(error.offset)));
        return {};
    }

    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject object = document.object();
        const QJsonValue articles = object.value(QLatin1String("articles"));
        if (articles.isArray() && firstField(object, {"text", "body", "content", "articleBody"}).isNull())
            items = articles.toArray();
        else
            items.append(object);
    }

    QList<Article> result;
    result.reserve(items.size());
    const bool single = items.size() == 1 && document.isObject();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = single ? QStringLiteral("the article") : QStringLiteral("article %1").arg(i + 1);
        if (!items.at(i).isObject()) {
            messages->append(Message::warning(file, QStringLiteral("%1 is not a JSON object; skipped").arg(where)));
            continue;
        }
        QString problem, notice;
        const std::optional<Article> article = fromObject(items.at(i).toObject(), &problem, &notice);
        if (!notice.isEmpty())
            messages->append(Message::notice(file, where + QStringLiteral(": ") + notice));
        if (!article) {
            messages->append(Message::warning(file, QStringLiteral("%1 %2; skipped").arg(where, problem)));
            continue;
        }
        result.append(*article);
    }
    if (items.isEmpty())
        messages->append(Message::warning(file, QStringLiteral("holds no articles")));
    return result;
}

QList<Article> JsonArticleParser::parseJsonLines(const QString &text, const QString &file, Messages *messages)
{
    QList<Article> result;
    const qsizetype messagesBefore = messages->size();
    int lineNumber = 0;
    for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n'))) {
        ++lineNumber;
        if (ImportText::isBlank(line))
            continue;
        const QByteArray utf8 = line.toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            messages->append(Message::warning(file,
                QStringLiteral("line %1 is not valid JSON (%2 at column %3); skipped")
                    .arg(lineNumber)
                    .arg(error.errorString())
                    .arg(QString::fromUtf8(utf8.left(error.offset)).size() + 1)));
            continue;
        }
        if (!document.isObject()) {
            messages->append(Message::warning(file, QStringLiteral("line %1 is not a JSON object; skipped").arg(lineNumber)));
            continue;
        }
        QString problem, notice;
        const std::optional<Article> article = fromObject(document.object(), &problem, &notice);
        if (!notice.isEmpty())
            messages->append(Message::notice(file, QStringLiteral("line %1: ").arg(lineNumber) + notice));
        if (!article) {
            messages->append(Message::warning(file, QStringLiteral("line %1: the article %2; skipped").arg(lineNumber).arg(problem)));
            continue;
        }
        result.append(*article);
    }
    if (result.isEmpty() && messages->size() == messagesBefore)
        messages->append(Message::warning(file, QStringLiteral("holds no articles")));
    return result;
}

} // namespace Gloss
