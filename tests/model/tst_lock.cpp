// A second Gloss on the same project: the first holds a lock next to the file; the second is opened
// read-only with a clear reason, refuses every change without touching the file, and can read what
// the first writes. Tested with two Project objects in one process and with a real second process.
// Also "Save As": a consistent copy that opens and holds everything.
#include "tst_annotationsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Gloss;
using namespace AnnotationTest;

class TestLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void secondInstanceInProcessIsReadOnly();
    void readOnlyRefusesEveryChange();
    void secondProcessHoldsTheLock();
    void lockIsReleasedOnClose();
    void readOnlyOnRequestTakesNoLock();
    void saveAsIsConsistent();

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_first;
    QString m_path;
    QStringList m_articles;
};

void TestLock::init()
{
    QVERIFY(m_dir.emplace().isValid());
    m_path = m_dir->filePath(QStringLiteral("shared.gloss"));
    m_first = std::make_unique<Project>();
    m_articles = createProject(*m_first, m_path);
    QCOMPARE(m_articles.size(), 2);
    QVERIFY(QFileInfo::exists(Project::lockFilePath(m_path)));
    QVERIFY(m_first->annotator()->addAnnotation(m_articles.at(0), {spanOf(HarbourText, QStringLiteral("Port Calder"))}, QStringLiteral("place")));
}

void TestLock::cleanup()
{
    m_first.reset();
    m_dir.reset();
}

void TestLock::secondInstanceInProcessIsReadOnly()
{
    Project second;
    QSignalSpy messages(&second, &Project::message);
    QString error;
    QVERIFY2(second.open(m_path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(second.isReadOnly());
    QVERIFY2(second.readOnlyReason().contains(QStringLiteral("another Gloss")), qPrintable(second.readOnlyReason()));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.constFirst().constFirst().value<Message>().severity, Message::Severity::Warning);
    QCOMPARE(second.annotator()->allAnnotations().size(), 1);

    // The first keeps writing; the second reads it.
    QVERIFY(m_first->annotator()->addAnnotation(m_articles.at(1), {spanOf(DenialText, QStringLiteral("Calder"))}, QStringLiteral("place")));
    QCOMPARE(second.annotator()->allAnnotations().size(), 2);
    QCOMPARE(integrity(m_first->store().database()), QStringLiteral("ok"));
}

void TestLock::readOnlyRefusesEveryChange()
{
    Project second;
    QString error;
    QVERIFY2(second.open(m_path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(second.isReadOnly());
    const QByteArray before = dump(*m_first);
    Annotator *a = second.annotator();
    const QString existing = a->allAnnotations().constFirst().id;
    QSignalSpy messages(&second, &Project::message);
    Tag tag;
    tag.name = QStringLiteral("New");
    Entity entity;
    entity.name = QStringLiteral("Someone");
    ImportBatch batch;
    batch.articles = {article(QStringLiteral("t"), QStringLiteral("o"), QStringLiteral("A third article."))};

    QVERIFY(!a->addAnnotation(m_articles.at(0), {Span{0, 8}}, QStringLiteral("person")));
    QVERIFY(!a->addAnnotations({}));
    QVERIFY(!a->removeAnnotations({existing}));
    QVERIFY(!a->setTag({existing}, QStringLiteral("person")));
    QVERIFY(!a->setSpans(existing, {Span{0, 8}}));
    QVERIFY(!a->moveBoundary(existing, Annotator::Boundary::End, 1));
    QVERIFY(!a->setAttributes(existing, {{QStringLiteral("x"), 1}}));
    QVERIFY(!a->setClaim(existing, Claim()));
    QVERIFY(!a->setNote(existing, QStringLiteral("n")));
    QVERIFY(!a->setKind({existing}, Annotation::Kind::Cue));
    QVERIFY(!a->setStatus({existing}, Annotation::Status::Rejected));
    QVERIFY(!a->setEntity({existing}, QString()));
    QVERIFY(!a->removeAnnotationsOfTag(QStringLiteral("place")));
    QVERIFY(!a->retagAnnotations(QStringLiteral("place"), QStringLiteral("person")));
    QVERIFY(!a->addLink(QStringLiteral("same-as"), existing, existing));
    QVERIFY(!a->removeLinks({QStringLiteral("x")}));
    QVERIFY(!a->changeLink(Link()));
    QVERIFY(!a->addEntity(entity));
    QVERIFY(!a->changeEntity(entity));
    QVERIFY(!a->removeEntity(QStringLiteral("x")));
    QVERIFY(!a->addTag(tag));
    QVERIFY(!a->changeTag(*a->tagSchema().tag(QStringLiteral("person"))));
    QVERIFY(!a->moveTag(QStringLiteral("person"), QString(), 3));
    QVERIFY(!a->removeTag(QStringLiteral("person"), Annotator::TagRemoval::DeleteAnnotations));
    QVERIFY(!a->setArticleMemo(m_articles.at(0), QStringLiteral("m")));
    QVERIFY(!a->setProjectMemo(QStringLiteral("m")));
    QVERIFY(!a->applyChanges(ChangeSet{}, QStringLiteral("nothing")));
    QVERIFY(second.addArticles(batch).addedIds.isEmpty());
    QVERIFY(!second.store().setValue(QStringLiteral("k"), QStringLiteral("v")));
    QVERIFY(messages.size() >= 27);
    QCOMPARE(second.undoStack()->count(), 0);
    QCOMPARE(dump(*m_first), before);
    QCOMPARE(m_first->store().articleCount(), 2);
}

void TestLock::secondProcessHoldsTheLock()
{
    // Hand the file to a real second process: the first closes, the child takes the lock.
    m_first->close();
    QVERIFY(!QFileInfo::exists(Project::lockFilePath(m_path)));
    QProcess holder;
    holder.start(QStringLiteral(GLOSS_CRASHWRITER), {QStringLiteral("hold"), m_path});
    QVERIFY2(holder.waitForStarted(10000), qPrintable(holder.errorString()));
    QByteArray output;
    while (!output.contains('\n') && holder.waitForReadyRead(10000))
        output += holder.readAllStandardOutput();
    QCOMPARE(output.trimmed(), QByteArray("open rw"));

    Project second;
    QString error;
    QVERIFY2(second.open(m_path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(second.isReadOnly());
    QVERIFY2(second.readOnlyReason().contains(QString::number(holder.processId())), qPrintable(second.readOnlyReason()));
    QVERIFY(!second.annotator()->setProjectMemo(QStringLiteral("refused")));
    QCOMPARE(second.annotator()->allAnnotations().size(), 1);
    second.close();

    // The holder dies without cleaning up: its lock is stale and the next writer takes it over.
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(Project::lockFilePath(m_path)));
    QVERIFY2(second.open(m_path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY2(!second.isReadOnly(), qPrintable(second.readOnlyReason()));
    QVERIFY(second.annotator()->setProjectMemo(QStringLiteral("now writable")));
    QCOMPARE(integrity(second.store().database()), QStringLiteral("ok"));
}

void TestLock::lockIsReleasedOnClose()
{
    m_first->close();
    Project second;
    QString error;
    QVERIFY2(second.open(m_path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(!second.isReadOnly());
    QVERIFY(second.readOnlyReason().isEmpty());
    // Reopening the same Project object does not lock itself out.
    QVERIFY2(second.open(m_path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(!second.isReadOnly());
}

void TestLock::readOnlyOnRequestTakesNoLock()
{
    m_first->close();
    Project reader;
    QString error;
    QVERIFY2(reader.open(m_path, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    QVERIFY(reader.isReadOnly());
    QVERIFY(reader.readOnlyReason().isEmpty());
    Project writer;
    QVERIFY2(writer.open(m_path, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(!writer.isReadOnly());
}

void TestLock::saveAsIsConsistent()
{
    Annotator *a = m_first->annotator();
    const QString first = a->allAnnotations().constFirst().id;
    const std::optional<QString> second
        = a->addAnnotation(m_articles.at(1), {spanOf(DenialText, QStringLiteral("6,000 containers"))}, QStringLiteral("figure"));
    QVERIFY(second);
    QVERIFY(a->addLink(QStringLiteral("contradicts"), first, *second, QStringLiteral("🚢")));
    Entity entity;
    entity.name = QStringLiteral("Port Calder");
    QVERIFY(a->addEntity(entity));
    QVERIFY(a->setArticleMemo(m_articles.at(0), QStringLiteral("memo")));
    QVERIFY(a->setProjectMemo(QStringLiteral("project memo")));
    Tag tag;
    tag.name = QStringLiteral("Vessel");
    QVERIFY(a->addTag(tag));
    const QByteArray state = dump(*m_first);

    const QString copyPath = m_dir->filePath(QStringLiteral("copy.gloss"));
    QString error;
    QVERIFY2(m_first->saveCopy(copyPath, &error), qPrintable(error));
    // The original stays open and writable.
    QVERIFY(!m_first->isReadOnly());
    QVERIFY(a->setProjectMemo(QStringLiteral("after the copy")));

    Project copy;
    QVERIFY2(copy.open(copyPath, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(!copy.isReadOnly());
    QCOMPARE(dump(copy), state);
    QCOMPARE(copy.store().articleCount(), 2);
    QCOMPARE(copy.store().search(QStringLiteral("containers")).hits.size(), 2);
    QCOMPARE(integrity(copy.store().database()), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
