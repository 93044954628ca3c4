// Benchmark of issue 5's speed figures: suggesting over 10,000 generated articles (~55 MB) imported with
// the real `gloss import`, then the incremental second run, and one tag taught across the corpus.
// Prints its figures; not a test.
//
// Usage: bench_suggest [--articles N] [--keep DIR]
#include "benchsupport.h"

#include "project.h"
#include "suggest/learnedsuggestions.h"
#include "suggest/suggestionrun.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace GlossBench;
using namespace Gloss;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int articles = 10000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--articles") && i + 1 < args.size())
            articles = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
    }

    QTemporaryDir temp;
    const QString root = keep.isEmpty() ? temp.path() : keep;
    const QString corpus = root + QStringLiteral("/corpus");
    const QString path = root + QStringLiteral("/bench.gloss");
    QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = CorpusGenerator().writeCorpus(corpus, articles);
    std::printf("generated %d articles, %.1f MB, in %.1f s; %d threads\n", articles, double(bytes) / 1e6, elapsedMs(timer) / 1000, QThread::idealThreadCount());
    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    import.start(QStringLiteral(GLOSS_BINARY), {QStringLiteral("import"), corpus, QStringLiteral("--project"), path});
    import.waitForFinished(600000);
    if (import.exitCode() != 0) {
        std::fprintf(stderr, "gloss import failed\n");
        return 1;
    }

    Project project;
    QString error;
    if (!project.open(path, ProjectStore::Mode::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Suggest::SuggestionRun first(project);
    QList<double> writes;
    QElapsedTimer batch;
    batch.start();
    timer.restart();
    const Suggest::SuggestionRunSummary summary = first.run([&](int, int) {
        writes.append(elapsedMs(batch));
        batch.restart();
        return true;
    });
    const double firstMs = elapsedMs(timer);
    std::printf("first run: %d articles, %d suggestions (%d kept, %d not proposed)\n", summary.done, summary.added, summary.kept, summary.dropped);
    report("suggest, full run (all articles)", firstMs / 1000, "s", "<= 30 s on 2 cores");
    report("suggest, of which writing (project thread)", summary.writeSeconds, "s", "-");
    report("suggest, per 200-article batch (p50)", percentile(writes, 50), "ms", "-");
    report("suggest, peak memory (VmHWM)", procStatusMiB("VmHWM"), "MiB", "-");

    timer.restart();
    const Suggest::SuggestionRunSummary again = Suggest::SuggestionRun(project).run();
    report("suggest, incremental second run", elapsedMs(timer), "ms", "nothing to do");
    if (again.done != 0)
        std::printf("second run suggested for %d articles (expected 0)\n", again.done);

    // One tag taught across the corpus: a word of nearly every article (the worst case: CandidateLimit articles).
    Suggest::LearnedSuggestions learned(project);
    const QString firstId = project.store().articleSummaries().value(0).id;
    const QString text = project.annotator()->articleText(firstId);
    const qsizetype at = text.indexOf(QStringLiteral("warehouse"));
    timer.restart();
    project.annotator()->addAnnotation(firstId, {Span{int(at), int(at + 9)}}, QStringLiteral("place"));
    const double tagMs = elapsedMs(timer);
    learned.finishNow();
    const double learnMs = elapsedMs(timer);
    report("teach a tag: the tagging call (GUI thread)", tagMs, "ms", "few ms");
    report("teach a tag: proposed across the corpus (all slices)", learnMs / 1000, "s", "in the background");
    return 0;
}
