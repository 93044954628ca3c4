// Benchmark of issue 4's figures: 100,000 annotations (with links and entities) over generated articles,
// exported to every format (target <= 2 s each) and imported back into a fresh project (target <= 5 s).
// Deterministic: the same seed gives the same corpus. Prints wall-clock figures (the targets) with the
// process CPU time beside them (what the code costs on a busy machine); exits 1 when a target is missed.
//
// Usage: bench_formats [--annotations N] [--articles N] [--keep DIR] [--only FORMAT]
#include "benchsupport.h"

#include "formats/annotationimport.h"
#include "formats/exportjob.h"
#include "formats/formatregistry.h"
#include "import/articleimporter.h"
#include "project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <ctime>
#include <random>

using namespace GlossBench;
using namespace Gloss;

namespace
{
QString uuid(std::mt19937 &random)
{
    // Deterministic UUIDs (version 4 layout) from the generator.
    QString text;
    for (int i = 0; i < 4; ++i)
        text += QStringLiteral("%1").arg(random(), 8, 16, QLatin1Char('0'));
    text[12] = QLatin1Char('4');
    text[16] = QLatin1Char('8');
    return text.left(8) + QLatin1Char('-') + text.mid(8, 4) + QLatin1Char('-') + text.mid(12, 4) + QLatin1Char('-') + text.mid(16, 4) + QLatin1Char('-')
        + text.mid(20, 12);
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files))
        total += entry.size();
    return total;
}

bool openProject(Project &project, const QString &path)
{
    QString error;
    if (!project.open(path, ProjectStore::Mode::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int annotationCount = 100000;
    int articleCount = 1000;
    QString keep;
    QString only;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--annotations") && i + 1 < args.size())
            annotationCount = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--articles") && i + 1 < args.size())
            articleCount = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--only") && i + 1 < args.size())
            only = args.at(++i);
    }
    QTemporaryDir temp;
    const QString root = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(root);
    const QString sourcePath = root + QStringLiteral("/source.gloss");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(sourcePath + suffix);

    // The corpus: generated articles, then annotations spread over them, as one change.
    QElapsedTimer timer;
    timer.start();
    CorpusGenerator generator;
    std::mt19937 random(4242);
    ImportBatch batch;
    for (int i = 0; i < articleCount; ++i) {
        Article article;
        article.text = generator.articleFile(i, 4000 + int(random() % 3000));
        // Some astral characters, so that code points and UTF-16 differ as they do in real news.
        article.text.insert(int(article.text.size() / 2), QStringLiteral(" 🌊 "));
        article.id = Article::idForText(article.text);
        article.title = QStringLiteral("Harbour inquiry update number %1").arg(i);
        article.outlet = QStringLiteral("Outlet %1").arg(i % 7);
        article.published = QStringLiteral("2031-04-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        batch.articles.append(article);
    }
    Project source;
    if (!openProject(source, sourcePath))
        return 1;
    source.addArticles(batch);

    const QList<Tag> tags = source.annotator()->tagSchema().treeOrder();
    ChangeSet changes;
    for (int e = 0; e < 500; ++e) {
        Entity entity;
        entity.id = uuid(random);
        entity.name = QStringLiteral("Entity %1").arg(e);
        entity.type = QStringLiteral("person");
        entity.externalId = e % 3 == 0 ? QStringLiteral("Q%1").arg(1000 + e) : QString();
        entity.created = QDateTime(QDate(2031, 4, 1), QTime(9, 0), Qt::UTC);
        entity.modified = entity.created;
        changes.entities.added.append(entity);
    }
    const QDateTime base(QDate(2031, 4, 2), QTime(8, 0), Qt::UTC);
    for (int n = 0; n < annotationCount; ++n) {
        const Article &article = batch.articles.at(n % articleCount);
        const QString &text = article.text;
        Annotation annotation;
        annotation.id = uuid(random);
        annotation.articleId = article.id;
        int start = int(random() % (text.size() - 60));
        if (text.at(start).isLowSurrogate())
            ++start;
        int end = start + 3 + int(random() % 40);
        if (text.at(end - 1).isHighSurrogate())
            ++end;
        annotation.spans = {{start, end}};
        if (n % 50 == 0 && end + 20 < text.size() - 1) {
            int second = end + 5;
            if (text.at(second).isLowSurrogate())
                ++second;
            int secondEnd = second + 6;
            if (text.at(secondEnd - 1).isHighSurrogate())
                ++secondEnd;
            annotation.spans.append({second, secondEnd});
        }
        const Tag &tag = tags.at(n % tags.size());
        annotation.tagId = tag.id;
        annotation.kind = tag.kind == Tag::Kind::Entity ? Annotation::Kind::Entity
            : tag.kind == Tag::Kind::Claim              ? Annotation::Kind::Claim
                                                        : Annotation::Kind::Other;
        if (annotation.kind == Annotation::Kind::Claim)
            annotation.attributes.insert(QStringLiteral("stance"), n % 3 == 0 ? QStringLiteral("denies") : QStringLiteral("asserts"));
        if (n % 10 == 0)
            annotation.note = QStringLiteral("Checked against wire copy %1, \"quoted\", with a comma").arg(n);
        if (annotation.kind == Annotation::Kind::Entity && n % 5 == 0)
            annotation.entityId = changes.entities.added.at(n % 500).id;
        annotation.author = n % 4 == 0 ? QStringLiteral("ben") : QStringLiteral("ana");
        annotation.created = base.addSecs(n);
        annotation.modified = annotation.created;
        annotation.anchorTo(text);
        changes.annotations.added.append(annotation);
    }
    static const char *const types[] = {"corroborates", "contradicts", "same-as", "elaborates", "quotes"};
    for (int l = 0; l < annotationCount / 10; ++l) {
        Link link;
        link.id = uuid(random);
        link.type = QString::fromLatin1(types[l % 5]);
        link.sourceId = changes.annotations.added.at(int(random() % annotationCount)).id;
        do
            link.targetId = changes.annotations.added.at(int(random() % annotationCount)).id;
        while (link.targetId == link.sourceId);
        link.author = QStringLiteral("ana");
        link.created = base.addSecs(l);
        link.modified = link.created;
        changes.links.added.append(link);
    }
    if (!source.annotator()->applyChanges(changes, QStringLiteral("Benchmark corpus"))) {
        std::fprintf(stderr, "cannot build the benchmark project\n");
        return 1;
    }
    std::printf("generated %d articles, %d annotations, %lld links, 500 entities in %.1f s\n", articleCount, annotationCount,
        static_cast<long long>(changes.links.added.size()), elapsedMs(timer) / 1000);

    bool missed = false;
    timer.restart();
    const qsizetype stored = source.annotator()->annotationStore().all().size();
    report(QStringLiteral("  of which reading the %1 annotations (AnnotationStore::all)").arg(stored).toUtf8().constData(), elapsedMs(timer), "ms", "");
    Messages messages;
    timer.restart();
    std::clock_t cpu = std::clock();
    const std::optional<Formats::ExportData> lossless = Formats::ExportJob::snapshot(source, QStringLiteral("json"), {}, {}, &messages);
    const double snapshotMs = elapsedMs(timer);
    report("snapshot of the project (ExportData::build)", snapshotMs, "ms", "part of each export below");
    report("snapshot, CPU time", double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC, "ms", "");
    if (!lossless)
        return 1;

    QStringList exported;
    for (const QString &format : Formats::FormatRegistry::exportIds()) {
        if (!only.isEmpty() && format != only)
            continue;
        const Formats::FormatInfo *info = Formats::FormatRegistry::format(format);
        const QString target = root + QStringLiteral("/export.") + (info->suffix.isEmpty() ? format : info->suffix);
        timer.restart();
        cpu = std::clock();
        const Formats::ExportResult result = Formats::ExportJob::run(source, format, {}, target);
        const double ms = elapsedMs(timer);
        const double cpuMs = double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        if (!result.ok) {
            std::fprintf(stderr, "export %s failed: %s\n", qPrintable(format), qPrintable(result.messages.value(0).toString()));
            return 1;
        }
        const QString name
            = QStringLiteral("export %1 (%2 MB; CPU %3 s)").arg(format).arg(double(sizeOf(target)) / 1e6, 0, 'f', 1).arg(cpuMs / 1000, 0, 'f', 1);
        report(name.toUtf8().constData(), ms / 1000, "s", "<= 2 s");
        missed = missed || ms > 2000;
        exported.append(target);
    }

    for (const QString &format : Formats::FormatRegistry::importIds()) {
        if (format == QLatin1String("qdc") || (!only.isEmpty() && format != only))
            continue;
        const Formats::FormatInfo *info = Formats::FormatRegistry::format(format);
        const QString file = root + QStringLiteral("/export.") + (info->suffix.isEmpty() ? format : info->suffix);
        const QString targetPath = root + QStringLiteral("/import-") + format + QStringLiteral(".gloss");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(targetPath + suffix);
        Project target;
        if (!openProject(target, targetPath))
            return 1;
        if (format == QLatin1String("w3c")) // W3C does not carry texts: the articles come first
            target.addArticles(batch);
        timer.restart();
        cpu = std::clock();
        const Formats::AnnotationImportReport report = Formats::AnnotationImport::run(target, format, file);
        const double ms = elapsedMs(timer);
        const double cpuMs = double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        if (!report.ok) {
            std::fprintf(stderr, "import %s failed: %s\n", qPrintable(format), qPrintable(report.messages.value(0).toString()));
            return 1;
        }
        const QString name = QStringLiteral("import %1 (%2 annotations, %3 links; CPU %4 s)")
                                 .arg(format)
                                 .arg(report.annotationsAdded)
                                 .arg(report.linksAdded)
                                 .arg(cpuMs / 1000, 0, 'f', 1);
        GlossBench::report(name.toUtf8().constData(), ms / 1000, "s", "<= 5 s");
        missed = missed || ms > 5000;
    }
    report("peak memory (max RSS)", procStatusMiB("VmHWM"), "MiB", "none set");
    return missed ? 1 : 0;
}
