// The tag schema editor driven as a user would (offscreen): adding tags with the buttons and naming
// them in the form, renaming, taking a key from another tag, reordering and nesting, recolouring,
// deleting a used tag with each choice for its annotations; every change is in the project file
// and undoing it gives back the project as it was.
#include "model/tst_annotationsupport.h"
#include "ui/uitestsupport.h"

#include "models/tagtreemodel.h"
#include "tags/tagdetailform.h"
#include "tags/tagremovaldialog.h"
#include "tags/tagschemadialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Gloss;
using namespace Gloss::Ui;
using namespace AnnotationTest;

class TestTagSchemaDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheFirstTag();
    void addTagIsStored();
    void addChildTag();
    void renameViaForm();
    void emptyNameIsRefused();
    void keyTakenFromAnotherTag();
    void kindAndDescription();
    void moveIndentOutdent();
    void recolour();
    void removalDialogDefaults();
    void deleteMovesAnnotations();
    void deleteRemovesAnnotations();
    void cancelledDeleteChangesNothing();
    void unusedTagIsDeletedAtOnce();
    void followsUndoFromElsewhere();
    void readOnlyProjectCannotBeEdited();

private:
    QPushButton *button(const char *name) const;
    const Tag *tag(const QString &id) const { return m_project->annotator()->tagSchema().tag(id); }
    /// Replaces the text of \a edit as typed and presses Return.
    void retype(QLineEdit *edit, const QString &text);
    void undoAll(const QByteArray &expected);
    QStringList tagTwoFigures();
    TagRemovalDialog *openRemovalDialog(const QString &tagId);

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TagSchemaDialog> m_dialog;
    QStringList m_articles;
    QByteArray m_initial;
};

void TestTagSchemaDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tagschemadialog"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestTagSchemaDialog::init()
{
    QVERIFY(m_dir.emplace().isValid());
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
    m_project = std::make_unique<Project>();
    m_articles = createProject(*m_project, m_dir->filePath(QStringLiteral("schema.gloss")));
    QCOMPARE(m_articles.size(), 2);
    m_initial = dump(*m_project);
    m_dialog = std::make_unique<TagSchemaDialog>(m_project.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestTagSchemaDialog::cleanup()
{
    m_dialog.reset();
    m_project.reset();
    m_dir.reset();
}

QPushButton *TestTagSchemaDialog::button(const char *name) const
{
    auto *found = m_dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

void TestTagSchemaDialog::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestTagSchemaDialog::undoAll(const QByteArray &expected)
{
    QUndoStack *stack = m_project->undoStack();
    while (stack->canUndo())
        QTest::mouseClick(button("undoButton"), Qt::LeftButton);
    QVERIFY(!button("undoButton")->isEnabled());
    QCOMPARE(dump(*m_project), expected);
}

QStringList TestTagSchemaDialog::tagTwoFigures()
{
    Annotator *annotator = m_project->annotator();
    const std::optional<QString> first
        = annotator->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("5,000 containers"))}, QStringLiteral("figure"));
    const std::optional<QString> second
        = annotator->addAnnotation(m_articles.at(1), {spanOf(DenialText, QStringLiteral("6,000 containers"))}, QStringLiteral("figure"));
    if (!first || !second)
        return {};
    // The counts follow annotation changes after the event loop has run once.
    if (!QTest::qWaitFor([this] { return m_dialog->model()->annotationCount(QStringLiteral("figure")) == 2; }, 2000))
        return {};
    return {*first, *second};
}

TagRemovalDialog *TestTagSchemaDialog::openRemovalDialog(const QString &tagId)
{
    m_dialog->setCurrentTag(tagId);
    QTest::mouseClick(button("deleteTagButton"), Qt::LeftButton);
    TagRemovalDialog *ask = m_dialog->findChild<TagRemovalDialog *>(QStringLiteral("tagRemovalDialog"));
    if (ask && !QTest::qWaitForWindowExposed(ask))
        return nullptr;
    return ask;
}

void TestTagSchemaDialog::opensOnTheFirstTag()
{
    QCOMPARE(m_dialog->objectName(), QStringLiteral("tagSchemaDialog"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Tag Schema"));
    QVERIFY(!m_dialog->isModal());
    QCOMPARE(m_dialog->currentTagId(), QStringLiteral("person"));
    QCOMPARE(m_dialog->form()->nameEdit()->text(), QStringLiteral("Person"));
    QCOMPARE(m_dialog->form()->keyEdit()->text(), QStringLiteral("1"));
    QCOMPARE(m_dialog->form()->kindCombo()->currentText(), QStringLiteral("Entity"));
    QVERIFY(m_dialog->view()->dragEnabled());
    QCOMPARE(m_dialog->view()->dragDropMode(), QAbstractItemView::InternalMove);
    QVERIFY(!button("moveTagUpButton")->isEnabled()); // first of its siblings
    QVERIFY(!button("outdentTagButton")->isEnabled()); // at the top level
    QVERIFY(button("moveTagDownButton")->isEnabled());
    QVERIFY(!button("undoButton")->isEnabled());
    QVERIFY(m_dialog->view()->isExpanded(m_dialog->model()->indexOf(QStringLiteral("claim"))));
}

void TestTagSchemaDialog::addTagIsStored()
{
    QTest::mouseClick(button("addTagButton"), Qt::LeftButton);
    const QString id = m_dialog->currentTagId();
    QVERIFY(id != QStringLiteral("person"));
    QVERIFY(tag(id));
    QCOMPARE(tag(id)->name, QStringLiteral("New tag"));
    QCOMPARE(tag(id)->parentId, QString());
    QCOMPARE(tag(id)->position, 1); // after the current tag
    QCOMPARE(tag(id)->kind, Tag::Kind::Entity); // like its neighbour
    // The name field is ready for typing over.
    QLineEdit *name = m_dialog->form()->nameEdit();
    QCOMPARE(name->selectedText(), QStringLiteral("New tag"));
    QTest::keyClicks(name, QStringLiteral("Vessel"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(tag(id)->name, QStringLiteral("Vessel"));
    QCOMPARE(m_project->undoStack()->count(), 2);
    QVERIFY(m_dialog->isVisible()); // Return finished the field, it pressed no button

    // A second new tag gets a name of its own.
    QTest::mouseClick(button("addTagButton"), Qt::LeftButton);
    QTest::mouseClick(button("addTagButton"), Qt::LeftButton);
    QCOMPARE(tag(m_dialog->currentTagId())->name, QStringLiteral("New tag 2"));
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();

    // In the file: a project opened again has it.
    const QByteArray withVessel = dump(*m_project);
    m_project->close();
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QVERIFY(!button("addTagButton")->isEnabled());
    auto reopened = std::make_unique<Project>();
    QString error;
    QVERIFY2(reopened->open(m_dir->filePath(QStringLiteral("schema.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    const Tag *stored = reopened->annotator()->tagSchema().tag(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Vessel"));
    QCOMPARE(stored->position, 1);
    QCOMPARE(dump(*reopened), withVessel);
    m_dialog->setProject(reopened.get());
    QCOMPARE(m_dialog->model()->rowCount(), 11);
    m_dialog->setProject(nullptr);
    reopened.reset();
}

void TestTagSchemaDialog::addChildTag()
{
    m_dialog->setCurrentTag(QStringLiteral("claim"));
    QTest::mouseClick(button("addChildTagButton"), Qt::LeftButton);
    const Tag *child = tag(m_dialog->currentTagId());
    QVERIFY(child);
    QCOMPARE(child->parentId, QStringLiteral("claim"));
    QCOMPARE(child->position, 5);
    QCOMPARE(child->kind, Tag::Kind::Claim);
    QCOMPARE(m_dialog->model()->indexOf(child->id).parent(), m_dialog->model()->indexOf(QStringLiteral("claim")));
    undoAll(m_initial);
}

void TestTagSchemaDialog::renameViaForm()
{
    m_dialog->setCurrentTag(QStringLiteral("place"));
    retype(m_dialog->form()->nameEdit(), QStringLiteral("Location"));
    QCOMPARE(tag(QStringLiteral("place"))->name, QStringLiteral("Location"));
    QCOMPARE(m_dialog->model()->indexOf(QStringLiteral("place")).data().toString(), QStringLiteral("Location"));
    QVERIFY(button("undoButton")->toolTip().contains(QStringLiteral("Rename")));

    // Ctrl+Z in the tree undoes, Ctrl+Shift+Z redoes.
    m_dialog->view()->setFocus();
    QTest::keyClick(m_dialog->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tag(QStringLiteral("place"))->name, QStringLiteral("Place"));
    QCOMPARE(m_dialog->form()->nameEdit()->text(), QStringLiteral("Place"));
    QCOMPARE(dump(*m_project), m_initial);
    QTest::keyClick(m_dialog->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tag(QStringLiteral("place"))->name, QStringLiteral("Location"));
    QCOMPARE(m_dialog->form()->nameEdit()->text(), QStringLiteral("Location"));
    undoAll(m_initial);
}

void TestTagSchemaDialog::emptyNameIsRefused()
{
    retype(m_dialog->form()->nameEdit(), QString());
    QCOMPARE(tag(QStringLiteral("person"))->name, QStringLiteral("Person"));
    QCOMPARE(m_dialog->form()->nameEdit()->text(), QStringLiteral("Person")); // back to what is stored
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("tagSchemaStatus"))->text().contains(QStringLiteral("name")));
    QCOMPARE(dump(*m_project), m_initial);
}

void TestTagSchemaDialog::keyTakenFromAnotherTag()
{
    m_dialog->setCurrentTag(QStringLiteral("money"));
    retype(m_dialog->form()->keyEdit(), QStringLiteral("Q")); // typed as a capital, stored in lower case
    QCOMPARE(tag(QStringLiteral("money"))->key, QStringLiteral("q"));
    QCOMPARE(tag(QStringLiteral("claim-quantity"))->key, QString());
    QCOMPARE(m_dialog->model()->indexOf(QStringLiteral("claim-quantity"), TagTreeModel::KeyColumn).data().toString(), QString());
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("tagSchemaStatus"))->text().contains(QStringLiteral("Quantity claim")));
    QCOMPARE(m_project->undoStack()->count(), 1);
    // A key the validator does not allow cannot be typed.
    retype(m_dialog->form()->keyEdit(), QStringLiteral("0"));
    QCOMPARE(m_dialog->form()->keyEdit()->text(), QStringLiteral("q"));
    QCOMPARE(tag(QStringLiteral("money"))->key, QStringLiteral("q"));
    QCOMPARE(m_project->undoStack()->count(), 1);
    undoAll(m_initial);
    QCOMPARE(tag(QStringLiteral("claim-quantity"))->key, QStringLiteral("q"));
    QCOMPARE(tag(QStringLiteral("money"))->key, QStringLiteral("6"));
}

void TestTagSchemaDialog::kindAndDescription()
{
    m_dialog->setCurrentTag(QStringLiteral("event"));
    QComboBox *kind = m_dialog->form()->kindCombo();
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Entity -> Claim
    QCOMPARE(tag(QStringLiteral("event"))->kind, Tag::Kind::Claim);
    retype(m_dialog->form()->descriptionEdit(), QStringLiteral("Something that happened."));
    QCOMPARE(tag(QStringLiteral("event"))->description, QStringLiteral("Something that happened."));
    QCOMPARE(m_project->undoStack()->count(), 2);
    undoAll(m_initial);
}

void TestTagSchemaDialog::moveIndentOutdent()
{
    const QString place = QStringLiteral("place");
    m_dialog->setCurrentTag(place);
    QCOMPARE(tag(place)->position, 2);
    QTest::mouseClick(button("moveTagUpButton"), Qt::LeftButton);
    QCOMPARE(tag(place)->position, 1);
    QTest::mouseClick(button("moveTagDownButton"), Qt::LeftButton);
    QTest::mouseClick(button("moveTagDownButton"), Qt::LeftButton);
    QCOMPARE(tag(place)->position, 3);
    QCOMPARE(m_project->annotator()->tagSchema().children(QString()).at(2).id, QStringLiteral("group"));

    QTest::mouseClick(button("indentTagButton"), Qt::LeftButton);
    QCOMPARE(tag(place)->parentId, QStringLiteral("group"));
    QCOMPARE(tag(place)->position, 0);
    QCOMPARE(m_dialog->currentTagId(), place); // the current tag follows the move
    QVERIFY(m_dialog->view()->isExpanded(m_dialog->model()->indexOf(QStringLiteral("group"))));
    QVERIFY(button("outdentTagButton")->isEnabled());
    QVERIFY(!button("indentTagButton")->isEnabled()); // no sibling above

    QTest::mouseClick(button("outdentTagButton"), Qt::LeftButton);
    QCOMPARE(tag(place)->parentId, QString());
    QCOMPARE(tag(place)->position, 3); // right after its old parent
    QCOMPARE(m_project->undoStack()->count(), 5);
    undoAll(m_initial);
    QCOMPARE(tag(place)->position, 2);
    QCOMPARE(m_dialog->currentTagId(), place);
}

void TestTagSchemaDialog::recolour()
{
    QColor offered;
    m_dialog->setColourChooser([&](const QColor &initial, QWidget *) {
        offered = initial;
        return QColor(QStringLiteral("#123456"));
    });
    QTest::mouseClick(button("colourTagButton"), Qt::LeftButton);
    QCOMPARE(offered, QColor(QStringLiteral("#4e79a7")));
    QCOMPARE(tag(QStringLiteral("person"))->colour, QColor(QStringLiteral("#123456")));
    QCOMPARE(m_dialog->model()->indexOf(QStringLiteral("person")).data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#123456")));

    m_dialog->setCurrentTag(QStringLiteral("claim"));
    m_dialog->recolourCurrentTag(QColor(Qt::darkGreen));
    QCOMPARE(tag(QStringLiteral("claim"))->colour, QColor(Qt::darkGreen));

    // Cancelling the chooser changes nothing.
    m_dialog->setColourChooser([](const QColor &, QWidget *) { return QColor(); });
    QTest::mouseClick(button("colourTagButton"), Qt::LeftButton);
    QCOMPARE(m_project->undoStack()->count(), 2);
    undoAll(m_initial);
}

void TestTagSchemaDialog::removalDialogDefaults()
{
    const TagSchema &schema = m_project->annotator()->tagSchema();
    // A child tag: its annotations move up to the parent unless the user says otherwise.
    TagRemovalDialog child(schema, QStringLiteral("claim-quantity"), 1);
    QCOMPARE(child.objectName(), QStringLiteral("tagRemovalDialog"));
    QCOMPARE(child.deleteButton()->text(), QStringLiteral("Delete its annotation"));
    QVERIFY(child.retagButton()->isChecked());
    QCOMPARE(child.removal(), Annotator::TagRemoval::RetagAnnotations);
    QCOMPARE(child.retagTo(), QStringLiteral("claim"));
    QCOMPARE(child.targetCombo()->count(), schema.size() - 1);
    // A parent: the question says where its children go.
    TagRemovalDialog parent(schema, QStringLiteral("claim"), 7);
    QCOMPARE(parent.deleteButton()->text(), QStringLiteral("Delete its 7 annotations"));
    QVERIFY(parent.findChild<QLabel *>(QStringLiteral("tagRemovalQuestion"))->text().contains(QStringLiteral("child tags")));
    QCOMPARE(parent.removal(), Annotator::TagRemoval::DeleteAnnotations);
    QCOMPARE(parent.retagTo(), QString());
}

void TestTagSchemaDialog::deleteMovesAnnotations()
{
    const QStringList figures = tagTwoFigures();
    QCOMPARE(figures.size(), 2);
    const QByteArray before = dump(*m_project);
    const int steps = m_project->undoStack()->count();

    TagRemovalDialog *ask = openRemovalDialog(QStringLiteral("figure"));
    QVERIFY(ask);
    QVERIFY(ask->deleteButton()->text().contains(QStringLiteral("2 annotations")));
    // A top-level tag has no obvious place for its annotations: no target is guessed.
    QVERIFY(ask->deleteButton()->isChecked());
    QComboBox *target = ask->targetCombo();
    QCOMPARE(target->currentIndex(), -1);
    QCOMPARE(target->findData(QStringLiteral("figure")), -1);
    QPushButton *ok = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ask->retagButton(), Qt::LeftButton, {}, QPoint(6, ask->retagButton()->height() / 2));
    QVERIFY(ask->retagButton()->isChecked());
    QVERIFY(!ok->isEnabled()); // moving needs a tag to move to
    target->setCurrentIndex(target->findData(QStringLiteral("claim-quantity")));
    QCOMPARE(target->currentText(), QStringLiteral("Claim / Quantity claim"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(ask->retagTo(), QStringLiteral("claim-quantity"));
    QTest::mouseClick(ok, Qt::LeftButton);

    QVERIFY(!tag(QStringLiteral("figure")));
    QList<Annotation> moved = m_project->annotator()->annotationStore().byTag(QStringLiteral("claim-quantity"));
    QCOMPARE(moved.size(), 2);
    QStringList movedIds{moved.at(0).id, moved.at(1).id};
    movedIds.sort();
    QStringList expected = figures;
    expected.sort();
    QCOMPARE(movedIds, expected);
    QCOMPARE(moved.at(0).kind, Annotation::Kind::Claim);
    QVERIFY(!m_dialog->currentTagId().isEmpty());
    QCOMPARE(m_project->undoStack()->count(), steps + 1);

    QTest::mouseClick(button("undoButton"), Qt::LeftButton);
    QCOMPARE(dump(*m_project), before);
    QCOMPARE(m_project->annotator()->annotationStore().byTag(QStringLiteral("figure")).size(), 2);
    QTRY_COMPARE(m_dialog->model()->indexOf(QStringLiteral("figure"), TagTreeModel::AnnotationsColumn).data().toInt(), 2);
}

void TestTagSchemaDialog::deleteRemovesAnnotations()
{
    QCOMPARE(tagTwoFigures().size(), 2);
    const QByteArray before = dump(*m_project);
    const int annotations = m_project->annotator()->annotationStore().count();

    TagRemovalDialog *ask = openRemovalDialog(QStringLiteral("figure"));
    QVERIFY(ask);
    // On the radio's indicator (its middle may lie past its label).
    QTest::mouseClick(ask->deleteButton(), Qt::LeftButton, {}, QPoint(6, ask->deleteButton()->height() / 2));
    QVERIFY(ask->deleteButton()->isChecked());
    QCOMPARE(ask->retagTo(), QString());
    QTest::mouseClick(ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(!tag(QStringLiteral("figure")));
    QCOMPARE(m_project->annotator()->annotationStore().count(), annotations - 2);
    QCOMPARE(m_project->annotator()->annotationStore().byTag(QStringLiteral("figure")).size(), 0);

    QTest::mouseClick(button("undoButton"), Qt::LeftButton);
    QCOMPARE(dump(*m_project), before);
    QCOMPARE(m_project->annotator()->annotationStore().count(), annotations);
    QTest::mouseClick(button("redoButton"), Qt::LeftButton);
    QCOMPARE(m_project->annotator()->annotationStore().count(), annotations - 2);
}

void TestTagSchemaDialog::cancelledDeleteChangesNothing()
{
    QCOMPARE(tagTwoFigures().size(), 2);
    const QByteArray before = dump(*m_project);
    QPointer<TagRemovalDialog> ask = openRemovalDialog(QStringLiteral("figure"));
    QVERIFY(ask);
    QTest::keyClick(ask.data(), Qt::Key_Escape);
    QTRY_VERIFY(!ask); // closed and deleted
    QVERIFY(tag(QStringLiteral("figure")));
    QCOMPARE(dump(*m_project), before);
}

void TestTagSchemaDialog::unusedTagIsDeletedAtOnce()
{
    m_dialog->setCurrentTag(QStringLiteral("claim"));
    QTest::mouseClick(button("deleteTagButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->findChild<TagRemovalDialog *>());
    QVERIFY(!tag(QStringLiteral("claim")));
    QCOMPARE(tag(QStringLiteral("claim-quantity"))->parentId, QString());
    // Its first child took its place and is current.
    QCOMPARE(m_dialog->currentTagId(), QStringLiteral("claim-quantity"));
    QCOMPARE(m_dialog->form()->nameEdit()->text(), QStringLiteral("Quantity claim"));
    undoAll(m_initial);
    QCOMPARE(m_dialog->model()->rowCount(m_dialog->model()->indexOf(QStringLiteral("claim"))), 5);
}

void TestTagSchemaDialog::followsUndoFromElsewhere()
{
    m_dialog->setCurrentTag(QStringLiteral("organisation"));
    Tag renamed = *tag(QStringLiteral("organisation"));
    renamed.name = QStringLiteral("Body");
    QVERIFY(m_project->annotator()->changeTag(renamed));
    QCOMPARE(m_dialog->form()->nameEdit()->text(), QStringLiteral("Body"));
    QVERIFY(button("undoButton")->isEnabled());
    m_project->undoStack()->undo();
    QCOMPARE(m_dialog->form()->nameEdit()->text(), QStringLiteral("Organisation"));
    QVERIFY(!button("undoButton")->isEnabled());
    QVERIFY(button("redoButton")->isEnabled());
}

void TestTagSchemaDialog::readOnlyProjectCannotBeEdited()
{
    // The first project holds the lock: a second one on the same file opens read-only.
    Project second;
    QString error;
    QVERIFY2(second.open(m_dir->filePath(QStringLiteral("schema.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(second.isReadOnly());
    m_dialog->setProject(&second);
    QCOMPARE(m_dialog->model()->rowCount(), 10);
    QCOMPARE(m_dialog->currentTagId(), QStringLiteral("person"));
    for (const char *name : {"addTagButton", "addChildTagButton", "deleteTagButton", "moveTagDownButton", "indentTagButton", "colourTagButton"})
        QVERIFY2(!button(name)->isEnabled(), name);
    QVERIFY(!m_dialog->form()->nameEdit()->isEnabled());
    QVERIFY(!m_dialog->model()->flags(m_dialog->model()->indexOf(QStringLiteral("person"))).testFlag(Qt::ItemIsEditable));
    m_dialog->recolourCurrentTag(QColor(Qt::black));
    QCOMPARE(second.annotator()->tagSchema().tag(QStringLiteral("person"))->colour, QColor(QStringLiteral("#4e79a7")));
    m_dialog->setProject(m_project.get());
    QVERIFY(button("addTagButton")->isEnabled());
}

QTEST_MAIN(TestTagSchemaDialog)
#include "tst_tagschemadialog.moc"
