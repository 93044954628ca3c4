// The annotation editor dock driven from the keyboard (offscreen): what it shows, combo boxes and
// typed text saved through the Annotator (after the typing pause, on focus out, before switching),
// undo and edits made elsewhere shown without clobbering typing in progress, the speaker mention
// list, "Mark as claim", deletion, and a read-only project.
#include "claims/claimeditordock.h"
#include "claims/claimform.h"
#include "editing/debouncedfield.h"
#include "editing/tagcombobox.h"
#include "model/tst_annotationsupport.h"
#include "ui/uitestsupport.h"

#include "import/articleimporter.h"
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Gloss;
using namespace Gloss::Ui;
using namespace AnnotationTest;

class TestClaimEditorDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsAnnotationOrPlaceholder();
    void comboChangeIsStored_data();
    void comboChangeIsStored();
    void tagComboRetags();
    void typedNoteIsSaved_data();
    void typedNoteIsSaved();
    void undoRefreshesFields();
    void refreshKeepsTypingInProgress();
    void speakerMentionsOfTheArticle();
    void speakerMentionListFollowsEdits();
    void speakerMentionListsEachNameOnce();
    void typedSpeakerAndValueAreSaved();
    void pauseAfterASpaceKeepsIt();
    void switchingAnnotationSavesPendingText_data();
    void switchingAnnotationSavesPendingText();
    void markAsClaim();
    void deletedAnnotationComesBackWithUndo();
    void readOnlyProject();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_dock->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QString add(const QString &articleId, const QString &text, const QString &needle, const QString &tagId);
    void showWindow();
    Annotation stored(const QString &id) const { return *m_project->annotator()->annotation(id); }
    Claim storedClaim(const QString &id) const { return Claim::fromAttributes(stored(id).attributes); }
    QWidget *editorPage() const { return child<QStackedWidget>("annotationEditorStack")->currentWidget(); }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QMainWindow> m_window;
    ClaimEditorDock *m_dock = nullptr;
    QLineEdit *m_elsewhere = nullptr; ///< a widget of the window to move the focus to
    QString m_harbour;
    QString m_denial;
    QString m_claim; ///< "more than 6,000 were damaged", a quantity claim
    QString m_prediction; ///< "Inspectors expect to finish by Friday", a prediction
    QString m_person; ///< "Ada Lovelace"
    QString m_authority; ///< "harbour authority", an organisation
    QString m_place; ///< "Port Calder"
    QString m_officials; ///< "Harbour officials" in the other article
};

void TestClaimEditorDock::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_claimeditordock"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestClaimEditorDock::init()
{
    QVERIFY(m_dir.emplace().isValid());
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
    m_project = std::make_unique<Project>();
    const QStringList articles = createProject(*m_project, m_dir->filePath(QStringLiteral("claims.gloss")));
    QCOMPARE(articles.size(), 2);
    m_harbour = articles.at(0);
    m_denial = articles.at(1);
    m_project->annotator()->setAuthor(QStringLiteral("tester"));
    m_claim = add(m_harbour, HarbourText, QStringLiteral("more than 6,000 were damaged"), QStringLiteral("claim-quantity"));
    m_prediction = add(m_harbour, HarbourText, QStringLiteral("Inspectors expect to finish by Friday"), QStringLiteral("claim-prediction"));
    m_person = add(m_harbour, HarbourText, QStringLiteral("Ada Lovelace"), QStringLiteral("person"));
    m_authority = add(m_harbour, HarbourText, QStringLiteral("harbour authority"), QStringLiteral("organisation"));
    m_place = add(m_harbour, HarbourText, QStringLiteral("Port Calder"), QStringLiteral("place"));
    m_officials = add(m_denial, DenialText, QStringLiteral("Harbour officials"), QStringLiteral("organisation"));
    QVERIFY(!m_officials.isEmpty());
    m_project->undoStack()->clear();
}

void TestClaimEditorDock::cleanup()
{
    m_window.reset();
    m_dock = nullptr;
    m_project.reset();
    m_dir.reset();
}

QString TestClaimEditorDock::add(const QString &articleId, const QString &text, const QString &needle, const QString &tagId)
{
    const std::optional<QString> id = m_project->annotator()->addAnnotation(articleId, {spanOf(text, needle)}, tagId);
    return id.value_or(QString());
}

void TestClaimEditorDock::showWindow()
{
    m_window = std::make_unique<QMainWindow>();
    m_elsewhere = new QLineEdit(m_window.get());
    m_elsewhere->setObjectName(QStringLiteral("elsewhere"));
    m_window->setCentralWidget(m_elsewhere);
    m_dock = new ClaimEditorDock(m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(1000, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_dock->setProject(m_project.get());
}

void TestClaimEditorDock::showsAnnotationOrPlaceholder()
{
    showWindow();
    auto *placeholder = child<QLabel>("annotationPlaceholder");
    QCOMPARE(editorPage(), placeholder);
    QCOMPARE(placeholder->text(), QStringLiteral("Select an annotation in the reader or the list"));

    m_dock->setAnnotation(m_claim);
    QCOMPARE(m_dock->annotationId(), m_claim);
    QVERIFY(editorPage() != placeholder);
    QCOMPARE(child<QLabel>("annotationQuote")->text(), QStringLiteral("more than 6,000 were damaged"));
    QCOMPARE(child<TagComboBox>("annotationTagCombo")->currentTag(), QStringLiteral("claim-quantity"));
    QCOMPARE(child<QLabel>("annotationKindLabel")->text(), QStringLiteral("Claim"));
    QVERIFY(child<QLabel>("annotationDetailsLabel")->text().contains(QStringLiteral("tester")));
    QVERIFY(child<QLineEdit>("claimSpeakerEdit")->isVisible());
    QVERIFY(!child<QPushButton>("markAsClaimButton")->isVisible());

    m_dock->setAnnotation(m_person);
    QCOMPARE(child<QLabel>("annotationKindLabel")->text(), QStringLiteral("Entity"));
    QVERIFY(child<QPushButton>("markAsClaimButton")->isVisible());
    QVERIFY(!child<QLineEdit>("claimSpeakerEdit")->isVisible());

    m_dock->setAnnotation(QString());
    QCOMPARE(editorPage(), placeholder);
    m_dock->setProject(nullptr);
    QCOMPARE(editorPage(), placeholder);
    QVERIFY(m_dock->annotationId().isEmpty());
}

void TestClaimEditorDock::comboChangeIsStored_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<int>("downs");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stance denies") << QStringLiteral("stanceCombo") << 2 << QStringLiteral("stance") << QStringLiteral("denies");
    QTest::newRow("certainty high") << QStringLiteral("certaintyCombo") << 3 << QStringLiteral("certainty") << QStringLiteral("high");
    QTest::newRow("type prediction") << QStringLiteral("claimTypeCombo") << 4 << QStringLiteral("claimType") << QStringLiteral("prediction");
    QTest::newRow("value range") << QStringLiteral("valueTypeCombo") << 2 << QStringLiteral("value") << QStringLiteral("range");
}

void TestClaimEditorDock::comboChangeIsStored()
{
    QFETCH(QString, combo);
    QFETCH(int, downs);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    showWindow();
    m_dock->setAnnotation(m_claim);
    auto *box = m_dock->findChild<QComboBox *>(combo);
    QVERIFY(box);
    box->setFocus();
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    // Saved at once, one undo step per change.
    const QVariant value = stored(m_claim).attributes.value(key);
    QCOMPARE(value.typeId() == QMetaType::QVariantMap ? value.toMap().value(QStringLiteral("type")).toString() : value.toString(), expected);
    QCOMPARE(m_project->undoStack()->count(), downs);
    QCOMPARE(stored(m_claim).tagId, QStringLiteral("claim-quantity"));
}

void TestClaimEditorDock::tagComboRetags()
{
    showWindow();
    m_dock->setAnnotation(m_claim);
    auto *tags = child<TagComboBox>("annotationTagCombo");
    tags->setFocus();
    QTest::keyClick(tags, Qt::Key_Down); // the next tag in tree order: Event claim
    QCOMPARE(stored(m_claim).tagId, QStringLiteral("claim-event"));
    QCOMPARE(tags->currentTag(), QStringLiteral("claim-event"));
    // Choosing "No tag" makes it an untagged note, and the claim section offers "Mark as claim".
    QTest::keyClick(tags, Qt::Key_Home);
    QCOMPARE(stored(m_claim).tagId, QString());
    QCOMPARE(stored(m_claim).kind, Annotation::Kind::Note);
    QCOMPARE(child<QLabel>("annotationKindLabel")->text(), QStringLiteral("Note"));
    QVERIFY(child<QPushButton>("markAsClaimButton")->isVisible());
}

void TestClaimEditorDock::typedNoteIsSaved_data()
{
    QTest::addColumn<bool>("moveFocus");
    QTest::newRow("after the typing pause") << false;
    QTest::newRow("on focus out") << true;
}

void TestClaimEditorDock::typedNoteIsSaved()
{
    QFETCH(bool, moveFocus);
    showWindow();
    m_dock->setAnnotation(m_claim);
    m_dock->focusNote();
    auto *note = child<QPlainTextEdit>("annotationNoteEdit");
    QTRY_VERIFY(note->hasFocus());
    const QString typed = QStringLiteral("Union figure, not confirmed by the port");
    QTest::keyClicks(note, typed);
    QCOMPARE(note->toPlainText(), typed);
    QCOMPARE(stored(m_claim).note, QString()); // not one save per keystroke
    if (moveFocus) {
        m_elsewhere->setFocus();
        QCOMPARE(stored(m_claim).note, typed);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(stored(m_claim).note, typed, DebouncedField::Delay * 4);
    }
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Edit note"));
}

void TestClaimEditorDock::undoRefreshesFields()
{
    showWindow();
    m_dock->setAnnotation(m_claim);
    m_dock->focusNote();
    auto *note = child<QPlainTextEdit>("annotationNoteEdit");
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("first thought"));
    QTRY_COMPARE_WITH_TIMEOUT(stored(m_claim).note, QStringLiteral("first thought"), DebouncedField::Delay * 4);

    // The focus stays in the note: a saved field is refreshed by undo and redo.
    m_project->undoStack()->undo();
    QCOMPARE(stored(m_claim).note, QString());
    QCOMPARE(note->toPlainText(), QString());
    m_project->undoStack()->redo();
    QCOMPARE(note->toPlainText(), QStringLiteral("first thought"));

    auto *stance = child<QComboBox>("stanceCombo");
    stance->setFocus();
    QTest::keyClick(stance, Qt::Key_Down);
    QCOMPARE(storedClaim(m_claim).stance, Claim::Stance::Asserts);
    m_project->undoStack()->undo();
    QCOMPARE(stance->currentIndex(), int(Claim::Stance::Unspecified));
    QCOMPARE(storedClaim(m_claim).stance, Claim::Stance::Unspecified);
}

void TestClaimEditorDock::refreshKeepsTypingInProgress()
{
    showWindow();
    m_dock->setAnnotation(m_claim);
    m_dock->focusNote();
    auto *note = child<QPlainTextEdit>("annotationNoteEdit");
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("draft"));

    // Changes made elsewhere while the note is being typed: the other fields follow, the note keeps
    // what is typed, which is saved next.
    Claim claim = storedClaim(m_claim);
    claim.stance = Claim::Stance::Hedges;
    QVERIFY(m_project->annotator()->setClaim(m_claim, claim));
    QCOMPARE(child<QComboBox>("stanceCombo")->currentIndex(), int(Claim::Stance::Hedges));
    QVERIFY(m_project->annotator()->setNote(m_claim, QStringLiteral("written elsewhere")));
    QCOMPARE(note->toPlainText(), QStringLiteral("draft"));

    m_dock->flush();
    QCOMPARE(stored(m_claim).note, QStringLiteral("draft"));
    QCOMPARE(storedClaim(m_claim).stance, Claim::Stance::Hedges);
}

void TestClaimEditorDock::speakerMentionsOfTheArticle()
{
    showWindow();
    m_dock->setAnnotation(m_claim);
    auto *mentions = child<QComboBox>("speakerMentionCombo");
    QCOMPARE(mentions->itemText(0), QStringLiteral("None"));
    // Persons, organisations and groups of the same article, by position; not places, not other articles.
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{m_person, m_authority}));
    QCOMPARE(mentions->count(), 3);
    QVERIFY(mentions->itemText(1).startsWith(QStringLiteral("Ada Lovelace")));

    mentions->setFocus();
    QTest::keyClick(mentions, Qt::Key_Down);
    Claim claim = storedClaim(m_claim);
    QCOMPARE(claim.speakerAnnotationId, m_person);
    QCOMPARE(claim.speaker, QStringLiteral("Ada Lovelace"));
    QCOMPARE(child<QLineEdit>("claimSpeakerEdit")->text(), QStringLiteral("Ada Lovelace"));

    // "None" forgets the mention and keeps the speaker's name.
    QTest::keyClick(mentions, Qt::Key_Home);
    claim = storedClaim(m_claim);
    QCOMPARE(claim.speakerAnnotationId, QString());
    QCOMPARE(claim.speaker, QStringLiteral("Ada Lovelace"));

    // Shown again from the stored claim.
    QTest::keyClick(mentions, Qt::Key_End);
    QCOMPARE(storedClaim(m_claim).speakerAnnotationId, m_authority);
    m_dock->setAnnotation(m_prediction);
    QCOMPARE(mentions->currentIndex(), 0);
    m_dock->setAnnotation(m_claim);
    QCOMPARE(mentions->currentData().toString(), m_authority);
}

void TestClaimEditorDock::speakerMentionListFollowsEdits()
{
    showWindow();
    m_dock->setAnnotation(m_claim);
    const QString union_ = add(m_harbour, HarbourText, QStringLiteral("the union"), QStringLiteral("organisation"));
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{m_person, union_, m_authority}));
    QVERIFY(m_project->annotator()->setTag({m_place}, QStringLiteral("group")));
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{m_person, m_place, union_, m_authority}));
    QVERIFY(m_project->annotator()->removeAnnotations({m_person}));
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{m_place, union_, m_authority}));
    m_project->undoStack()->undo();
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{m_person, m_place, union_, m_authority}));
}

void TestClaimEditorDock::speakerMentionListsEachNameOnce()
{
    const QString text = QStringLiteral("Mira Tal opened the hearing. The ministry said costs rose. Mira Tal said that 300 jobs would go. "
                                        "Later Mira Tal denied it, and the ministry stayed silent.");
    ImportBatch batch;
    batch.articles = {article(QStringLiteral("Hearing"), QStringLiteral("Wire"), text)};
    const QString hearing = m_project->addArticles(batch).addedIds.value(0);
    QVERIFY(!hearing.isEmpty());
    QStringList mira;
    for (int i = 0; i < 3; ++i)
        mira.append(*m_project->annotator()->addAnnotation(hearing, {spanOf(text, QStringLiteral("Mira Tal"), i)}, QStringLiteral("person")));
    const QString ministry = *m_project->annotator()->addAnnotation(hearing, {spanOf(text, QStringLiteral("ministry"), 0)}, QStringLiteral("organisation"));
    const QString laterMinistry
        = *m_project->annotator()->addAnnotation(hearing, {spanOf(text, QStringLiteral("ministry"), 1)}, QStringLiteral("organisation"));
    const QString claim = *m_project->annotator()->addAnnotation(hearing, {spanOf(text, QStringLiteral("300 jobs would go"))}, QStringLiteral("claim"));
    QVERIFY(!laterMinistry.isEmpty());

    showWindow();
    m_dock->setAnnotation(claim);
    // Each name once, the mention nearest before the claim, by position.
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{ministry, mira.at(1)}));
    // A chosen mention is the one listed for its name.
    Claim stored = storedClaim(claim);
    stored.speakerAnnotationId = mira.at(2);
    QVERIFY(m_project->annotator()->setClaim(claim, stored));
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{ministry, mira.at(2)}));
    QCOMPARE(child<QComboBox>("speakerMentionCombo")->currentData().toString(), mira.at(2));
    // A mention that is no longer there still shows as chosen.
    QVERIFY(m_project->annotator()->removeAnnotations({mira.at(2)}));
    auto *mentions = child<QComboBox>("speakerMentionCombo");
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), (QStringList{ministry, mira.at(1)}));
    QCOMPARE(mentions->currentData().toString(), mira.at(2));
    QCOMPARE(mentions->currentText(), QStringLiteral("Mention not listed"));
    mentions->setFocus();
    QTest::keyClick(mentions, Qt::Key_Home);
    QCOMPARE(storedClaim(claim).speakerAnnotationId, QString());
    QCOMPARE(mentions->count(), 3); // the placeholder went with the choice
}

void TestClaimEditorDock::typedSpeakerAndValueAreSaved()
{
    showWindow();
    m_dock->setAnnotation(m_claim);
    m_dock->focusClaim();
    auto *speaker = child<QLineEdit>("claimSpeakerEdit");
    QTRY_VERIFY(speaker->hasFocus());
    QTest::keyClicks(speaker, QStringLiteral("the union"));
    QTest::keyClick(speaker, Qt::Key_Return);
    QCOMPARE(storedClaim(m_claim).speaker, QStringLiteral("the union"));

    auto *type = child<QComboBox>("valueTypeCombo");
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down); // Number
    auto *number = child<QLineEdit>("valueNumberEdit");
    auto *unit = child<QLineEdit>("valueUnitEdit");
    QVERIFY(number->isVisible());
    QCOMPARE(number->text(), QString()); // the 0 saved with the type is not put in the way of typing
    QVERIFY(!child<QLineEdit>("valueDateEdit")->isVisible());
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("6000"));
    unit->setFocus(); // focus out saves the number
    QCOMPARE(storedClaim(m_claim).value.value, 6000.0);
    QTest::keyClicks(unit, QStringLiteral("containers"));
    QTRY_COMPARE_WITH_TIMEOUT(storedClaim(m_claim).value.unit, QStringLiteral("containers"), DebouncedField::Delay * 4);
    auto *approximate = m_dock->findChild<QWidget *>(QStringLiteral("valueApproximateCheck"));
    QVERIFY(approximate);
    approximate->setFocus();
    QTest::keyClick(approximate, Qt::Key_Space);
    const NormalisedValue value = storedClaim(m_claim).value;
    QCOMPARE(value.type, NormalisedValue::Type::Number);
    QCOMPARE(value.value, 6000.0);
    QCOMPARE(value.unit, QStringLiteral("containers"));
    QVERIFY(value.approximate);
    QCOMPARE(storedClaim(m_claim).speaker, QStringLiteral("the union"));

    // A range keeps the low end and unit and adds the upper bound; a date replaces the numbers.
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    auto *high = child<QLineEdit>("valueHighEdit");
    QVERIFY(high->isVisible());
    QCOMPARE(number->text(), QStringLiteral("6000"));
    high->setFocus();
    QTest::keyClicks(high, QStringLiteral("6500"));
    QTest::keyClick(high, Qt::Key_Return);
    NormalisedValue range = storedClaim(m_claim).value;
    QCOMPARE(range.type, NormalisedValue::Type::Range);
    QCOMPARE(range.value, 6000.0);
    QCOMPARE(range.high, 6500.0);
    QCOMPARE(range.unit, QStringLiteral("containers"));

    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    auto *date = child<QLineEdit>("valueDateEdit");
    QVERIFY(date->isVisible());
    QVERIFY(!number->isVisible());
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("2024-06x-08")); // the validator drops what is not ISO 8601
    m_elsewhere->setFocus();
    QCOMPARE(date->text(), QStringLiteral("2024-06-08"));
    QCOMPARE(storedClaim(m_claim).value.type, NormalisedValue::Type::Date);
    QCOMPARE(storedClaim(m_claim).value.date, QStringLiteral("2024-06-08"));
}

void TestClaimEditorDock::pauseAfterASpaceKeepsIt()
{
    // The speaker and unit are saved trimmed; the refresh that follows the save must not eat the
    // space the user typed before pausing.
    showWindow();
    m_dock->setAnnotation(m_claim);
    auto *speaker = child<QLineEdit>("claimSpeakerEdit");
    speaker->setFocus();
    QTRY_VERIFY(speaker->hasFocus());
    QTest::keyClicks(speaker, QStringLiteral("the union "));
    QTRY_COMPARE_WITH_TIMEOUT(storedClaim(m_claim).speaker, QStringLiteral("the union"), DebouncedField::Delay * 4);
    QCOMPARE(speaker->text(), QStringLiteral("the union "));
    QTest::keyClicks(speaker, QStringLiteral("of dockers"));
    m_elsewhere->setFocus();
    QCOMPARE(storedClaim(m_claim).speaker, QStringLiteral("the union of dockers"));

    auto *type = child<QComboBox>("valueTypeCombo");
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    auto *unit = child<QLineEdit>("valueUnitEdit");
    unit->setFocus();
    QTest::keyClicks(unit, QStringLiteral("shipping "));
    QTRY_COMPARE_WITH_TIMEOUT(storedClaim(m_claim).value.unit, QStringLiteral("shipping"), DebouncedField::Delay * 4);
    QTest::keyClicks(unit, QStringLiteral("containers"));
    QTest::keyClick(unit, Qt::Key_Return);
    QCOMPARE(storedClaim(m_claim).value.unit, QStringLiteral("shipping containers"));
}

void TestClaimEditorDock::switchingAnnotationSavesPendingText_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("note") << QStringLiteral("annotationNoteEdit");
    QTest::newRow("speaker") << QStringLiteral("claimSpeakerEdit");
}

void TestClaimEditorDock::switchingAnnotationSavesPendingText()
{
    QFETCH(QString, field);
    showWindow();
    QVERIFY(m_project->annotator()->setNote(m_prediction, QStringLiteral("the prediction's note")));
    m_dock->setAnnotation(m_claim);
    auto *widget = m_dock->findChild<QWidget *>(field);
    QVERIFY(widget);
    widget->setFocus();
    QTRY_VERIFY(widget->hasFocus());
    QTest::keyClicks(widget, QStringLiteral("typed just before"));
    // The reader picks another annotation before the pause ends: what was typed is saved first.
    m_dock->setAnnotation(m_prediction);
    const Annotation claim = stored(m_claim);
    QCOMPARE(field == u"annotationNoteEdit" ? claim.note : Claim::fromAttributes(claim.attributes).speaker, QStringLiteral("typed just before"));
    QCOMPARE(child<QPlainTextEdit>("annotationNoteEdit")->toPlainText(), QStringLiteral("the prediction's note"));
    QCOMPARE(child<QLineEdit>("claimSpeakerEdit")->text(), QString());
    QTest::qWait(DebouncedField::Delay * 2);
    QCOMPARE(stored(m_prediction).note, QStringLiteral("the prediction's note"));
    QCOMPARE(storedClaim(m_prediction).speaker, QString());
}

void TestClaimEditorDock::markAsClaim()
{
    showWindow();
    m_dock->setAnnotation(m_person);
    m_dock->focusClaim();
    auto *button = child<QPushButton>("markAsClaimButton");
    QTRY_VERIFY(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(stored(m_person).kind, Annotation::Kind::Claim);
    QVERIFY(child<QLineEdit>("claimSpeakerEdit")->isVisible());
    QVERIFY(!button->isVisible());
    QCOMPARE(m_dock->claimForm()->speakerCandidates(), QStringList{m_authority});
    m_project->undoStack()->undo();
    QCOMPARE(stored(m_person).kind, Annotation::Kind::Entity);
    QVERIFY(button->isVisible());
}

void TestClaimEditorDock::deletedAnnotationComesBackWithUndo()
{
    showWindow();
    QVERIFY(m_project->annotator()->setNote(m_claim, QStringLiteral("kept")));
    m_dock->setAnnotation(m_claim);
    QVERIFY(m_project->annotator()->removeAnnotations({m_claim}));
    auto *placeholder = child<QLabel>("annotationPlaceholder");
    QCOMPARE(editorPage(), placeholder);
    QCOMPARE(placeholder->text(), QStringLiteral("The annotation was deleted."));
    m_project->undoStack()->undo();
    QVERIFY(editorPage() != placeholder);
    QCOMPARE(child<QPlainTextEdit>("annotationNoteEdit")->toPlainText(), QStringLiteral("kept"));
}

void TestClaimEditorDock::readOnlyProject()
{
    QVERIFY(m_project->annotator()->setNote(m_claim, QStringLiteral("stored note")));
    const QString path = m_project->path();
    m_project->close();
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(path, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    QVERIFY(m_project->isReadOnly());
    showWindow();
    m_dock->setAnnotation(m_claim);
    auto *note = child<QPlainTextEdit>("annotationNoteEdit");
    QCOMPARE(note->toPlainText(), QStringLiteral("stored note"));
    QVERIFY(note->isReadOnly());
    QVERIFY(child<QLineEdit>("claimSpeakerEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>("valueNumberEdit")->isReadOnly());
    for (const char *name : {"annotationTagCombo", "stanceCombo", "certaintyCombo", "claimTypeCombo", "speakerMentionCombo", "valueTypeCombo"})
        QVERIFY2(!child<QComboBox>(name)->isEnabled(), name);
    QVERIFY(child<QLabel>("annotationDetailsLabel")->text().contains(QStringLiteral("read-only")));

    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("x"));
    m_elsewhere->setFocus();
    QCOMPARE(note->toPlainText(), QStringLiteral("stored note"));
    QCOMPARE(stored(m_claim).note, QStringLiteral("stored note"));
    m_dock->setAnnotation(m_person);
    QVERIFY(!child<QPushButton>("markAsClaimButton")->isEnabled());
}

QTEST_MAIN(TestClaimEditorDock)
#include "tst_claimeditordock.moc"
