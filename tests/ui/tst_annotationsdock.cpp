// The annotations dock driven as an analyst would (offscreen): scopes following the article being
// read, the filters (typed text after its pause, tag, author, status), Enter and selection signals,
// Delete and undo, the context menu's retag and delete-all commands, and a read-only project.
#include "docks/annotationsdock.h"
#include "import/articleimporter.h"
#include "models/annotationfilterproxymodel.h"
#include "models/annotationlistmodel.h"
#include "project.h"
#include "ui/uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Gloss;
using namespace Gloss::Ui;

namespace
{
using Status = Annotation::Status;
using Kind = Annotation::Kind;

struct Mark {
    const char *name;
    int article;
    const char *text;
    const char *tag;
    Kind kind;
    Status status;
    const char *author;
};

// Eight annotations over the first two story articles; "rejected" is a turned-down suggestion.
const Mark Marks[] = {
    {"whitlock", 0, "Dana Whitlock", "person", Kind::Entity, Status::Accepted, "ana"},
    {"bridge", 0, "Tarrow toll bridge", "place", Kind::Entity, Status::Accepted, "ana"},
    {"vehicles", 0, "About 14,000 vehicles cross the bridge each day", "claim-quantity", Kind::Claim, Status::Accepted, "ben"},
    {"tuesday", 0, "Tuesday", "datetime", Kind::Entity, Status::Suggested, "ben"},
    {"rejected", 0, "$12 million", "money", Kind::Entity, Status::Rejected, "ben"},
    {"crossing", 1, "Tarrow crossing", "place", Kind::Entity, Status::Accepted, "ana"},
    {"council", 1, "12,500 vehicles a day", "claim-quantity", Kind::Claim, Status::Accepted, "cleo"},
    {"detour", 1, "38 kilometres", "figure", Kind::Entity, Status::Accepted, "ana"},
};
} // namespace

class TestAnnotationsDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hasNamedWidgets();
    void scopeFollowsCurrentArticle();
    void typedTextFiltersAfterPause_data();
    void typedTextFiltersAfterPause();
    void comboFilters_data();
    void comboFilters();
    void authorListFollowsAnnotations();
    void enterActivatesRow();
    void doubleClickActivatesRow();
    void userMovesEmitSelectedProgramDoesNot();
    void deleteKeyRemovesSelectionAndUndoRestores();
    void contextMenuRetagsAll();
    void contextMenuChangesTagOfSelection();
    void deleteAllTaggedAsksFirst();
    void readOnlyProjectDisablesEditing();
    void activateFocusesTextFilter();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_dock->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QSet<QString> shown() const;
    QSet<QString> idsOf(std::initializer_list<const char *> names) const;
    void choose(const char *comboName, const QString &text);
    QMenu *openContextMenuOn(const QString &annotationId);
    /// Answers the next modal message box with \a button once it shows.
    void answerMessageBox(QMessageBox::StandardButton button);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QMainWindow> m_window;
    AnnotationsDock *m_dock = nullptr;
    QStringList m_articles;
    QHash<QString, QString> m_ids;
};

void TestAnnotationsDock::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_annotationsdock"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnnotationsDock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(m_dir->filePath(QStringLiteral("story.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    ImportBatch batch;
    batch.articles = GlossTest::storyArticles();
    m_articles = m_project->addArticles(batch).addedIds;
    QCOMPARE(m_articles.size(), batch.articles.size());

    QList<Annotation> drafts;
    for (const Mark &mark : Marks) {
        const QString &text = batch.articles.at(mark.article).text;
        const QString needle = QString::fromUtf8(mark.text);
        const qsizetype at = text.indexOf(needle);
        QVERIFY2(at >= 0, mark.text);
        Annotation annotation;
        annotation.articleId = m_articles.at(mark.article);
        annotation.spans = {Span{int(at), int(at + needle.size())}};
        annotation.tagId = QString::fromLatin1(mark.tag);
        annotation.kind = mark.kind;
        annotation.status = mark.status;
        annotation.author = QString::fromLatin1(mark.author);
        drafts.append(annotation);
    }
    const std::optional<QStringList> ids = m_project->annotator()->addAnnotations(drafts);
    QVERIFY(ids);
    m_ids.clear();
    for (qsizetype i = 0; i < ids->size(); ++i)
        m_ids.insert(QString::fromLatin1(Marks[i].name), ids->at(i));
    m_project->undoStack()->clear();

    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QWidget);
    m_dock = new AnnotationsDock(m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(1000, 700);
    m_dock->setProject(m_project.get());
    m_dock->setCurrentArticle(m_articles.at(0));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAnnotationsDock::cleanup()
{
    m_window.reset();
    m_dock = nullptr;
    m_project.reset();
    m_dir.reset();
}

QSet<QString> TestAnnotationsDock::shown() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_dock->proxy()->rowCount(); ++row)
        ids.insert(m_dock->proxy()->annotationId(row));
    return ids;
}

QSet<QString> TestAnnotationsDock::idsOf(std::initializer_list<const char *> names) const
{
    QSet<QString> ids;
    for (const char *name : names)
        ids.insert(m_ids.value(QString::fromLatin1(name)));
    return ids;
}

void TestAnnotationsDock::choose(const char *comboName, const QString &text)
{
    auto *combo = child<QComboBox>(comboName);
    const int index = combo->findText(text);
    if (index < 0)
        qFatal("%s has no item %s", comboName, qPrintable(text));
    combo->setCurrentIndex(index);
}

QMenu *TestAnnotationsDock::openContextMenuOn(const QString &annotationId)
{
    m_dock->selectAnnotation(annotationId);
    QTreeView *view = m_dock->view();
    const QRect rect = view->visualRect(view->currentIndex());
    QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(view->viewport(), &event);
    auto *menu = child<QMenu>("annotationContextMenu");
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return nullptr;
    return menu;
}

void TestAnnotationsDock::answerMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

void TestAnnotationsDock::hasNamedWidgets()
{
    QCOMPARE(m_dock->objectName(), QStringLiteral("annotationsDock"));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Annotations"));
    QCOMPARE(m_dock->toggleViewAction()->objectName(), QStringLiteral("toggleAnnotationsDockAction"));
    for (const char *name : {"annotationScope", "annotationTagFilter", "annotationKindFilter", "annotationAuthorFilter", "annotationStatusFilter"})
        QVERIFY2(m_dock->findChild<QComboBox *>(QString::fromLatin1(name)), name);
    QVERIFY(child<QLineEdit>("annotationTextFilter")->isClearButtonEnabled());
    QCOMPARE(m_dock->view()->objectName(), QStringLiteral("annotationList"));
    QVERIFY(m_dock->view()->uniformRowHeights());
    QVERIFY(m_dock->view()->alternatingRowColors());
    QCOMPARE(m_dock->view()->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(m_dock->view()->isSortingEnabled());
    QCOMPARE(child<QComboBox>("annotationScope")->currentText(), QStringLiteral("This article"));
    QCOMPARE(child<QComboBox>("annotationStatusFilter")->currentText(), QStringLiteral("Accepted and suggested"));

    // Every tag, indented by depth, with its colour.
    auto *tags = child<QComboBox>("annotationTagFilter");
    QCOMPARE(tags->count(), 1 + m_project->annotator()->tagSchema().size());
    QCOMPARE(tags->itemText(0), QStringLiteral("Any tag"));
    const int quantity = tags->findData(QStringLiteral("claim-quantity"));
    QVERIFY(quantity > 0);
    QCOMPARE(tags->itemText(quantity), QStringLiteral("    Quantity claim"));
    QCOMPARE(tags->itemText(tags->findData(QStringLiteral("claim"))), QStringLiteral("Claim"));
    QVERIFY(!tags->itemIcon(quantity).isNull());
    // The rejected suggestion is hidden by default.
    QCOMPARE(child<QLabel>("annotationCount")->text(), QStringLiteral("4 of 5 annotations"));
}

void TestAnnotationsDock::scopeFollowsCurrentArticle()
{
    QCOMPARE(shown(), idsOf({"whitlock", "bridge", "vehicles", "tuesday"}));
    m_dock->setCurrentArticle(m_articles.at(1));
    QCOMPARE(shown(), idsOf({"crossing", "council", "detour"}));
    m_dock->setCurrentArticle(m_articles.at(2));
    QCOMPARE(m_dock->proxy()->rowCount(), 0);
    QCOMPARE(child<QLabel>("annotationCount")->text(), QStringLiteral("0 of 0 annotations"));

    choose("annotationScope", QStringLiteral("All articles"));
    QVERIFY(m_dock->model()->isCorpusScope());
    QCOMPARE(shown(), idsOf({"whitlock", "bridge", "vehicles", "tuesday", "crossing", "council", "detour"}));
    QCOMPARE(child<QLabel>("annotationCount")->text(), QStringLiteral("7 of 8 annotations"));
    m_dock->setCurrentArticle(m_articles.at(1)); // the corpus scope stays
    QCOMPARE(m_dock->model()->rowCount(), 8);

    choose("annotationScope", QStringLiteral("This article"));
    QCOMPARE(shown(), idsOf({"crossing", "council", "detour"}));

    // A new project forgets the article until the window says which one is read.
    m_dock->setProject(nullptr);
    QCOMPARE(m_dock->model()->rowCount(), 0);
    m_dock->setProject(m_project.get());
    QCOMPARE(m_dock->model()->rowCount(), 0);
    m_dock->setCurrentArticle(m_articles.at(1));
    QCOMPARE(m_dock->model()->rowCount(), 3);
}

void TestAnnotationsDock::typedTextFiltersAfterPause_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("quote") << QStringLiteral("whitlock") << QStringList{QStringLiteral("whitlock")};
    QTest::newRow("tag name") << QStringLiteral("quantity") << QStringList{QStringLiteral("vehicles")};
    QTest::newRow("shared word") << QStringLiteral("TARROW") << QStringList{QStringLiteral("bridge")};
    QTest::newRow("nothing") << QStringLiteral("ferry") << QStringList();
}

void TestAnnotationsDock::typedTextFiltersAfterPause()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    auto *filter = child<QLineEdit>("annotationTextFilter");
    QTest::keyClicks(filter, typed);
    // Not yet: the filter waits for a pause in the typing.
    QCOMPARE(m_dock->proxy()->rowCount(), 4);
    QSet<QString> ids;
    for (const QString &name : std::as_const(expected))
        ids.insert(m_ids.value(name));
    QTRY_COMPARE(shown(), ids);
    QCOMPARE(child<QLabel>("annotationCount")->text(), QStringLiteral("%1 of 5 annotations").arg(expected.size()));
    filter->clear();
    QTRY_COMPARE(m_dock->proxy()->rowCount(), 4);
}

void TestAnnotationsDock::comboFilters_data()
{
    QTest::addColumn<QByteArray>("combo");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("tag with subtags") << QByteArray("annotationTagFilter") << QStringLiteral("Claim")
                                      << QStringList{QStringLiteral("vehicles"), QStringLiteral("council")};
    QTest::newRow("tag") << QByteArray("annotationTagFilter") << QStringLiteral("Place") << QStringList{QStringLiteral("bridge"), QStringLiteral("crossing")};
    QTest::newRow("kind") << QByteArray("annotationKindFilter") << QStringLiteral("Claim")
                          << QStringList{QStringLiteral("vehicles"), QStringLiteral("council")};
    QTest::newRow("author") << QByteArray("annotationAuthorFilter") << QStringLiteral("ben")
                            << QStringList{QStringLiteral("vehicles"), QStringLiteral("tuesday")};
    QTest::newRow("accepted") << QByteArray("annotationStatusFilter") << QStringLiteral("Accepted")
                              << QStringList{QStringLiteral("whitlock"), QStringLiteral("bridge"), QStringLiteral("vehicles"), QStringLiteral("crossing"),
                                     QStringLiteral("council"), QStringLiteral("detour")};
    QTest::newRow("suggested") << QByteArray("annotationStatusFilter") << QStringLiteral("Suggested") << QStringList{QStringLiteral("tuesday")};
    QTest::newRow("rejected") << QByteArray("annotationStatusFilter") << QStringLiteral("Rejected") << QStringList{QStringLiteral("rejected")};
    QTest::newRow("any status") << QByteArray("annotationStatusFilter") << QStringLiteral("Any status") << QStringList{QStringLiteral("*")};
}

void TestAnnotationsDock::comboFilters()
{
    QFETCH(QByteArray, combo);
    QFETCH(QString, item);
    QFETCH(QStringList, expected);
    choose("annotationScope", QStringLiteral("All articles"));
    if (expected == QStringList{QStringLiteral("*")})
        expected = m_ids.keys(); // every annotation; m_ids is filled in init(), after _data()
    choose(combo.constData(), item);
    QSet<QString> ids;
    for (const QString &name : std::as_const(expected))
        ids.insert(m_ids.value(name));
    QCOMPARE(shown(), ids);
}

void TestAnnotationsDock::authorListFollowsAnnotations()
{
    auto *authors = child<QComboBox>("annotationAuthorFilter");
    const auto items = [authors] {
        QStringList texts;
        for (int i = 0; i < authors->count(); ++i)
            texts.append(authors->itemText(i));
        return texts;
    };
    QCOMPARE(items(), QStringList({QStringLiteral("Any author"), QStringLiteral("ana"), QStringLiteral("ben")}));
    choose("annotationScope", QStringLiteral("All articles"));
    QCOMPARE(items(), QStringList({QStringLiteral("Any author"), QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cleo")}));

    m_project->annotator()->setAuthor(QStringLiteral("Bea"));
    QVERIFY(m_project->annotator()->addAnnotation(m_articles.at(2), {Span{0, 5}}, QStringLiteral("event")));
    QCOMPARE(items(), QStringList({QStringLiteral("Any author"), QStringLiteral("ana"), QStringLiteral("Bea"), QStringLiteral("ben"), QStringLiteral("cleo")}));
}

void TestAnnotationsDock::enterActivatesRow()
{
    QSignalSpy activated(m_dock, &AnnotationsDock::annotationActivated);
    QSignalSpy selected(m_dock, &AnnotationsDock::annotationSelected);
    const QString id = m_ids.value(QStringLiteral("vehicles"));
    m_dock->selectAnnotation(id);
    QCOMPARE(m_dock->view()->currentIndex().data(AnnotationListModel::AnnotationIdRole).toString(), id);
    QCOMPARE(m_dock->view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(selected.size(), 0);
    m_dock->view()->setFocus();
    QTest::keyClick(m_dock->view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(0).toString(), m_articles.at(0));
    QCOMPARE(activated.constFirst().at(1).toString(), id);
    QTest::keyClick(m_dock->view(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.size(), 2);
}

void TestAnnotationsDock::doubleClickActivatesRow()
{
    QSignalSpy activated(m_dock, &AnnotationsDock::annotationActivated);
    QTreeView *view = m_dock->view();
    const QString id = m_ids.value(QStringLiteral("bridge"));
    const QRect rect = view->visualRect(m_dock->proxy()->index(m_dock->proxy()->rowOf(id), 0));
    QVERIFY(rect.isValid());
    // A widget double click in QTest is the second press only: the first comes from a click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(1).toString(), id);
}

void TestAnnotationsDock::userMovesEmitSelectedProgramDoesNot()
{
    QSignalSpy selected(m_dock, &AnnotationsDock::annotationSelected);
    QTreeView *view = m_dock->view();
    m_dock->selectAnnotation(m_dock->proxy()->annotationId(0));
    QCOMPARE(selected.size(), 0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toString(), m_dock->proxy()->annotationId(1));

    // Rows going away move the current row by themselves: no signal.
    selected.clear();
    QVERIFY(m_project->annotator()->removeAnnotations({m_dock->proxy()->annotationId(1)}));
    QVERIFY(view->currentIndex().isValid());
    child<QComboBox>("annotationStatusFilter")->setCurrentIndex(child<QComboBox>("annotationStatusFilter")->findText(QStringLiteral("Suggested")));
    m_dock->view()->sortByColumn(AnnotationListModel::PositionColumn, Qt::DescendingOrder);
    QCOMPARE(selected.size(), 0);
    // An annotation that is not shown clears the selection.
    m_dock->selectAnnotation(m_ids.value(QStringLiteral("crossing")));
    QVERIFY(view->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(selected.size(), 0);
}

void TestAnnotationsDock::deleteKeyRemovesSelectionAndUndoRestores()
{
    QTreeView *view = m_dock->view();
    QSignalSpy selected(m_dock, &AnnotationsDock::annotationSelected);
    const QString first = m_ids.value(QStringLiteral("whitlock"));
    const QString second = m_ids.value(QStringLiteral("tuesday"));
    m_dock->selectAnnotation(first);
    view->selectionModel()->select(m_dock->proxy()->index(m_dock->proxy()->rowOf(second), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_dock->proxy()->rowCount(), 2);
    QVERIFY(!m_project->annotator()->annotation(first));
    QVERIFY(!m_project->annotator()->annotation(second));
    QCOMPARE(m_project->undoStack()->count(), 1); // one step for both
    QCOMPARE(selected.size(), 0);
    QCOMPARE(child<QLabel>("annotationCount")->text(), QStringLiteral("2 of 3 annotations"));

    m_project->undoStack()->undo();
    QCOMPARE(shown(), idsOf({"whitlock", "bridge", "vehicles", "tuesday"}));
    QVERIFY(m_project->annotator()->annotation(first));
    m_project->undoStack()->redo();
    QCOMPARE(shown(), idsOf({"bridge", "vehicles"}));
}

void TestAnnotationsDock::contextMenuRetagsAll()
{
    choose("annotationScope", QStringLiteral("All articles"));
    QMenu *menu = openContextMenuOn(m_ids.value(QStringLiteral("bridge")));
    QVERIFY(menu);
    auto *retagAll = menu->findChild<QMenu *>(QStringLiteral("retagAllMenu"));
    QVERIFY(retagAll);
    QVERIFY(retagAll->isEnabled());
    QCOMPARE(retagAll->title(), QStringLiteral("Retag All “Place” As"));
    QAction *toEvent = nullptr;
    for (QAction *action : retagAll->actions()) {
        QVERIFY(action->data().toString() != QStringLiteral("place")); // not onto itself
        if (action->data().toString() == QStringLiteral("event"))
            toEvent = action;
    }
    QVERIFY(toEvent);
    // The main window's test wants a name on every action, those of menus built on demand too.
    for (QAction *action : m_dock->findChildren<QAction *>())
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text() + QStringLiteral(" in ") + action->parent()->objectName()));
    toEvent->trigger();
    menu->close();
    // Both places, in both articles, in one step.
    for (const char *name : {"bridge", "crossing"})
        QCOMPARE(m_project->annotator()->annotation(m_ids.value(QString::fromLatin1(name)))->tagId, QStringLiteral("event"));
    QCOMPARE(m_project->undoStack()->count(), 1);
    const int row = m_dock->proxy()->rowOf(m_ids.value(QStringLiteral("crossing")));
    QCOMPARE(m_dock->proxy()->index(row, AnnotationListModel::TagColumn).data().toString(), QStringLiteral("Event"));
    m_project->undoStack()->undo();
    QCOMPARE(m_dock->proxy()->index(m_dock->proxy()->rowOf(m_ids.value(QStringLiteral("crossing"))), AnnotationListModel::TagColumn).data().toString(),
        QStringLiteral("Place"));
}

void TestAnnotationsDock::contextMenuChangesTagOfSelection()
{
    const QString id = m_ids.value(QStringLiteral("whitlock"));
    QMenu *menu = openContextMenuOn(id);
    QVERIFY(menu);
    auto *changeTag = menu->findChild<QMenu *>(QStringLiteral("changeTagMenu"));
    QVERIFY(changeTag && changeTag->isEnabled());
    QVERIFY(m_dock->findChild<QAction *>(QStringLiteral("deleteAnnotationsAction"))->isEnabled());
    for (QAction *action : changeTag->actions()) {
        if (action->data().toString() == QStringLiteral("organisation"))
            action->trigger();
    }
    menu->close();
    QCOMPARE(m_project->annotator()->annotation(id)->tagId, QStringLiteral("organisation"));
    QCOMPARE(m_project->annotator()->annotation(m_ids.value(QStringLiteral("bridge")))->tagId, QStringLiteral("place"));
}

void TestAnnotationsDock::deleteAllTaggedAsksFirst()
{
    choose("annotationScope", QStringLiteral("All articles"));
    QMenu *menu = openContextMenuOn(m_ids.value(QStringLiteral("vehicles")));
    QVERIFY(menu);
    auto *deleteAll = menu->findChild<QAction *>(QStringLiteral("deleteAllTaggedAction"));
    QVERIFY(deleteAll && deleteAll->isEnabled());
    QCOMPARE(deleteAll->text(), QStringLiteral("Delete All Tagged “Quantity claim”…"));
    menu->close();

    answerMessageBox(QMessageBox::Cancel);
    deleteAll->trigger();
    QCOMPARE(m_project->annotator()->annotationStore().count(), 8);

    answerMessageBox(QMessageBox::Yes);
    deleteAll->trigger();
    QCOMPARE(m_project->annotator()->annotationStore().count(), 6);
    QCOMPARE(m_project->annotator()->annotationStore().byTag(QStringLiteral("claim-quantity")).size(), 0);
    QCOMPARE(m_dock->model()->rowCount(), 6);
    m_project->undoStack()->undo();
    QCOMPARE(m_dock->model()->rowCount(), 8);
}

void TestAnnotationsDock::readOnlyProjectDisablesEditing()
{
    // A second Project on the same file finds it locked and opens it read-only.
    Project readOnly;
    QString error;
    QVERIFY2(readOnly.open(m_project->path(), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(readOnly.isReadOnly());
    m_dock->setProject(&readOnly);
    m_dock->setCurrentArticle(m_articles.at(0));
    QCOMPARE(m_dock->proxy()->rowCount(), 4);

    QMenu *menu = openContextMenuOn(m_ids.value(QStringLiteral("bridge")));
    QVERIFY(menu);
    QVERIFY(!m_dock->findChild<QAction *>(QStringLiteral("deleteAnnotationsAction"))->isEnabled());
    QVERIFY(!menu->findChild<QMenu *>(QStringLiteral("changeTagMenu"))->isEnabled());
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("deleteAllTaggedAction"))->isEnabled());
    QVERIFY(!menu->findChild<QMenu *>(QStringLiteral("retagAllMenu"))->isEnabled());
    menu->close();

    m_dock->view()->setFocus();
    QTest::keyClick(m_dock->view(), Qt::Key_Delete);
    QCOMPARE(m_dock->proxy()->rowCount(), 4);
    QCOMPARE(readOnly.annotator()->annotationStore().count(), 8);
    m_dock->setProject(m_project.get());
}

void TestAnnotationsDock::activateFocusesTextFilter()
{
    m_dock->hide();
    auto *filter = child<QLineEdit>("annotationTextFilter");
    filter->setText(QStringLiteral("bridge"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_dock->activate();
    QVERIFY(m_dock->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QCOMPARE(filter->selectedText(), QStringLiteral("bridge"));
}

QTEST_MAIN(TestAnnotationsDock)
#include "tst_annotationsdock.moc"
