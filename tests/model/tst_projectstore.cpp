#include "store/projectstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

class TestProjectStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createAndReopen();
};

void TestProjectStore::createAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.gloss"));
    {
        ProjectStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        Article a;
        a.title = QStringLiteral("T");
        a.text = QStringLiteral("Hello world");
        const auto added = store.addArticles({a, a});
        QVERIFY2(added, qPrintable(store.lastError()));
        QCOMPARE(added->size(), 1);
    }
    ProjectStore store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QCOMPARE(store.articleCount(), 1);
    QCOMPARE(store.schemaVersion(), ProjectStore::currentSchemaVersion());
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
