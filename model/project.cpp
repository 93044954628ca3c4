#include "project.h"

#include "import/articleimporter.h"

namespace Gloss
{

Project::Project(QObject *parent) : QObject(parent)
{
}

Project::~Project() = default;

bool Project::open(const QString &path, ProjectStore::Mode mode, QString *error)
{
    m_undoStack.clear();
    if (!m_store.open(path, mode)) {
        if (error)
            *error = m_store.lastError();
        return false;
    }
    return true;
}

ImportReport Project::addArticles(const ImportBatch &batch)
{
    ImportReport report;
    report.messages = batch.messages;
    if (batch.articles.isEmpty())
        return report;
    const std::optional<QStringList> added = m_store.addArticles(batch.articles);
    if (!added) {
        report.messages.append(Message::error(m_store.path(), m_store.lastError()));
        return report;
    }
    report.addedIds = *added;
    report.duplicates = int(batch.articles.size() - added->size());
    if (!report.addedIds.isEmpty())
        Q_EMIT articlesAdded(report.addedIds);
    return report;
}

} // namespace Gloss
