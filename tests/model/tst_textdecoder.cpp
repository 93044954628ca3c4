#include "import/textdecoder.h"

#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
    void invalidUtf8IsReplacedWithWarning();
    void oversizedFileIsRefusedWithoutReading();
    void missingFileIsReported();
    void formatsSizes_data();
    void formatsSizes();
    void htmlCharset_data();
    void htmlCharset();
    void declaredCharset();
};

namespace
{
const QString Sample = QStringLiteral("Caf\u00e9 \u201cquote\u201d \u0416\u0443\u043a \U0001F600\nsecond line\n");

QByteArray encoded(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}
} // namespace

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utf8") << Sample.toUtf8() << Sample;
    QTest::newRow("utf8 with bom") << QByteArray("\xEF\xBB\xBF" + Sample.toUtf8()) << Sample;
    QTest::newRow("utf16 le with bom") << encoded(QStringConverter::Utf16LE, Sample, true) << Sample;
    QTest::newRow("utf16 be with bom") << encoded(QStringConverter::Utf16BE, Sample, true) << Sample;
    QTest::newRow("utf32 le with bom") << encoded(QStringConverter::Utf32LE, Sample, true) << Sample;
    QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n\r\nthree") << QStringLiteral("one\ntwo\n\nthree");
    QTest::newRow("lone cr") << QByteArray("one\rtwo\r\rthree") << QStringLiteral("one\ntwo\n\nthree");
    QTest::newRow("mixed endings") << QByteArray("a\r\nb\rc\nd") << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("utf16 crlf") << encoded(QStringConverter::Utf16LE, QStringLiteral("x\r\ny"), true) << QStringLiteral("x\ny");
    QTest::newRow("tabs and form feed are text") << QByteArray("a\tb\fc\n") << QStringLiteral("a\tb\fc\n");
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Messages messages;
    const std::optional<QString> text = TextDecoder::decode(bytes, QStringLiteral("x.txt"), &messages);
    QVERIFY(text);
    QCOMPARE(*text, expected);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).toString()));
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("only bom") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("is empty");
    QTest::newRow("only white space") << QByteArray(" \n\r\n\t ") << QStringLiteral("holds only white space");
    QTest::newRow("nul bytes") << png << QStringLiteral("is a binary file, not text");
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls.append(char(1 + i % 7)).append('a');
    QTest::newRow("mostly control characters") << controls << QStringLiteral("is a binary file, not text");
    QTest::newRow("utf16 without bom") << encoded(QStringConverter::Utf16LE, QStringLiteral("plain words in utf-16"), false)
                                       << QStringLiteral("looks like UTF-16 text without a byte-order mark");
    QByteArray utf16Binary = encoded(QStringConverter::Utf16LE, QStringLiteral("ab"), true);
    utf16Binary.append(QByteArray(64, '\0'));
    QTest::newRow("utf16 with nul characters") << utf16Binary << QStringLiteral("is a binary file, not text");
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    Messages messages;
    const std::optional<QString> text = TextDecoder::decode(bytes, QStringLiteral("folder/bad.txt"), &messages);
    QVERIFY(!text);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().severity, Message::Severity::Error);
    QCOMPARE(messages.first().file, QStringLiteral("folder/bad.txt"));
    QVERIFY2(messages.first().text.startsWith(reason), qPrintable(messages.first().text));
}

void TestTextDecoder::invalidUtf8IsReplacedWithWarning()
{
    Messages messages;
    const QByteArray bytes("Caf\xe9 au lait, na\xefve\nok \xc3\xa9");
    const std::optional<QString> text = TextDecoder::decode(bytes, QStringLiteral("latin1.txt"), &messages);
    QVERIFY(text);
    QCOMPARE(*text, QStringLiteral("Caf\uFFFD au lait, na\uFFFDve\nok \u00e9"));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().severity, Message::Severity::Warning);
    QCOMPARE(messages.first().file, QStringLiteral("latin1.txt"));
    QVERIFY2(messages.first().text.contains(QStringLiteral("not valid UTF-8")), qPrintable(messages.first().text));
    QVERIFY2(messages.first().text.contains(QStringLiteral("2 invalid")), qPrintable(messages.first().text));
}

void TestTextDecoder::oversizedFileIsRefusedWithoutReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3000, 'a'));
    file.close();

    Messages messages;
    QVERIFY(!TextDecoder::readFile(path, 2048, &messages));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().severity, Message::Severity::Error);
    QCOMPARE(messages.first().file, path);
    QVERIFY2(messages.first().text.contains(QStringLiteral("too large")), qPrintable(messages.first().text));
    QVERIFY2(messages.first().text.contains(QStringLiteral("2 KiB")), qPrintable(messages.first().text));

    messages.clear();
    const std::optional<QString> text = TextDecoder::readFile(path, 3000, &messages);
    QVERIFY(text);
    QCOMPARE(text->size(), 3000);
}

void TestTextDecoder::missingFileIsReported()
{
    QTemporaryDir dir;
    Messages messages;
    const QString path = dir.filePath(QStringLiteral("gone.txt"));
    QVERIFY(!TextDecoder::readFile(path, 1024, &messages));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().file, path);
    QVERIFY(messages.first().text.startsWith(QStringLiteral("cannot be read")));
}

void TestTextDecoder::formatsSizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bytes") << qint64(12) << QStringLiteral("12 bytes");
    QTest::newRow("kib") << qint64(1536) << QStringLiteral("1.5 KiB");
    QTest::newRow("default limit") << qint64(64) * 1024 * 1024 << QStringLiteral("64 MiB");
}

void TestTextDecoder::formatsSizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(TextDecoder::formatSize(bytes), expected);
}

void TestTextDecoder::htmlCharset_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"windows-1252\">") << QByteArray("windows-1252");
    QTest::newRow("upper case, single quotes") << QByteArray("<META CHARSET='ISO-8859-2'>") << QByteArray("iso-8859-2");
    QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">") << QByteArray("koi8-r");
    QTest::newRow("latin1 means windows-1252") << QByteArray("<meta charset=iso-8859-1>") << QByteArray("windows-1252");
    QTest::newRow("utf-8") << QByteArray("<meta charset=\"utf-8\">") << QByteArray("utf-8");
    QTest::newRow("none") << QByteArray("<html><head><title>charset</title>") << QByteArray();
}

void TestTextDecoder::htmlCharset()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::htmlCharset(head), charset);
}

void TestTextDecoder::declaredCharset()
{
    const QByteArray bytes("caf\xe9 \x80 \x93q\x94");
    Messages messages;
    std::optional<QString> text = TextDecoder::decode(bytes, QStringLiteral("page.html"), &messages, "windows-1252");
    QVERIFY(text);
    QCOMPARE(*text, QStringLiteral("caf\u00e9 \u20ac \u201cq\u201d"));
    QVERIFY(messages.isEmpty());

    // A byte-order mark wins over the declaration, and an unknown charset falls back to UTF-8.
    text = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + QStringLiteral("caf\u00e9").toUtf8(), QStringLiteral("p.html"), &messages, "windows-1252");
    QCOMPARE(*text, QStringLiteral("caf\u00e9"));
    text = TextDecoder::decode(QStringLiteral("caf\u00e9").toUtf8(), QStringLiteral("p.html"), &messages, "no-such-charset");
    QCOMPARE(*text, QStringLiteral("caf\u00e9"));
    QVERIFY(messages.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
