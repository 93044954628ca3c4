// Tests of the bundled sample article set (resources/samples, described in resources/SAMPLES.md):
// it imports into the eight articles it is meant to hold, with their fields, without page furniture,
// and it carries what the reader's cues and the analyst's work need: every kind of cue, discrepant
// figures, a reused wire story, non-Latin script and an emoji.
#include "cues/cuelegend.h"
#include "cues/cuescanner.h"
#include "import/articleimporter.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Gloss;
using namespace Gloss::Cues;

namespace
{

const QString SamplesDir = QStringLiteral(":/gloss/samples");

int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

QStringList paragraphs(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
}

} // namespace

class TestCueSamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsEightArticles();
    void fieldsAreSet_data();
    void fieldsAreSet();
    void noPageFurniture();
    void wireStoryIsReused();
    void everyKindOfCue();
    void scriptsAndEmoji();

private:
    QList<Article> m_articles;
};

void TestCueSamples::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages messages;
    const QStringList files = ArticleImporter::collectFiles({SamplesDir}, &messages);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).toString()));
    const ImportBatch batch = ArticleImporter().read(files);
    for (const Message &message : batch.messages)
        qInfo("%s", qPrintable(message.toString()));
    QVERIFY(batch.messages.isEmpty());
    m_articles = batch.articles;
    if (qEnvironmentVariableIsSet("GLOSS_SHOW_SAMPLES")) {
        for (const Article &a : std::as_const(m_articles))
            qInfo("%s | %s | %s | %s | %s\n%s\n", qPrintable(a.outlet), qPrintable(a.title), qPrintable(a.byline), qPrintable(a.published), qPrintable(a.url),
                qPrintable(a.text));
    }
}

void TestCueSamples::importsEightArticles()
{
    QCOMPARE(m_articles.size(), 8);
    QSet<QString> ids;
    QSet<QString> outlets;
    for (const Article &article : std::as_const(m_articles)) {
        ids.insert(article.id);
        outlets.insert(article.outlet);
    }
    QCOMPARE(ids.size(), 8);
    QCOMPARE(outlets.size(), 8);
}

void TestCueSamples::fieldsAreSet_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 8; ++i)
        QTest::newRow(qPrintable(QStringLiteral("article %1").arg(i))) << i;
}

void TestCueSamples::fieldsAreSet()
{
    QFETCH(int, index);
    QVERIFY(index < m_articles.size());
    const Article &article = m_articles.at(index);
    QVERIFY2(!article.title.isEmpty(), qPrintable(article.sourcePath));
    QVERIFY2(!article.outlet.isEmpty(), qPrintable(article.title));
    QVERIFY2(!article.byline.isEmpty(), qPrintable(article.title));
    QVERIFY2(QRegularExpression(QStringLiteral("^2025-03-1[5-8]")).match(article.published).hasMatch(), qPrintable(article.title + u' ' + article.published));
    const int words = wordCount(article.text);
    QVERIFY2(words >= 250 && words <= 600, qPrintable(QStringLiteral("%1: %2 words").arg(article.title).arg(words)));
    QVERIFY2(!article.text.startsWith(article.title), qPrintable(article.title));
}

void TestCueSamples::noPageFurniture()
{
    const QStringList furniture{QStringLiteral("Advertisement"), QStringLiteral("Share this article"), QStringLiteral("Read more"),
        QStringLiteral("courierAds"), QStringLiteral("heraldTrack"), QStringLiteral("All rights reserved"), QStringLiteral("Most read"),
        QStringLiteral("Sign in"), QStringLiteral("Subscribe for"), QStringLiteral("---")};
    for (const Article &article : std::as_const(m_articles)) {
        for (const QString &line : article.text.split(u'\n')) {
            for (const QString &f : furniture)
                QVERIFY2(!line.contains(f), qPrintable(article.outlet + QStringLiteral(": ") + line));
        }
    }
}

void TestCueSamples::wireStoryIsReused()
{
    // Two outlets run the wire agency's copy nearly verbatim: most of their paragraphs are the agency's.
    const auto wire = std::find_if(m_articles.cbegin(), m_articles.cend(), [](const Article &a) { return a.outlet == u"Continental Press Agency"; });
    QVERIFY(wire != m_articles.cend());
    const QStringList wireParagraphs = paragraphs(wire->text);
    int reusers = 0;
    for (const Article &article : std::as_const(m_articles)) {
        if (article.id == wire->id)
            continue;
        int shared = 0;
        for (const QString &paragraph : paragraphs(article.text))
            shared += wireParagraphs.contains(paragraph) ? 1 : 0;
        QVERIFY2(shared == 0 || shared >= 3, qPrintable(article.outlet));
        if (shared >= 3)
            ++reusers;
    }
    QCOMPARE(reusers, 2);
}

void TestCueSamples::everyKindOfCue()
{
    QSet<CueKind> kinds;
    int articlesWithAllCoreKinds = 0;
    CueScanner scanner;
    for (const Article &article : std::as_const(m_articles)) {
        QSet<CueKind> here;
        for (const CueSpan &span : scanner.scan(article.text))
            here.insert(span.kind);
        kinds.unite(here);
        if (here.contains(CueKind::Attribution) && here.contains(CueKind::Figure) && here.contains(CueKind::Date))
            ++articlesWithAllCoreKinds;
    }
    for (const CueLegendEntry &entry : CueLegend::entries())
        QVERIFY2(kinds.contains(entry.kind), qPrintable(entry.formatName));
    QVERIFY(articlesWithAllCoreKinds >= 6);
}

void TestCueSamples::scriptsAndEmoji()
{
    bool cyrillic = false;
    bool astral = false;
    bool curly = false;
    for (const Article &article : std::as_const(m_articles)) {
        for (qsizetype i = 0; i < article.text.size(); ++i) {
            const QChar c = article.text.at(i);
            cyrillic |= c.script() == QChar::Script_Cyrillic;
            astral |= c.isHighSurrogate();
            curly |= c == u'“';
        }
    }
    QVERIFY(cyrillic);
    QVERIFY(astral);
    QVERIFY(curly);
}

QTEST_GUILESS_MAIN(TestCueSamples)
#include "tst_cuesamples.moc"
