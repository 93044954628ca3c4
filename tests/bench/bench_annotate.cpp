// Annotating a long article (issue 3): a 1 MB article carrying 10,000 annotations.
//  - opening it in the reader until the first screen is painted (cold: project just opened);
//  - adding one annotation from a selection until it is saved and painted, p50/p95 over many;
//  - undo (and redo) of a bulk delete of all 10,000 annotations;
//  - memory growth of the process from an empty window to the annotated article shown.
// Usage: bench_annotate [--annotations N] [--adds N]
#include "benchsupport.h"

#include "import/articleimporter.h"
#include "project.h"
#include "reader/annotationcontroller.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <random>

namespace
{
Gloss::Article longArticle(GlossBench::CorpusGenerator &generator, int bytes)
{
    QString text;
    while (text.toUtf8().size() < bytes) {
        for (int i = 0; i < 50; ++i)
            text += generator.paragraph(600) + QStringLiteral("\n\n");
    }
    Gloss::Article article;
    article.title = QStringLiteral("A very long report");
    article.outlet = QStringLiteral("Bench Outlet");
    article.text = text;
    article.id = Gloss::Article::idForText(text);
    return article;
}

// Word-aligned spans all over the text; one in ten is nested in the one before it.
QList<Gloss::Annotation> drafts(const Gloss::Article &article, int count, const QStringList &tags)
{
    QList<Gloss::Annotation> result;
    std::mt19937 random(7);
    const QString &text = article.text;
    const int stride = int(text.size() / count);
    for (int i = 0; i < count; ++i) {
        int start = i * stride + int(random() % std::max(1, stride / 2));
        while (start > 0 && text.at(start - 1) != QLatin1Char(' '))
            --start;
        int end = std::min<int>(int(text.size()), start + 8 + int(random() % 40));
        while (end < text.size() && text.at(end).isLetterOrNumber())
            ++end;
        if (i % 10 == 9 && !result.isEmpty()) {
            const Gloss::Annotation &outer = result.constLast();
            start = outer.start() + 1;
            end = std::max(start + 1, outer.end() - 1);
        }
        Gloss::Annotation draft;
        draft.articleId = article.id;
        draft.spans = {Gloss::Span{start, end}};
        draft.tagId = tags.at(i % tags.size());
        result.append(draft);
    }
    return result;
}

void paint(Gloss::Ui::ReaderPane &reader)
{
    reader.view()->viewport()->repaint();
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_annotate"));
    QStandardPaths::setTestModeEnabled(true);
    int annotationCount = 10000;
    int adds = 200;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--annotations") && i + 1 < args.size())
            annotationCount = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--adds") && i + 1 < args.size())
            adds = args.at(++i).toInt();
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gloss"));
    GlossBench::CorpusGenerator generator;
    const Gloss::Article article = longArticle(generator, 1024 * 1024);
    {
        Gloss::Project project;
        QString error;
        if (!project.open(path, Gloss::ProjectStore::Mode::ReadWrite, &error)) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(error));
            return 1;
        }
        Gloss::ImportBatch batch;
        batch.articles = {article};
        project.addArticles(batch);
        const QStringList tags
            = {QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("place"), QStringLiteral("figure"), QStringLiteral("claim-quantity")};
        if (!project.annotator()->addAnnotations(drafts(article, annotationCount, tags))) {
            std::fprintf(stderr, "could not add the annotations\n");
            return 1;
        }
    }
    std::printf("article: %.2f MB UTF-8, %lld UTF-16 units, %d annotations\n", double(article.text.toUtf8().size()) / 1048576.0, qlonglong(article.text.size()),
        annotationCount);

    Gloss::Ui::ReaderPane reader;
    reader.resize(1200, 900);
    reader.show();
    QCoreApplication::processEvents();
    const double rssBefore = GlossBench::procStatusMiB("VmRSS");

    // Opening: the project as a fresh start has it, then the article until its first screen is painted.
    Gloss::Project project;
    QString error;
    if (!project.open(path, Gloss::ProjectStore::Mode::ReadWrite, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    reader.annotations()->setProject(&project);
    QElapsedTimer timer;
    timer.start();
    const std::optional<Gloss::Article> stored = project.store().article(article.id);
    reader.showArticle(*stored);
    paint(reader);
    const double firstScreen = GlossBench::elapsedMs(timer);
    GlossBench::report("open 1 MB article with annotations, first screen", firstScreen, "ms", "<= 100 ms");
    const std::shared_ptr<const Gloss::AnnotationIndex> index = project.annotator()->index(article.id);
    std::printf("drawn annotations in the index: %d (layers %d)\n", index->size(), index->layerCount());

    // Adding: select a word range on screen, tag it, save and paint.
    Gloss::Ui::ReaderView *view = reader.view();
    QList<double> addTimes;
    QList<double> saveTimes;
    std::mt19937 random(11);
    const QTextCursor top = view->cursorForPosition(QPoint(view->textColumnLeft() + 10, 10));
    const QTextCursor bottom = view->cursorForPosition(QPoint(view->textColumnLeft() + 10, view->viewport()->height() - 20));
    const int visibleFrom = top.position();
    const int visibleTo = std::max(visibleFrom + 200, bottom.position());
    reader.annotations()->setSnapToWords(true);
    for (int i = 0; i < adds; ++i) {
        const int start = visibleFrom + int(random() % uint(visibleTo - visibleFrom - 60));
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(start);
        cursor.setPosition(start + 5 + int(random() % 30), QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        timer.restart();
        const std::optional<QString> id = reader.annotations()->tagSelection(QStringLiteral("person"));
        saveTimes.append(GlossBench::elapsedMs(timer));
        paint(reader);
        addTimes.append(GlossBench::elapsedMs(timer));
        if (!id) {
            std::fprintf(stderr, "adding annotation %d failed\n", i);
            return 1;
        }
    }
    GlossBench::report("add one annotation, saved and painted, p50", GlossBench::percentile(addTimes, 50), "ms", "-");
    GlossBench::report("add one annotation, saved and painted, p95", GlossBench::percentile(addTimes, 95), "ms", "<= 8 ms");
    GlossBench::report("  of which tagging and saving, p50", GlossBench::percentile(saveTimes, 50), "ms", "-");
    GlossBench::report("  of which tagging and saving, p95", GlossBench::percentile(saveTimes, 95), "ms", "-");
    GlossBench::report("add one annotation, saved and painted, max", GlossBench::percentile(addTimes, 100), "ms", "-");

    // Bulk delete of every annotation of the article, then its undo and redo (each saved and painted).
    QStringList ids;
    for (const Gloss::Annotation &annotation : index->annotations())
        ids.append(annotation.id);
    timer.restart();
    project.annotator()->removeAnnotations(ids);
    paint(reader);
    GlossBench::report("bulk delete of all annotations (one step)", GlossBench::elapsedMs(timer), "ms", "-");
    timer.restart();
    project.undoStack()->undo();
    paint(reader);
    const double undoMs = GlossBench::elapsedMs(timer);
    std::printf("annotations restored by undo: %d\n", project.annotator()->index(article.id)->size());
    GlossBench::report("undo of the bulk delete", undoMs, "ms", "<= 1000 ms");
    timer.restart();
    project.undoStack()->redo();
    paint(reader);
    GlossBench::report("redo of the bulk delete", GlossBench::elapsedMs(timer), "ms", "-");
    project.undoStack()->undo();

    QCoreApplication::processEvents();
    const double rssAfter = GlossBench::procStatusMiB("VmRSS");
    GlossBench::report("memory growth: empty reader to annotated article", rssAfter - rssBefore, "MiB", "reported");
    GlossBench::report("peak resident memory", GlossBench::procStatusMiB("VmHWM"), "MiB", "-");
    return 0;
}
