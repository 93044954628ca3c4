#include "annotationimport.h"

#include "annotations/savepoint.h"
#include "formatregistry.h"
#include "importplanner.h"
#include "project.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace Gloss::Formats
{

namespace
{
/// Raises the connection's page cache for the duration of a bulk write, then puts it back.
class BulkCache final
{
public:
    BulkCache(const QSqlDatabase &db, int records) : m_db(db)
    {
        if (records < 5000)
            return;
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toInt();
        query.finish();
        // About 1 KiB per record, at most 256 MiB (negative: KiB).
        m_raised = query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-std::min(records, 262144)));
    }
    ~BulkCache()
    {
        if (m_raised)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    BulkCache(const BulkCache &) = delete;
    BulkCache &operator=(const BulkCache &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -2000;
    bool m_raised = false;
};

QString counted(int count, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QString::fromLatin1(count == 1 ? one : many));
}
} // namespace

QString AnnotationImportReport::summary() const
{
    if (!ok)
        return QStringLiteral("nothing was imported");
    QString text = counted(annotationsAdded, "annotation", "annotations");
    QStringList details;
    if (reanchored > 0)
        details.append(QStringLiteral("%1 re-anchored").arg(reanchored));
    if (notAnchored > 0)
        details.append(QStringLiteral("%1 not anchored").arg(notAnchored));
    if (duplicates > 0)
        details.append(QStringLiteral("%1 already there").arg(duplicates));
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList parts{text, counted(linksAdded, "link", "links")};
    if (tagsAdded > 0)
        parts.append(counted(tagsAdded, "new tag", "new tags"));
    if (entitiesAdded > 0)
        parts.append(counted(entitiesAdded, "new entity", "new entities"));
    if (!addedArticleIds.isEmpty())
        parts.append(counted(int(addedArticleIds.size()), "new article", "new articles"));
    return parts.join(QStringLiteral(", "));
}

AnnotationImportReport AnnotationImport::run(Project &project, const QString &formatId, const QString &path, const Progress &progress)
{
    AnnotationImportReport report;
    const std::unique_ptr<AnnotationReader> reader = FormatRegistry::reader(formatId);
    if (!reader) {
        report.messages.append(Message::error(
            path, QStringLiteral("Gloss cannot import the format “%1” (it reads %2)").arg(formatId, FormatRegistry::importIds().join(QStringLiteral(", ")))));
        return report;
    }
    const ImportDraft draft = reader->read(path, progress);
    return apply(project, draft, progress);
}

AnnotationImportReport AnnotationImport::apply(Project &project, const ImportDraft &draft, const Progress &progress)
{
    AnnotationImportReport report;
    if (!project.isOpen() || project.isReadOnly()) {
        report.messages = draft.messages;
        report.messages.append(Message::error(
            project.path(), project.isOpen() ? QStringLiteral("is open read-only; nothing was imported") : QStringLiteral("no project is open")));
        return report;
    }
    ImportPlan plan = ImportPlanner::plan(project, draft, project.annotator()->author(), progress);
    report.messages = plan.messages;
    if (plan.refused) {
        report.messages.append(Message::error(draft.file, QStringLiteral("nothing was imported")));
        return report;
    }

    // A big import inserts into the annotation indexes in random (UUID) order: with SQLite's default
    // 2 MB page cache most inserts would wait on page reads. The connection gets a larger cache for it.
    const BulkCache cache(project.store().database(), int(plan.changes.annotations.added.size()));
    // One transaction: the articles and the annotation layer's step commit together or not at all.
    Savepoint transaction(project.store().database());
    if (!transaction.isActive()) {
        report.messages.append(Message::error(project.path(), QStringLiteral("cannot start saving: ") + transaction.error()));
        return report;
    }
    QStringList addedArticles;
    if (!plan.newArticles.isEmpty()) {
        const std::optional<QStringList> added = project.store().addArticles(plan.newArticles);
        if (!added) {
            transaction.rollback();
            report.messages.append(Message::error(project.path(), project.store().lastError()));
            report.messages.append(Message::error(draft.file, QStringLiteral("nothing was imported")));
            return report;
        }
        addedArticles = *added;
    }
    const QString undoText = QStringLiteral("Import annotations from %1").arg(QFileInfo(draft.file).fileName());
    if (!plan.changes.isEmpty() && !project.annotator()->applyChanges(plan.changes, undoText)) {
        transaction.rollback();
        report.messages.append(Message::error(draft.file, QStringLiteral("the import could not be saved; nothing was imported")));
        return report;
    }
    if (!transaction.release()) {
        // The annotation layer announced a step that did not reach the file: start again from the file.
        project.undoStack()->clear();
        project.annotator()->reload();
        report.messages.append(Message::error(project.path(), QStringLiteral("the import could not be saved: ") + transaction.error()));
        return report;
    }
    if (!addedArticles.isEmpty())
        Q_EMIT project.articlesAdded(addedArticles);

    report.ok = true;
    report.addedArticleIds = addedArticles;
    report.annotationsAdded = int(plan.changes.annotations.added.size());
    report.reanchored = plan.reanchored;
    report.notAnchored = plan.notAnchored;
    report.duplicates = plan.duplicates;
    report.tagsAdded = int(plan.changes.tags.added.size());
    report.tagsChanged = int(plan.changes.tags.after.size());
    report.entitiesAdded = int(plan.changes.entities.added.size());
    report.linksAdded = int(plan.changes.links.added.size());
    report.linksSkipped = plan.linksSkipped;
    report.messages.append(Message::notice(draft.file, QStringLiteral("imported ") + report.summary()));
    return report;
}

} // namespace Gloss::Formats
