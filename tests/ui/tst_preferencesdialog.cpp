// The preferences dialog (offscreen): the author name and "snap to whole words" read from and
// written to QSettings, the author given to the open project's Annotator, Cancel changing nothing.
#include "model/tst_annotationsupport.h"
#include "settings/preferencesdialog.h"
#include "ui/uitestsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace Gloss;
using namespace Gloss::Ui;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void authorIsGivenToTheAnnotator();
    void cancelChangesNothing();

private:
    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *found = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    /// Types \a name over the author field and sets the check box with the keyboard.
    static void fill(PreferencesDialog &dialog, const QString &name, bool snap);

    std::optional<QTemporaryDir> m_dir;
};

void TestPreferencesDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    QStandardPaths::setTestModeEnabled(true);
    // The fallback author is the system's user name; fix it for the test.
    qputenv("USER", "os-user");
    qputenv("USERNAME", "os-user");
}

void TestPreferencesDialog::init()
{
    QVERIFY(m_dir.emplace().isValid());
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
}

void TestPreferencesDialog::cleanup()
{
    m_dir.reset();
}

void TestPreferencesDialog::fill(PreferencesDialog &dialog, const QString &name, bool snap)
{
    auto *author = child<QLineEdit>(&dialog, "authorEdit");
    author->setFocus();
    author->selectAll();
    QTest::keyClick(author, Qt::Key_Backspace);
    QTest::keyClicks(author, name);
    auto *check = child<QCheckBox>(&dialog, "snapToWordsCheck");
    if (check->isChecked() != snap) {
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
    }
    QCOMPARE(author->text(), name);
    QCOMPARE(check->isChecked(), snap);
}

void TestPreferencesDialog::defaults()
{
    QVERIFY(PreferencesDialog::snapToWords());
    QCOMPARE(PreferencesDialog::author(), QStringLiteral("os-user"));
    PreferencesDialog dialog(nullptr, nullptr);
    QCOMPARE(dialog.objectName(), QStringLiteral("preferencesDialog"));
    QCOMPARE(child<QLineEdit>(&dialog, "authorEdit")->text(), QStringLiteral("os-user"));
    QVERIFY(child<QCheckBox>(&dialog, "snapToWordsCheck")->isChecked());
}

void TestPreferencesDialog::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("snap");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QVariant>("storedAuthor");
    QTest::newRow("a name, no snapping") << QStringLiteral("Ana Ribeiro") << false << QStringLiteral("Ana Ribeiro") << QVariant(QStringLiteral("Ana Ribeiro"));
    QTest::newRow("spaces trimmed") << QStringLiteral("  Kofi  ") << true << QStringLiteral("Kofi") << QVariant(QStringLiteral("Kofi"));
    QTest::newRow("empty: the user name, not stored") << QString() << true << QStringLiteral("os-user") << QVariant();
}

void TestPreferencesDialog::valuesRoundTrip()
{
    QFETCH(QString, typed);
    QFETCH(bool, snap);
    QFETCH(QString, author);
    QFETCH(QVariant, storedAuthor);
    {
        PreferencesDialog dialog(nullptr, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fill(dialog, typed, snap);
        QTest::keyClick(&dialog, Qt::Key_Return); // the OK button is the default
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("author")), storedAuthor);
    QCOMPARE(settings.value(QStringLiteral("reader/snapToWords")).toBool(), snap);
    QCOMPARE(PreferencesDialog::author(), author);
    QCOMPARE(PreferencesDialog::snapToWords(), snap);

    PreferencesDialog again(nullptr, nullptr);
    QCOMPARE(child<QLineEdit>(&again, "authorEdit")->text(), author);
    QCOMPARE(child<QCheckBox>(&again, "snapToWordsCheck")->isChecked(), snap);
}

void TestPreferencesDialog::authorIsGivenToTheAnnotator()
{
    Project project;
    const QStringList articles = AnnotationTest::createProject(project, m_dir->filePath(QStringLiteral("prefs.gloss")));
    QCOMPARE(articles.size(), 2);
    QCOMPARE(project.annotator()->author(), QStringLiteral("os-user"));
    PreferencesDialog dialog(&project, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fill(dialog, QStringLiteral("Ana Ribeiro"), true);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "preferencesButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(project.annotator()->author(), QStringLiteral("Ana Ribeiro"));
    const std::optional<QString> id = project.annotator()->addAnnotation(
        articles.at(0), {AnnotationTest::spanOf(AnnotationTest::HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place"));
    QVERIFY(id);
    QCOMPARE(project.annotator()->annotation(*id)->author, QStringLiteral("Ana Ribeiro"));
}

void TestPreferencesDialog::cancelChangesNothing()
{
    Project project;
    QVERIFY(!AnnotationTest::createProject(project, m_dir->filePath(QStringLiteral("prefs.gloss"))).isEmpty());
    PreferencesDialog dialog(&project, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fill(dialog, QStringLiteral("Somebody Else"), false);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QSettings().contains(QStringLiteral("author")));
    QVERIFY(PreferencesDialog::snapToWords());
    QCOMPARE(project.annotator()->author(), QStringLiteral("os-user"));
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
