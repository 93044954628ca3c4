// Import of annotation files: round trips through every importable format into a fresh project
// (gloss JSON exactly, the others for what they carry), the ATLAS.ti samples of the validators,
// foreign files, one transaction and one undo step, re-anchoring and what cannot be anchored,
// and hostile input refused with a message while the project stays as it was.
#include "formats/annotationimport.h"
#include "formats/bratreader.h"
#include "formats/exportjob.h"
#include "formats/formatnames.h"
#include "formats/glossjsonreader.h"
#include "formats/qdpxreader.h"
#include "formats/w3creader.h"
#include "formats/ziparchive.h"
#include "model/formatstestsupport.h"
#include "offsets.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Gloss;
using namespace Gloss::Formats;

namespace
{
QString inputDir()
{
    return QStringLiteral(GLOSS_TEST_DATA_DIR "/formats/input");
}

QString samplesDir()
{
    return QStringLiteral(GLOSS_SHARED_DIR "/validators/refi-qda/samples");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void writeZip(const QString &path, const QList<OutputFile> &entries)
{
    QString error;
    const std::optional<QByteArray> zip = ZipWriter::write(entries, &error);
    QVERIFY2(zip, qPrintable(error));
    writeFile(path, *zip);
}

QString splitAtLineBreaks(const QString &text, const Spans &spans, const Offsets &offsets)
{
    QStringList pieces;
    for (const Span &span : spans) {
        int start = span.start;
        for (int i = span.start; i <= span.end; ++i) {
            if (i == span.end || text.at(i) == QLatin1Char('\n')) {
                if (i > start)
                    pieces.append(QStringLiteral("%1-%2").arg(offsets.toCodePoint(start)).arg(offsets.toCodePoint(i)));
                start = i + 1;
            }
        }
    }
    return pieces.join(QLatin1Char(';'));
}

enum class Carried { W3c, Brat, Qdpx };

// What format \a carried keeps of each annotation and link, as sorted lines: the round trip
// compares these between the exported and the imported project.
QStringList projection(Project &project, Carried carried)
{
    Annotator *annotator = project.annotator();
    const TagSchema &tags = annotator->tagSchema();
    QStringList lines;
    QHash<QString, QString> keyOf; // annotation id -> what identifies it in the format
    for (const Annotation &annotation : annotator->allAnnotations()) {
        if (annotation.status == Annotation::Status::Rejected)
            continue; // rejected suggestions are only in the lossless export
        const QString text = annotator->articleText(annotation.articleId);
        const Offsets offsets(text);
        const QString tagName = tags.tag(annotation.tagId) ? tags.tag(annotation.tagId)->name : QString();
        const Claim claim = Claim::fromAttributes(annotation.attributes);
        const std::optional<Entity> entity = annotation.entityId.isEmpty() ? std::nullopt : annotator->entity(annotation.entityId);
        QStringList fields;
        switch (carried) {
        case Carried::W3c: {
            QStringList spans;
            for (const Span &span : annotation.spans)
                spans.append(QStringLiteral("%1-%2").arg(span.start).arg(span.end));
            keyOf.insert(annotation.id, annotation.id);
            fields = {annotation.id, annotation.articleId, spans.join(QLatin1Char(';')), annotation.quote, annotation.tagId, tagName,
                Annotation::kindName(annotation.kind), annotation.note, annotation.author, StoreFormat::timeToText(annotation.created),
                StoreFormat::timeToText(annotation.modified), Annotation::statusName(annotation.status), annotation.suggestionSource,
                QString::number(annotation.score), StoreFormat::mapToJson(annotation.attributes),
                entity ? entity->id + QLatin1Char('/') + entity->name + QLatin1Char('/') + entity->externalId + QLatin1Char('/')
                        + entity->aliases.join(QLatin1Char('|')) + QLatin1Char('/') + entity->type
                       : QString()};
            break;
        }
        case Carried::Brat: {
            const QString key = annotation.articleId + QLatin1Char('@') + splitAtLineBreaks(text, annotation.spans, offsets);
            keyOf.insert(annotation.id, key);
            QString note = annotation.note;
            note.replace(QLatin1Char('\n'), QLatin1Char(' '));
            fields = {key, tagName, note, annotation.status == Annotation::Status::Suggested ? QStringLiteral("suggested") : QStringLiteral("accepted"),
                Claim::stanceName(claim.stance), Claim::certaintyName(claim.certainty), Claim::typeName(claim.claimType),
                entity ? entity->name + QLatin1Char('/') + entity->externalId : QString()};
            break;
        }
        case Carried::Qdpx: {
            for (qsizetype i = 0; i < annotation.spans.size(); ++i) {
                const Span &span = annotation.spans.at(i);
                const QString key = annotation.articleId + QLatin1Char('@') + QString::number(offsets.toCodePoint(span.start)) + QLatin1Char('-')
                    + QString::number(offsets.toCodePoint(span.end)) + QLatin1Char('@') + tagName;
                if (i == 0)
                    keyOf.insert(annotation.id, key);
                lines.append(QStringList{
                    key, annotation.note, annotation.author, StoreFormat::timeToText(annotation.created), StoreFormat::timeToText(annotation.modified)}
                                 .join(QStringLiteral(" | ")));
            }
            continue;
        }
        }
        lines.append(fields.join(QStringLiteral(" | ")));
    }
    for (const Link &link : annotator->allLinks()) {
        QStringList fields = {link.type, keyOf.value(link.sourceId), keyOf.value(link.targetId)};
        if (carried == Carried::W3c)
            fields += {link.id, link.note, link.author, StoreFormat::timeToText(link.created), StoreFormat::timeToText(link.modified),
                Annotation::statusName(link.status)};
        if (carried == Carried::Qdpx)
            fields += {link.note};
        lines.append(QStringLiteral("link ") + fields.join(QStringLiteral(" | ")));
    }
    if (carried == Carried::Qdpx) {
        for (const ArticleSummary &summary : project.store().articleSummaries()) {
            const std::optional<Article> article = project.store().article(summary.id);
            lines.append(QStringList{QStringLiteral("article"), article->id, article->title, article->outlet, article->published, article->url,
                article->language, article->byline, annotator->articleMemo(article->id)}
                             .join(QStringLiteral(" | ")));
        }
        lines.append(QStringLiteral("project memo | ") + annotator->projectMemo());
    }
    lines.sort();
    return lines;
}

QString firstDifference(const QStringList &expected, const QStringList &actual)
{
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        if (expected.value(i) != actual.value(i))
            return QStringLiteral("line %1:\n  expected: %2\n  actual:   %3").arg(i).arg(expected.value(i), actual.value(i));
    }
    return {};
}

bool hasError(const Messages &messages, const QString &part)
{
    for (const Message &message : messages) {
        if (message.severity == Message::Severity::Error && message.text.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString allText(const Messages &messages)
{
    QStringList lines;
    for (const Message &message : messages)
        lines.append(message.toString());
    return lines.join(QLatin1Char('\n'));
}

// A minimal gloss JSON document around \a annotations / \a links (JSON fragments), with the text.
QByteArray glossJson(const QString &text, const QString &annotations, const QString &links = {}, const QString &tags = {})
{
    QJsonObject article{{QStringLiteral("id"), Article::idForText(text)}, {QStringLiteral("title"), QStringLiteral("Hostile")}, {QStringLiteral("text"), text}};
    const QString head = QStringLiteral("{\"format\": \"gloss\", \"version\": 1, \"articles\": [%1], \"tags\": [%2], \"annotations\": [%3], \"links\": [%4]}")
                             .arg(QString::fromUtf8(QJsonDocument(article).toJson(QJsonDocument::Compact)), tags, annotations, links);
    return head.toUtf8();
}

QByteArray qde(const QString &body)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">") + body
        + QStringLiteral("</Project>"))
        .toUtf8();
}
} // namespace

class TestImportAnnotations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void glossJsonRoundTripIsExact();
    void glossJsonWithoutTexts();
    void roundTrip_data();
    void roundTrip();
    void linkStatusRoundTrip_data();
    void linkStatusRoundTrip();
    void importIsOneUndoStep();
    void reimportSkipsDuplicates();
    void atlasSamples_data();
    void atlasSamples();
    void foreignFiles_data();
    void foreignFiles();
    void reanchoring();
    void unanchoredAreReported();
    void hostile_data();
    void hostile();
    void oversizedZipEntry();
    void readOnlyProjectRefuses();

private:
    std::unique_ptr<Project> freshProject(const QString &name, bool withArticles = false);
    QString exportTo(const QString &format, const QString &name, const ExportScope &scope = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_source;
    FormatsTest::Fixture m_fixture;
};

void TestImportAnnotations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportAnnotations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_source->open(m_dir->filePath(QStringLiteral("source.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    m_fixture = FormatsTest::fill(*m_source);
}

void TestImportAnnotations::cleanup()
{
    m_source.reset();
    m_dir.reset();
}

std::unique_ptr<Project> TestImportAnnotations::freshProject(const QString &name, bool withArticles)
{
    auto project = std::make_unique<Project>();
    QString error;
    if (!project->open(m_dir->filePath(name + QStringLiteral(".gloss")), ProjectStore::Mode::ReadWrite, &error))
        qFatal("cannot open a project: %s", qPrintable(error));
    if (withArticles) {
        ImportBatch batch;
        batch.articles = FormatsTest::articles();
        project->addArticles(batch);
    }
    return project;
}

QString TestImportAnnotations::exportTo(const QString &format, const QString &name, const ExportScope &scope)
{
    const QString target = m_dir->filePath(name);
    const ExportResult result = ExportJob::run(*m_source, format, scope, target);
    if (!result.ok)
        qWarning() << allText(result.messages);
    return result.ok ? target : QString();
}

void TestImportAnnotations::glossJsonRoundTripIsExact()
{
    const QString file = exportTo(QStringLiteral("json"), QStringLiteral("all.json"));
    QVERIFY(!file.isEmpty());
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("target"));
    QSignalSpy articlesAdded(target.get(), &Project::articlesAdded);
    const AnnotationImportReport report = AnnotationImport::run(*target, QStringLiteral("json"), file);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    QCOMPARE(report.annotationsAdded, 15);
    QCOMPARE(report.linksAdded, 5);
    QCOMPARE(report.addedArticleIds.size(), 3);
    QCOMPARE(report.reanchored, 0);
    QCOMPARE(articlesAdded.size(), 1);

    const QByteArray expected = FormatsTest::stateDump(*m_source);
    const QByteArray actual = FormatsTest::stateDump(*target);
    QVERIFY2(expected == actual,
        qPrintable(firstDifference(QString::fromUtf8(expected).split(QLatin1Char('\n')), QString::fromUtf8(actual).split(QLatin1Char('\n')))));
    // The articles come back with their metadata.
    for (const Article &article : m_fixture.articles) {
        const std::optional<Article> copy = target->store().article(article.id);
        QVERIFY(copy);
        QCOMPARE(copy->text, article.text);
        QCOMPARE(copy->title, article.title);
        QCOMPARE(copy->outlet, article.outlet);
        QCOMPARE(copy->published, article.published);
        QCOMPARE(copy->url, article.url);
        QCOMPARE(copy->language, article.language);
        QCOMPARE(copy->byline, article.byline);
    }
}

void TestImportAnnotations::glossJsonWithoutTexts()
{
    ExportScope scope;
    scope.includeText = false;
    const QString file = exportTo(QStringLiteral("json"), QStringLiteral("notext.json"), scope);
    QVERIFY(!FormatsTest::readAll(file).contains("\"text\""));
    // Without the articles in the project, the file cannot be placed: refused.
    const std::unique_ptr<Project> empty = freshProject(QStringLiteral("empty"));
    const QByteArray before = FormatsTest::stateDump(*empty);
    const AnnotationImportReport refused = AnnotationImport::run(*empty, QStringLiteral("json"), file);
    QVERIFY(!refused.ok);
    QVERIFY(hasError(refused.messages, QStringLiteral("import the article first")));
    QCOMPARE(FormatsTest::stateDump(*empty), before);
    // With them it is exact again.
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("withArticles"), true);
    const AnnotationImportReport report = AnnotationImport::run(*target, QStringLiteral("json"), file);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    QCOMPARE(FormatsTest::stateDump(*target), FormatsTest::stateDump(*m_source));
}

void TestImportAnnotations::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("carried");
    QTest::addColumn<bool>("needsArticles");
    QTest::newRow("w3c") << QStringLiteral("w3c") << int(Carried::W3c) << true;
    QTest::newRow("brat") << QStringLiteral("brat") << int(Carried::Brat) << false;
    QTest::newRow("qdpx") << QStringLiteral("qdpx") << int(Carried::Qdpx) << false;
}

void TestImportAnnotations::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(int, carried);
    QFETCH(bool, needsArticles);
    const QString file = exportTo(format, QStringLiteral("roundtrip.") + format);
    QVERIFY(!file.isEmpty());
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("target"), needsArticles);
    const AnnotationImportReport report = AnnotationImport::run(*target, format, file);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    QCOMPARE(report.notAnchored, 0);
    QCOMPARE(report.reanchored, 0);
    QCOMPARE(target->store().articleCount(), 3);
    if (!needsArticles)
        QCOMPARE(report.addedArticleIds.size(), 3);
    const QStringList expected = projection(*m_source, Carried(carried));
    const QStringList actual = projection(*target, Carried(carried));
    QVERIFY2(expected == actual, qPrintable(firstDifference(expected, actual)));
    // Articles are the same texts (same ids).
    for (const Article &article : m_fixture.articles)
        QVERIFY(target->store().containsArticle(article.id));
    // W3C and REFI-QDA keep the annotation ids (as urn:uuid IRIs and GUIDs).
    if (format != QLatin1String("brat")) {
        for (const Annotation &annotation : m_source->annotator()->allAnnotations()) {
            if (annotation.status != Annotation::Status::Rejected)
                QVERIFY2(target->annotator()->annotation(annotation.id), qPrintable(annotation.quote));
        }
    }
}

void TestImportAnnotations::linkStatusRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("needsArticles");
    QTest::newRow("json") << QStringLiteral("json") << true;
    QTest::newRow("w3c") << QStringLiteral("w3c") << true;
    QTest::newRow("brat") << QStringLiteral("brat") << false;
}

void TestImportAnnotations::linkStatusRoundTrip()
{
    // Suggested links (issue 6: proposed by the link suggester, reviewed later) keep their status,
    // source and score, inside one article and across articles.
    QFETCH(QString, format);
    QFETCH(bool, needsArticles);
    QList<Annotation> drawn;
    for (const Annotation &annotation : m_source->annotator()->allAnnotations()) {
        if (annotation.status == Annotation::Status::Accepted)
            drawn.append(annotation);
    }
    QVERIFY(drawn.size() >= 3);
    const Annotation &a = drawn.at(0);
    const auto sameArticle = std::find_if(drawn.cbegin() + 1, drawn.cend(), [&](const Annotation &x) { return x.articleId == a.articleId; });
    const auto otherArticle = std::find_if(drawn.cbegin(), drawn.cend(), [&](const Annotation &x) { return x.articleId != a.articleId; });
    QVERIFY(sameArticle != drawn.cend() && otherArticle != drawn.cend());
    const auto suggested = [&](const QString &id, const QString &type, const Annotation &target, double score) {
        Link link;
        link.id = id;
        link.type = type;
        link.sourceId = a.id;
        link.targetId = target.id;
        link.author = QStringLiteral("ana");
        link.created = QDateTime(QDate(2031, 4, 7), QTime(9, 0), Qt::UTC);
        link.modified = link.created.addSecs(60);
        link.status = Annotation::Status::Suggested;
        link.suggestionSource = QStringLiteral("links");
        link.score = score;
        return link;
    };
    ChangeSet changes;
    changes.links.added = {suggested(QStringLiteral("9e4d7a20-0000-4000-8000-000000000101"), QStringLiteral("quotes"), *sameArticle, 0.75),
        suggested(QStringLiteral("9e4d7a20-0000-4000-8000-000000000102"), QStringLiteral("corroborates"), *otherArticle, 0.5)};
    QVERIFY(m_source->annotator()->applyChanges(changes, QStringLiteral("Suggest links")));

    const QString file = exportTo(format, QStringLiteral("linkstatus.") + format);
    QVERIFY(!file.isEmpty());
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("target"), needsArticles);
    const AnnotationImportReport report = AnnotationImport::run(*target, format, file);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    const auto describe = [](Project &project) {
        // brat splits spans at line breaks and joins the pieces' quotes with a space.
        const auto flat = [](const std::optional<Annotation> &annotation) {
            return annotation ? QString(annotation->quote).replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString();
        };
        QStringList lines;
        for (const Link &link : project.annotator()->allLinks()) {
            const std::optional<Annotation> source = project.annotator()->annotation(link.sourceId);
            const std::optional<Annotation> to = project.annotator()->annotation(link.targetId);
            lines.append(
                QStringList{link.type, flat(source), flat(to), Annotation::statusName(link.status), link.suggestionSource, QString::number(link.score)}.join(
                    QStringLiteral(" | ")));
        }
        lines.sort();
        return lines;
    };
    const QStringList expected = describe(*m_source);
    const QStringList actual = describe(*target);
    QVERIFY2(expected == actual, qPrintable(firstDifference(expected, actual)));
    QCOMPARE(std::count_if(actual.cbegin(), actual.cend(), [](const QString &line) { return line.contains(QStringLiteral(" | suggested | links | ")); }), 2);
}

void TestImportAnnotations::importIsOneUndoStep()
{
    const QString file = exportTo(QStringLiteral("json"), QStringLiteral("undo.json"));
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("target"), true);
    const QByteArray before = FormatsTest::stateDump(*target);
    const int steps = target->undoStack()->count();
    const AnnotationImportReport report = AnnotationImport::run(*target, QStringLiteral("json"), file);
    QVERIFY(report.ok);
    QCOMPARE(target->undoStack()->count(), steps + 1);
    QVERIFY(target->undoStack()->undoText().contains(QLatin1String("undo.json")));
    const QByteArray after = FormatsTest::stateDump(*target);
    QVERIFY(after != before);
    target->undoStack()->undo();
    QCOMPARE(FormatsTest::stateDump(*target), before);
    target->undoStack()->redo();
    QCOMPARE(FormatsTest::stateDump(*target), after);
    // And the file agrees: reopen it.
    const QString path = target->path();
    target->close();
    QString error;
    QVERIFY(target->open(path, ProjectStore::Mode::ReadWrite, &error));
    QCOMPARE(FormatsTest::stateDump(*target), after);
}

void TestImportAnnotations::reimportSkipsDuplicates()
{
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("brat"), QStringLiteral("qdpx")}) {
        const QString file = exportTo(format, QStringLiteral("twice.") + format);
        const std::unique_ptr<Project> target = freshProject(QStringLiteral("twice-") + format);
        QVERIFY(AnnotationImport::run(*target, format, file).ok);
        const QByteArray once = FormatsTest::stateDump(*target);
        const AnnotationImportReport second = AnnotationImport::run(*target, format, file);
        QVERIFY2(second.ok, qPrintable(allText(second.messages)));
        QCOMPARE(second.annotationsAdded, 0);
        QCOMPARE(second.linksAdded, 0);
        QVERIFY(second.duplicates > 0);
        QCOMPARE(FormatsTest::stateDump(*target), once);
    }
}

void TestImportAnnotations::atlasSamples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("annotations");
    QTest::addColumn<QStringList>("tags"); // tags that must exist afterwards, by path
    QTest::newRow("blank ATLAS.ti project") << QStringLiteral("blank-atlas-project.qdpx") << 0 << 0 << QStringList();
    QTest::newRow("ATLAS.ti project with nested codes") << QStringLiteral("target-atlas-project.qdpx") << 0 << 0
                                                        << QStringList{QStringLiteral("Commits"), QStringLiteral("Commits / 2022-05-10T02:05:59Z 19e4dce"),
                                                               QStringLiteral("Commits / 2022-02-11T10:39:25Z cdbfd92")};
    QTest::newRow("minimal valid") << QStringLiteral("minimal-valid.qdpx") << 1 << 1 << QStringList{QStringLiteral("greeting")};
}

void TestImportAnnotations::atlasSamples()
{
    QFETCH(QString, sample);
    QFETCH(int, articles);
    QFETCH(int, annotations);
    QFETCH(QStringList, tags);
    const QString path = samplesDir() + QLatin1Char('/') + sample;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("the REFI-QDA samples are not at %1 (GLOSS_SHARED_DIR)").arg(samplesDir())));
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("atlas"));
    const AnnotationImportReport report = AnnotationImport::run(*target, QStringLiteral("qdpx"), path);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    QCOMPARE(report.addedArticleIds.size(), articles);
    QCOMPARE(report.annotationsAdded, annotations);
    const TagSchema &schema = target->annotator()->tagSchema();
    for (const QString &wanted : tags) {
        bool found = false;
        for (const Tag &tag : schema.treeOrder())
            found = found || schema.path(tag.id) == wanted;
        QVERIFY2(found, qPrintable(wanted));
    }
    if (sample == QLatin1String("minimal-valid.qdpx")) {
        const QList<Annotation> all = target->annotator()->allAnnotations();
        QCOMPARE(all.constFirst().quote, QStringLiteral("QDA world"));
        QCOMPARE(all.constFirst().note, QStringLiteral("Memo: first coded segment."));
        QCOMPARE(all.constFirst().author, QStringLiteral("Example Coder"));
        QCOMPARE(target->annotator()->tagSchema().tag(all.constFirst().tagId)->colour, QColor(QStringLiteral("#FF8800")));
        QCOMPARE(target->annotator()->tagSchema().tag(all.constFirst().tagId)->description, QStringLiteral("Segments that greet someone."));
    }
}

void TestImportAnnotations::foreignFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("input"); // under tests/data/formats/input
    QTest::addColumn<bool>("needsArticles");
    QTest::addColumn<QStringList>("quotes"); // the quotes of the imported annotations, sorted
    QTest::addColumn<int>("links");

    QTest::newRow("brat from another tool") << QStringLiteral("brat") << QStringLiteral("brat-foreign") << false
                                            << QStringList{QStringLiteral("Ferry"), QStringLiteral("Illen"), QStringLiteral("Zoë Marrow"),
                                                   QStringLiteral("reopened"), QStringLiteral("ticket prices unchanged"), QStringLiteral("𠀋 quay")}
                                            << 2;
    QTest::newRow("W3C quote selectors only") << QStringLiteral("w3c") << QStringLiteral("w3c-quote-only.jsonld") << true
                                              << QStringList{QStringLiteral("1,200 passengers"), QStringLiteral("Illen"), QStringLiteral("Zoë Marrow")} << 1;
    QTest::newRow("REFI-QDA as MAXQDA writes it") << QStringLiteral("qdpx") << QStringLiteral("maxqda-style") << false
                                                  << QStringList{QStringLiteral("harbour master"), QStringLiteral("harbour master"), QStringLiteral("storm 🌊")}
                                                  << 1;
    QTest::newRow("REFI-QDA as QualCoder writes it") << QStringLiteral("qdpx") << QStringLiteral("qualcoder-style") << false
                                                     << QStringList{QStringLiteral("1200 مسافر"), QStringLiteral("שלום 👋")} << 0;
}

void TestImportAnnotations::foreignFiles()
{
    QFETCH(QString, format);
    QFETCH(QString, input);
    QFETCH(bool, needsArticles);
    QFETCH(QStringList, quotes);
    QFETCH(int, links);
    QString path = inputDir() + QLatin1Char('/') + input;
    if (format == QLatin1String("qdpx")) {
        // The project.qde is kept as text in the repository; the archive is built here.
        const QDir folder(path);
        QList<OutputFile> entries;
        QDirIterator it(folder.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            entries.append({folder.relativeFilePath(file), FormatsTest::readAll(file)});
        }
        path = m_dir->filePath(input + QStringLiteral(".qdpx"));
        writeZip(path, entries);
    }
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("foreign"), needsArticles);
    const AnnotationImportReport report = AnnotationImport::run(*target, format, path);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    QStringList got;
    for (const Annotation &annotation : target->annotator()->allAnnotations())
        got.append(annotation.quote);
    got.sort();
    QCOMPARE(got, quotes);
    QCOMPARE(int(target->annotator()->allLinks().size()), links);
    // Every annotation sits on its quote.
    for (const Annotation &annotation : target->annotator()->allAnnotations())
        QVERIFY(annotation.isAnchoredIn(target->annotator()->articleText(annotation.articleId)));
}

void TestImportAnnotations::reanchoring()
{
    // A W3C file made for another revision of the text: positions off, quotes and context right.
    const Article &a1 = m_fixture.articles.at(0);
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("reanchor"), true);
    const QString text = a1.text;
    const Offsets offsets(text);
    const auto selector = [&](const QString &exact, int start, const QString &prefix, const QString &suffix) {
        QJsonObject quote;
        quote.insert(QStringLiteral("type"), QStringLiteral("TextQuoteSelector"));
        quote.insert(QStringLiteral("exact"), exact);
        quote.insert(QStringLiteral("prefix"), prefix);
        quote.insert(QStringLiteral("suffix"), suffix);
        QJsonObject position;
        position.insert(QStringLiteral("type"), QStringLiteral("TextPositionSelector"));
        position.insert(QStringLiteral("start"), start);
        position.insert(QStringLiteral("end"), start + int(exact.toUcs4().size()));
        QJsonObject on;
        on.insert(QStringLiteral("source"), FormatNames::articleIri(a1.id));
        on.insert(QStringLiteral("selector"), QJsonArray{quote, position});
        QJsonObject body;
        body.insert(QStringLiteral("type"), QStringLiteral("TextualBody"));
        body.insert(QStringLiteral("value"), exact);
        QJsonObject annotation;
        annotation.insert(QStringLiteral("type"), QStringLiteral("Annotation"));
        annotation.insert(QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
        annotation.insert(QStringLiteral("motivation"), QStringLiteral("commenting"));
        annotation.insert(QStringLiteral("body"), body);
        annotation.insert(QStringLiteral("target"), on);
        return annotation;
    };
    // "the" occurs many times: the context picks the one before "harbour master"; the position is off by 3.
    const Span the = FormatsTest::spanOf(text, QStringLiteral("the harbour master"));
    const Span ferry = FormatsTest::spanOf(text, QStringLiteral("ferry"));
    const QJsonArray items{
        selector(QStringLiteral("the"), offsets.toCodePoint(the.start) + 3, QStringLiteral("Marrow, "), QStringLiteral(" harbour master")),
        // No context: the occurrence nearest to the stated position wins ("ferry" once, position 40 off).
        selector(QStringLiteral("ferry"), offsets.toCodePoint(ferry.start) + 40, QString(), QString()),
        // Position right: no re-anchoring.
        selector(QStringLiteral("Illen"), offsets.toCodePoint(FormatsTest::spanOf(text, QStringLiteral("Illen")).start), QString(), QString()),
    };
    const QString file = m_dir->filePath(QStringLiteral("moved.jsonld"));
    writeFile(file, QJsonDocument(items).toJson());
    const AnnotationImportReport report = AnnotationImport::run(*target, QStringLiteral("w3c"), file);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    QCOMPARE(report.annotationsAdded, 3);
    QCOMPARE(report.reanchored, 2);
    QList<Annotation> all = target->annotator()->allAnnotations();
    std::sort(all.begin(), all.end(), [](const Annotation &a, const Annotation &b) { return a.start() < b.start(); });
    QCOMPARE(all.at(0).spans.constFirst().start, ferry.start);
    QCOMPARE(all.at(2).spans.constFirst().start, the.start);
    int notices = 0;
    for (const Message &message : report.messages)
        notices += message.text.contains(QLatin1String("was re-anchored"));
    QVERIFY2(notices == 2, qPrintable(allText(report.messages)));
}

void TestImportAnnotations::unanchoredAreReported()
{
    // brat with a text field that does not match and cannot be found: reported by name, the rest imported.
    const QString folder = m_dir->filePath(QStringLiteral("lost"));
    writeFile(folder + QStringLiteral("/doc.txt"), QByteArrayLiteral("Tarrow ferry sails again.\n"));
    writeFile(folder + QStringLiteral("/doc.ann"),
        QByteArrayLiteral("T1\tPlace 0 6\tTarrow\nT2\tEvent 7 12\tbridge\nT3\tEvent 13 18\tsails\nR1\tElaborates Arg1:T2 Arg2:T1\n"));
    const std::unique_ptr<Project> target = freshProject(QStringLiteral("lost"));
    const AnnotationImportReport report = AnnotationImport::run(*target, QStringLiteral("brat"), folder);
    QVERIFY2(report.ok, qPrintable(allText(report.messages)));
    QCOMPARE(report.annotationsAdded, 2);
    QCOMPARE(report.notAnchored, 1);
    QCOMPARE(report.linksSkipped, 1);
    bool named = false;
    for (const Message &message : report.messages)
        named = named
            || (message.severity == Message::Severity::Warning && message.text.contains(QLatin1String("T2 (doc.ann)"))
                && message.text.contains(QLatin1String("bridge")));
    QVERIFY2(named, qPrintable(allText(report.messages)));
}

void TestImportAnnotations::hostile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // a file; for brat "doc.txt\0text\0doc.ann\0ann"; for qdpx entries the same way
    QTest::addColumn<QString>("reason");

    const QString text = QStringLiteral("Ferry 🚢 sails to Illen.");
    const auto entries = [](const QList<QPair<QString, QByteArray>> &list) {
        QByteArray packed;
        for (const auto &[entry, data] : list)
            packed += entry.toUtf8() + '\0' + data + '\0';
        return packed;
    };
    QTest::newRow("malformed gloss JSON") << QStringLiteral("json") << QStringLiteral("broken.json")
                                          << QByteArray("{\"format\": \"gloss\", \"version\": 1, \"articles\": [") << QStringLiteral("is not valid JSON");
    QTest::newRow("malformed W3C JSON") << QStringLiteral("w3c") << QStringLiteral("broken.jsonld") << QByteArray("{\"type\": \"Annotation\",, }")
                                        << QStringLiteral("is not valid JSON");
    QTest::newRow("newer gloss JSON") << QStringLiteral("json") << QStringLiteral("newer.json") << QByteArray("{\"format\": \"gloss\", \"version\": 99}")
                                      << QStringLiteral("newer Gloss");
    QTest::newRow("gloss JSON offsets past the end")
        << QStringLiteral("json") << QStringLiteral("past.json")
        << glossJson(text,
               QStringLiteral("{\"id\": \"a\", \"article\": \"%1\", \"spans\": [[18, 40]], \"quote\": \"Illen.\", \"tag\": \"place\"}")
                   .arg(Article::idForText(text)))
        << QStringLiteral("past the end");
    QTest::newRow("gloss JSON link to a missing annotation")
        << QStringLiteral("json") << QStringLiteral("link.json")
        << glossJson(text,
               QStringLiteral("{\"id\": \"a\", \"article\": \"%1\", \"spans\": [[0, 5]], \"quote\": \"Ferry\", \"tag\": \"place\"}")
                   .arg(Article::idForText(text)),
               QStringLiteral("{\"id\": \"l\", \"type\": \"same-as\", \"source\": \"a\", \"target\": \"nowhere\"}"))
        << QStringLiteral("neither in the file nor in the project");
    QTest::newRow("gloss JSON unknown tag")
        << QStringLiteral("json") << QStringLiteral("tag.json")
        << glossJson(text,
               QStringLiteral("{\"id\": \"a\", \"article\": \"%1\", \"spans\": [[0, 5]], \"quote\": \"Ferry\", \"tag\": \"no-such-tag\"}")
                   .arg(Article::idForText(text)))
        << QStringLiteral("tag no-such-tag");
    QTest::newRow("gloss JSON spans of the wrong shape")
        << QStringLiteral("json") << QStringLiteral("shape.json")
        << glossJson(text, QStringLiteral("{\"id\": \"a\", \"article\": \"%1\", \"spans\": [\"0-5\"], \"tag\": \"place\"}").arg(Article::idForText(text)))
        << QStringLiteral("spans");
    QTest::newRow("W3C position past the end")
        << QStringLiteral("w3c") << QStringLiteral("past.jsonld")
        << QStringLiteral(
               "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\", \"id\": \"urn:uuid:5f0e0e8e-1111-4222-8333-444455556666\", "
               "\"body\": {\"type\": \"TextualBody\", \"value\": \"x\"}, \"target\": {\"source\": \"%1\", \"selector\": {\"type\": \"TextPositionSelector\", "
               "\"start\": 500, \"end\": 510}}}")
               .arg(FormatNames::articleIri(FormatsTest::articles().at(1).id))
               .toUtf8()
        << QStringLiteral("past the end");
    QTest::newRow("W3C link to a missing annotation")
        << QStringLiteral("w3c") << QStringLiteral("link.jsonld")
        << QByteArray("{\"type\": \"Annotation\", \"id\": \"urn:uuid:5f0e0e8e-1111-4222-8333-444455556667\", \"motivation\": \"linking\", "
                      "\"body\": {\"type\": \"TextualBody\", \"purpose\": \"classifying\", \"value\": \"contradicts\"}, "
                      "\"target\": [\"urn:uuid:00000000-0000-4000-8000-000000000001\", \"urn:uuid:00000000-0000-4000-8000-000000000002\"]}")
        << QStringLiteral("neither in the file nor in the project");
    QTest::newRow("W3C article not in the project")
        << QStringLiteral("w3c") << QStringLiteral("article.jsonld")
        << QByteArray(
               "{\"type\": \"Annotation\", \"id\": \"urn:uuid:5f0e0e8e-1111-4222-8333-444455556668\", \"body\": {\"type\": \"TextualBody\", \"value\": \"x\"}, "
               "\"target\": {\"source\": \"urn:gloss:article:ffffffffffffffff\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Ferry\"}}}")
        << QStringLiteral("not in the project");
    QTest::newRow("brat offsets past the end") << QStringLiteral(
        "brat") << QStringLiteral("pastbrat") << entries({{QStringLiteral("doc.txt"), text.toUtf8()}, {QStringLiteral("doc.ann"), "T1\tPlace 18 99\tIllen.\n"}})
                                               << QStringLiteral("past the end");
    QTest::newRow("brat relation to a missing annotation")
        << QStringLiteral("brat") << QStringLiteral("missingbrat")
        << entries({{QStringLiteral("doc.txt"), text.toUtf8()}, {QStringLiteral("doc.ann"), "T1\tPlace 18 23\tIllen\nR1\tElaborates Arg1:T1 Arg2:T9\n"}})
        << QStringLiteral("does not define");
    QTest::newRow("brat malformed line") << QStringLiteral("brat") << QStringLiteral("malformedbrat")
                                         << entries({{QStringLiteral("doc.txt"), text.toUtf8()}, {QStringLiteral("doc.ann"), "T1 Place 0 5 Ferry\n"}})
                                         << QStringLiteral("no TAB");
    QTest::newRow("brat text not UTF-8") << QStringLiteral("brat") << QStringLiteral("latin1brat")
                                         << entries({{QStringLiteral("doc.txt"), QByteArray("Caf\xe9 on the quay")},
                                                {QStringLiteral("doc.ann"), "T1\tPlace 0 4\tCaf\xc3\xa9\n"}})
                                         << QStringLiteral("not UTF-8");

    const QByteArray source = text.toUtf8();
    const QString guid = QStringLiteral("8E7FDDFE-DB36-48DC-B464-80C3A4DECD90");
    const QString sourceXml = QStringLiteral("<Sources><TextSource guid=\"%1\" name=\"doc\" plainTextPath=\"internal://%1.txt\">%2</TextSource></Sources>");
    QTest::newRow("qdpx entry escaping with ..") << QStringLiteral("qdpx") << QStringLiteral("slip.qdpx")
                                                 << entries({{QStringLiteral("project.qde"), qde(QString())}, {QStringLiteral("../../evil.txt"), "gotcha"}})
                                                 << QStringLiteral("escape the archive");
    QTest::newRow("qdpx absolute entry") << QStringLiteral("qdpx") << QStringLiteral("absolute.qdpx")
                                         << entries({{QStringLiteral("project.qde"), qde(QString())}, {QStringLiteral("/tmp/evil.txt"), "gotcha"}})
                                         << QStringLiteral("escape the archive");
    QTest::newRow("qdpx billion laughs")
        << QStringLiteral("qdpx") << QStringLiteral("laughs.qdpx")
        << entries({{QStringLiteral("project.qde"),
               "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
               " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n"
               "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol3;\"/>"}})
        << QStringLiteral("declares XML entities");
    QTest::newRow("qdpx external entity") << QStringLiteral("qdpx") << QStringLiteral("xxe.qdpx")
                                          << entries({{QStringLiteral("project.qde"),
                                                 "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                                                 "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&secret;\"/>"}})
                                          << QStringLiteral("declares XML entities");
    QTest::newRow("qdpx malformed XML") << QStringLiteral("qdpx") << QStringLiteral("malformed.qdpx")
                                        << entries({{QStringLiteral("project.qde"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Users>"}})
                                        << QStringLiteral("not well-formed");
    QTest::newRow("qdpx selection past the end")
        << QStringLiteral("qdpx") << QStringLiteral("past.qdpx")
        << entries({{QStringLiteral("project.qde"),
                        qde(sourceXml.arg(guid,
                            QStringLiteral("<PlainTextSelection guid=\"2D3E4F5A-6B7C-4D8E-9FA0-B1C2D3E4F5A6\" startPosition=\"18\" endPosition=\"90\"/>")))},
               {QStringLiteral("sources/") + guid + QStringLiteral(".txt"), source}})
        << QStringLiteral("past the end");
    QTest::newRow("qdpx coding with a missing code")
        << QStringLiteral("qdpx") << QStringLiteral("code.qdpx")
        << entries(
               {{QStringLiteral("project.qde"),
                    qde(sourceXml.arg(guid,
                        QStringLiteral("<PlainTextSelection guid=\"2D3E4F5A-6B7C-4D8E-9FA0-B1C2D3E4F5A6\" startPosition=\"0\" endPosition=\"5\">"
                                       "<Coding guid=\"3E4F5A6B-7C8D-4E9F-A0B1-C2D3E4F5A6B7\"><CodeRef targetGUID=\"9F9F9F9F-0000-4000-8000-000000000000\"/>"
                                       "</Coding></PlainTextSelection>")))},
                   {QStringLiteral("sources/") + guid + QStringLiteral(".txt"), source}})
        << QStringLiteral("codebook does not have");
    QTest::newRow("qdpx link to a missing selection")
        << QStringLiteral("qdpx") << QStringLiteral("qdpxlink.qdpx")
        << entries({{QStringLiteral("project.qde"),
                        qde(sourceXml.arg(guid,
                                QStringLiteral("<PlainTextSelection guid=\"2D3E4F5A-6B7C-4D8E-9FA0-B1C2D3E4F5A6\" startPosition=\"0\" endPosition=\"5\"/>"))
                            + QStringLiteral("<Links><Link guid=\"4F5A6B7C-8D9E-4FA0-B1C2-D3E4F5A6B7C8\" name=\"contradicts\" "
                                             "originGUID=\"2D3E4F5A-6B7C-4D8E-9FA0-B1C2D3E4F5A6\" "
                                             "targetGUID=\"5A6B7C8D-9EA0-4B1C-82D3-E4F5A6B7C8D9\"/></Links>"))},
               {QStringLiteral("sources/") + guid + QStringLiteral(".txt"), source}})
        << QStringLiteral("does not have");
    QTest::newRow("qdpx note reference to nothing")
        << QStringLiteral("qdpx") << QStringLiteral("noteref.qdpx")
        << entries({{QStringLiteral("project.qde"),
                        qde(sourceXml.arg(guid,
                            QStringLiteral("<PlainTextSelection guid=\"2D3E4F5A-6B7C-4D8E-9FA0-B1C2D3E4F5A6\" startPosition=\"0\" endPosition=\"5\">"
                                           "<NoteRef targetGUID=\"5A6B7C8D-9EA0-4B1C-82D3-E4F5A6B7C8D9\"/></PlainTextSelection>")))},
               {QStringLiteral("sources/") + guid + QStringLiteral(".txt"), source}})
        << QStringLiteral("does not have");
    QTest::newRow("qdpx without project.qde") << QStringLiteral("qdpx") << QStringLiteral("empty.qdpx") << entries({{QStringLiteral("sources/x.txt"), source}})
                                              << QStringLiteral("no project.qde");
    QTest::newRow("not a zip") << QStringLiteral("qdpx") << QStringLiteral("plain.qdpx") << QByteArray("just text, no archive") << QStringLiteral("not a zip");
}

void TestImportAnnotations::hostile()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QString path = m_dir->filePath(name);
    if (content.contains('\0')) {
        QList<OutputFile> files;
        const QList<QByteArray> parts = content.split('\0');
        for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
            files.append({QString::fromUtf8(parts.at(i)), parts.at(i + 1)});
        if (format == QLatin1String("brat")) {
            for (const OutputFile &file : std::as_const(files))
                writeFile(path + QLatin1Char('/') + file.name, file.data);
        } else {
            writeZip(path, files);
        }
    } else {
        writeFile(path, content);
    }

    // Into a project with work in it (articles, annotations): nothing of it may change.
    Project &project = *m_source;
    const QByteArray before = FormatsTest::stateDump(project);
    const int articles = project.store().articleCount();
    const int steps = project.undoStack()->count();
    const AnnotationImportReport report = AnnotationImport::run(project, format, path);
    QVERIFY2(!report.ok, qPrintable(allText(report.messages)));
    QVERIFY2(hasError(report.messages, reason), qPrintable(allText(report.messages)));
    // The message names the file.
    bool named = false;
    for (const Message &message : report.messages)
        named = named || (message.severity == Message::Severity::Error && !message.file.isEmpty());
    QVERIFY(named);
    QCOMPARE(FormatsTest::stateDump(project), before);
    QCOMPARE(project.store().articleCount(), articles);
    QCOMPARE(project.undoStack()->count(), steps);
}

void TestImportAnnotations::oversizedZipEntry()
{
    // The limits are checked on the sizes the archive declares, before anything is decompressed;
    // the defaults are far above the test's 64 KiB, so a reader with small limits stands in.
    const QString path = m_dir->filePath(QStringLiteral("big.qdpx"));
    writeZip(path, {{QStringLiteral("project.qde"), qde(QString())}, {QStringLiteral("sources/big.txt"), QByteArray(200 * 1024, 'a')}});
    ZipReader::Limits limits;
    limits.maxEntryBytes = 64 * 1024;
    QdpxReader reader(limits);
    const ImportDraft draft = reader.read(path, {});
    QVERIFY(draft.hasErrors());
    QVERIFY2(hasError(draft.messages, QStringLiteral("more than the 65536 bytes")), qPrintable(allText(draft.messages)));
    const QByteArray before = FormatsTest::stateDump(*m_source);
    QVERIFY(!AnnotationImport::apply(*m_source, draft).ok);
    QCOMPARE(FormatsTest::stateDump(*m_source), before);

    limits = {};
    limits.maxTotalBytes = 100 * 1024;
    QVERIFY(QdpxReader(limits).read(path, {}).hasErrors());
    limits = {};
    limits.maxEntries = 1;
    QVERIFY(QdpxReader(limits).read(path, {}).hasErrors());
    // With the defaults the same archive is fine.
    QVERIFY(!QdpxReader().read(path, {}).hasErrors());

    QVERIFY(!ZipReader::isSafeEntryName(QStringLiteral("../x")));
    QVERIFY(!ZipReader::isSafeEntryName(QStringLiteral("sources/../../x")));
    QVERIFY(!ZipReader::isSafeEntryName(QStringLiteral("..\\x")));
    QVERIFY(!ZipReader::isSafeEntryName(QStringLiteral("C:/x")));
    QVERIFY(!ZipReader::isSafeEntryName(QStringLiteral("/etc/passwd")));
    QVERIFY(!ZipReader::isSafeEntryName(QStringLiteral("a\nb")));
    QVERIFY(ZipReader::isSafeEntryName(QStringLiteral("sources/x..y.txt")));
    QVERIFY(ZipReader::isSafeEntryName(QStringLiteral("./project.qde")));
}

void TestImportAnnotations::readOnlyProjectRefuses()
{
    const QString file = exportTo(QStringLiteral("json"), QStringLiteral("ro.json"));
    const std::unique_ptr<Project> writer = freshProject(QStringLiteral("ro"));
    const QString path = writer->path();
    writer->close();
    Project readOnly;
    QString error;
    QVERIFY(readOnly.open(path, ProjectStore::Mode::ReadOnly, &error));
    const AnnotationImportReport report = AnnotationImport::run(readOnly, QStringLiteral("json"), file);
    QVERIFY(!report.ok);
    QVERIFY(hasError(report.messages, QStringLiteral("read-only")));
}

QTEST_GUILESS_MAIN(TestImportAnnotations)
#include "tst_importannotations.moc"
