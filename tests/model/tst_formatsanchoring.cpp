// Anchoring of imported annotations (model/formats/anchoring.h): positions checked against quotes,
// re-anchoring by quote and context, code points against UTF-16 on astral text, what cannot anchor.
#include "formats/anchoring.h"
#include "offsets.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss;
using namespace Gloss::Formats;

Q_DECLARE_METATYPE(QList<Gloss::Formats::CodePointSpan>)

namespace
{
// Code point offsets of \a quote's \a occurrence-th appearance in \a text, counted through toUcs4().
CodePointSpan codePoints(const QString &text, const QString &quote, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    const int start = int(text.left(at).toUcs4().size());
    return {start, start + int(quote.toUcs4().size())};
}

Span utf16(const QString &text, const QString &quote, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    return {int(at), int(at + quote.size())};
}

const QString Text = QStringLiteral("🚢 The pier 𠀋 was closed. The pier was closed again, said the mayor. Later the pier reopened 🌊.");
} // namespace

class TestFormatsAnchoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void anchor_data();
    void anchor();
    void discontinuous();
};

void TestFormatsAnchoring::anchor_data()
{
    QTest::addColumn<QList<CodePointSpan>>("spans");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("binding");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<Span>("expected");

    using O = AnchorResult::Outcome;
    const CodePointSpan second = codePoints(Text, QStringLiteral("The pier"), 1);
    QTest::newRow("exact after astral characters") << QList<CodePointSpan>{second} << QStringLiteral("The pier") << QString() << QString() << true
                                                   << int(O::Exact) << utf16(Text, QStringLiteral("The pier"), 1);
    QTest::newRow("no quote stated: positions win") << QList<CodePointSpan>{second} << QString() << QString() << QString() << true << int(O::Exact)
                                                    << utf16(Text, QStringLiteral("The pier"), 1);
    // UTF-16 offsets given where code points are due: off by the astral characters before it.
    const CodePointSpan wrongUnits{int(utf16(Text, QStringLiteral("pier"), 1).start), int(utf16(Text, QStringLiteral("pier"), 1).end)};
    QTest::newRow("moved: nearest occurrence") << QList<CodePointSpan>{wrongUnits} << QStringLiteral("pier") << QString() << QString() << true
                                               << int(O::Reanchored) << utf16(Text, QStringLiteral("pier"), 1);
    const CodePointSpan firstPier = codePoints(Text, QStringLiteral("pier"), 0);
    QTest::newRow("context beats distance") << QList<CodePointSpan>{{firstPier.start + 1, firstPier.end + 1}} << QStringLiteral("pier")
                                            << QStringLiteral("Later the ") << QStringLiteral(" reopened") << true << int(O::Reanchored)
                                            << utf16(Text, QStringLiteral("pier"), 2);
    QTest::newRow("the only occurrence, far away") << QList<CodePointSpan>{codePoints(Text, QStringLiteral("pier"), 2)} << QStringLiteral("pier was closed")
                                                   << QStringLiteral("🚢 The ") << QStringLiteral(" again") << true << int(O::Reanchored)
                                                   << utf16(Text, QStringLiteral("pier was closed"));
    QTest::newRow("quote only, context") << QList<CodePointSpan>{} << QStringLiteral("the pier") << QStringLiteral("Later ") << QString() << false
                                         << int(O::Reanchored) << utf16(Text, QStringLiteral("the pier"), 0);
    QTest::newRow("astral quote") << QList<CodePointSpan>{{0, 1}} << QStringLiteral("𠀋") << QString() << QString() << true << int(O::Reanchored)
                                  << utf16(Text, QStringLiteral("𠀋"));
    QTest::newRow("quote nowhere") << QList<CodePointSpan>{second} << QStringLiteral("bridge") << QString() << QString() << true << int(O::NotFound) << Span{};
    QTest::newRow("past the end, binding") << QList<CodePointSpan>{{90, 400}} << QStringLiteral("pier") << QString() << QString() << true << int(O::OutOfRange)
                                           << Span{};
    QTest::newRow("past the end, a hint") << QList<CodePointSpan>{{390, 394}} << QStringLiteral("mayor") << QString() << QString() << false
                                          << int(O::Reanchored) << utf16(Text, QStringLiteral("mayor"));
    QTest::newRow("reversed span") << QList<CodePointSpan>{{10, 4}} << QStringLiteral("pier") << QString() << QString() << false << int(O::OutOfRange)
                                   << Span{};
}

void TestFormatsAnchoring::anchor()
{
    QFETCH(QList<CodePointSpan>, spans);
    QFETCH(QString, quote);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QFETCH(bool, binding);
    QFETCH(int, outcome);
    QFETCH(Span, expected);
    const Offsets offsets(Text);
    const AnchorResult result = Anchoring::anchor(Text, offsets, spans, quote, prefix, suffix, binding);
    QCOMPARE(int(result.outcome), outcome);
    if (result.outcome == AnchorResult::Outcome::Exact || result.outcome == AnchorResult::Outcome::Reanchored) {
        QCOMPARE(result.spans.size(), 1);
        QCOMPARE(result.spans.constFirst(), expected);
    } else {
        QVERIFY(result.spans.isEmpty());
    }
}

void TestFormatsAnchoring::discontinuous()
{
    const Offsets offsets(Text);
    // "The pier ... closed" of the second sentence, stated 3 code points too early: both pieces move together.
    const CodePointSpan the = codePoints(Text, QStringLiteral("The pier"), 1);
    const CodePointSpan closed = codePoints(Text, QStringLiteral("closed again"));
    const QList<CodePointSpan> stated{{the.start - 3, the.end - 3}, {closed.start - 3, closed.start - 3 + 6}};
    const AnchorResult result = Anchoring::anchor(Text, offsets, stated, QStringLiteral("The pier closed"), QString(), QString(), true);
    QCOMPARE(int(result.outcome), int(AnchorResult::Outcome::Reanchored));
    QCOMPARE(result.spans.size(), 2);
    QCOMPARE(Text.mid(result.spans.at(0).start, result.spans.at(0).length()), QStringLiteral("The pier"));
    QCOMPARE(result.spans.at(0).start, utf16(Text, QStringLiteral("The pier"), 1).start);
    QCOMPARE(Text.mid(result.spans.at(1).start, result.spans.at(1).length()), QStringLiteral("closed"));
    QCOMPARE(result.spans.at(1).start, utf16(Text, QStringLiteral("closed again")).start);
    QCOMPARE(result.distance, 3);

    // Exact when right.
    const QList<CodePointSpan> right{the, {closed.start, closed.start + 6}};
    QCOMPARE(
        int(Anchoring::anchor(Text, offsets, right, QStringLiteral("The pier closed"), QString(), QString(), true).outcome), int(AnchorResult::Outcome::Exact));
}

QTEST_GUILESS_MAIN(TestFormatsAnchoring)
#include "tst_formatsanchoring.moc"
