// The annotation list's model and its filter proxy under QAbstractItemModelTester: scopes, columns,
// incremental updates from the editing facade (and from undo and redo), filters, sorting, and a
// 20,000-annotation corpus (its load and bulk-edit times are printed, not asserted).
#include "models/annotationfilterproxymodel.h"
#include "models/annotationlistmodel.h"
#include "tst_annotationsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

namespace
{
using Status = Annotation::Status;
using Kind = Annotation::Kind;

Annotation draft(const QString &articleId, Span span, const QString &tagId, Kind kind, Status status = Status::Accepted, const QString &author = {},
    const QString &note = {})
{
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.spans = {span};
    annotation.tagId = tagId;
    annotation.kind = kind;
    annotation.status = status;
    annotation.author = author;
    annotation.note = note;
    return annotation;
}

QSet<QString> shownIds(const QAbstractItemModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(AnnotationListModel::AnnotationIdRole).toString());
    return ids;
}

QSet<QString> storedIds(const QList<Annotation> &annotations)
{
    QSet<QString> ids;
    for (const Annotation &annotation : annotations)
        ids.insert(annotation.id);
    return ids;
}

QString cell(const QAbstractItemModel &model, const QString &id, int column, int role = Qt::DisplayRole)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(AnnotationListModel::AnnotationIdRole).toString() == id)
            return model.index(row, column).data(role).toString();
    }
    return QStringLiteral("<not shown>");
}
} // namespace

class TestAnnotationListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void emptyWithoutProject();
    void scopes();
    void showsColumns();
    void singleLine_data();
    void singleLine();
    void followsEditsIncrementally();
    void followsUndoAndRedo();
    void articleScopeIgnoresOtherArticles();
    void tagRenameUpdatesTagColumn();
    void reloadsWhenProjectReopens();
    void filters_data();
    void filters();
    void sortsByPositionAsNumber();
    void sortsByModifiedTime();
    void bulkEditEndsInOneReset();
    void twentyThousandAnnotationsLoad();

private:
    void addFilterSet();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QString m_harbour;
    QString m_denial;
    QHash<QString, QString> m_ids; ///< name in the filter set -> annotation id
};

void TestAnnotationListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = std::make_unique<Project>();
    const QStringList ids = createProject(*m_project, m_dir->filePath(QStringLiteral("list.gloss")));
    QCOMPARE(ids.size(), 2);
    m_harbour = ids.at(0);
    m_denial = ids.at(1);
    m_ids.clear();
}

void TestAnnotationListModel::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

// Four annotations covering every filter: person/ana/accepted, claim-quantity/ben/suggested with a
// note, claim/ana/rejected, organisation/ben/accepted in the other article.
void TestAnnotationListModel::addFilterSet()
{
    Annotator *annotator = m_project->annotator();
    const QList<Annotation> drafts = {
        draft(m_harbour, spanOf(HarbourText, QStringLiteral("Ada Lovelace")), QStringLiteral("person"), Kind::Entity, Status::Accepted, QStringLiteral("ana")),
        draft(m_harbour, spanOf(HarbourText, QStringLiteral("5,000 containers")), QStringLiteral("claim-quantity"), Kind::Claim, Status::Suggested,
            QStringLiteral("ben"), QStringLiteral("Check the figure with the port")),
        draft(m_harbour, spanOf(HarbourText, QStringLiteral("more than 6,000 were damaged")), QStringLiteral("claim"), Kind::Claim, Status::Rejected,
            QStringLiteral("ana")),
        draft(m_denial, spanOf(DenialText, QStringLiteral("Harbour officials")), QStringLiteral("organisation"), Kind::Entity, Status::Accepted,
            QStringLiteral("ben")),
    };
    const std::optional<QStringList> ids = annotator->addAnnotations(drafts);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 4);
    const QStringList names = {QStringLiteral("person"), QStringLiteral("quantity"), QStringLiteral("rejected"), QStringLiteral("organisation")};
    for (int i = 0; i < names.size(); ++i)
        m_ids.insert(names.at(i), ids->at(i));
}

void TestAnnotationListModel::emptyWithoutProject()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AnnotationListModel::ColumnCount));
    QVERIFY(!model.tagSchema());
    model.setScope(QStringLiteral("nothing"));
    QCOMPARE(model.rowCount(), 0);
    model.setProject(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("none")), -1);
    QVERIFY(model.authors().isEmpty());
}

void TestAnnotationListModel::scopes()
{
    addFilterSet();
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QVERIFY(model.isCorpusScope());
    QCOMPARE(shownIds(model), storedIds(m_project->annotator()->allAnnotations()));
    QCOMPARE(model.rowCount(), 4);

    model.setScope(m_harbour);
    QVERIFY(!model.isCorpusScope());
    QCOMPARE(model.scopeArticle(), m_harbour);
    QCOMPARE(shownIds(model), storedIds(m_project->annotator()->annotationsOf(m_harbour)));
    QCOMPARE(model.rowCount(), 3);

    model.setScope(m_denial);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.annotationId(0), m_ids.value(QStringLiteral("organisation")));
    QCOMPARE(model.articleId(0), m_denial);

    model.clearScope();
    QCOMPARE(model.rowCount(), 0);
    model.setScope(QString());
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.annotationId(row)), row);
    QCOMPARE(model.authors(), QStringList({QStringLiteral("ana"), QStringLiteral("ben")}));
}

void TestAnnotationListModel::showsColumns()
{
    addFilterSet();
    AnnotationListModel model;
    model.setProject(m_project.get());
    const QString id = m_ids.value(QStringLiteral("quantity"));
    QCOMPARE(cell(model, id, AnnotationListModel::QuoteColumn), QStringLiteral("5,000 containers"));
    QCOMPARE(cell(model, id, AnnotationListModel::TagColumn), QStringLiteral("Claim / Quantity claim"));
    QCOMPARE(cell(model, id, AnnotationListModel::KindColumn), QStringLiteral("Claim"));
    QCOMPARE(cell(model, id, AnnotationListModel::StatusColumn), QStringLiteral("Suggested"));
    QCOMPARE(cell(model, id, AnnotationListModel::AuthorColumn), QStringLiteral("ben"));
    QCOMPARE(cell(model, id, AnnotationListModel::NoteColumn), QStringLiteral("Check the figure with the port"));
    QCOMPARE(cell(model, id, AnnotationListModel::ArticleColumn), QStringLiteral("Containers inspected at Port Calder"));
    QCOMPARE(cell(model, id, AnnotationListModel::OutletColumn), QStringLiteral("Calder Wire"));
    QCOMPARE(cell(model, id, AnnotationListModel::PositionColumn), QString::number(HarbourText.indexOf(QStringLiteral("5,000 containers"))));
    QVERIFY(!cell(model, id, AnnotationListModel::ModifiedColumn).isEmpty());

    const QModelIndex tag = model.index(model.rowOf(id), AnnotationListModel::TagColumn);
    QCOMPARE(tag.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#d62728")));
    QCOMPARE(tag.data(AnnotationListModel::TagIdRole).toString(), QStringLiteral("claim-quantity"));
    QCOMPARE(tag.data(AnnotationListModel::KindRole).toInt(), int(Kind::Claim));
    QCOMPARE(tag.data(AnnotationListModel::StatusRole).toInt(), int(Status::Suggested));
    QCOMPARE(tag.data(AnnotationListModel::AuthorRole).toString(), QStringLiteral("ben"));
    QCOMPARE(tag.data(AnnotationListModel::ArticleIdRole).toString(), m_harbour);
    QCOMPARE(tag.data(AnnotationListModel::StartRole).toInt(), int(HarbourText.indexOf(QStringLiteral("5,000 containers"))));
    const QString search = tag.data(AnnotationListModel::SearchTextRole).toString();
    QVERIFY2(search.contains(QStringLiteral("5,000 containers")) && search.contains(QStringLiteral("Check the figure"))
            && search.contains(QStringLiteral("Quantity claim")),
        qPrintable(search));
    QCOMPARE(model.headerData(AnnotationListModel::PositionColumn, Qt::Horizontal).toString(), QStringLiteral("Position"));

    // A quote across a paragraph break shows on one line.
    const std::optional<QString> across = m_project->annotator()->addAnnotation(
        m_harbour, {Span{int(HarbourText.indexOf(QStringLiteral("storm."))), int(HarbourText.indexOf(QStringLiteral("Inspectors expect")) + 10)}}, {});
    QVERIFY(across);
    const QString quote = cell(model, *across, AnnotationListModel::QuoteColumn);
    QCOMPARE(quote, QStringLiteral("storm.  Inspectors"));
    QCOMPARE(cell(model, *across, AnnotationListModel::TagColumn), QString());
    QCOMPARE(cell(model, *across, AnnotationListModel::KindColumn), QStringLiteral("Note"));
}

void TestAnnotationListModel::singleLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("union count") << 200 << QStringLiteral("union count");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree\tfour") << 200 << QStringLiteral("one two  three four");
    QTest::newRow("paragraph separator") << QStringLiteral("a\u2029b\u2028c") << 200 << QStringLiteral("a b c");
    QTest::newRow("cut") << QStringLiteral("abcdefghij") << 4 << QStringLiteral("abcd…");
    QTest::newRow("exact length") << QStringLiteral("abcd") << 4 << QStringLiteral("abcd");
    QTest::newRow("no half emoji") << QStringLiteral("ab🚢cd") << 3 << QStringLiteral("ab…");
    QTest::newRow("long default") << QString(250, QLatin1Char('x')) << int(AnnotationListModel::ShownLength) << QString(200, QLatin1Char('x')) + QChar(0x2026);
}

void TestAnnotationListModel::singleLine()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(QString, expected);
    QCOMPARE(AnnotationListModel::singleLine(text, length), expected);
}

void TestAnnotationListModel::followsEditsIncrementally()
{
    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    proxy.sort(AnnotationListModel::PositionColumn);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Annotator *annotator = m_project->annotator();

    addFilterSet();
    QCOMPARE(inserted.size(), 2); // one signal per article
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(shownIds(model), storedIds(annotator->allAnnotations()));
    QCOMPARE(shownIds(proxy), shownIds(model));

    const QString one = *annotator->addAnnotation(m_denial, {spanOf(DenialText, QStringLiteral("Friday"))}, QStringLiteral("datetime"));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(cell(model, one, AnnotationListModel::TagColumn), QStringLiteral("Date or time"));

    QVERIFY(annotator->setNote(one, QStringLiteral("Weekday only")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, one, AnnotationListModel::NoteColumn), QStringLiteral("Weekday only"));
    QVERIFY(annotator->setStatus({m_ids.value(QStringLiteral("quantity"))}, Status::Accepted));
    QCOMPARE(cell(model, m_ids.value(QStringLiteral("quantity")), AnnotationListModel::StatusColumn), QStringLiteral("Accepted"));
    QVERIFY(annotator->setTag({m_ids.value(QStringLiteral("person")), m_ids.value(QStringLiteral("rejected"))}, QStringLiteral("place")));
    QCOMPARE(cell(model, m_ids.value(QStringLiteral("person")), AnnotationListModel::TagColumn), QStringLiteral("Place"));
    QCOMPARE(cell(model, m_ids.value(QStringLiteral("rejected")), AnnotationListModel::KindColumn), QStringLiteral("Entity"));

    // Two annotations of one article, not next to each other in the list: two runs.
    QVERIFY(annotator->removeAnnotations({m_ids.value(QStringLiteral("person")), m_ids.value(QStringLiteral("rejected"))}));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(removed.size() >= 1);
    QCOMPARE(shownIds(model), storedIds(annotator->allAnnotations()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.annotationId(row)), row);
    QCOMPARE(model.rowOf(m_ids.value(QStringLiteral("person"))), -1);

    QVERIFY(annotator->removeAnnotationsOfTag(QStringLiteral("organisation")));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(annotator->retagAnnotations(QStringLiteral("datetime"), QStringLiteral("event")));
    QCOMPARE(cell(model, one, AnnotationListModel::TagColumn), QStringLiteral("Event"));
    QCOMPARE(shownIds(model), storedIds(annotator->allAnnotations()));
    QCOMPARE(shownIds(proxy), shownIds(model));
    QCOMPARE(resets.size(), 0);
}

void TestAnnotationListModel::followsUndoAndRedo()
{
    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    proxy.sort(AnnotationListModel::ArticleColumn);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Annotator *annotator = m_project->annotator();
    QUndoStack *undo = m_project->undoStack();

    addFilterSet();
    QVERIFY(annotator->setNote(m_ids.value(QStringLiteral("person")), QStringLiteral("Minister since spring")));
    QVERIFY(annotator->removeAnnotations({m_ids.value(QStringLiteral("quantity")), m_ids.value(QStringLiteral("organisation"))}));
    QVERIFY(annotator->retagAnnotations(QStringLiteral("person"), QStringLiteral("group")));
    const int steps = undo->index();
    QCOMPARE(steps, 4);

    // Every state on the way back and forth is the store's state.
    const auto check = [&](const char *when) {
        const QSet<QString> expected = storedIds(annotator->allAnnotations());
        QVERIFY2(shownIds(model) == expected, when);
        QVERIFY2(shownIds(proxy) == expected, when);
        for (const Annotation &annotation : annotator->allAnnotations()) {
            QVERIFY2(cell(model, annotation.id, AnnotationListModel::NoteColumn) == annotation.note, when);
            QVERIFY2(cell(model, annotation.id, 0, AnnotationListModel::TagIdRole) == annotation.tagId, when);
        }
    };
    for (int i = 0; i < steps; ++i) {
        undo->undo();
        check("undo");
    }
    QCOMPARE(model.rowCount(), 0);
    for (int i = 0; i < steps; ++i) {
        undo->redo();
        check("redo");
    }
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, m_ids.value(QStringLiteral("person")), AnnotationListModel::TagColumn), QStringLiteral("Group or nationality"));
    QCOMPARE(resets.size(), 0);
}

void TestAnnotationListModel::articleScopeIgnoresOtherArticles()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    model.setScope(m_denial);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    addFilterSet();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_project->annotator()->removeAnnotations({m_ids.value(QStringLiteral("person"))}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.annotationId(0), m_ids.value(QStringLiteral("organisation")));
}

void TestAnnotationListModel::tagRenameUpdatesTagColumn()
{
    addFilterSet();
    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    proxy.setTextFilter(QStringLiteral("individual"));
    QCOMPARE(proxy.rowCount(), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Tag person = *m_project->annotator()->tagSchema().tag(QStringLiteral("person"));
    person.name = QStringLiteral("Individual");
    person.colour = QColor(QStringLiteral("#123456"));
    QVERIFY(m_project->annotator()->changeTag(person));
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.constLast().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.constLast().at(1).toModelIndex();
    QVERIFY(topLeft.column() <= AnnotationListModel::TagColumn && bottomRight.column() >= AnnotationListModel::TagColumn);
    const QString id = m_ids.value(QStringLiteral("person"));
    QCOMPARE(cell(model, id, AnnotationListModel::TagColumn), QStringLiteral("Individual"));
    QCOMPARE(model.index(model.rowOf(id), AnnotationListModel::TagColumn).data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#123456")));
    // The text filter matches the new tag name.
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.annotationId(0), id);
}

void TestAnnotationListModel::reloadsWhenProjectReopens()
{
    addFilterSet();
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QCOMPARE(model.rowCount(), 4);
    const QString path = m_project->path();
    m_project->close();
    QCOMPARE(model.rowCount(), 0);
    QString error;
    QVERIFY2(m_project->open(path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, m_ids.value(QStringLiteral("organisation")), AnnotationListModel::ArticleColumn), QStringLiteral("Officials deny union count"));

    // A project deleted under the model leaves it empty, not dangling.
    m_project.reset();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.tagSchema());
}

void TestAnnotationListModel::filters_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("kind"); // -1: any
    QTest::addColumn<QString>("author");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QList<int> any;
    const QStringList everything = {QStringLiteral("person"), QStringLiteral("quantity"), QStringLiteral("rejected"), QStringLiteral("organisation")};
    QTest::newRow("none") << QString() << -1 << QString() << any << QString() << everything;
    QTest::newRow("tag with subtags") << QStringLiteral("claim") << -1 << QString() << any << QString()
                                      << QStringList{QStringLiteral("quantity"), QStringLiteral("rejected")};
    QTest::newRow("subtag only") << QStringLiteral("claim-quantity") << -1 << QString() << any << QString() << QStringList{QStringLiteral("quantity")};
    QTest::newRow("tag without annotations") << QStringLiteral("money") << -1 << QString() << any << QString() << QStringList();
    QTest::newRow("kind") << QString() << int(Kind::Entity) << QString() << any << QString()
                          << QStringList{QStringLiteral("person"), QStringLiteral("organisation")};
    QTest::newRow("author") << QString() << -1 << QStringLiteral("ben") << any << QString()
                            << QStringList{QStringLiteral("quantity"), QStringLiteral("organisation")};
    QTest::newRow("accepted") << QString() << -1 << QString() << QList<int>{int(Status::Accepted)} << QString()
                              << QStringList{QStringLiteral("person"), QStringLiteral("organisation")};
    QTest::newRow("accepted and suggested") << QString() << -1 << QString() << QList<int>{int(Status::Accepted), int(Status::Suggested)} << QString()
                                            << QStringList{QStringLiteral("person"), QStringLiteral("quantity"), QStringLiteral("organisation")};
    QTest::newRow("rejected") << QString() << -1 << QString() << QList<int>{int(Status::Rejected)} << QString() << QStringList{QStringLiteral("rejected")};
    QTest::newRow("text in quote, any case") << QString() << -1 << QString() << any << QStringLiteral("LOVELACE") << QStringList{QStringLiteral("person")};
    QTest::newRow("text in note") << QString() << -1 << QString() << any << QStringLiteral("  with the port ") << QStringList{QStringLiteral("quantity")};
    QTest::newRow("text in tag name") << QString() << -1 << QString() << any << QStringLiteral("organisation") << QStringList{QStringLiteral("organisation")};
    QTest::newRow("text nowhere") << QString() << -1 << QString() << any << QStringLiteral("ferry") << QStringList();
    QTest::newRow("combined") << QStringLiteral("claim") << int(Kind::Claim) << QStringLiteral("ana")
                              << QList<int>{int(Status::Accepted), int(Status::Suggested)} << QString() << QStringList();
    QTest::newRow("combined match") << QStringLiteral("claim") << int(Kind::Claim) << QStringLiteral("ben")
                                    << QList<int>{int(Status::Accepted), int(Status::Suggested)} << QStringLiteral("containers")
                                    << QStringList{QStringLiteral("quantity")};
}

void TestAnnotationListModel::filters()
{
    QFETCH(QString, tag);
    QFETCH(int, kind);
    QFETCH(QString, author);
    QFETCH(QList<int>, statuses);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    addFilterSet();
    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QSet<Status> statusSet;
    for (const int status : std::as_const(statuses))
        statusSet.insert(Status(status));
    proxy.setTagFilter(tag);
    proxy.setKindFilter(kind < 0 ? std::nullopt : std::optional(Kind(kind)));
    proxy.setAuthorFilter(author);
    proxy.setStatusFilter(statusSet);
    proxy.setTextFilter(text);

    QSet<QString> expectedIds;
    for (const QString &name : std::as_const(expected))
        expectedIds.insert(m_ids.value(name));
    QCOMPARE(shownIds(proxy), expectedIds);
    for (const QString &name : std::as_const(expected))
        QVERIFY(proxy.rowOf(m_ids.value(name)) >= 0);

    // Clearing every filter shows everything again.
    proxy.setTagFilter({});
    proxy.setKindFilter(std::nullopt);
    proxy.setAuthorFilter({});
    proxy.setStatusFilter({});
    proxy.setTextFilter({});
    QCOMPARE(proxy.rowCount(), 4);
}

void TestAnnotationListModel::sortsByPositionAsNumber()
{
    // Starts of one and two digits sort as numbers, not as text (where "81" < "9").
    Annotator *annotator = m_project->annotator();
    const QStringList words = {QStringLiteral("Port Calder"), QStringLiteral("Ada"), QStringLiteral("containers")};
    for (const QString &word : words)
        QVERIFY(annotator->addAnnotation(m_harbour, {spanOf(HarbourText, word)}, QStringLiteral("place")));
    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QList<int> starts;
    for (const QString &word : words)
        starts.append(int(HarbourText.indexOf(word)));
    std::sort(starts.begin(), starts.end());
    QVERIFY(QString::number(starts.at(0)) > QString::number(starts.at(2))); // the case worth testing

    proxy.sort(AnnotationListModel::PositionColumn, Qt::AscendingOrder);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(proxy.index(row, 0).data(AnnotationListModel::StartRole).toInt(), starts.at(row));
    proxy.sort(AnnotationListModel::PositionColumn, Qt::DescendingOrder);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(proxy.index(row, 0).data(AnnotationListModel::StartRole).toInt(), starts.at(2 - row));

    // A new annotation finds its place in the sorted list.
    proxy.sort(AnnotationListModel::PositionColumn, Qt::AscendingOrder);
    QVERIFY(annotator->addAnnotation(m_harbour, {spanOf(HarbourText, QStringLiteral("Minister"))}, QStringLiteral("person")));
    QCOMPARE(proxy.index(0, 0).data(AnnotationListModel::StartRole).toInt(), 0);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestAnnotationListModel::sortsByModifiedTime()
{
    const QDateTime base(QDate(2031, 3, 4), QTime(9, 0), Qt::UTC);
    QList<Annotation> drafts;
    // Minutes 5, 40 and 1000 later: 1000 minutes is the next day, so the shown text would not sort.
    for (const auto &[word, minutes] :
        {std::pair{QStringLiteral("Ada"), 40}, std::pair{QStringLiteral("union"), 1000}, std::pair{QStringLiteral("storm"), 5}}) {
        Annotation annotation = draft(m_harbour, spanOf(HarbourText, word), QStringLiteral("event"), Kind::Entity);
        annotation.created = base;
        annotation.modified = base.addSecs(minutes * 60);
        drafts.append(annotation);
    }
    QVERIFY(m_project->annotator()->addAnnotations(drafts));
    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    proxy.sort(AnnotationListModel::ModifiedColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, AnnotationListModel::QuoteColumn).data().toString(), QStringLiteral("storm"));
    QCOMPARE(proxy.index(1, AnnotationListModel::QuoteColumn).data().toString(), QStringLiteral("Ada"));
    QCOMPARE(proxy.index(2, AnnotationListModel::QuoteColumn).data().toString(), QStringLiteral("union"));
    proxy.sort(AnnotationListModel::QuoteColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, AnnotationListModel::QuoteColumn).data().toString(), QStringLiteral("Ada"));
    QCOMPARE(proxy.index(1, AnnotationListModel::QuoteColumn).data().toString(), QStringLiteral("storm"));
}

void TestAnnotationListModel::bulkEditEndsInOneReset()
{
    // Two articles of 3,500 annotated words; deleting every other annotation of both in one step
    // goes past the list's budget for row signals in the second article: the first is removed row
    // by row, the rest inside one reset that ends with the step.
    ImportBatch batch;
    for (const QString &prefix : {QStringLiteral("a"), QStringLiteral("b")}) {
        QString text;
        for (int w = 0; w < 3500; ++w)
            text += prefix + QStringLiteral("%1 ").arg(w, 4, 10, QLatin1Char('0'));
        batch.articles.append(article(QStringLiteral("Words ") + prefix, QStringLiteral("Bench Wire"), text));
    }
    const QStringList articleIds = m_project->addArticles(batch).addedIds;
    QCOMPARE(articleIds.size(), 2);
    QList<Annotation> drafts;
    for (const QString &articleId : articleIds) {
        for (int w = 0; w < 3500; ++w)
            drafts.append(draft(articleId, Span{w * 6, w * 6 + 5}, QStringLiteral("place"), Kind::Entity));
    }
    const std::optional<QStringList> ids = m_project->annotator()->addAnnotations(drafts);
    QVERIFY(ids);

    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setProject(m_project.get());
    proxy.sort(AnnotationListModel::QuoteColumn, Qt::DescendingOrder);
    // No QAbstractItemModelTester here: it checks every row after each of thousands of row signals,
    // for minutes. The signal order is recorded instead: nothing comes between the reset's two ends.
    QStringList signalOrder;
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] { signalOrder.append(QStringLiteral("removed")); });
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { signalOrder.append(QStringLiteral("inserted")); });
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] { signalOrder.append(QStringLiteral("changed")); });
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] { signalOrder.append(QStringLiteral("resetting")); });
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { signalOrder.append(QStringLiteral("reset")); });
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QStringList everyOther;
    for (qsizetype i = 0; i < ids->size(); i += 2)
        everyOther.append(ids->at(i));
    QVERIFY(m_project->annotator()->removeAnnotations(everyOther));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(removed.size(), 1750); // the first article's, one run each
    QCOMPARE(signalOrder.size(), 1752);
    QCOMPARE(signalOrder.mid(1750), QStringList({QStringLiteral("resetting"), QStringLiteral("reset")}));
    QCOMPARE(signalOrder.count(QStringLiteral("removed")), 1750);
    const auto matchesStore = [&] {
        const QSet<QString> stored = storedIds(m_project->annotator()->allAnnotations());
        return shownIds(model) == stored && shownIds(proxy) == stored;
    };
    QCOMPARE(model.rowCount(), 3500);
    QVERIFY(matchesStore());
    for (int row = 0; row < model.rowCount(); row += 97)
        QCOMPARE(model.rowOf(model.annotationId(row)), row);
    QCOMPARE(proxy.index(0, AnnotationListModel::QuoteColumn).data().toString(), QStringLiteral("b3499"));

    m_project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 7000);
    QVERIFY(matchesStore());
    m_project->undoStack()->redo();
    QCOMPARE(model.rowCount(), 3500);
    QVERIFY(matchesStore());
    // The next small edit is row signals again.
    resets.clear();
    QVERIFY(m_project->annotator()->removeAnnotations({model.annotationId(0)}));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 3499);
}

void TestAnnotationListModel::twentyThousandAnnotationsLoad()
{
    // 20 generated articles of 1,000 numbered words each, every word annotated: 20,000 annotations.
    constexpr int Articles = 20;
    constexpr int WordsPerArticle = 1000;
    ImportBatch batch;
    for (int a = 0; a < Articles; ++a) {
        QString text;
        for (int w = 0; w < WordsPerArticle; ++w)
            text += QStringLiteral("w%1x%2 ").arg(a).arg(w, 4, 10, QLatin1Char('0'));
        batch.articles.append(article(QStringLiteral("Generated %1").arg(a), QStringLiteral("Bench Wire"), text));
    }
    const QStringList articleIds = m_project->addArticles(batch).addedIds;
    QCOMPARE(articleIds.size(), Articles);
    const QStringList tags = {QStringLiteral("person"), QStringLiteral("place"), QStringLiteral("claim-quantity"), QStringLiteral("money")};
    QList<Annotation> drafts;
    drafts.reserve(Articles * WordsPerArticle);
    for (int a = 0; a < Articles; ++a) {
        int at = 0;
        for (int w = 0; w < WordsPerArticle; ++w) {
            const int length = int(QStringLiteral("w%1x0000").arg(a).size());
            drafts.append(draft(articleIds.at(a), Span{at, at + length}, tags.at(w % tags.size()), Kind::Entity,
                w % 10 == 0 ? Status::Suggested : Status::Accepted, w % 3 ? QStringLiteral("ana") : QStringLiteral("ben")));
            at += length + 1;
        }
    }
    QVERIFY(m_project->annotator()->addAnnotations(drafts));
    const int total = Articles * WordsPerArticle + 0;

    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer timer;
    timer.start();
    model.setProject(m_project.get());
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(model.rowCount(), total);
    timer.restart();
    proxy.sort(AnnotationListModel::ArticleColumn);
    const qint64 sortMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), total);
    QCOMPARE(proxy.index(0, 0).data(AnnotationListModel::StartRole).toInt(), 0);
    timer.restart();
    proxy.setTextFilter(QStringLiteral("x0999"));
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), Articles);
    proxy.setTextFilter({});
    proxy.setStatusFilter({Status::Suggested});
    QCOMPARE(proxy.rowCount(), total / 10);
    proxy.setStatusFilter({});

    // Bulk edits across every article: one signal per article from the facade, at most one reset per
    // edit here, and the list equal to the store after each.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const auto matchesStore = [&] {
        const QSet<QString> stored = storedIds(m_project->annotator()->allAnnotations());
        return shownIds(model) == stored && shownIds(proxy) == stored;
    };
    timer.restart();
    QVERIFY(m_project->annotator()->removeAnnotationsOfTag(QStringLiteral("person")));
    const qint64 removeMs = timer.elapsed();
    QCOMPARE(model.rowCount(), total - total / 4);
    QCOMPARE(proxy.rowCount(), total - total / 4);
    QVERIFY(matchesStore());
    QVERIFY(resets.size() <= 1);
    timer.restart();
    m_project->undoStack()->undo();
    const qint64 undoMs = timer.elapsed();
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(proxy.rowCount(), total);
    QVERIFY(matchesStore());
    QVERIFY(resets.size() <= 2);
    timer.restart();
    QVERIFY(m_project->annotator()->retagAnnotations(QStringLiteral("money"), QStringLiteral("figure")));
    const qint64 retagMs = timer.elapsed();
    proxy.setTagFilter(QStringLiteral("figure"));
    QCOMPARE(proxy.rowCount(), total / 4);
    for (int row = 0; row < model.rowCount(); row += 997)
        QCOMPARE(model.rowOf(model.annotationId(row)), row);
    // One annotation is still one row signal, not a reset.
    resets.clear();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_project->annotator()->removeAnnotations({model.annotationId(5)}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(resets.size(), 0);
    qDebug("20,000 annotations: load %lld ms, sort %lld ms, text filter %lld ms, delete a quarter by tag %lld ms, undo %lld ms, retag a quarter %lld ms "
           "(store and list together)",
        loadMs, sortMs, filterMs, removeMs, undoMs, retagMs);
}

QTEST_GUILESS_MAIN(TestAnnotationListModel)
#include "tst_annotationlistmodel.moc"
