// The corpus search results model: hits from the store's FTS5 search, snippets as plain text and
// HTML with the matched terms in bold, under QAbstractItemModelTester.
#include "models/searchresultmodel.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

class TestSearchResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void snippetHtml_data();
    void snippetHtml();
    void plainSnippet();
    void showsHitsFromTheStore();
    void clears();
};

namespace
{
QString marked(const QString &term)
{
    return SearchHit::MarkStart + term + SearchHit::MarkEnd;
}
} // namespace

void TestSearchResultModel::snippetHtml_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("html");
    QTest::newRow("one term") << QStringLiteral("the ") + marked(QStringLiteral("ferry")) + QStringLiteral(" left") << QStringLiteral("the <b>ferry</b> left");
    QTest::newRow("markup escaped") << QStringLiteral("a <script> & ") + marked(QStringLiteral("b<i>"))
                                    << QStringLiteral("a &lt;script&gt; &amp; <b>b&lt;i&gt;</b>");
    QTest::newRow("two terms") << marked(QStringLiteral("x")) + QStringLiteral(" and ") + marked(QStringLiteral("y"))
                               << QStringLiteral("<b>x</b> and <b>y</b>");
    QTest::newRow("cut inside a mark") << QStringLiteral("end ") + SearchHit::MarkStart + QStringLiteral("te") << QStringLiteral("end <b>te</b>");
    QTest::newRow("no marks") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("quotes kept") << QStringLiteral("\"said\"") << QStringLiteral("&quot;said&quot;");
}

void TestSearchResultModel::snippetHtml()
{
    QFETCH(QString, snippet);
    QFETCH(QString, html);
    QCOMPARE(SearchResultModel::snippetHtml(snippet), html);
}

void TestSearchResultModel::plainSnippet()
{
    QCOMPARE(
        SearchResultModel::plainSnippet(QStringLiteral("the ") + marked(QStringLiteral("ferry")) + QStringLiteral(" left")), QStringLiteral("the ferry left"));
}

void TestSearchResultModel::showsHitsFromTheStore()
{
    QTemporaryDir dir;
    ProjectStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("s.gloss"))), qPrintable(store.lastError()));
    Article a;
    a.title = QStringLiteral("Lighthouse keeper retires");
    a.outlet = QStringLiteral("Cape Bulletin");
    a.text = QStringLiteral("After forty winters the lighthouse keeper handed over the lamp.");
    Article b;
    b.title = QStringLiteral("New lamp for the point");
    b.outlet = QStringLiteral("Shore Times");
    b.text = QStringLiteral("The lamp on the point is brighter, the keeper said, but the lighthouse is the same.");
    Article c;
    c.title = QStringLiteral("Fishing quotas cut");
    c.text = QStringLiteral("Quotas for cod were cut by a fifth.");
    QVERIFY(store.addArticles({a, b, c}));

    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(store.search(QStringLiteral("lighthouse keeper")));
    QCOMPARE(model.rowCount(), 2);
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        titles.append(index.data(SearchResultModel::TitleRole).toString());
        QCOMPARE(index.data(Qt::DisplayRole).toString(), index.data(SearchResultModel::TitleRole).toString());
        const QString html = index.data(SearchResultModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("<b>lighthouse</b>"), Qt::CaseInsensitive), qPrintable(html));
        const QString plain = index.data(SearchResultModel::SnippetRole).toString();
        QVERIFY(!plain.contains(SearchHit::MarkStart));
        QVERIFY(plain.contains(QStringLiteral("keeper")));
        const QStringList terms = index.data(SearchResultModel::MatchedTermsRole).toStringList();
        QVERIFY(terms.contains(QStringLiteral("lighthouse"), Qt::CaseInsensitive));
        QVERIFY(terms.contains(QStringLiteral("keeper"), Qt::CaseInsensitive));
        QCOMPARE(index.data(SearchResultModel::IdRole).toString(), model.hit(row).articleId);
    }
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("Lighthouse keeper retires"), QStringLiteral("New lamp for the point")}));
    QCOMPARE(model.index(0).data(SearchResultModel::OutletRole).toString(), model.hit(0).outlet);
    QVERIFY(model.index(0).data(SearchResultModel::RankRole).toDouble() <= model.index(1).data(SearchResultModel::RankRole).toDouble());
    QCOMPARE(model.hit(5).articleId, QString());
}

void TestSearchResultModel::clears()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchResult result;
    result.hits.append(SearchHit{QStringLiteral("id1"), QStringLiteral("T"), QStringLiteral("O"), marked(QStringLiteral("w")), 1.0});
    result.error = QStringLiteral("");
    model.setResult(result);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.result().hits.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
