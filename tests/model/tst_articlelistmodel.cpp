// The article list's model and its sort/filter proxy, under QAbstractItemModelTester.
#include "import/articleimporter.h"
#include "models/articlefilterproxymodel.h"
#include "models/articlelistmodel.h"
#include "project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

namespace
{
Article article(const QString &title, const QString &outlet, const QString &published, const QString &text)
{
    Article a;
    a.title = title;
    a.outlet = outlet;
    a.published = published;
    a.text = text;
    a.id = Article::idForText(text);
    return a;
}

QList<Article> threeArticles()
{
    return {article(QStringLiteral("Harbour crane collapses"), QStringLiteral("Port Gazette"), QStringLiteral("2030-05-02"),
                QStringLiteral("A crane fell onto the quay at dawn.")),
        article(QStringLiteral("Quay reopens after crane inquiry"), QStringLiteral("Evening Lamp"), QStringLiteral("2030-05-09T08:15:00Z"),
            QStringLiteral("The quay reopened on Friday after a week of inspections and a short statement.")),
        article(QStringLiteral("Dock workers demand safety review"), QStringLiteral("Port Gazette"), QString(),
            QStringLiteral("Union members met the harbour board."))};
}
} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void showsSummaries();
    void displayDate_data();
    void displayDate();
    void appendsAddedArticles();
    void emptyWithoutProject();
    void proxyFilters_data();
    void proxyFilters();
    void proxySorts_data();
    void proxySorts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestArticleListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(m_dir->filePath(QStringLiteral("p.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    ImportBatch batch;
    batch.articles = threeArticles();
    QCOMPARE(m_project->addArticles(batch).addedIds.size(), 3);
}

void TestArticleListModel::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestArticleListModel::showsSummaries()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
    const QList<Article> articles = threeArticles();
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.articleId(row), articles.at(row).id);
        QCOMPARE(model.rowOf(articles.at(row).id), row);
        QCOMPARE(model.index(row, ArticleListModel::TitleColumn).data().toString(), articles.at(row).title);
        QCOMPARE(model.index(row, ArticleListModel::OutletColumn).data().toString(), articles.at(row).outlet);
        QCOMPARE(model.index(row, 0).data(ArticleListModel::LengthRole).toInt(), articles.at(row).text.size());
        QCOMPARE(model.index(row, 0).data(ArticleListModel::IdRole).toString(), articles.at(row).id);
        QCOMPARE(model.summary(row).title, articles.at(row).title);
    }
    QCOMPARE(model.index(1, ArticleListModel::DateColumn).data().toString(), QStringLiteral("2030-05-09"));
    QCOMPARE(model.index(1, 0).data(ArticleListModel::PublishedRole).toString(), QStringLiteral("2030-05-09T08:15:00Z"));
    QCOMPARE(model.headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(model.headerData(ArticleListModel::LengthColumn, Qt::Horizontal).toString(), QStringLiteral("Length"));
    QCOMPARE(model.rowOf(QStringLiteral("no-such-id")), -1);
    QCOMPARE(model.articleId(7), QString());
    QVERIFY(model.roleNames().contains(ArticleListModel::IdRole));
}

void TestArticleListModel::displayDate_data()
{
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("shown");
    QTest::newRow("date") << QStringLiteral("2024-06-08") << QStringLiteral("2024-06-08");
    QTest::newRow("date-time") << QStringLiteral("2024-06-08T10:30:00+02:00") << QStringLiteral("2024-06-08");
    QTest::newRow("unknown") << QString() << QString();
    QTest::newRow("free text kept") << QStringLiteral("spring 2024") << QStringLiteral("spring 2024");
}

void TestArticleListModel::displayDate()
{
    QFETCH(QString, published);
    QFETCH(QString, shown);
    QCOMPARE(ArticleListModel::displayDate(published), shown);
}

void TestArticleListModel::appendsAddedArticles()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ImportBatch batch;
    batch.articles = {article(QStringLiteral("Board resigns"), QStringLiteral("Evening Lamp"), QStringLiteral("2030-06-01"),
                          QStringLiteral("The harbour board resigned in full.")),
        threeArticles().at(0)}; // a duplicate, skipped
    QCOMPARE(m_project->addArticles(batch).addedIds.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Board resigns"));
    QCOMPARE(model.rowOf(Article::idForText(QStringLiteral("The harbour board resigned in full."))), 3);
}

void TestArticleListModel::emptyWithoutProject()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setProject(m_project.get());
    QCOMPARE(model.rowCount(), 3);
    model.setProject(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestArticleListModel::proxyFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("empty shows all") << QString()
                                     << QStringList{QStringLiteral("Harbour crane collapses"), QStringLiteral("Quay reopens after crane inquiry"),
                                            QStringLiteral("Dock workers demand safety review")};
    QTest::newRow("title word") << QStringLiteral("crane")
                                << QStringList{QStringLiteral("Harbour crane collapses"), QStringLiteral("Quay reopens after crane inquiry")};
    QTest::newRow("outlet, any case") << QStringLiteral("gazette")
                                      << QStringList{QStringLiteral("Harbour crane collapses"), QStringLiteral("Dock workers demand safety review")};
    QTest::newRow("every word must match") << QStringLiteral("crane  gazette") << QStringList{QStringLiteral("Harbour crane collapses")};
    QTest::newRow("text is not searched") << QStringLiteral("inspections") << QStringList{};
}

void TestArticleListModel::proxyFilters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, titles);
    ArticleListModel model;
    model.setProject(m_project.get());
    ArticleFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterText(filter);
    QCOMPARE(proxy.filterText(), filter);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data().toString());
    QCOMPARE(shown, titles);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.rowOf(proxy.articleId(row)), row);
}

void TestArticleListModel::proxySorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("title ascending") << int(ArticleListModel::TitleColumn) << int(Qt::AscendingOrder)
                                     << QStringList{QStringLiteral("Dock workers demand safety review"), QStringLiteral("Harbour crane collapses"),
                                            QStringLiteral("Quay reopens after crane inquiry")};
    QTest::newRow("date descending, unknown last") << int(ArticleListModel::DateColumn) << int(Qt::DescendingOrder)
                                                   << QStringList{QStringLiteral("Quay reopens after crane inquiry"), QStringLiteral("Harbour crane collapses"),
                                                          QStringLiteral("Dock workers demand safety review")};
    QTest::newRow("length ascending, as numbers") << int(ArticleListModel::LengthColumn) << int(Qt::AscendingOrder)
                                                  << QStringList{QStringLiteral("Harbour crane collapses"), QStringLiteral("Dock workers demand safety review"),
                                                         QStringLiteral("Quay reopens after crane inquiry")};
}

void TestArticleListModel::proxySorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, titles);
    ArticleListModel model;
    model.setProject(m_project.get());
    ArticleFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(column, Qt::SortOrder(order));
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data().toString());
    QCOMPARE(shown, titles);
}

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
