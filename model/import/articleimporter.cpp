#include "articleimporter.h"

namespace Gloss
{
// Placeholder until the importers land.
ArticleImporter::ArticleImporter(ImportOptions options)
    : m_options(std::move(options))
{
}
QStringList ArticleImporter::collectFiles(const QStringList &, Messages *)
{
    return {};
}
bool ArticleImporter::isImportableFile(const QString &)
{
    return false;
}
ImportBatch ArticleImporter::read(const QStringList &, const std::function<void(int, int)> &, const std::atomic_bool *) const
{
    return {};
}
ImportBatch ArticleImporter::readFile(const QString &) const
{
    return {};
}
} // namespace Gloss
