// Golden-file test of the claim-cue syntax definition (resources/syntax/gloss-cues.xml).
//
// Each tests/data/cues/input/NAME.txt is scanned with CueScanner and rendered with the cues marked
// inline (<Attribution>said</Attribution>); the result must equal tests/data/cues/reference/NAME.ref.
// On a difference the first differing lines are printed. After a deliberate change of the definition,
// regenerate the references and review the diff in git:
//
//     GLOSS_REGENERATE_GOLDEN=1 ctest -R tst_cuedefinition      (or run the executable with that variable)
//
// Definition errors surface only as messages on the kf.syntaxhighlighting logging category (some as
// warnings, and in KSyntaxHighlighting 5.x some as debug messages, e.g. "Invalid regexp"), so that
// category is enabled, every test function fails on any warning (QTest::failOnWarning), and any
// kf.syntaxhighlighting message other than the repository's "Reloading syntax definitions" fails too.
#include "cues/cuelegend.h"
#include "cues/cuerepository.h"
#include "cues/cuescanner.h"

#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Gloss::Cues;

namespace
{

const QString CuesDataDir = QStringLiteral(GLOSS_TEST_DATA_DIR "/cues");

// What kf.syntaxhighlighting reported since the last check; filled by a message handler.
QStringList syntaxMessages;
QtMessageHandler previousHandler = nullptr;

void recordSyntaxMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "kf.syntaxhighlighting") == 0 && !message.startsWith(QLatin1String("Reloading syntax definitions")))
        syntaxMessages.append(message);
    previousHandler(type, context, message);
}

QString escaped(QChar c)
{
    if (c == u'<')
        return QStringLiteral("&lt;");
    if (c == u'>')
        return QStringLiteral("&gt;");
    if (c == u'&')
        return QStringLiteral("&amp;");
    return QString(c);
}

// The text with every span written as <Kind>...</Kind>; spans nest (cues inside a quotation).
QString markup(QStringView text, const CueSpans &spans)
{
    QString out;
    QList<CueSpan> open;
    qsizetype next = 0;
    auto closeUpTo = [&](int pos) {
        while (!open.isEmpty() && open.last().end() <= pos) {
            out += QStringLiteral("</") + CueLegend::entry(open.last().kind).formatName + u'>';
            open.removeLast();
        }
    };
    for (int pos = 0; pos <= text.size(); ++pos) {
        closeUpTo(pos);
        while (next < spans.size() && spans.at(next).offset == pos) {
            out += u'<' + CueLegend::entry(spans.at(next).kind).formatName + u'>';
            open.append(spans.at(next));
            ++next;
        }
        if (pos < text.size())
            out += escaped(text.at(pos));
    }
    closeUpTo(int(text.size()) + 1);
    return out;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "line N: expected ... / actual ..." for the first few lines that differ.
QString firstDifferences(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(u'\n');
    const QStringList a = actual.split(u'\n');
    QString report;
    int shown = 0;
    for (qsizetype i = 0; i < std::max(e.size(), a.size()) && shown < 3; ++i) {
        const QString el = i < e.size() ? e.at(i) : QStringLiteral("<missing line>");
        const QString al = i < a.size() ? a.at(i) : QStringLiteral("<missing line>");
        if (el == al)
            continue;
        report += QStringLiteral("\n  line %1:\n    expected: %2\n    actual:   %3").arg(i + 1).arg(el, al);
        ++shown;
    }
    return report;
}

CueSpan spanOf(const QString &text, const QString &part, CueKind kind)
{
    return {int(text.indexOf(part)), int(part.size()), kind};
}

} // namespace

class TestCueDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void definitionIsFoundAndValid();
    void brokenDefinitionWarns();
    void formatsMatchTheKinds();
    void golden_data();
    void golden();
    void referencesHaveInputs();
    void goldenFilesCoverEveryKind();
    void accordingToIsAttribution();
    void curlyQuotationIsOneSpan();
    void figureInsideQuotation();
    void cues_data();
    void cues();
};

void TestCueDefinition::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("kf.syntaxhighlighting*=true"));
    previousHandler = qInstallMessageHandler(recordSyntaxMessages);
}

void TestCueDefinition::init()
{
    // Any warning fails the test, those of kf.syntaxhighlighting (definition errors) included.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    syntaxMessages.clear();
}

void TestCueDefinition::cleanup()
{
    QVERIFY2(syntaxMessages.isEmpty(), qPrintable(QStringLiteral("kf.syntaxhighlighting reported: ") + syntaxMessages.join(QStringLiteral("; "))));
}

void TestCueDefinition::definitionIsFoundAndValid()
{
    // A private repository, so that the definition is loaded here, under failOnWarning.
    KSyntaxHighlighting::Repository repository;
    repository.addCustomSearchPath(QStringLiteral(":/gloss"));
    const auto definition = repository.definitionForName(QString::fromLatin1(DefinitionName));
    QVERIFY(definition.isValid());
    QCOMPARE(definition.name(), QStringLiteral("Gloss News Cues"));
    QVERIFY(definition.filePath().startsWith(QStringLiteral(":/gloss/syntax/")));
    QVERIFY(!definition.formats().isEmpty());
    QVERIFY(definition.keywordLists().contains(QStringLiteral("attribution")));
    QVERIFY(definition.keywordLists().contains(QStringLiteral("hedges")));
    QVERIFY(cueDefinition().isValid());
}

void TestCueDefinition::brokenDefinitionWarns()
{
    // The guard above must be able to fail: a definition with an invalid regular expression and an
    // unknown context makes KSyntaxHighlighting warn on its category.
    KSyntaxHighlighting::Repository repository;
    repository.addCustomSearchPath(CuesDataDir + QStringLiteral("/broken"));
    const auto definition = repository.definitionForName(QStringLiteral("Gloss Broken Cues"));
    QVERIFY(definition.isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Unknown format \"Figure\"")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot find context \"NoSuchContext\"")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid QRegularExpression object \\(pattern is 'said\\('\\)")));
    CueScanner scanner(definition);
    scanner.scan(u"He said 12 things.");
    QVERIFY2(syntaxMessages.filter(QStringLiteral("Invalid regexp")).size() == 1, qPrintable(syntaxMessages.join(u'|')));
    syntaxMessages.clear();
}

void TestCueDefinition::formatsMatchTheKinds()
{
    QStringList names;
    for (const auto &format : cueDefinition().formats())
        names.append(format.name());
    for (const CueLegendEntry &entry : CueLegend::entries())
        QVERIFY2(names.contains(entry.formatName), qPrintable(entry.formatName));
    QCOMPARE(names.size(), CueLegend::entries().size() + 1); // + "Normal Text"
}

void TestCueDefinition::golden_data()
{
    QTest::addColumn<QString>("name");
    const QDir inputs(CuesDataDir + QStringLiteral("/input"));
    const QStringList files = inputs.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestCueDefinition::golden()
{
    QFETCH(QString, name);
    const QString input = readUtf8(CuesDataDir + QStringLiteral("/input/") + name + QStringLiteral(".txt"));
    QVERIFY(!input.isEmpty());
    CueScanner scanner;
    QVERIFY(scanner.isValid());
    const QString actual = markup(input, scanner.scan(input));

    const QString referencePath = CuesDataDir + QStringLiteral("/reference/") + name + QStringLiteral(".ref");
    if (qEnvironmentVariableIsSet("GLOSS_REGENERATE_GOLDEN")) {
        QFile file(referencePath);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
        file.write(actual.toUtf8());
        qInfo("regenerated %s", qPrintable(referencePath));
        return;
    }
    const QString expected = readUtf8(referencePath);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no reference %1; run with GLOSS_REGENERATE_GOLDEN=1").arg(referencePath)));
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 differs from the reference:").arg(name) + firstDifferences(expected, actual)));
}

void TestCueDefinition::referencesHaveInputs()
{
    const QDir references(CuesDataDir + QStringLiteral("/reference"));
    for (const QString &file : references.entryList({QStringLiteral("*.ref")}, QDir::Files)) {
        const QString input = CuesDataDir + QStringLiteral("/input/") + file.chopped(4) + QStringLiteral(".txt");
        QVERIFY2(QFile::exists(input), qPrintable(QStringLiteral("stale reference %1").arg(file)));
    }
}

void TestCueDefinition::goldenFilesCoverEveryKind()
{
    QSet<CueKind> seen;
    CueScanner scanner;
    const QDir inputs(CuesDataDir + QStringLiteral("/input"));
    for (const QString &file : inputs.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        for (const CueSpan &span : scanner.scan(readUtf8(inputs.filePath(file))))
            seen.insert(span.kind);
    }
    for (const CueLegendEntry &entry : CueLegend::entries())
        QVERIFY2(seen.contains(entry.kind), qPrintable(entry.formatName));
}

void TestCueDefinition::accordingToIsAttribution()
{
    const QString text = QStringLiteral("Losses were heavy, according to the harbour office.");
    CueScanner scanner;
    const CueSpans spans = scanner.scan(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first(), spanOf(text, QStringLiteral("according to"), CueKind::Attribution));
    QCOMPARE(spans.first().offset, 19);
}

void TestCueDefinition::curlyQuotationIsOneSpan()
{
    const QString text = QStringLiteral("The mayor called it “a dark day for the valley” on the radio.");
    CueScanner scanner;
    const CueSpans spans = scanner.scan(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first(), spanOf(text, QStringLiteral("“a dark day for the valley”"), CueKind::Quote));
}

void TestCueDefinition::figureInsideQuotation()
{
    // The quotation is one span from quote mark to quote mark; the money inside is its own span.
    const QString text = QStringLiteral("“We lost $3 million in a night,” she told reporters.");
    CueScanner scanner;
    const CueSpans spans = scanner.scan(text);
    const CueSpans expected{
        spanOf(text, QStringLiteral("“We lost $3 million in a night,”"), CueKind::Quote),
        spanOf(text, QStringLiteral("$3 million"), CueKind::Money),
        spanOf(text, QStringLiteral("told reporters"), CueKind::Attribution),
    };
    QCOMPARE(spans, expected);
}

void TestCueDefinition::cues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *text, const char *expected) { QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected); };
    row("said", "The mayor said so.", "The mayor <Attribution>said</Attribution> so.");
    row("said inside words", "An unsaid truth about Saidov and the well-said speech.", "An unsaid truth about Saidov and the well-said speech.");
    row("said after a quote mark", "“Enough,”said Ortiz.", "<Quote>“Enough,”</Quote><Attribution>said</Attribution> Ortiz.");
    row("straight quotes", "He said \"no comment\" twice.", "He <Attribution>said</Attribution> <Quote>\"no comment\"</Quote> twice.");
    row("inch mark is no quote", "A 12\" pipe burst.", "A <Figure>12</Figure>\" pipe burst.");
    row("single curly quote", "Officials called it ‘a routine check’ at first.", "Officials called it <Quote>‘a routine check’</Quote> at first.");
    row("apostrophes are no quotes", "The port’s owner didn’t comment.", "The port’s owner didn’t comment.");
    row("no cue after all inside a quotation", "“About the one thing we know”", "<Quote>“About the one thing we know”</Quote>");
    row("open quotation runs to the end", "“We will rebuild the quay and the", "<Quote>“We will rebuild the quay and the</Quote>");
    row("hedges", "The dam reportedly failed and may collapse.", "The dam <Hedge>reportedly</Hedge> failed and <Hedge>may</Hedge> collapse.");
    row("May is a month", "It happened in May and may happen again.", "It happened in <Date>May</Date> and <Hedge>may</Hedge> happen again.");
    row("is believed to", "He is believed to have fled.", "He <Hedge>is believed to</Hedge> have fled.");
    row("number inside word", "The A380 and MH17 and COVID-19 cases.", "The A380 and MH17 and COVID-19 cases.");
    row("separators", "It cost 1,250,000.75 in all.", "It cost <Figure>1,250,000.75</Figure> in all.");
    row("number words", "Five million people and twenty-five boats.", "<Figure>Five million</Figure> people and <Figure>twenty-five</Figure> boats.");
    row("range to", "Between 40 to 50 warheads.", "Between <Figure>40 to 50</Figure> warheads.");
    row("range between", "It holds between 3 and 4 tonnes.", "It holds <Figure>between 3 and 4 tonnes</Figure>.");
    row("money symbol", "A $3 billion loan.", "A <Money>$3 billion</Money> loan.");
    row("money suffix", "It cost €1.2m or 3 billion dollars.", "It cost <Money>€1.2m</Money> or <Money>3 billion dollars</Money>.");
    row("money words", "Fines of 500,000 rubles and 5,000 won.", "Fines of <Money>500,000 rubles</Money> and <Money>5,000 won</Money>.");
    row("pounds of weight are no money", "It carried 200 pounds of flour.", "It carried <Figure>200</Figure> pounds of flour.");
    row("percent sign", "Turnout fell 12%.", "Turnout fell <Percent>12%</Percent>.");
    row("percent words", "Up 12 percent, or 12 per cent.", "Up <Percent>12 percent</Percent>, or <Percent>12 per cent</Percent>.");
    row("long date", "On June 8, 2024 the quay fell.", "On <Date>June 8, 2024</Date> the quay fell.");
    row("day month", "On 8 June it rained.", "On <Date>8 June</Date> it rained.");
    row("iso date", "Filed 2024-06-08.", "Filed <Date>2024-06-08</Date>.");
    row("relative", "Last week and yesterday.", "<Date>Last week</Date> and <Date>yesterday</Date>.");
    row("weekday", "Talks resume on Tuesday.", "Talks resume on <Date>Tuesday</Date>.");
    row("year", "Since 2019 the port grew.", "Since <Date>2019</Date> the port grew.");
    row("non-Latin", "Министр сказал: 12 человек.", "Министр сказал: <Figure>12</Figure> человек.");
    row("emoji", "🙏 3 boats 🚤 said", "🙏 <Figure>3</Figure> boats 🚤 <Attribution>said</Attribution>");
}

void TestCueDefinition::cues()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    CueScanner scanner;
    QCOMPARE(markup(text, scanner.scan(text)), expected);
}

QTEST_GUILESS_MAIN(TestCueDefinition)
#include "tst_cuedefinition.moc"
