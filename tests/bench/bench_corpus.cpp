// Benchmark of issue 2's corpus figures: import of 10,000 generated articles (~55 MB) with the real
// `gloss import`, and full-text queries on the resulting project. Prints its figures; not a test.
//
// Usage: bench_corpus [--articles N] [--keep DIR]
#include "benchsupport.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace GlossBench;

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
    const QString project = root + QStringLiteral("/bench.gloss");
    QFile::remove(project);

    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = CorpusGenerator().writeCorpus(corpus, articles);
    std::printf("generated %d articles, %.1f MB, in %.1f s\n", articles, double(bytes) / 1e6, elapsedMs(timer) / 1000);

    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    timer.restart();
    import.start(QStringLiteral(GLOSS_BINARY), {QStringLiteral("import"), corpus, QStringLiteral("--project"), project});
    import.waitForFinished(600000);
    const double importMs = elapsedMs(timer);
    if (import.exitCode() != 0) {
        std::fprintf(stderr, "gloss import failed: %s\n", import.readAllStandardOutput().constData());
        return 1;
    }
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    report("import (gloss import, whole corpus)", importMs / 1000, "s", "<= 3 s for 10,000 articles");
    report("import peak memory (child, max RSS)", double(usage.ru_maxrss) / 1024, "MiB", "<= 250 MB");

    Gloss::ProjectStore store;
    if (!store.open(project)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("project holds %d articles\n", store.articleCount());

    const QStringList queries = {QStringLiteral("harbour"), QStringLiteral("\"emergency talks\""), QStringLiteral("insp*"),
        QStringLiteral("council AND warehouse NOT convoy"), QStringLiteral("spokesperson OR analysts"), QStringLiteral("title:update")};
    QList<double> times;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            timer.restart();
            const Gloss::SearchResult result = store.search(query, 200);
            times.append(elapsedMs(timer));
            if (!result.error.isEmpty()) {
                std::fprintf(stderr, "query %s: %d hits %s\n", qPrintable(query), int(result.hits.size()), qPrintable(result.error));
                return 1;
            }
        }
    }
    report("FTS query, 200 ranked hits with snippets (p50)", percentile(times, 50), "ms", "<= 50 ms");
    report("FTS query, 200 ranked hits with snippets (max)", percentile(times, 100), "ms", "<= 50 ms");
    return 0;
}
