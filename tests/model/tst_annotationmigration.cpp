// Tests of the step from project schema version 1 (articles only) to version 2 (the annotation layer):
// a file written with step 1 alone keeps its article, gains the new tables and the default tag schema,
// and accepts annotations.
#include "tst_annotationsupport.h"

#include "store/schema.h"

#include <QSqlError>
#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

class TestAnnotationMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.emplace().isValid()); }
    void versionOneProjectIsUpgraded();
    void readOnlyVersionOneIsNotUpgraded();

private:
    QString writeVersionOne();
    std::optional<QTemporaryDir> m_dir;
};

// A project as the first Gloss wrote it: only migration step 1, one article.
QString TestAnnotationMigration::writeVersionOne()
{
    const QString path = m_dir->filePath(QStringLiteral("v1.gloss"));
    const QString connection = QStringLiteral("v1-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery query(db);
        const Schema::Migration &first = Schema::migrations().constFirst();
        if (first.version != 1)
            return {};
        for (const QString &statement : first.statements) {
            if (!query.exec(statement)) {
                qWarning("%s", qPrintable(query.lastError().text()));
                return {};
            }
        }
        query.exec(QStringLiteral("PRAGMA application_id=%1").arg(ProjectStore::ApplicationId));
        query.exec(QStringLiteral("PRAGMA user_version=1"));
        query.prepare(QStringLiteral("INSERT INTO articles(id, title, outlet, text, length, imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Article::idForText(HarbourText));
        query.addBindValue(QStringLiteral("Containers inspected"));
        query.addBindValue(QStringLiteral("Calder Wire"));
        query.addBindValue(HarbourText);
        query.addBindValue(int(HarbourText.size()));
        query.addBindValue(QStringLiteral("2024-03-05T10:00:00Z"));
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return {};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

void TestAnnotationMigration::versionOneProjectIsUpgraded()
{
    const QString path = writeVersionOne();
    QVERIFY(!path.isEmpty());
    Project project;
    QString error;
    QVERIFY2(project.open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(project.store().schemaVersion(), ProjectStore::currentSchemaVersion());
    QVERIFY(ProjectStore::currentSchemaVersion() >= 2);

    // The article survived, text and all.
    const QString articleId = Article::idForText(HarbourText);
    const std::optional<Article> article = project.store().article(articleId);
    QVERIFY(article);
    QCOMPARE(article->text, HarbourText);
    QCOMPARE(article->title, QStringLiteral("Containers inspected"));
    QCOMPARE(project.store().search(QStringLiteral("containers")).hits.size(), 1);

    // The new tables exist and the default schema is installed.
    QSqlQuery query(project.store().database());
    for (const char *table : {"annotations", "tags", "links", "link_types", "entities", "article_memos"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QVERIFY2(query.next(), table);
    }
    QVERIFY(project.annotator()->tagSchema().contains(QStringLiteral("person")));
    QCOMPARE(project.annotator()->linkTypes().size(), 5);

    // And it takes annotations, which survive reopening.
    const std::optional<QString> id
        = project.annotator()->addAnnotation(articleId, {spanOf(HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place"));
    QVERIFY(id);
    project.close();
    QVERIFY2(project.open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(project.annotator()->annotation(*id)->quote, QStringLiteral("Port Calder"));
    QCOMPARE(integrity(project.store().database()), QStringLiteral("ok"));
    QCOMPARE(foreignKeyViolations(project.store().database()), 0);
}

void TestAnnotationMigration::readOnlyVersionOneIsNotUpgraded()
{
    const QString path = writeVersionOne();
    QVERIFY(!path.isEmpty());
    Project project;
    QString error;
    QVERIFY(!project.open(path, ProjectStore::Mode::ReadOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("older project schema")), qPrintable(error));
    // Nothing was written: a writer can still upgrade it.
    QVERIFY2(project.open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAnnotationMigration)
#include "tst_annotationmigration.moc"
