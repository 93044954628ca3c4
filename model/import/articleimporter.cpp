#include "articleimporter.h"

#include "boilerplatefilter.h"
#include "htmlarticleparser.h"
#include "jsonarticleparser.h"
#include "plaintextparser.h"
#include "textdecoder.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Gloss
{

namespace
{
enum class Kind { Unknown, PlainText, Markdown, Html, Json, JsonLines };

Kind kindOf(QStringView path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (dot < 0 || dot < slash)
        return Kind::Unknown;
    const QString suffix = path.sliced(dot + 1).toString().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Kind::PlainText;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Kind::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Kind::Html;
    if (suffix == QLatin1String("json"))
        return Kind::Json;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Kind::JsonLines;
    return Kind::Unknown;
}

// "article2" before "article10": runs of digits compare by value, the rest case-insensitively,
// then exactly, so the order is the same on every machine and locale.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i), cb = b.at(j);
        if (ca.isDigit() && cb.isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            QStringView da = QStringView(a).sliced(i, ei - i), db = QStringView(b).sliced(j, ej - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.sliced(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.sliced(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar la = ca.toCaseFolded(), lb = cb.toCaseFolded();
        if (la != lb)
            return la < lb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

// Adds the importable files under \a folder, depth first, each folder's entries in natural order.
// Hidden entries are skipped, and so are links to folders (they could loop).
void collectFolder(const QString &folder, QStringList *files, qsizetype *others)
{
    QDir dir(folder);
    QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) { return naturalLess(a.fileName(), b.fileName()); });
    for (const QFileInfo &entry : std::as_const(entries)) {
        const QString path = dir.filePath(entry.fileName());
        if (entry.isDir()) {
            if (!entry.isSymLink())
                collectFolder(path, files, others);
        } else if (kindOf(path) != Kind::Unknown) {
            files->append(path);
        } else {
            ++*others;
        }
    }
}
} // namespace

ArticleImporter::ArticleImporter(ImportOptions options)
    : m_options(std::move(options)), m_boilerplate(std::make_shared<const BoilerplateFilter>(m_options.extraBoilerplate))
{
}

QStringList ArticleImporter::importableSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm"),
        QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson")};
}

bool ArticleImporter::isImportableFile(const QString &path)
{
    return kindOf(path) != Kind::Unknown;
}

QStringList ArticleImporter::collectFiles(const QStringList &paths, Messages *messages)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (messages)
                messages->append(Message::error(path, QStringLiteral("does not exist")));
            continue;
        }
        if (info.isDir()) {
            qsizetype others = 0;
            const qsizetype before = files.size();
            collectFolder(path, &files, &others);
            if (messages && others > 0)
                messages->append(Message::notice(path, QStringLiteral("%1 file(s) of other types left out").arg(others)));
            if (messages && files.size() == before)
                messages->append(Message::warning(path, QStringLiteral("holds no article files (.%1)").arg(importableSuffixes().join(QStringLiteral(", .")))));
            continue;
        }
        if (!isImportableFile(path)) {
            if (messages)
                messages->append(Message::error(
                    path, QStringLiteral("is not an article file Gloss can import (.%1)").arg(importableSuffixes().join(QStringLiteral(", .")))));
            continue;
        }
        files.append(path);
    }
    // The same file named twice (or inside a folder also named) is read once, where it first came.
    QSet<QString> seen;
    seen.reserve(files.size());
    QStringList unique;
    unique.reserve(files.size());
    for (const QString &file : std::as_const(files)) {
        const QString key = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(file);
        }
    }
    return unique;
}

ImportBatch ArticleImporter::readFile(const QString &file) const
{
    ImportBatch batch;
    batch.filesRead = 1;
    const Kind kind = kindOf(file);
    if (kind == Kind::Unknown) {
        batch.messages.append(Message::error(file, QStringLiteral("is not an article file Gloss can import")));
        return batch;
    }
    const auto sniffing = kind == Kind::Html ? TextDecoder::Sniffing::HtmlCharset : TextDecoder::Sniffing::None;
    const std::optional<QString> text = TextDecoder::readFile(file, m_options.maxFileBytes, &batch.messages, sniffing);
    if (!text)
        return batch;

    QString error;
    switch (kind) {
    case Kind::PlainText:
    case Kind::Markdown: {
        const PlainTextParser parser(*m_boilerplate);
        const auto flavour = kind == Kind::Markdown ? PlainTextParser::Flavour::Markdown : PlainTextParser::Flavour::PlainText;
        if (std::optional<Article> article = parser.parse(*text, flavour, &error))
            batch.articles.append(std::move(*article));
        break;
    }
    case Kind::Html:
        if (std::optional<Article> article = HtmlArticleParser::parse(*text, &error))
            batch.articles.append(std::move(*article));
        break;
    case Kind::Json:
        batch.articles = JsonArticleParser::parseJson(*text, file, &batch.messages);
        break;
    case Kind::JsonLines:
        batch.articles = JsonArticleParser::parseJsonLines(*text, file, &batch.messages);
        break;
    case Kind::Unknown:
        break;
    }
    if (!error.isEmpty())
        batch.messages.append(Message::error(file, error));

    const QString sourcePath = QFileInfo(file).absoluteFilePath();
    for (Article &article : batch.articles) {
        article.id = Article::idForText(article.text);
        article.sourcePath = sourcePath;
    }
    return batch;
}

ImportBatch ArticleImporter::read(const QStringList &files, const std::function<void(int, int)> &progress, const std::atomic_bool *cancel) const
{
    ImportBatch batch;
    const int total = int(files.size());
    if (progress)
        progress(0, total);
    if (total == 0)
        return batch;

    auto cancelled = [cancel] { return cancel && cancel->load(); };
    // Workers skip their file once the import is cancelled; a skipped file comes back with filesRead == 0.
    std::function<ImportBatch(const QString &)> readOne = [this, cancelled](const QString &file) {
        if (cancelled()) {
            ImportBatch skipped;
            skipped.cancelled = true;
            return skipped;
        }
        return readFile(file);
    };
    // A pool of our own: read() is often itself called on a pool thread (the GUI runs it with
    // QtConcurrent::run), and waiting there for work queued on the same global pool would leave
    // only the other core to do it.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    QFuture<ImportBatch> future = QtConcurrent::mapped(&pool, files, readOne);

    // Results are taken in file order; resultAt() waits for the one asked for.
    for (int i = 0; i < total; ++i) {
        if (cancelled()) {
            batch.cancelled = true;
            break;
        }
        const ImportBatch one = future.resultAt(i);
        if (one.cancelled) {
            batch.cancelled = true;
            break;
        }
        batch.articles.append(one.articles);
        batch.messages.append(one.messages);
        batch.filesRead += one.filesRead;
        if (progress)
            progress(i + 1, total);
    }
    if (batch.cancelled || cancelled()) {
        batch.cancelled = batch.filesRead < total;
        future.cancel();
    }
    future.waitForFinished();
    return batch;
}

} // namespace Gloss
