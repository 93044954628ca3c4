// Exports of every format from one annotated project (emoji, astral CJK, combining accents, Arabic and
// Hebrew): golden files, the conformance validators of ../shared/validators, scopes and filters,
// code point offsets, atomic writing and cancelling, CSV and CoNLL details.
//
// Golden files: tests/data/formats/reference/<format>/. After an intended change of an exporter,
// regenerate them with GLOSS_REGENERATE_GOLDEN=1 ./tst_exportformats and review the diff.
#include "formats/csvexporter.h"
#include "formats/exportdata.h"
#include "formats/exportjob.h"
#include "formats/formatregistry.h"
#include "formats/qdpxreader.h"
#include "model/formatstestsupport.h"
#include "offsets.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Gloss;
using namespace Gloss::Formats;

namespace
{
QString referenceDir()
{
    return QStringLiteral(GLOSS_TEST_DATA_DIR "/formats/reference");
}

// A readable diff: the first differing lines with their numbers.
QString lineDiff(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    QStringList out;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()) && out.size() < 12; ++i) {
        const QByteArray left = a.value(i);
        const QByteArray right = b.value(i);
        if (left != right) {
            out.append(QStringLiteral("line %1\n  - %2\n  + %3").arg(i + 1).arg(QString::fromUtf8(left), QString::fromUtf8(right)));
        }
    }
    return out.join(QLatin1Char('\n'));
}

// Minimal RFC 4180 reader for checking the CSV export.
QList<QStringList> parseCsv(QString text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}
} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void golden_data();
    void golden();
    void validators_data();
    void validators();
    void scopes_data();
    void scopes();
    void offsetsCountCodePoints();
    void exactQuotes();
    void csvOpensInSpreadsheets();
    void conllLabelsEntities();
    void bratSplitsAtLineBreaks();
    void writesAtomically();
    void refusesToReplaceForeignFolder();
    void cancelWritesNothing();
    void reportsProgress();

private:
    ExportData snapshot(const QString &format, const ExportScope &scope = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    FormatsTest::Fixture m_fixture;
};

void TestExportFormats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportFormats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(m_dir->filePath(QStringLiteral("harbour.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    m_fixture = FormatsTest::fill(*m_project);
}

void TestExportFormats::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

ExportData TestExportFormats::snapshot(const QString &format, const ExportScope &scope)
{
    Messages messages;
    std::optional<ExportData> data = ExportJob::snapshot(*m_project, format, scope, {}, &messages);
    if (!data) {
        qWarning() << messages.value(0).toString();
        return {};
    }
    // Golden files need a fixed time: everything else in the exports is deterministic.
    data->exported = FormatsTest::at("2031-04-07T00:00:00.000Z");
    return *data;
}

void TestExportFormats::golden_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : FormatRegistry::exportIds())
        QTest::newRow(qPrintable(format)) << format;
}

void TestExportFormats::golden()
{
    QFETCH(QString, format);
    const ExportData data = snapshot(format);
    QVERIFY(!data.tags.isEmpty());
    const ExportOutput output = ExportJob::render(data, format);
    QVERIFY(!output.files.isEmpty());
    QStringList names;
    for (const OutputFile &file : output.files)
        names.append(file.name);
    // Siblings are named like the files they would become next to "annotations.csv".
    if (output.layout == ExportOutput::Layout::Siblings) {
        const QStringList paths = ExportOutput::siblingPaths(QStringLiteral("annotations.csv"), output.files);
        for (qsizetype i = 0; i < names.size(); ++i)
            names[i] = paths.at(i);
    }
    const QDir folder(referenceDir() + QLatin1Char('/') + format);
    const bool regenerate = qEnvironmentVariableIsSet("GLOSS_REGENERATE_GOLDEN");
    if (regenerate) {
        QDir(folder.absolutePath()).removeRecursively();
        QDir().mkpath(folder.absolutePath());
    }
    for (qsizetype i = 0; i < output.files.size(); ++i) {
        const QString path = folder.filePath(names.at(i));
        if (regenerate) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(output.files.at(i).data);
            continue;
        }
        QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("missing golden file %1; run with GLOSS_REGENERATE_GOLDEN=1").arg(path)));
        const QByteArray expected = FormatsTest::readAll(path);
        const QByteArray &actual = output.files.at(i).data;
        QVERIFY2(expected == actual, qPrintable(QStringLiteral("%1 differs from its golden file:\n%2").arg(names.at(i), lineDiff(expected, actual))));
    }
    if (!regenerate) {
        // No stale golden file for a file the export no longer writes.
        QStringList onDisk;
        QDirIterator it(folder.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            onDisk.append(folder.relativeFilePath(it.next()));
        onDisk.sort();
        names.sort();
        QCOMPARE(onDisk, names);
    }
}

void TestExportFormats::validators_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("wholeCorpus");
    QTest::newRow("w3c corpus") << QStringLiteral("w3c") << true;
    QTest::newRow("w3c one article") << QStringLiteral("w3c") << false;
    QTest::newRow("qdpx corpus") << QStringLiteral("qdpx") << true;
    QTest::newRow("qdpx one article") << QStringLiteral("qdpx") << false;
    QTest::newRow("brat corpus") << QStringLiteral("brat") << true;
    QTest::newRow("brat one article") << QStringLiteral("brat") << false;
    QTest::newRow("qdc") << QStringLiteral("qdc") << true;
}

void TestExportFormats::validators()
{
    QFETCH(QString, format);
    QFETCH(bool, wholeCorpus);
    const ExportScope scope = wholeCorpus ? ExportScope::wholeCorpus() : ExportScope::currentArticle(m_fixture.articles.at(0).id);
    const QString target = m_dir->filePath(QStringLiteral("out.") + format);
    const ExportResult result = ExportJob::run(*m_project, format, scope, target);
    QVERIFY2(result.ok, qPrintable(result.messages.value(0).toString()));
    QVERIFY(result.annotations > 0 || format == QLatin1String("qdc"));

    if (format == QLatin1String("w3c")) {
        GLOSS_REQUIRE_VALIDATOR("node");
        const FormatsTest::Validation validation = FormatsTest::validateW3c(target);
        QVERIFY2(validation.ran, qPrintable(validation.output));
        QVERIFY2(validation.passed, qPrintable(validation.output));
        QVERIFY(validation.output.contains(QStringLiteral(" 0 failed")));
    } else if (format == QLatin1String("qdpx")) {
        GLOSS_REQUIRE_VALIDATOR("xmllint");
        GLOSS_REQUIRE_VALIDATOR("unzip");
        const FormatsTest::Validation validation = FormatsTest::validateQdpx(target);
        QVERIFY2(validation.ran, qPrintable(validation.output));
        QVERIFY2(validation.passed, qPrintable(validation.output));
    } else if (format == QLatin1String("brat")) {
        GLOSS_REQUIRE_VALIDATOR("python3");
        const QDir folder(target);
        const QStringList anns = folder.entryList({QStringLiteral("*.ann")}, QDir::Files);
        QCOMPARE(anns.size(), wholeCorpus ? 3 : 1);
        for (const QString &ann : anns) {
            const FormatsTest::Validation validation
                = FormatsTest::validateBrat(folder.filePath(ann.chopped(4) + QStringLiteral(".txt")), folder.filePath(ann));
            QVERIFY2(validation.ran, qPrintable(validation.output));
            QVERIFY2(validation.passed, qPrintable(ann + QStringLiteral(": ") + validation.output));
        }
    } else if (format == QLatin1String("qdc")) {
        GLOSS_REQUIRE_VALIDATOR("xmllint");
        const FormatsTest::Validation wellFormed = FormatsTest::runValidator(QStringLiteral("xmllint"), {QStringLiteral("--noout"), target});
        QVERIFY2(wellFormed.passed, qPrintable(wellFormed.output));
        // Same structure as the project's CodeBook: read it back.
        CodebookReader reader;
        const ImportDraft draft = reader.read(target, {});
        QVERIFY(!draft.hasErrors());
        QCOMPARE(draft.tags.size(), qsizetype(m_project->annotator()->tagSchema().size()));
    }
}

void TestExportFormats::scopes_data()
{
    QTest::addColumn<int>("range"); // 0 corpus, 1 current article, 2 chosen articles
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("author");
    QTest::addColumn<bool>("lossless");
    QTest::addColumn<QList<int>>("expected"); // annotation numbers of the fixture (1-based)
    QTest::addColumn<int>("links");

    QTest::newRow("corpus, lossless") << 0 << QStringList() << QString() << QString() << QString() << true
                                      << QList<int>{1, 2, 3, 4, 5, 6, 7, 15, 8, 9, 10, 11, 12, 13, 14} << 5;
    QTest::newRow("corpus without rejected") << 0 << QStringList() << QString() << QString() << QString() << false
                                             << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14} << 5;
    QTest::newRow("current article") << 1 << QStringList() << QString() << QString() << QString() << false << QList<int>{1, 2, 3, 4, 5, 6, 7} << 2;
    QTest::newRow("chosen articles") << 2 << QStringList() << QString() << QString() << QString() << false << QList<int>{8, 9, 10, 11, 12, 13, 14} << 1;
    QTest::newRow("tag with subtree") << 0 << QStringList{QStringLiteral("claim")} << QString() << QString() << QString() << false << QList<int>{3, 5, 9, 11}
                                      << 0;
    QTest::newRow("two tags") << 0 << QStringList{QStringLiteral("person"), QStringLiteral("figure")} << QString() << QString() << QString() << false
                              << QList<int>{2, 10, 12, 13} << 1;
    QTest::newRow("kind") << 0 << QStringList() << QStringLiteral("note") << QString() << QString() << false << QList<int>{14} << 0;
    QTest::newRow("status suggested") << 0 << QStringList() << QString() << QStringLiteral("suggested") << QString() << false << QList<int>{7} << 0;
    QTest::newRow("status rejected") << 0 << QStringList() << QString() << QStringLiteral("rejected") << QString() << false << QList<int>{15} << 0;
    QTest::newRow("author") << 0 << QStringList() << QString() << QString() << QStringLiteral("ben") << false << QList<int>{9} << 0;
}

void TestExportFormats::scopes()
{
    QFETCH(int, range);
    QFETCH(QStringList, tags);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QString, author);
    QFETCH(bool, lossless);
    QFETCH(QList<int>, expected);
    QFETCH(int, links);

    ExportScope scope;
    if (range == 1)
        scope = ExportScope::currentArticle(m_fixture.articles.at(0).id);
    else if (range == 2)
        scope = ExportScope::chosenArticles({m_fixture.articles.at(2).id, m_fixture.articles.at(1).id});
    scope.tagIds = tags;
    if (!kind.isEmpty())
        scope.kinds = {*Annotation::kindFromName(kind)};
    if (!status.isEmpty())
        scope.statuses = {*Annotation::statusFromName(status)};
    if (!author.isEmpty())
        scope.authors = {author};

    const ExportData data = snapshot(lossless ? QStringLiteral("json") : QStringLiteral("w3c"), scope);
    QStringList ids;
    for (const Annotation &annotation : data.annotations)
        ids.append(annotation.id);
    QStringList expectedIds;
    for (int n : expected)
        expectedIds.append(m_fixture.annotationIds.at(n - 1));
    // In article order, then by start offset.
    for (qsizetype i = 1; i < data.annotations.size(); ++i) {
        const Annotation &previous = data.annotations.at(i - 1);
        const Annotation &current = data.annotations.at(i);
        if (previous.articleId == current.articleId)
            QVERIFY(previous.start() <= current.start());
    }
    ids.sort();
    expectedIds.sort();
    QCOMPARE(ids, expectedIds);
    QCOMPARE(int(data.links.size()), links);
    QCOMPARE(data.linksLeftOut, 5 - links);
    QCOMPARE(data.articles.size(), range == 0 ? 3 : range == 1 ? 1 : 2);
    // Every exported link has both ends in the export.
    for (const Link &link : data.links) {
        QVERIFY(data.annotation(link.sourceId));
        QVERIFY(data.annotation(link.targetId));
    }
}

void TestExportFormats::offsetsCountCodePoints()
{
    // "𠀋" in article 1: its code point offset, counted independently through toUcs4().
    const QString &text = m_fixture.articles.at(0).text;
    const Span span = FormatsTest::spanOf(text, QStringLiteral("𠀋"));
    const int expectedStart = int(text.left(span.start).toUcs4().size());
    QVERIFY(expectedStart < span.start); // the article has astral characters before it

    const ExportData data = snapshot(QStringLiteral("w3c"));
    const QJsonDocument w3c = QJsonDocument::fromJson(ExportJob::render(data, QStringLiteral("w3c")).files.constFirst().data);
    bool found = false;
    for (const QJsonValue &item : w3c.object().value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject target = item.toObject().value(QStringLiteral("target")).toObject();
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        if (selectors.size() == 2 && selectors.at(0).toObject().value(QStringLiteral("exact")).toString() == QStringLiteral("𠀋")) {
            QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInt(), expectedStart);
            QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("end")).toInt(), expectedStart + 1);
            found = true;
        }
    }
    QVERIFY(found);

    const ExportOutput brat = ExportJob::render(data, QStringLiteral("brat"));
    bool inBrat = false;
    for (const OutputFile &file : brat.files) {
        if (file.name.endsWith(QLatin1String(".ann")) && file.data.contains(QByteArray("\t𠀋")))
            inBrat = QString::fromUtf8(file.data).contains(QStringLiteral(" %1 %2\t𠀋").arg(expectedStart).arg(expectedStart + 1));
    }
    QVERIFY(inBrat);
}

void TestExportFormats::exactQuotes()
{
    // Every format with a place for the quote carries it exactly, decomposed accents included.
    const ExportData data = snapshot(QStringLiteral("json"));
    const QByteArray json = ExportJob::render(data, QStringLiteral("json")).files.constFirst().data;
    const QByteArray w3c = ExportJob::render(data, QStringLiteral("w3c")).files.constFirst().data;
    const ExportOutput qdpx = ExportJob::render(data, QStringLiteral("qdpx"));
    const QByteArray csv = ExportJob::render(data, QStringLiteral("csv")).files.constFirst().data;
    for (const QString &quote :
        {QStringLiteral("Zoe\u0308 Marrow"), QStringLiteral("cafe\u0301"), QStringLiteral("3 million euros 💶"), QStringLiteral("المتحدث باسم الميناء")}) {
        QVERIFY2(json.contains(quote.toUtf8()), qPrintable(quote));
        QVERIFY2(w3c.contains(quote.toUtf8()), qPrintable(quote));
        QVERIFY2(qdpx.files.constFirst().data.contains(quote.toUtf8()), qPrintable(quote));
        QVERIFY2(csv.contains(quote.toUtf8()), qPrintable(quote));
    }
}

void TestExportFormats::csvOpensInSpreadsheets()
{
    const ExportOutput output = ExportJob::render(snapshot(QStringLiteral("csv")), QStringLiteral("csv"));
    QCOMPARE(output.layout, ExportOutput::Layout::Siblings);
    QCOMPARE(output.files.size(), 2);
    const QByteArray &annotations = output.files.at(0).data;
    QVERIFY(annotations.startsWith("\xEF\xBB\xBF"));
    QVERIFY(annotations.contains("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(annotations.mid(3)));
    QCOMPARE(rows.size(), 1 + 14); // header and every annotation but the rejected suggestion
    const QStringList header = rows.constFirst();
    QCOMPARE(header, CsvExporter::annotationColumns());
    const qsizetype quote = header.indexOf(QStringLiteral("quote"));
    const qsizetype note = header.indexOf(QStringLiteral("note"));
    const qsizetype id = header.indexOf(QStringLiteral("annotation_id"));
    const qsizetype start = header.indexOf(QStringLiteral("start"));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QCOMPARE(rows.at(r).size(), header.size());
        const std::optional<Annotation> stored = m_project->annotator()->annotation(rows.at(r).at(id));
        QVERIFY(stored);
        QCOMPARE(rows.at(r).at(quote), stored->quote); // commas ("1,200") and line breaks survive quoting
        QCOMPARE(rows.at(r).at(note), stored->note);
        const QString text = m_project->annotator()->articleText(stored->articleId);
        QCOMPARE(rows.at(r).at(start).toInt(), Offsets::utf16ToCodePoint(text, stored->start()));
    }
    const QList<QStringList> links = parseCsv(QString::fromUtf8(output.files.at(1).data.mid(3)));
    QCOMPARE(links.size(), 1 + 5);
    QCOMPARE(links.constFirst(), CsvExporter::linkColumns());

    QCOMPARE(CsvExporter::field(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(CsvExporter::field(QStringLiteral("-12.5")), QStringLiteral("-12.5"));
    QCOMPARE(CsvExporter::field(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    QCOMPARE(CsvExporter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvExporter::field(QStringLiteral("=raw"), false), QStringLiteral("=raw"));
}

void TestExportFormats::conllLabelsEntities()
{
    const ExportOutput output = ExportJob::render(snapshot(QStringLiteral("conll")), QStringLiteral("conll"));
    const QString conll = QString::fromUtf8(output.files.constFirst().data);
    QCOMPARE(conll.count(QStringLiteral("-DOCSTART- O\n\n")), 3);
    QVERIFY(conll.contains(QStringLiteral("\nIllen B-Place\n")));
    QVERIFY(conll.contains(QStringLiteral("\nZoë B-Person\nMarrow I-Person\n")));
    QVERIFY(conll.contains(QStringLiteral("\n3 B-Money\nmillion I-Money\neuros I-Money\n")));
    // Claims are not entities; the rejected suggestion is not exported.
    QVERIFY(conll.contains(QStringLiteral("\npassengers O\n")));
    QVERIFY(conll.contains(QStringLiteral("\nharbour O\nmaster O\n")));
    // Every line is a blank line, the document start, or "TOKEN LABEL".
    static const QRegularExpression line(QStringLiteral("^(|-DOCSTART- O|\\S+ (O|[BI]-\\S+))$"));
    for (const QString &l : conll.split(QLatin1Char('\n')))
        QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    // IOB2: no I- without a B- or I- of the same type before it.
    QString previous = QStringLiteral("O");
    for (const QString &l : conll.split(QLatin1Char('\n'))) {
        const QString label = l.section(QLatin1Char(' '), 1);
        if (label.startsWith(QLatin1String("I-")))
            QVERIFY2(previous.mid(2) == label.mid(2) && previous != QLatin1String("O"), qPrintable(l));
        previous = label.isEmpty() ? QStringLiteral("O") : label;
    }
}

void TestExportFormats::bratSplitsAtLineBreaks()
{
    const ExportOutput output = ExportJob::render(snapshot(QStringLiteral("brat")), QStringLiteral("brat"));
    const Article &a1 = m_fixture.articles.at(0);
    QString ann;
    for (const OutputFile &file : output.files) {
        if (file.name.endsWith(QLatin1String(".ann")) && file.name.contains(a1.id.left(8)))
            ann = QString::fromUtf8(file.data);
    }
    QVERIFY(!ann.isEmpty());
    // The claim across the line break becomes two fragments without the break.
    const Offsets offsets(a1.text);
    const Span pier = FormatsTest::spanOf(a1.text, QStringLiteral("damaged the pier."));
    const Span name = FormatsTest::spanOf(a1.text, QStringLiteral("Zoe\u0308 Marrow"));
    const QString expected = QStringLiteral("Attribution %1 %2;%3 %4\tdamaged the pier. Zoe\u0308 Marrow")
                                 .arg(offsets.toCodePoint(pier.start))
                                 .arg(offsets.toCodePoint(pier.end))
                                 .arg(offsets.toCodePoint(name.start))
                                 .arg(offsets.toCodePoint(name.end));
    QVERIFY2(ann.contains(expected), qPrintable(ann));
    // A note keeps to one line.
    QVERIFY(ann.contains(QStringLiteral("\tHarbour master since 2029. Spelled with a diaeresis.\n")));
    QVERIFY(ann.contains(QStringLiteral("\tSuggested ")));
    QVERIFY(ann.contains(QStringLiteral("Reference T1 Wikidata:Q98765432\tIllen")));
    QVERIFY(ann.contains(QStringLiteral("*\tEquiv ")));
    QVERIFY(ann.contains(QStringLiteral("\tElaborates Arg1:")));
    const QByteArray sidecar = output.files.constLast().data;
    QCOMPARE(output.files.constLast().name, QStringLiteral("links.tsv"));
    QCOMPARE(sidecar.count('\n'), 3); // header and the two links across articles
}

void TestExportFormats::writesAtomically()
{
    // A target that exists keeps its old content until the new one is complete, and keeps it when
    // the write fails.
    const QString target = m_dir->filePath(QStringLiteral("keep.json"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old content");
    }
    const ExportResult ok = ExportJob::run(*m_project, QStringLiteral("json"), {}, target);
    QVERIFY(ok.ok);
    QVERIFY(FormatsTest::readAll(target).startsWith("{"));

    // Into a folder that cannot be written: the result says so, nothing is left behind.
    const QString locked = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    const bool canStillWrite = QFileInfo(locked).isWritable(); // root ignores permissions
    const ExportResult refused = ExportJob::run(*m_project, QStringLiteral("json"), {}, locked + QStringLiteral("/out.json"));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!canStillWrite) {
        QVERIFY(!refused.ok);
        QVERIFY(!refused.messages.isEmpty());
        QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    // A target that is a folder cannot take a single-file export: refused, the folder untouched.
    const ExportResult onFolder = ExportJob::run(*m_project, QStringLiteral("json"), {}, locked);
    QVERIFY(!onFolder.ok);
    QVERIFY(QFileInfo(locked).isDir());

    // brat: the folder appears whole; a second export replaces the first one.
    const QString brat = m_dir->filePath(QStringLiteral("brat"));
    QVERIFY(ExportJob::run(*m_project, QStringLiteral("brat"), ExportScope::currentArticle(m_fixture.articles.at(0).id), brat).ok);
    QCOMPARE(QDir(brat).entryList({QStringLiteral("*.ann")}).size(), 1);
    QVERIFY(ExportJob::run(*m_project, QStringLiteral("brat"), {}, brat).ok);
    QCOMPARE(QDir(brat).entryList({QStringLiteral("*.ann")}).size(), 3);
    // No temporary folders are left next to it.
    for (const QString &entry : QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        QVERIFY2(!entry.contains(QLatin1String("gloss-export")) && !entry.contains(QLatin1String("gloss-old")), qPrintable(entry));
}

void TestExportFormats::refusesToReplaceForeignFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("thesis"));
    QVERIFY(QDir().mkpath(folder));
    {
        QFile file(folder + QStringLiteral("/chapter1.docx"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    const ExportResult result = ExportJob::run(*m_project, QStringLiteral("brat"), {}, folder);
    QVERIFY(!result.ok);
    QVERIFY(result.messages.constLast().text.contains(QLatin1String("other files")));
    QCOMPARE(FormatsTest::readAll(folder + QStringLiteral("/chapter1.docx")), QByteArray("precious"));
}

void TestExportFormats::cancelWritesNothing()
{
    std::atomic_bool cancel = true;
    for (const QString &format : FormatRegistry::exportIds()) {
        const QString target = m_dir->filePath(QStringLiteral("cancelled.") + format);
        const ExportResult result = ExportJob::run(*m_project, format, {}, target, Progress({}, &cancel));
        QVERIFY2(!result.ok, qPrintable(format));
        QVERIFY2(result.cancelled, qPrintable(format));
        QVERIFY2(!QFileInfo::exists(target), qPrintable(format));
    }
}

void TestExportFormats::reportsProgress()
{
    qint64 last = -1;
    qint64 lastTotal = 0;
    int calls = 0;
    const Progress progress([&](qint64 done, qint64 total) {
        ++calls;
        QVERIFY(done <= total);
        last = done;
        lastTotal = total;
    });
    const ExportResult result = ExportJob::run(*m_project, QStringLiteral("json"), {}, m_dir->filePath(QStringLiteral("p.json")), progress);
    QVERIFY(result.ok);
    QVERIFY(calls > 0);
    QCOMPARE(last, lastTotal);
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
