// Annotating in the reader from the keyboard and the mouse, on real widgets (offscreen): selecting and
// pressing a tag key, snapping to words, adjusting boundaries, stepping through annotations, deleting
// and undoing, overlapping spans drawn distinguishably, text with characters outside the BMP.
#include "../model/tst_annotationsupport.h"
#include "reader/annotationcontroller.h"
#include "reader/annotationoverlay.h"
#include "reader/annotationtooltip.h"
#include "reader/readerinput.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "uitestsupport.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Gloss;
using namespace Gloss::Ui;
using AnnotationTest::HarbourText;
using AnnotationTest::spanOf;

class TestReaderAnnotate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardSelectionAndDigitTagsIt();
    void snapsPartialWordsToWholeWords();
    void snapCanBeSwitchedOff();
    void letterKeyTagsAClaim();
    void keyWithoutSelectionRetagsTheCurrentAnnotation();
    void shiftAndAltArrowsMoveTheBoundaries();
    void ctrlMovesBoundariesByWord();
    void deleteKeyRemovesAndUndoRestores();
    void tabStepsThroughAnnotations();
    void escapeLetsGoOfTheCurrentAnnotation();
    void arrowKeyLetsGoAndShiftSelectsAgain();
    void overlappingAnnotationsAreDrawnDistinguishably();
    void suggestionsAreDashed();
    void suggestionAroundAnAnnotationKeepsItsBackground();
    void clickSelectsAndCyclesStackedAnnotations();
    void astralTextKeepsUtf16Offsets();
    void undoRedrawsAndSwitchingArticlesKeepsUndo();
    void readOnlyProjectRefusesWithAMessage();
    void contextMenuOffersTaggingAndEditing();
    void tooltipEscapesArticleText();

private:
    void showHarbour();
    void selectWithKeyboard(int from, int to);
    QTextCharFormat formatAt(int position) const;
    QList<Annotation> annotations() const { return m_project->annotator()->annotationsOf(m_ids.value(0)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ReaderPane> m_reader;
    QStringList m_ids;
};

void TestReaderAnnotate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
    m_project = std::make_unique<Project>();
    m_ids = AnnotationTest::createProject(*m_project, m_dir->filePath(QStringLiteral("p.gloss")));
    QCOMPARE(m_ids.size(), 2);
    m_reader = std::make_unique<ReaderPane>();
    m_reader->resize(900, 600);
    m_reader->annotations()->setProject(m_project.get());
    m_reader->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
    showHarbour();
}

void TestReaderAnnotate::cleanup()
{
    m_reader.reset();
    m_project.reset();
    m_dir.reset();
}

void TestReaderAnnotate::showHarbour()
{
    const std::optional<Article> article = m_project->store().article(m_ids.value(0));
    QVERIFY(article);
    m_reader->showArticle(*article);
    m_reader->view()->setFocus();
    QTRY_VERIFY(m_reader->view()->hasFocus());
}

void TestReaderAnnotate::selectWithKeyboard(int from, int to)
{
    QTextCursor cursor = m_reader->view()->textCursor();
    cursor.setPosition(from);
    m_reader->view()->setTextCursor(cursor);
    for (int i = from; i < to; ++i)
        QTest::keyClick(m_reader->view(), Qt::Key_Right, Qt::ShiftModifier);
}

QTextCharFormat TestReaderAnnotate::formatAt(int position) const
{
    const QTextBlock block = m_reader->view()->document()->findBlock(position);
    const int inBlock = position - block.position();
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= inBlock && inBlock < range.start + range.length)
            result.merge(range.format);
    }
    return result;
}

void TestReaderAnnotate::keyboardSelectionAndDigitTagsIt()
{
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start, name.end);
    QCOMPARE(m_reader->view()->textCursor().selectedText(), QStringLiteral("Ada Lovelace"));
    QSignalSpy current(m_reader->annotations(), &AnnotationController::currentAnnotationChanged);
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    const QList<Annotation> stored = annotations();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().tagId, QStringLiteral("person"));
    QCOMPARE(stored.first().spans, Spans{name});
    QCOMPARE(stored.first().quote, QStringLiteral("Ada Lovelace"));
    QVERIFY(!stored.first().author.isEmpty());
    // The new annotation is current and drawn, the selection gone.
    QCOMPARE(m_reader->annotations()->currentAnnotation(), stored.first().id);
    QCOMPARE(current.count(), 1);
    QVERIFY(!m_reader->view()->textCursor().hasSelection());
    QVERIFY(formatAt(name.start + 1).hasProperty(QTextFormat::BackgroundBrush));
    // Saved when the key press returned: a second connection to the file sees it.
    ProjectStore other;
    QVERIFY(other.open(m_project->path(), ProjectStore::Mode::ReadOnly));
    QSqlQuery query(other.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM annotations")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestReaderAnnotate::snapsPartialWordsToWholeWords()
{
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start + 1, name.end - 2); // "da Lovela"
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("Ada Lovelace"));
}

void TestReaderAnnotate::snapCanBeSwitchedOff()
{
    m_reader->annotations()->setSnapToWords(false);
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start + 1, name.end - 2);
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("da Lovela"));
}

void TestReaderAnnotate::letterKeyTagsAClaim()
{
    const Span claim = spanOf(HarbourText, QStringLiteral("more than 6,000 were damaged"));
    selectWithKeyboard(claim.start, claim.end);
    QTest::keyClick(m_reader->view(), Qt::Key_Q);
    const Annotation stored = annotations().value(0);
    QCOMPARE(stored.tagId, QStringLiteral("claim-quantity"));
    QCOMPARE(stored.kind, Annotation::Kind::Claim);
    // A key no tag has does nothing (and is not typed anywhere: the reader is read-only).
    selectWithKeyboard(0, 8);
    QTest::keyClick(m_reader->view(), Qt::Key_Z);
    QCOMPARE(annotations().size(), 1);
}

void TestReaderAnnotate::keyWithoutSelectionRetagsTheCurrentAnnotation()
{
    const Span place = spanOf(HarbourText, QStringLiteral("Port Calder"));
    selectWithKeyboard(place.start, place.end);
    QTest::keyClick(m_reader->view(), Qt::Key_2);
    QCOMPARE(annotations().value(0).tagId, QStringLiteral("organisation"));
    QTest::keyClick(m_reader->view(), Qt::Key_3);
    QCOMPARE(annotations().size(), 1);
    QCOMPARE(annotations().value(0).tagId, QStringLiteral("place"));
    m_project->undoStack()->undo();
    QCOMPARE(annotations().value(0).tagId, QStringLiteral("organisation"));
}

void TestReaderAnnotate::shiftAndAltArrowsMoveTheBoundaries()
{
    const Span figure = spanOf(HarbourText, QStringLiteral("5,000"));
    selectWithKeyboard(figure.start, figure.end);
    QTest::keyClick(m_reader->view(), Qt::Key_5);
    // End: Shift+Right grows it by one character, Shift+Left shrinks it.
    for (int i = 0; i < 11; ++i)
        QTest::keyClick(m_reader->view(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("5,000 containers"));
    QTest::keyClick(m_reader->view(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("5,000 container"));
    // Start: Alt+Left grows it to the left, Alt+Right shrinks it.
    QTest::keyClick(m_reader->view(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral(" 5,000 container"));
    QTest::keyClick(m_reader->view(), Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(m_reader->view(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral(",000 container"));
    // The adjustments of one annotation are one undo step after the tagging.
    QCOMPARE(m_project->undoStack()->count(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(annotations().value(0).quote, QStringLiteral("5,000"));
}

void TestReaderAnnotate::ctrlMovesBoundariesByWord()
{
    const Span figure = spanOf(HarbourText, QStringLiteral("5,000"));
    selectWithKeyboard(figure.start, figure.end);
    QTest::keyClick(m_reader->view(), Qt::Key_5);
    QTest::keyClick(m_reader->view(), Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("5,000 containers"));
    QTest::keyClick(m_reader->view(), Qt::Key_Left, Qt::AltModifier | Qt::ControlModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("that 5,000 containers"));
}

void TestReaderAnnotate::deleteKeyRemovesAndUndoRestores()
{
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start, name.end);
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    const QByteArray tagged = AnnotationTest::dump(*m_project);
    QTest::keyClick(m_reader->view(), Qt::Key_Delete);
    QVERIFY(annotations().isEmpty());
    QVERIFY(m_reader->annotations()->currentAnnotation().isEmpty());
    QVERIFY(!formatAt(name.start + 1).hasProperty(QTextFormat::BackgroundBrush));
    m_project->undoStack()->undo();
    QCOMPARE(AnnotationTest::dump(*m_project), tagged);
    QTRY_VERIFY(formatAt(name.start + 1).hasProperty(QTextFormat::BackgroundBrush));
    m_project->undoStack()->redo();
    QVERIFY(annotations().isEmpty());
}

void TestReaderAnnotate::tabStepsThroughAnnotations()
{
    Annotator *annotator = m_project->annotator();
    const QString first = *annotator->addAnnotation(m_ids[0], {spanOf(HarbourText, QStringLiteral("Ada Lovelace"))}, QStringLiteral("person"));
    const QString second = *annotator->addAnnotation(m_ids[0], {spanOf(HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place"));
    const QString third = *annotator->addAnnotation(m_ids[0], {spanOf(HarbourText, QStringLiteral("Friday"))}, QStringLiteral("datetime"));
    QTextCursor cursor = m_reader->view()->textCursor();
    cursor.setPosition(0);
    m_reader->view()->setTextCursor(cursor);
    QTest::keyClick(m_reader->view(), Qt::Key_Tab);
    QCOMPARE(m_reader->annotations()->currentAnnotation(), first);
    QTest::keyClick(m_reader->view(), Qt::Key_Tab);
    QCOMPARE(m_reader->annotations()->currentAnnotation(), second);
    QTest::keyClick(m_reader->view(), Qt::Key_Tab);
    QCOMPARE(m_reader->annotations()->currentAnnotation(), third);
    QVERIFY(m_reader->view()->hasFocus()); // Tab stayed in the reader
    QTest::keyClick(m_reader->view(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_reader->annotations()->currentAnnotation(), second);
    // The caret follows, so the current annotation is on screen.
    QCOMPARE(m_reader->view()->textCursor().position(), spanOf(HarbourText, QStringLiteral("Port Calder")).end);
}

void TestReaderAnnotate::escapeLetsGoOfTheCurrentAnnotation()
{
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start, name.end);
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    QVERIFY(!m_reader->annotations()->currentAnnotation().isEmpty());
    QTest::keyClick(m_reader->view(), Qt::Key_Escape);
    QVERIFY(m_reader->annotations()->currentAnnotation().isEmpty());
    // With no current annotation, Delete deletes nothing.
    QTest::keyClick(m_reader->view(), Qt::Key_Delete);
    QCOMPARE(annotations().size(), 1);
}

void TestReaderAnnotate::arrowKeyLetsGoAndShiftSelectsAgain()
{
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start, name.end);
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    QTest::keyClick(m_reader->view(), Qt::Key_Right);
    QVERIFY(m_reader->annotations()->currentAnnotation().isEmpty());
    QTest::keyClick(m_reader->view(), Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(m_reader->view()->textCursor().hasSelection());
    QCOMPARE(annotations().value(0).quote, QStringLiteral("Ada Lovelace")); // untouched
}

void TestReaderAnnotate::overlappingAnnotationsAreDrawnDistinguishably()
{
    Annotator *annotator = m_project->annotator();
    const Span claim = spanOf(HarbourText, QStringLiteral("5,000 containers 🚢 were inspected at Port Calder"));
    const Span place = spanOf(HarbourText, QStringLiteral("Port Calder"));
    const QString outer = *annotator->addAnnotation(m_ids[0], {claim}, QStringLiteral("claim-quantity"));
    const QString inner = *annotator->addAnnotation(m_ids[0], {place}, QStringLiteral("place"));
    const QTextCharFormat outside = formatAt(claim.start + 2);
    const QTextCharFormat nested = formatAt(place.start + 2);
    QVERIFY(outside.hasProperty(QTextFormat::BackgroundBrush));
    QCOMPARE(outside.underlineStyle(), QTextCharFormat::NoUnderline);
    // The nested one keeps the outer background and adds an underline in its own tag's colour.
    QCOMPARE(nested.background(), outside.background());
    QCOMPARE(nested.underlineStyle(), QTextCharFormat::SingleUnderline);
    QCOMPARE(nested.underlineColor(), m_project->annotator()->tagSchema().tag(QStringLiteral("place"))->colour);
    // Each can be made current; the current one gets the strong background.
    m_reader->annotations()->setCurrentAnnotation(inner);
    QVERIFY(formatAt(place.start + 2).background() != outside.background());
    m_reader->annotations()->setCurrentAnnotation(outer);
    QVERIFY(formatAt(claim.start + 2).background() != outside.background());
    QCOMPARE(formatAt(place.start + 2).underlineColor(), m_project->annotator()->tagSchema().tag(QStringLiteral("place"))->colour);
}

void TestReaderAnnotate::suggestionsAreDashed()
{
    Annotation draft;
    draft.articleId = m_ids[0];
    draft.spans = {spanOf(HarbourText, QStringLiteral("Friday"))};
    draft.tagId = QStringLiteral("datetime");
    draft.status = Annotation::Status::Suggested;
    draft.suggestionSource = QStringLiteral("rules");
    draft.score = 0.8;
    QVERIFY(m_project->annotator()->addAnnotations({draft}));
    const QTextCharFormat format = formatAt(draft.spans[0].start + 1);
    QCOMPARE(format.underlineStyle(), QTextCharFormat::DashUnderline);
    QVERIFY(!format.hasProperty(QTextFormat::BackgroundBrush));
}

void TestReaderAnnotate::suggestionAroundAnAnnotationKeepsItsBackground()
{
    // A suggested claim sentence around the analyst's own annotation: the annotation keeps its
    // background, the sentence gets a dotted underline.
    const Span sentence = spanOf(HarbourText, QStringLiteral("Inspectors expect to finish by Friday"));
    Annotation draft;
    draft.articleId = m_ids[0];
    draft.spans = {sentence};
    draft.tagId = QStringLiteral("claim");
    draft.kind = Annotation::Kind::Claim;
    draft.status = Annotation::Status::Suggested;
    draft.suggestionSource = QStringLiteral("rules");
    QVERIFY(m_project->annotator()->addAnnotations({draft}));
    const Span day = spanOf(HarbourText, QStringLiteral("Friday"));
    QVERIFY(m_project->annotator()->addAnnotation(m_ids[0], {day}, QStringLiteral("datetime")));
    const QTextCharFormat inside = formatAt(day.start + 1);
    QVERIFY(inside.hasProperty(QTextFormat::BackgroundBrush));
    const QTextCharFormat around = formatAt(sentence.start + 1);
    QVERIFY(!around.hasProperty(QTextFormat::BackgroundBrush));
    QCOMPARE(around.underlineStyle(), QTextCharFormat::DotLine);
}

void TestReaderAnnotate::clickSelectsAndCyclesStackedAnnotations()
{
    Annotator *annotator = m_project->annotator();
    const Span claim = spanOf(HarbourText, QStringLiteral("5,000 containers 🚢 were inspected at Port Calder"));
    const Span place = spanOf(HarbourText, QStringLiteral("Port Calder"));
    const QString outer = *annotator->addAnnotation(m_ids[0], {claim}, QStringLiteral("claim-quantity"));
    const QString inner = *annotator->addAnnotation(m_ids[0], {place}, QStringLiteral("place"));
    ReaderView *view = m_reader->view();
    QTextCursor cursor(view->document());
    cursor.setPosition(place.start + 3);
    const QRect caret = view->cursorRect(cursor);
    const QPoint inside = caret.center() + QPoint(3, 0); // on the character after the caret
    QSignalSpy current(m_reader->annotations(), &AnnotationController::currentAnnotationChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(m_reader->annotations()->currentAnnotation(), inner); // innermost first
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(m_reader->annotations()->currentAnnotation(), outer);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(m_reader->annotations()->currentAnnotation(), inner);
    QCOMPARE(current.count(), 3);
    // A click on plain text lets go.
    cursor.setPosition(2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center() + QPoint(3, 0));
    QVERIFY(m_reader->annotations()->currentAnnotation().isEmpty());
}

void TestReaderAnnotate::astralTextKeepsUtf16Offsets()
{
    // "damaged 𠀋 in": the CJK character is two UTF-16 units; the ship emoji before it too.
    const Span span = spanOf(HarbourText, QStringLiteral("damaged 𠀋 in"));
    selectWithKeyboard(span.start, span.end - 1); // keyboard steps over a surrogate pair as one character
    QCOMPARE(m_reader->view()->textCursor().selectionEnd(), span.end);
    QTest::keyClick(m_reader->view(), Qt::Key_7);
    const Annotation stored = annotations().value(0);
    QCOMPARE(stored.spans, Spans{span});
    QCOMPARE(stored.quote, QStringLiteral("damaged 𠀋 in"));
    // Shrinking the end by one character steps over "n", then over " ", never splitting the pair.
    QTest::keyClick(m_reader->view(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_reader->view(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_reader->view(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("damaged 𠀋"));
    QTest::keyClick(m_reader->view(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(annotations().value(0).quote, QStringLiteral("damaged "));
}

void TestReaderAnnotate::undoRedrawsAndSwitchingArticlesKeepsUndo()
{
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start, name.end);
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    // Another article, then back: the undo stack is the project's, not the article's.
    m_reader->showArticle(*m_project->store().article(m_ids[1]));
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    showHarbour();
    QVERIFY(annotations().isEmpty());
    QVERIFY(!formatAt(name.start + 1).hasProperty(QTextFormat::BackgroundBrush));
    m_project->undoStack()->redo();
    QTRY_VERIFY(formatAt(name.start + 1).hasProperty(QTextFormat::BackgroundBrush));
}

void TestReaderAnnotate::readOnlyProjectRefusesWithAMessage()
{
    const QString path = m_project->path();
    m_reader->annotations()->setProject(nullptr);
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY(m_project->open(path, ProjectStore::Mode::ReadOnly, &error));
    m_reader->annotations()->setProject(m_project.get());
    showHarbour();
    QSignalSpy messages(m_project.get(), &Project::message);
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start, name.end);
    QTest::keyClick(m_reader->view(), Qt::Key_1);
    QVERIFY(annotations().isEmpty());
    QCOMPARE(messages.count(), 1);
}

void TestReaderAnnotate::contextMenuOffersTaggingAndEditing()
{
    const Span name = spanOf(HarbourText, QStringLiteral("Ada Lovelace"));
    selectWithKeyboard(name.start, name.end);
    std::unique_ptr<QMenu> menu(m_reader->input()->createContextMenu(name.start + 1, QPoint(10, 10)));
    auto *tagAction = menu->findChild<QAction *>(QStringLiteral("tagAction_person"));
    QVERIFY(tagAction);
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("quickTagAction")));
    tagAction->trigger();
    QCOMPARE(annotations().value(0).tagId, QStringLiteral("person"));
    menu.reset(m_reader->input()->createContextMenu(name.start + 1, QPoint(10, 10)));
    QVERIFY(menu->findChild<QMenu *>(QStringLiteral("changeTagMenu")));
    QSignalSpy edit(m_reader->input(), &ReaderInput::editRequested);
    menu->findChild<QAction *>(QStringLiteral("editAnnotationAction"))->trigger();
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.first().first().toString(), annotations().value(0).id);
    menu->findChild<QAction *>(QStringLiteral("tagAction_organisation"))->trigger();
    QCOMPARE(annotations().value(0).tagId, QStringLiteral("organisation"));
    menu->findChild<QAction *>(QStringLiteral("deleteAnnotationMenuAction"))->trigger();
    QVERIFY(annotations().isEmpty());
}

void TestReaderAnnotate::tooltipEscapesArticleText()
{
    Annotation annotation;
    annotation.tagId = QStringLiteral("person");
    annotation.quote = QStringLiteral("<img src=x onerror=alert(1)>");
    annotation.note = QStringLiteral("checked <b>twice</b>");
    annotation.author = QStringLiteral("ana");
    const QString html = AnnotationTooltip::html({&annotation}, m_project->annotator()->tagSchema());
    QVERIFY(html.contains(QStringLiteral("Person")));
    QVERIFY(html.contains(QStringLiteral("&lt;img")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("checked &lt;b&gt;twice")));
    QVERIFY(AnnotationTooltip::html({}, m_project->annotator()->tagSchema()).isEmpty());
}

QTEST_MAIN(TestReaderAnnotate)
#include "tst_readerannotate.moc"
