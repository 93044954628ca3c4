#include "import/articleimporter.h"
#include "project.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Gloss;

// The importer as a whole: which files it picks, parallel reading in file order, progress,
// cancelling, refused files, and duplicates through the project store.
class TestArticleImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void collectsFolders();
    void reportsExplicitFiles();
    void isImportable_data();
    void isImportable();
    void readsInFileOrder();
    void readsFromAWorkerThread();
    void cancelKeepsWholeArticles_data();
    void cancelKeepsWholeArticles();
    void refusedFiles_data();
    void refusedFiles();
    void duplicatesAreSkipped();
};

namespace
{
QString dataDir(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA_DIR "/import/") + name;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QString bodyOf(int i)
{
    // Long enough that reading takes a moment, different for every file.
    return QStringLiteral("Paragraph one of article %1 about the tide tables.\n\n").arg(i)
        + QStringLiteral("Filler sentence number %1. ").arg(i).repeated(40).trimmed();
}

QStringList writeArticles(const QTemporaryDir &dir, int count)
{
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("a%1.txt").arg(i));
        writeFile(path, (QStringLiteral("Headline %1\n\n").arg(i) + bodyOf(i)).toUtf8());
        files.append(path);
    }
    return files;
}
} // namespace

void TestArticleImporter::collectsFolders()
{
    Messages messages;
    const QString folder = dataDir(QStringLiteral("folder"));
    const QStringList files = ArticleImporter::collectFiles({folder}, &messages);
    QCOMPARE(files, QStringList({folder + QStringLiteral("/a2.txt"), folder + QStringLiteral("/a10.txt"), folder + QStringLiteral("/sub/b.md")}));
    // The .pdf is left out with a notice; hidden files and folders silently.
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().severity, Message::Severity::Notice);
    QCOMPARE(messages.first().file, folder);
    QVERIFY(messages.first().text.contains(QStringLiteral("1 file")));

    // Named twice, or a file inside a named folder: read once.
    messages.clear();
    const QStringList again = ArticleImporter::collectFiles({folder + QStringLiteral("/a10.txt"), folder, folder + QStringLiteral("/a10.txt")}, &messages);
    QCOMPARE(again, QStringList({folder + QStringLiteral("/a10.txt"), folder + QStringLiteral("/a2.txt"), folder + QStringLiteral("/sub/b.md")}));

    QTemporaryDir empty;
    messages.clear();
    QVERIFY(ArticleImporter::collectFiles({empty.path()}, &messages).isEmpty());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().severity, Message::Severity::Warning);
    QVERIFY(messages.first().text.startsWith(QStringLiteral("holds no article files")));
}

void TestArticleImporter::reportsExplicitFiles()
{
    Messages messages;
    const QString pdf = dataDir(QStringLiteral("folder/readme.pdf"));
    const QString missing = dataDir(QStringLiteral("no-such-file.txt"));
    const QString hidden = dataDir(QStringLiteral("folder/.d.txt"));
    const QStringList files = ArticleImporter::collectFiles({pdf, missing, hidden}, &messages);
    // A hidden file named on purpose is read.
    QCOMPARE(files, QStringList({hidden}));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).file, pdf);
    QCOMPARE(messages.at(0).severity, Message::Severity::Error);
    QVERIFY(messages.at(0).text.startsWith(QStringLiteral("is not an article file")));
    QCOMPARE(messages.at(1).file, missing);
    QCOMPARE(messages.at(1).text, QStringLiteral("does not exist"));
}

void TestArticleImporter::isImportable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("importable");
    QTest::newRow("txt") << QStringLiteral("a/b.txt") << true;
    QTest::newRow("upper case") << QStringLiteral("B.TXT") << true;
    QTest::newRow("md") << QStringLiteral("b.md") << true;
    QTest::newRow("html") << QStringLiteral("b.html") << true;
    QTest::newRow("htm") << QStringLiteral("b.htm") << true;
    QTest::newRow("json") << QStringLiteral("b.json") << true;
    QTest::newRow("jsonl") << QStringLiteral("b.jsonl") << true;
    QTest::newRow("pdf") << QStringLiteral("b.pdf") << false;
    QTest::newRow("no suffix") << QStringLiteral("README") << false;
    QTest::newRow("dot in folder") << QStringLiteral("a.txt/README") << false;
}

void TestArticleImporter::isImportable()
{
    QFETCH(QString, path);
    QFETCH(bool, importable);
    QCOMPARE(ArticleImporter::isImportableFile(path), importable);
}

void TestArticleImporter::readsInFileOrder()
{
    QTemporaryDir dir;
    const QStringList files = writeArticles(dir, 300);
    QList<std::pair<int, int>> calls;
    const ImportBatch batch = ArticleImporter().read(files, [&calls](int done, int total) { calls.append({done, total}); });
    QVERIFY(!batch.cancelled);
    QCOMPARE(batch.filesRead, 300);
    QCOMPARE(batch.articles.size(), 300);
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(batch.articles.at(i).title, QStringLiteral("Headline %1").arg(i));
        QCOMPARE(batch.articles.at(i).text, bodyOf(i));
        QCOMPARE(batch.articles.at(i).sourcePath, QFileInfo(files.at(i)).absoluteFilePath());
    }
    QCOMPARE(calls.size(), 301);
    for (int i = 0; i <= 300; ++i)
        QCOMPARE(calls.at(i), std::make_pair(i, 300));
}

void TestArticleImporter::readsFromAWorkerThread()
{
    // As the window does it: read() inside a task of the global pool, even a pool of one thread.
    QTemporaryDir dir;
    const QStringList files = writeArticles(dir, 50);
    QThreadPool *global = QThreadPool::globalInstance();
    const int threads = global->maxThreadCount();
    global->setMaxThreadCount(1);
    ImportBatch batch;
    std::atomic_bool done = false;
    global->start([&] {
        batch = ArticleImporter().read(files);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    global->waitForDone();
    global->setMaxThreadCount(threads);
    QCOMPARE(batch.articles.size(), 50);
    QCOMPARE(batch.articles.constLast().title, QStringLiteral("Headline 49"));
}

void TestArticleImporter::cancelKeepsWholeArticles_data()
{
    QTest::addColumn<int>("stopAfter");
    QTest::newRow("before the first file") << 0;
    QTest::newRow("after one file") << 1;
    QTest::newRow("in the middle") << 37;
    QTest::newRow("after the last file") << 120;
}

void TestArticleImporter::cancelKeepsWholeArticles()
{
    QFETCH(int, stopAfter);
    QTemporaryDir dir;
    const QStringList files = writeArticles(dir, 120);
    std::atomic_bool cancel = false;
    int lastDone = -1;
    const ImportBatch batch = ArticleImporter().read(
        files,
        [&](int done, int) {
            lastDone = done;
            if (done == stopAfter)
                cancel = true;
        },
        &cancel);
    QCOMPARE(lastDone, stopAfter);
    QCOMPARE(batch.cancelled, stopAfter < 120);
    QCOMPARE(batch.filesRead, stopAfter);
    QCOMPARE(batch.articles.size(), stopAfter);
    for (int i = 0; i < stopAfter; ++i) {
        QCOMPARE(batch.articles.at(i).title, QStringLiteral("Headline %1").arg(i));
        QCOMPARE(batch.articles.at(i).text, bodyOf(i));
        QCOMPARE(batch.articles.at(i).id, Article::idForText(bodyOf(i)));
    }
}

void TestArticleImporter::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.txt") << QStringLiteral("is empty");
    QTest::newRow("binary") << QByteArray("GIF89a\0\0\x01\x02", 10) << QStringLiteral("image.html") << QStringLiteral("is a binary file");
    QTest::newRow("oversized") << QByteArray(5000, 'x') << QStringLiteral("huge.txt") << QStringLiteral("is too large to import");
    QTest::newRow("only boilerplate") << QByteArray("Advertisement\n\nSubscribe\n") << QStringLiteral("ads.txt") << QStringLiteral("has no article text");
}

void TestArticleImporter::refusedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString bad = dir.filePath(name);
    writeFile(bad, bytes);
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    writeFile(good, "Fine headline\n\nFine text.\n");

    ImportOptions options;
    options.maxFileBytes = 4096;
    const ImportBatch batch = ArticleImporter(options).read({bad, good});
    QCOMPARE(batch.filesRead, 2);
    QCOMPARE(batch.articles.size(), 1);
    QCOMPARE(batch.articles.first().text, QStringLiteral("Fine text."));
    QCOMPARE(batch.messages.size(), 1);
    QCOMPARE(batch.messages.first().severity, Message::Severity::Error);
    QCOMPARE(batch.messages.first().file, bad);
    QVERIFY2(batch.messages.first().text.startsWith(reason), qPrintable(batch.messages.first().text));
}

void TestArticleImporter::duplicatesAreSkipped()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("one.txt"));
    const QString copy = dir.filePath(QStringLiteral("copy.md"));
    const QString other = dir.filePath(QStringLiteral("other.txt"));
    writeFile(first, "Tide tables\n\nThe tide tables were wrong for a week.\n");
    // Another headline, the same text: the same article (ids come from the text).
    writeFile(copy, "# Tide tables, again\n\nThe tide tables were wrong for a week.\n");
    writeFile(other, "Another\n\nA different story.\n");

    Project project;
    QString error;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("p.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QSignalSpy added(&project, &Project::articlesAdded);
    const ArticleImporter importer;

    ImportReport report = project.addArticles(importer.read({first, copy}));
    QCOMPARE(report.addedIds.size(), 1);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(added.size(), 1);

    report = project.addArticles(importer.read({first, other}));
    QCOMPARE(report.addedIds.size(), 1);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(project.store().articleCount(), 2);

    report = project.addArticles(importer.read({first}));
    QVERIFY(report.addedIds.isEmpty());
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(added.size(), 2);

    const std::optional<Article> stored = project.store().article(Article::idForText(QStringLiteral("The tide tables were wrong for a week.")));
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Tide tables"));
    QCOMPARE(stored->sourcePath, QFileInfo(first).absoluteFilePath());
}

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"
