// Tests of the one place where UTF-16 offsets (inside Gloss) and code point offsets (exports) meet,
// on text where the two differ: emoji, rare CJK (outside the BMP), flags, lone surrogates.
#include "offsets.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss;

namespace
{
// Reference conversion through QString::toUcs4, independent of Offsets.
QList<int> codePointStarts(const QString &text)
{
    QList<int> starts; // UTF-16 offset of each code point, plus the end
    for (int i = 0; i < text.size(); ++i) {
        starts.append(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    starts.append(int(text.size()));
    return starts;
}
} // namespace

class TestAnnotationOffsets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void conversions_data();
    void conversions();
    void exhaustiveAgainstUcs4_data();
    void exhaustiveAgainstUcs4();
    void outOfRange();
    void splitPairMapsToItsCodePoint();
};

void TestAnnotationOffsets::conversions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoint");

    const QString emoji = QStringLiteral("Aid 🚢 arrived");
    QTest::newRow("before emoji") << emoji << 4 << 4;
    QTest::newRow("after emoji") << emoji << 6 << 5;
    QTest::newRow("end") << emoji << int(emoji.size()) << int(emoji.size()) - 1;
    const QString cjk = QStringLiteral("𠀋𡈽 and 𪚲");
    QTest::newRow("cjk second") << cjk << 2 << 1;
    QTest::newRow("cjk after two") << cjk << 4 << 2;
    QTest::newRow("cjk last") << cjk << 9 << 7;
    QTest::newRow("cjk end") << cjk << 11 << 8;
    const QString ascii = QStringLiteral("plain text");
    QTest::newRow("ascii") << ascii << 5 << 5;
}

void TestAnnotationOffsets::conversions()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoint);
    const Offsets offsets(text);
    QCOMPARE(offsets.toCodePoint(utf16), codePoint);
    QCOMPARE(offsets.toUtf16(codePoint), utf16);
    QCOMPARE(Offsets::utf16ToCodePoint(text, utf16), codePoint);
    QCOMPARE(Offsets::codePointToUtf16(text, codePoint), utf16);
    QCOMPARE(offsets.codePointLength(), int(text.toUcs4().size()));
}

void TestAnnotationOffsets::exhaustiveAgainstUcs4_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("Ferry halted");
    QTest::newRow("emoji run") << QStringLiteral("🚢🚢 x 🇺🇦 flag 👩‍👩‍👧 family");
    QTest::newRow("astral at both ends") << QStringLiteral("𝔊loss𝔊");
    QTest::newRow("mixed scripts") << QStringLiteral("Café ‏שלום‏ 漢字 𠀋 é");
    QTest::newRow("lone surrogates") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00) + QStringLiteral("🚢"));
}

void TestAnnotationOffsets::exhaustiveAgainstUcs4()
{
    QFETCH(QString, text);
    const Offsets offsets(text);
    const QList<int> starts = codePointStarts(text);
    QCOMPARE(offsets.codePointLength(), int(text.toUcs4().size()));
    QCOMPARE(offsets.utf16Length(), int(text.size()));
    QCOMPARE(offsets.hasAstral(), offsets.codePointLength() != offsets.utf16Length());
    for (int codePoint = 0; codePoint < starts.size(); ++codePoint) {
        const int utf16 = starts.at(codePoint);
        QCOMPARE(offsets.toUtf16(codePoint), utf16);
        QCOMPARE(offsets.toCodePoint(utf16), codePoint);
        QVERIFY(offsets.isBoundary(utf16));
        QCOMPARE(Offsets::codePointToUtf16(text, codePoint), utf16);
        QCOMPARE(Offsets::utf16ToCodePoint(text, utf16), codePoint);
        // The quote between two code point offsets is the same text both ways.
        if (codePoint > 0) {
            const QString viaUtf16 = text.mid(starts.at(codePoint - 1), utf16 - starts.at(codePoint - 1));
            const QList<uint> ucs4 = text.toUcs4();
            QCOMPARE(viaUtf16.toUcs4().size(), 1);
            if (!viaUtf16.at(0).isSurrogate())
                QCOMPARE(viaUtf16.toUcs4().constFirst(), ucs4.at(codePoint - 1));
        }
    }
}

void TestAnnotationOffsets::outOfRange()
{
    const QString text = QStringLiteral("a🚢b");
    const Offsets offsets(text);
    QCOMPARE(offsets.toCodePoint(-1), -1);
    QCOMPARE(offsets.toCodePoint(5), -1);
    QCOMPARE(offsets.toUtf16(-1), -1);
    QCOMPARE(offsets.toUtf16(4), -1);
    QCOMPARE(Offsets::utf16ToCodePoint(text, 5), -1);
    QCOMPARE(Offsets::codePointToUtf16(text, 4), -1);
    QCOMPARE(offsets.toUtf16(3), 4);
}

void TestAnnotationOffsets::splitPairMapsToItsCodePoint()
{
    const QString text = QStringLiteral("a🚢b");
    const Offsets offsets(text);
    QVERIFY(!offsets.isBoundary(2));
    QCOMPARE(offsets.toCodePoint(2), 1);
    QCOMPARE(Offsets::utf16ToCodePoint(text, 2), 1);
}

QTEST_GUILESS_MAIN(TestAnnotationOffsets)
#include "tst_annotationoffsets.moc"
