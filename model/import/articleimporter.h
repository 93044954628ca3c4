#pragma once

#include "article.h"
#include "message.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace Gloss
{

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
class ArticleImporter final
{
public:
    explicit ArticleImporter(ImportOptions options = {});

    /// The importable files named by \a paths, folders searched recursively, in a stable order.
    /// Paths that do not exist or have an unknown suffix add a message.
    static QStringList collectFiles(const QStringList &paths, Messages *messages);
    static bool isImportableFile(const QString &path);

    /// Reads \a files (as returned by collectFiles). \a progress is called with (files done, total);
    /// when \a cancel becomes true the read stops between files.
    ImportBatch read(const QStringList &files, const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr) const;

    /// Reads one file; a .json array or .jsonl file can hold many articles.
    ImportBatch readFile(const QString &file) const;

private:
    ImportOptions m_options;
};

} // namespace Gloss
