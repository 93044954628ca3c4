// Tests of the project file: creation, reopening, refusing foreign and newer files, full-text search,
// consistent copies and read-only access.
#include "store/projectstore.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

namespace
{
Article makeArticle(const QString &title, const QString &outlet, const QString &text)
{
    Article article;
    article.title = title;
    article.outlet = outlet;
    article.text = text;
    article.published = QStringLiteral("2024-03-02");
    return article;
}

QList<Article> sampleArticles()
{
    return {
        makeArticle(QStringLiteral("Ferry halted at Port Calder"), QStringLiteral("Calder Wire"),
            QStringLiteral("The harbour master said the ferry service would stay closed until Friday.\n\nInspectors counted 40 damaged containers.")),
        makeArticle(QStringLiteral("Inspectors dispute container count"), QStringLiteral("Morning Ledger"),
            QStringLiteral("According to the union, more than 60 containers were damaged in the storm.\n\nThe harbour authority declined to comment.")),
        makeArticle(QStringLiteral("Storm damage estimate rises"), QStringLiteral("Riverside Post"),
            QStringLiteral("Insurers estimated the damage at €12 million, well above the first count.\n\nCafé owners on the quay reopened on Sunday.")),
    };
}
} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.emplace().isValid()); }
    void createAndReopen();
    void duplicatesAreSkipped();
    void articleRoundTrip();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerSchema();
    void search_data();
    void search();
    void malformedQueryIsRelaxed();
    void valuesPersist();
    void saveCopyIsConsistent();
    void readOnlyRefusesWrites();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::optional<QTemporaryDir> m_dir;
};

void TestProjectStore::createAndReopen()
{
    const QString file = path(QStringLiteral("p.gloss"));
    {
        ProjectStore store;
        QVERIFY2(store.open(file), qPrintable(store.lastError()));
        QVERIFY(store.isOpen());
        QVERIFY(store.addArticles(sampleArticles()));
    }
    ProjectStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError()));
    QCOMPARE(store.articleCount(), 3);
    QCOMPARE(store.schemaVersion(), ProjectStore::currentSchemaVersion());
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toInt(), ProjectStore::ApplicationId);
}

void TestProjectStore::duplicatesAreSkipped()
{
    ProjectStore store;
    QVERIFY(store.open(path(QStringLiteral("p.gloss"))));
    const QList<Article> articles = sampleArticles();
    const auto first = store.addArticles(articles);
    QVERIFY2(first, qPrintable(store.lastError()));
    QCOMPARE(first->size(), 3);
    // The same texts again (one with another title): nothing new.
    QList<Article> again = articles;
    again[0].title = QStringLiteral("A different headline");
    const auto second = store.addArticles(again + QList<Article>{articles.at(1)});
    QVERIFY(second);
    QVERIFY(second->isEmpty());
    QCOMPARE(store.articleCount(), 3);
}

void TestProjectStore::articleRoundTrip()
{
    ProjectStore store;
    QVERIFY(store.open(path(QStringLiteral("p.gloss"))));
    Article article
        = makeArticle(QStringLiteral("Ünïcode 😀 title"), QStringLiteral("Outlet"), QStringLiteral("Body with an emoji 😀 and 中文.\n\nSecond paragraph."));
    article.byline = QStringLiteral("Ana Souza");
    article.url = QStringLiteral("https://example.org/a");
    article.language = QStringLiteral("en");
    article.sourcePath = QStringLiteral("/tmp/a.txt");
    const auto added = store.addArticles({article});
    QVERIFY(added && added->size() == 1);
    const QString id = added->first();
    QCOMPARE(id, Article::idForText(article.text));
    const auto back = store.article(id);
    QVERIFY(back);
    QCOMPARE(back->title, article.title);
    QCOMPARE(back->outlet, article.outlet);
    QCOMPARE(back->byline, article.byline);
    QCOMPARE(back->published, article.published);
    QCOMPARE(back->url, article.url);
    QCOMPARE(back->language, article.language);
    QCOMPARE(back->text, article.text);
    QVERIFY(store.containsArticle(id));
    QVERIFY(!store.article(QStringLiteral("nope")));
    const QList<ArticleSummary> summaries = store.articleSummaries();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().length, int(article.text.size()));
}

void TestProjectStore::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QByteArray("just some notes\n") << QStringLiteral("not a Gloss project");
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a Gloss project");
    QTest::newRow("damaged sqlite") << QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\x7f') << QStringLiteral("not a readable SQLite database");
}

void TestProjectStore::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    // Refusing a file must not leave a connection behind (Qt warns "connection ... still in use").
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase")));
    const QString file = path(QStringLiteral("foreign.gloss"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    ProjectStore store;
    QVERIFY(!store.open(file));
    QVERIFY2(store.lastError().contains(file), qPrintable(store.lastError()));
    QVERIFY2(store.lastError().contains(reason), qPrintable(store.lastError()));
    QVERIFY(!store.isOpen());
    // Nothing was written to the file.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestProjectStore::refusesNewerSchema()
{
    const QString file = path(QStringLiteral("newer.gloss"));
    {
        ProjectStore store;
        QVERIFY(store.open(file));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(ProjectStore::currentSchemaVersion() + 1)));
    }
    ProjectStore store;
    QVERIFY(!store.open(file));
    QVERIFY2(store.lastError().contains(QStringLiteral("newer Gloss")), qPrintable(store.lastError()));

    // Another program's SQLite database is not taken for a project either.
    const QString other = path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t(x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(!store.open(other));
    QVERIFY2(store.lastError().contains(QStringLiteral("not a Gloss project")), qPrintable(store.lastError()));
}

void TestProjectStore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedTitles");
    const QString ferry = QStringLiteral("Ferry halted at Port Calder");
    const QString dispute = QStringLiteral("Inspectors dispute container count");
    const QString storm = QStringLiteral("Storm damage estimate rises");
    QTest::newRow("word") << QStringLiteral("harbour") << QStringList{ferry, dispute};
    QTest::newRow("phrase") << QStringLiteral("\"damaged containers\"") << QStringList{ferry};
    QTest::newRow("prefix") << QStringLiteral("contain*") << QStringList{dispute, ferry};
    QTest::newRow("boolean AND NOT") << QStringLiteral("harbour NOT union") << QStringList{ferry};
    QTest::newRow("boolean OR") << QStringLiteral("insurers OR union") << QStringList{storm, dispute};
    QTest::newRow("diacritics folded") << QStringLiteral("cafe") << QStringList{storm};
    QTest::newRow("title column") << QStringLiteral("title:storm") << QStringList{storm};
    QTest::newRow("no hit") << QStringLiteral("volcano") << QStringList{};
}

void TestProjectStore::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedTitles);
    ProjectStore store;
    QVERIFY(store.open(path(QStringLiteral("p.gloss"))));
    QVERIFY(store.addArticles(sampleArticles()));
    const SearchResult result = store.search(query);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.relaxed);
    QStringList titles;
    for (const SearchHit &hit : result.hits) {
        titles.append(hit.title);
        QVERIFY2(hit.snippet.contains(SearchHit::MarkStart), qPrintable(hit.snippet));
        QVERIFY(!hit.matchedTerms().isEmpty());
    }
    QCOMPARE(QSet<QString>(titles.begin(), titles.end()), QSet<QString>(expectedTitles.begin(), expectedTitles.end()));
    if (query == QLatin1String("title:storm")) {
        QCOMPARE(result.hits.first().matchedTerms(), QStringList{QStringLiteral("Storm")});
    }
}

void TestProjectStore::malformedQueryIsRelaxed()
{
    ProjectStore store;
    QVERIFY(store.open(path(QStringLiteral("p.gloss"))));
    QVERIFY(store.addArticles(sampleArticles()));
    const SearchResult result = store.search(QStringLiteral("\"harbour master"));
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.relaxed);
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits.first().title, QStringLiteral("Ferry halted at Port Calder"));
    QVERIFY(store.search(QStringLiteral("   ")).hits.isEmpty());
}

void TestProjectStore::valuesPersist()
{
    const QString file = path(QStringLiteral("p.gloss"));
    {
        ProjectStore store;
        QVERIFY(store.open(file));
        QVERIFY(store.setValue(QStringLiteral("lastArticle"), QStringLiteral("abc")));
        QVERIFY(store.setValue(QStringLiteral("lastArticle"), QStringLiteral("def")));
    }
    ProjectStore store;
    QVERIFY(store.open(file));
    QCOMPARE(store.value(QStringLiteral("lastArticle")), QStringLiteral("def"));
    QCOMPARE(store.value(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
}

void TestProjectStore::saveCopyIsConsistent()
{
    ProjectStore store;
    QVERIFY(store.open(path(QStringLiteral("p.gloss"))));
    QVERIFY(store.addArticles(sampleArticles()));
    const QString copy = path(QStringLiteral("copy.gloss"));
    QVERIFY2(store.saveCopy(copy), qPrintable(store.lastError()));
    ProjectStore other;
    QVERIFY2(other.open(copy), qPrintable(other.lastError()));
    QCOMPARE(other.articleCount(), 3);
    QCOMPARE(other.search(QStringLiteral("harbour")).hits.size(), 2);
}

void TestProjectStore::readOnlyRefusesWrites()
{
    const QString file = path(QStringLiteral("p.gloss"));
    {
        ProjectStore store;
        QVERIFY(store.open(file));
        QVERIFY(store.addArticles(sampleArticles()));
    }
    ProjectStore store;
    QVERIFY2(store.open(file, ProjectStore::Mode::ReadOnly), qPrintable(store.lastError()));
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.articleCount(), 3);
    QVERIFY(!store.addArticles({makeArticle(QStringLiteral("x"), QString(), QStringLiteral("new text"))}));
    QVERIFY(store.lastError().contains(QStringLiteral("read-only")));
    QVERIFY(!store.setValue(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(store.articleCount(), 3);

    ProjectStore missing;
    QVERIFY(!missing.open(path(QStringLiteral("absent.gloss")), ProjectStore::Mode::ReadOnly));
    QVERIFY(missing.lastError().contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
