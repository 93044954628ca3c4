// Tests of CueScanner (offsets across paragraphs, paragraphs independent of each other, scanners with
// their own repository on worker threads) and of CueLegend (kinds, format names, theme colours).
#include "cues/cuelegend.h"
#include "cues/cuerepository.h"
#include "cues/cuescanner.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <ctime>

using namespace Gloss::Cues;

namespace
{

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The golden inputs and the bundled sample articles: realistic text with every kind of cue.
QStringList corpusTexts()
{
    QStringList texts;
    QDirIterator inputs(QStringLiteral(GLOSS_TEST_DATA_DIR "/cues/input"), {QStringLiteral("*.txt")}, QDir::Files);
    while (inputs.hasNext())
        texts.append(readUtf8(inputs.next()));
    QDirIterator samples(QStringLiteral(":/gloss/samples"), QDir::Files);
    while (samples.hasNext())
        texts.append(readUtf8(samples.next()));
    return texts;
}

// Highlights single lines and reports the state a line ends in.
class StateProbe final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit StateProbe(const KSyntaxHighlighting::Definition &definition) { setDefinition(definition); }
    KSyntaxHighlighting::State endState(QStringView line, const KSyntaxHighlighting::State &start) { return highlightLine(line, start); }

protected:
    void applyFormat(int, int, const KSyntaxHighlighting::Format &) override { }
};

double distance(const QColor &a, const QColor &b)
{
    return std::abs(a.redF() - b.redF()) + std::abs(a.greenF() - b.greenF()) + std::abs(a.blueF() - b.blueF());
}

} // namespace

class TestCueScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lineBreaks_data();
    void lineBreaks();
    void paragraphOffset();
    void emptyAndInvalid();
    void spansAreOrdered();
    void everyLineEndsWhereItStarted();
    void workerThreadsWithOwnRepository();
    void legendEntries();
    void legendColours_data();
    void legendColours();
    void throughput();
};

void TestCueScanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(cueDefinition().isValid());
    QVERIFY(corpusTexts().size() >= 8);
}

void TestCueScanner::lineBreaks_data()
{
    QTest::addColumn<QString>("separator");
    QTest::newRow("LF") << QStringLiteral("\n");
    QTest::newRow("CRLF") << QStringLiteral("\r\n");
    QTest::newRow("CR") << QStringLiteral("\r");
    QTest::newRow("paragraph separator") << QString(QChar::ParagraphSeparator);
    QTest::newRow("blank line") << QStringLiteral("\n\n");
}

void TestCueScanner::lineBreaks()
{
    // An unclosed quotation ends with its paragraph; offsets count the separators.
    QFETCH(QString, separator);
    const QString first = QStringLiteral("“The wall is moving");
    const QString second = QStringLiteral("Police said 12 boats sank.");
    const QString text = first + separator + second;
    CueScanner scanner;
    const CueSpans spans = scanner.scan(text);
    const int base = int(first.size() + separator.size());
    const CueSpans expected{
        {0, int(first.size()), CueKind::Quote},
        {base + 7, 4, CueKind::Attribution},
        {base + 12, 2, CueKind::Figure},
    };
    QCOMPARE(spans, expected);
}

void TestCueScanner::paragraphOffset()
{
    const QString paragraph = QStringLiteral("Losses reached $4 million, the insurer said.");
    CueScanner scanner;
    const CueSpans atZero = scanner.scanParagraph(paragraph);
    const CueSpans shifted = scanner.scanParagraph(paragraph, 100);
    QCOMPARE(atZero.size(), 2);
    QCOMPARE(shifted.size(), atZero.size());
    for (qsizetype i = 0; i < atZero.size(); ++i) {
        QCOMPARE(shifted.at(i).offset, atZero.at(i).offset + 100);
        QCOMPARE(shifted.at(i).length, atZero.at(i).length);
        QCOMPARE(shifted.at(i).kind, atZero.at(i).kind);
    }
    QCOMPARE(paragraph.mid(atZero.at(0).offset, atZero.at(0).length), QStringLiteral("$4 million"));
}

void TestCueScanner::emptyAndInvalid()
{
    CueScanner scanner;
    QVERIFY(scanner.scan(u"").isEmpty());
    QVERIFY(scanner.scan(u"\n\n\r\n").isEmpty());
    CueScanner invalid{KSyntaxHighlighting::Definition()};
    QVERIFY(!invalid.isValid());
    QVERIFY(invalid.scan(u"He said 12.").isEmpty());
}

void TestCueScanner::spansAreOrdered()
{
    // Sorted by offset; only Quote spans contain others; spans stay inside their paragraph.
    CueScanner scanner;
    for (const QString &text : corpusTexts()) {
        const CueSpans spans = scanner.scan(text);
        int containerEnd = -1;
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const CueSpan &span = spans.at(i);
            QVERIFY(span.length > 0);
            QVERIFY(span.end() <= text.size());
            QVERIFY(!text.mid(span.offset, span.length).contains(u'\n'));
            if (i > 0) {
                const CueSpan &previous = spans.at(i - 1);
                QVERIFY(previous.offset < span.offset);
                const bool inside = span.end() <= containerEnd;
                QVERIFY2(span.offset >= previous.end() || inside, qPrintable(text.mid(span.offset, span.length)));
                QVERIFY(!inside || span.kind != CueKind::Quote);
            }
            if (span.kind == CueKind::Quote)
                containerEnd = span.end();
        }
    }
}

void TestCueScanner::everyLineEndsWhereItStarted()
{
    // The reader highlights blocks with the previous block's state; the definition must not carry
    // any state from one paragraph to the next.
    StateProbe probe(cueDefinition());
    const KSyntaxHighlighting::State root = probe.endState(u"plain", KSyntaxHighlighting::State());
    for (const QString &text : corpusTexts()) {
        KSyntaxHighlighting::State state;
        for (const QString &line : text.split(u'\n')) {
            state = probe.endState(line, state);
            QVERIFY2(state == root, qPrintable(line));
        }
    }
}

void TestCueScanner::workerThreadsWithOwnRepository()
{
    const QStringList texts = corpusTexts();
    QList<CueSpans> expected;
    CueScanner mainScanner;
    for (const QString &text : texts)
        expected.append(mainScanner.scan(text));

    // Two workers with their own repositories, while the main thread keeps scanning with the shared one.
    QList<CueSpans> results[2];
    QList<QThread *> threads;
    for (auto &result : results) {
        threads.append(QThread::create([&texts, &result] {
            const auto scanner = CueScanner::createWithOwnRepository();
            for (int round = 0; round < 5; ++round) {
                result.clear();
                for (const QString &text : texts)
                    result.append(scanner->scan(text));
            }
        }));
        threads.last()->start();
    }
    for (int round = 0; round < 5; ++round) {
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(mainScanner.scan(texts.at(i)), expected.at(i));
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    for (const auto &result : results)
        QCOMPARE(result, expected);
}

void TestCueScanner::legendEntries()
{
    const auto &entries = CueLegend::entries();
    QCOMPARE(entries.size(), 7);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CueLegendEntry &entry = entries.at(i);
        QCOMPARE(int(entry.kind), int(i));
        QCOMPARE(&CueLegend::entry(entry.kind), &entry);
        QVERIFY(!entry.name.isEmpty());
        QVERIFY(!entry.description.isEmpty());
        QCOMPARE(CueLegend::kindForFormatName(entry.formatName), std::optional<CueKind>(entry.kind));
        QVERIFY(CueLegend::format(entry.kind).isValid());
        QCOMPARE(CueLegend::format(entry.kind).name(), entry.formatName);
    }
    QCOMPARE(CueLegend::kindForFormatName(u"Normal Text"), std::nullopt);
    QCOMPARE(CueLegend::kindForFormatName(u"quote"), std::nullopt);
}

void TestCueScanner::legendColours_data()
{
    QTest::addColumn<int>("windowLightness");
    QTest::newRow("light") << 255;
    QTest::newRow("dark") << 0;
}

void TestCueScanner::legendColours()
{
    // Each kind reads in its own colour, different from plain text, in the default light and dark themes.
    QFETCH(int, windowLightness);
    const auto theme = themeForLightness(windowLightness);
    QVERIFY(theme.isValid());
    const QColor text = QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    QList<QColor> colours;
    for (const CueLegendEntry &entry : CueLegend::entries()) {
        const QColor colour = CueLegend::color(entry.kind, theme);
        QVERIFY(colour.isValid());
        QCOMPARE(colour, CueLegend::format(entry.kind).textColor(theme));
        QVERIFY2(distance(colour, text) > 0.3, qPrintable(entry.formatName));
        for (const QColor &other : std::as_const(colours))
            QVERIFY2(distance(colour, other) > 0.15, qPrintable(entry.formatName + u' ' + colour.name() + u' ' + other.name()));
        colours.append(colour);
    }
}

void TestCueScanner::throughput()
{
    // Not a timing assertion: prints what the suggesters can expect per megabyte. CPU time is given
    // beside wall time because the build machines are shared.
    QString corpus;
    const QStringList texts = corpusTexts();
    while (corpus.size() < 2'000'000) {
        for (const QString &text : texts)
            corpus += text + u'\n';
    }
    CueScanner scanner;
    scanner.scan(u"Warm-up: 12 boats, $3 million, 12%, June 8, “quoted”, said, may, about 40, last week.");
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const CueSpans spans = scanner.scan(corpus);
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    QVERIFY(!spans.isEmpty());
    const double megabytes = double(corpus.toUtf8().size()) / 1e6;
    qInfo("scanned %.1f MB of UTF-8 in %.2f s wall, %.2f s CPU: %.1f MB/s of CPU time, %lld spans", megabytes, wall, cpu, megabytes / cpu,
        qlonglong(spans.size()));

    QElapsedTimer creation;
    creation.start();
    const auto own = CueScanner::createWithOwnRepository();
    own->scan(u"Compiles the rules: 12 boats, $3 million, 12%, June 8, “quoted”, said, may, about 40, last week.");
    qInfo("a scanner with its own repository is ready in %lld ms", qlonglong(creation.elapsed()));
}

QTEST_GUILESS_MAIN(TestCueScanner)
#include "tst_cuescanner.moc"
