// Tests of the counts `gloss stats` prints: articles, annotations by kind and status, links by type.
#include "annotations/annotator.h"
#include "cli/projectstats.h"
#include "import/articleimporter.h"
#include "project.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

class TestProjectStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void countsFollowTheProject();
};

void TestProjectStats::countsFollowTheProject()
{
    QTemporaryDir dir;
    Project project;
    QString error;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("p.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));

    ImportBatch batch;
    Article first;
    first.title = QStringLiteral("Quay report");
    first.outlet = QStringLiteral("Calder Wire");
    first.text = QStringLiteral("Mayor Ines Varga said 40 containers fell into the river.");
    Article second;
    second.title = QStringLiteral("Union count");
    second.outlet = QStringLiteral("Morning Ledger");
    second.text = QStringLiteral("The union says 60 containers were lost.");
    batch.articles = {first, second};
    const ImportReport report = project.addArticles(batch);
    QCOMPARE(report.addedIds.size(), 2);

    QJsonObject stats = ProjectStats::collect(project);
    QCOMPARE(stats.value(QLatin1String("articles")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("outlets")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("annotations")).toObject().value(QLatin1String("total")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("links")).toObject().value(QLatin1String("total")).toInt(), 0);
    QVERIFY(stats.value(QLatin1String("tags")).toInt() > 0); // the default schema

    Annotator *annotator = project.annotator();
    const auto mayor = annotator->addAnnotation(report.addedIds.at(0), {Span{0, 16}}, QStringLiteral("person"));
    QVERIFY(mayor);
    const auto figureA = annotator->addAnnotation(report.addedIds.at(0), {Span{22, 36}}, QStringLiteral("figure"));
    const auto figureB = annotator->addAnnotation(report.addedIds.at(1), {Span{15, 28}}, QStringLiteral("figure"));
    QVERIFY(figureA && figureB);
    QVERIFY(annotator->setStatus({*figureB}, Annotation::Status::Suggested));
    QVERIFY(annotator->addLink(QStringLiteral("contradicts"), *figureA, *figureB));

    stats = ProjectStats::collect(project);
    const QJsonObject annotations = stats.value(QLatin1String("annotations")).toObject();
    QCOMPARE(annotations.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(annotations.value(QLatin1String("byKind")).toObject().value(QLatin1String("entity")).toInt(), 3);
    QCOMPARE(annotations.value(QLatin1String("byStatus")).toObject().value(QLatin1String("accepted")).toInt(), 2);
    QCOMPARE(annotations.value(QLatin1String("byStatus")).toObject().value(QLatin1String("suggested")).toInt(), 1);
    const QJsonObject links = stats.value(QLatin1String("links")).toObject();
    QCOMPARE(links.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(links.value(QLatin1String("byType")).toObject().value(QLatin1String("contradicts")).toInt(), 1);

    // Undo is saved too: the counts follow it.
    project.undoStack()->undo();
    stats = ProjectStats::collect(project);
    QCOMPARE(stats.value(QLatin1String("links")).toObject().value(QLatin1String("total")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProjectStats)
#include "tst_projectstats.moc"
