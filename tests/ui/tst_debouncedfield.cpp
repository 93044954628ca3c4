// DebouncedField (offscreen): when typed text is committed (typing pause, focus out, Return, flush),
// that shown text never counts as typing, and how refresh() and reset() treat typing in progress.
#include "editing/debouncedfield.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Gloss::Ui;

class TestDebouncedField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commits_data();
    void commits();
    void shownTextIsNoTyping();
    void refreshLeavesTypingAlone();
    void resetDropsTyping();
};

void TestDebouncedField::commits_data()
{
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QString>("trigger");
    for (const bool plain : {false, true}) {
        const char *widget = plain ? "plain text" : "line edit";
        for (const char *trigger : {"pause", "focus out", "flush"})
            QTest::addRow("%s, %s", widget, trigger) << plain << QString::fromLatin1(trigger);
    }
    QTest::addRow("line edit, return") << false << QStringLiteral("return");
}

void TestDebouncedField::commits()
{
    QFETCH(bool, plain);
    QFETCH(QString, trigger);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    QWidget *edit = plain ? static_cast<QWidget *>(new QPlainTextEdit) : static_cast<QWidget *>(new QLineEdit);
    auto *other = new QLineEdit;
    layout->addWidget(edit);
    layout->addWidget(other);
    const auto made
        = plain ? std::make_unique<DebouncedField>(static_cast<QPlainTextEdit *>(edit)) : std::make_unique<DebouncedField>(static_cast<QLineEdit *>(edit));
    DebouncedField &field = *made;
    QSignalSpy committed(&field, &DebouncedField::committed);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());

    QTest::keyClicks(edit, QStringLiteral("abc"));
    QVERIFY(field.isPending());
    QCOMPARE(committed.count(), 0);
    if (trigger == u"pause") {
        // Typing again within the pause restarts it. Checked only when the loaded test machine kept
        // to the timing; the commit after the last keystroke is checked always.
        QElapsedTimer sinceTyping;
        sinceTyping.start();
        QTest::qWait(DebouncedField::Delay / 2);
        const bool intime = sinceTyping.elapsed() < DebouncedField::Delay - 100;
        QTest::keyClicks(edit, QStringLiteral("d"));
        sinceTyping.restart();
        QTest::qWait(DebouncedField::Delay / 2 + 100);
        if (intime && sinceTyping.elapsed() < DebouncedField::Delay - 50)
            QCOMPARE(committed.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!field.isPending(), DebouncedField::Delay * 4);
        QCOMPARE(committed.constLast().constFirst().toString(), QStringLiteral("abcd"));
        if (intime)
            QCOMPARE(committed.count(), 1);
        return;
    }
    if (trigger == u"focus out")
        other->setFocus();
    else if (trigger == u"return")
        QTest::keyClick(edit, Qt::Key_Return);
    else
        field.flush();
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.constFirst().constFirst().toString(), QStringLiteral("abc"));
    QVERIFY(!field.isPending());
    // Nothing more to commit: no second signal, not even after the pause.
    field.flush();
    QTest::qWait(DebouncedField::Delay + 100);
    QCOMPARE(committed.count(), 1);
}

void TestDebouncedField::shownTextIsNoTyping()
{
    QPlainTextEdit edit;
    DebouncedField field(&edit);
    QSignalSpy committed(&field, &DebouncedField::committed);
    field.reset(QStringLiteral("stored"));
    field.refresh(QStringLiteral("stored elsewhere"));
    QCOMPARE(edit.toPlainText(), QStringLiteral("stored elsewhere"));
    QVERIFY(!field.isPending());
    field.flush();
    QTest::qWait(DebouncedField::Delay + 100);
    QCOMPARE(committed.count(), 0);
}

void TestDebouncedField::refreshLeavesTypingAlone()
{
    QLineEdit edit;
    DebouncedField field(&edit);
    QSignalSpy committed(&field, &DebouncedField::committed);
    field.reset(QStringLiteral("stored"));
    edit.show();
    QTest::keyClicks(&edit, QStringLiteral(" and typed"));
    field.refresh(QStringLiteral("changed by undo"));
    QCOMPARE(edit.text(), QStringLiteral("stored and typed"));
    field.flush();
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.constFirst().constFirst().toString(), QStringLiteral("stored and typed"));
    // Once committed, a refresh shows the new value, keeping the caret where it was.
    edit.setCursorPosition(3);
    field.refresh(QStringLiteral("changed by undo"));
    QCOMPARE(edit.text(), QStringLiteral("changed by undo"));
    QCOMPARE(edit.cursorPosition(), 3);
}

void TestDebouncedField::resetDropsTyping()
{
    QPlainTextEdit edit;
    DebouncedField field(&edit);
    QSignalSpy committed(&field, &DebouncedField::committed);
    edit.show();
    QTest::keyClicks(&edit, QStringLiteral("lost"));
    QVERIFY(field.isPending());
    field.reset(QStringLiteral("another record"));
    QVERIFY(!field.isPending());
    QCOMPARE(edit.toPlainText(), QStringLiteral("another record"));
    QCOMPARE(edit.textCursor().position(), int(QStringLiteral("another record").size()));
    QTest::qWait(DebouncedField::Delay + 100);
    QCOMPARE(committed.count(), 0);
}

QTEST_MAIN(TestDebouncedField)
#include "tst_debouncedfield.moc"
