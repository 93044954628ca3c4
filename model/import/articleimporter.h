#pragma once

#include "article.h"
#include "message.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Gloss
{

class BoilerplateFilter;

/// Settings of an import.
struct ImportOptions {
    /// Files larger than this are refused with a message (documented in the README).
    qint64 maxFileBytes = 64 * 1024 * 1024;
    /// Lines dropped from plain-text articles in addition to the built-in boilerplate list
    /// (resources/data/boilerplate.txt), compared after trimming, case-insensitively.
    QStringList extraBoilerplate;
};

/// What reading a set of files gave: the articles parsed (not yet stored) and every problem met.
struct ImportBatch {
    QList<Article> articles;
    Messages messages;
    int filesRead = 0;
    bool cancelled = false; ///< stopped early; articles holds only whole articles read before the stop
};

/// Reads article files (.txt, .md, .html/.htm, .json, .jsonl) into Articles. Does not touch a project:
/// the caller stores the batch (ProjectStore::addArticles), so an import is one transaction.
/// Thread-safe: read() may run on a worker thread.
///
/// Each file is decoded by TextDecoder and read by the parser of its suffix: PlainTextParser (.txt,
/// .text, .md, .markdown), HtmlArticleParser (.html, .htm), JsonArticleParser (.json, .jsonl, .ndjson).
/// Every article gets its id from Article::idForText and its sourcePath (absolute).
class ArticleImporter final
{
public:
    explicit ArticleImporter(ImportOptions options = {});

    /// The importable files named by \a paths, folders searched recursively, in a stable order.
    /// Paths that do not exist or have an unknown suffix add a message.
    static QStringList collectFiles(const QStringList &paths, Messages *messages);
    static bool isImportableFile(const QString &path);

    /// Reads \a files (as returned by collectFiles), several at once on a thread pool of its own (one
    /// thread per core), so it may itself be called from a worker thread.
    /// The articles and messages come in file order. \a progress is called on the calling thread with
    /// (files done, total), first with (0, total). When \a cancel becomes true the read stops between
    /// files: the batch then holds the whole articles of the files done so far and cancelled is set.
    ImportBatch read(const QStringList &files, const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr) const;

    /// Reads one file; a .json array or .jsonl file can hold many articles.
    ImportBatch readFile(const QString &file) const;

    /// The file suffixes (lower case, without the dot) that collectFiles() picks up.
    static QStringList importableSuffixes();

    const ImportOptions &options() const { return m_options; }

private:
    ImportOptions m_options;
    std::shared_ptr<const BoilerplateFilter> m_boilerplate;
};

} // namespace Gloss
