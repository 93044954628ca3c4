// The export and import dialogs driven as a user would (offscreen): choosing a format, scope and
// filters, the highlighted preview, writing a file, cancelling, importing it back as one undo step,
// and the File menu commands of the main window.
#include "app/startupplan.h"
#include "export/exportactions.h"
#include "export/exportdialog.h"
#include "export/importannotationsdialog.h"
#include "formats/formatregistry.h"
#include "mainwindow.h"
#include "model/formatstestsupport.h"
#include "ui/uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace Gloss;
using namespace Gloss::Ui;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writesChosenFormat_data();
    void writesChosenFormat();
    void scopeAndFilters();
    void previewIsHighlighted_data();
    void previewIsHighlighted();
    void refusesWithoutOutput();
    void cancelLeavesNothing();
    void importDialogImportsAsOneStep();
    void importDialogShowsRefusal();
    void mainWindowHasTheCommands();

private:
    template<typename T>
    T *child(QWidget *dialog, const char *name)
    {
        T *found = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    bool exportThrough(ExportDialog &dialog, Formats::ExportResult *result);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    FormatsTest::Fixture m_fixture;
};

void TestExportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    GlossTest::isolateSettings(m_dir->filePath(QStringLiteral("settings")));
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY2(m_project->open(m_dir->filePath(QStringLiteral("harbour.gloss")), ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    m_fixture = FormatsTest::fill(*m_project);
}

void TestExportDialog::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

bool TestExportDialog::exportThrough(ExportDialog &dialog, Formats::ExportResult *result)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    if (!finished.wait(30000) && finished.isEmpty())
        return false;
    *result = finished.constFirst().constFirst().value<Formats::ExportResult>();
    return true;
}

void TestExportDialog::writesChosenFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("gloss JSON") << QStringLiteral("json") << QStringLiteral("out.json");
    QTest::newRow("W3C") << QStringLiteral("w3c") << QStringLiteral("out.jsonld");
    QTest::newRow("REFI-QDA") << QStringLiteral("qdpx") << QStringLiteral("out.qdpx");
    QTest::newRow("brat") << QStringLiteral("brat") << QStringLiteral("brat-out");
    QTest::newRow("CSV") << QStringLiteral("csv") << QStringLiteral("out.csv");
}

void TestExportDialog::writesChosenFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    ExportDialog dialog(m_project.get(), m_fixture.articles.at(0).id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = child<QComboBox>(&dialog, "formatCombo");
    combo->setCurrentIndex(combo->findData(format));
    QCOMPARE(dialog.formatId(), format);
    // The proposed output follows the format.
    const Formats::FormatInfo *info = Formats::FormatRegistry::format(format);
    if (!info->suffix.isEmpty())
        QVERIFY(dialog.outputPath().endsWith(QLatin1Char('.') + info->suffix));
    const QString target = m_dir->filePath(file);
    child<QLineEdit>(&dialog, "outputEdit")->setText(target);
    QVERIFY(child<QRadioButton>(&dialog, "scopeCorpusRadio")->isChecked());

    Formats::ExportResult result;
    QVERIFY(exportThrough(dialog, &result));
    QVERIFY2(result.ok, qPrintable(result.messages.value(0).toString()));
    QCOMPARE(result.annotations, format == QLatin1String("json") ? 15 : 14);
    QVERIFY(QFileInfo::exists(target));
    QTRY_VERIFY(!dialog.isVisible()); // closes on success
    if (format == QLatin1String("json")) {
        const QJsonObject root = QJsonDocument::fromJson(FormatsTest::readAll(target)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("gloss"));
        QCOMPARE(root.value(QStringLiteral("annotations")).toArray().size(), 15);
    }
    if (format == QLatin1String("qdpx") && QDir(FormatsTest::validatorsDir()).exists()
        && !QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
        const FormatsTest::Validation validation = FormatsTest::validateQdpx(target);
        QVERIFY2(validation.passed, qPrintable(validation.output));
    }
}

void TestExportDialog::scopeAndFilters()
{
    ExportDialog dialog(m_project.get(), m_fixture.articles.at(1).id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QComboBox>(&dialog, "formatCombo")->setCurrentIndex(child<QComboBox>(&dialog, "formatCombo")->findData(QStringLiteral("json")));
    child<QRadioButton>(&dialog, "scopeCurrentRadio")->click();
    auto *tags = child<QListWidget>(&dialog, "tagFilterList");
    for (int i = 0; i < tags->count(); ++i) {
        if (tags->item(i)->data(Qt::UserRole).toString() == QLatin1String("claim"))
            tags->item(i)->setCheckState(Qt::Checked);
    }
    child<QCheckBox>(&dialog, "includeTextCheck")->setChecked(false);
    const Formats::ExportScope scope = dialog.scope();
    QCOMPARE(scope.range, Formats::ExportScope::Range::CurrentArticle);
    QCOMPARE(scope.articleIds, QStringList{m_fixture.articles.at(1).id});
    QCOMPARE(scope.tagIds, QStringList{QStringLiteral("claim")});
    QVERIFY(!scope.includeText);

    const QString target = m_dir->filePath(QStringLiteral("claims.json"));
    child<QLineEdit>(&dialog, "outputEdit")->setText(target);
    Formats::ExportResult result;
    QVERIFY(exportThrough(dialog, &result));
    QVERIFY(result.ok);
    QCOMPARE(result.annotations, 2); // the two claims of article 2

    // Chosen articles: the list is enabled only then, and ticking nothing is refused.
    ExportDialog chosen(m_project.get(), QString());
    QVERIFY(!child<QRadioButton>(&chosen, "scopeCurrentRadio")->isEnabled());
    auto *articles = child<QListWidget>(&chosen, "articleList");
    QVERIFY(!articles->isEnabled());
    child<QRadioButton>(&chosen, "scopeChosenRadio")->click();
    QVERIFY(articles->isEnabled());
    QCOMPARE(articles->count(), 3);
    child<QLineEdit>(&chosen, "outputEdit")->setText(m_dir->filePath(QStringLiteral("none.json")));
    QVERIFY(!chosen.startExport());
    QVERIFY(child<QLabel>(&chosen, "statusLabel")->text().contains(QStringLiteral("Tick the articles")));
    articles->item(2)->setCheckState(Qt::Checked);
    QCOMPARE(chosen.scope().articleIds, QStringList{m_fixture.articles.at(2).id});
}

void TestExportDialog::previewIsHighlighted_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("highlighted");
    QTest::newRow("gloss JSON") << QStringLiteral("json") << QStringLiteral("\"format\": \"gloss\"") << true;
    QTest::newRow("W3C") << QStringLiteral("w3c") << QStringLiteral("AnnotationCollection") << true;
    QTest::newRow("REFI-QDA shows project.qde") << QStringLiteral("qdpx") << QStringLiteral("<Project xmlns=\"urn:QDA-XML:project:1.0\"") << true;
    QTest::newRow("codebook") << QStringLiteral("qdc") << QStringLiteral("<CodeBook") << true;
    QTest::newRow("brat shows annotation.conf") << QStringLiteral("brat") << QStringLiteral("[entities]") << false;
    QTest::newRow("CoNLL") << QStringLiteral("conll") << QStringLiteral("-DOCSTART- O") << false;
}

void TestExportDialog::previewIsHighlighted()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QFETCH(bool, highlighted);
    ExportDialog dialog(m_project.get(), m_fixture.articles.at(0).id);
    dialog.setFormatId(format);
    dialog.refreshPreview();
    const QString preview = dialog.previewText();
    QVERIFY2(preview.contains(expected), qPrintable(preview.left(400)));
    QVERIFY(preview.count(QLatin1Char('\n')) <= ExportDialog::PreviewLines);
    QVERIFY(!child<QLabel>(&dialog, "previewLabel")->text().isEmpty());
    // KSyntaxHighlighting's JSON / XML definitions colour the preview.
    auto *edit = child<QPlainTextEdit>(&dialog, "previewEdit");
    QSet<QRgb> colours;
    for (QTextBlock block = edit->document()->firstBlock(); block.isValid() && block.blockNumber() < 40; block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                colours.insert(range.format.foreground().color().rgb());
        }
    }
    // Keys, strings, numbers, tags and attributes in their own colours; plain text in one at most.
    QVERIFY2(highlighted ? colours.size() >= 2 : colours.size() <= 1, qPrintable(QString::number(colours.size())));
}

void TestExportDialog::refusesWithoutOutput()
{
    ExportDialog dialog(m_project.get(), QString());
    child<QLineEdit>(&dialog, "outputEdit")->clear();
    QVERIFY(!dialog.startExport());
    QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("Choose where")));
}

void TestExportDialog::cancelLeavesNothing()
{
    ExportDialog dialog(m_project.get(), QString());
    dialog.show();
    dialog.setFormatId(QStringLiteral("w3c"));
    const QString target = m_dir->filePath(QStringLiteral("cancelled.jsonld"));
    dialog.setOutputPath(target);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.startExport());
    // Cancel at once: either the worker sees it (nothing written) or it had already finished.
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto result = finished.constFirst().constFirst().value<Formats::ExportResult>();
    if (result.cancelled) {
        QVERIFY(!result.ok);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("cancelled")));
        QVERIFY(dialog.isVisible()); // stays open after a cancelled export
    } else {
        QVERIFY(result.ok);
    }
    QVERIFY(!dialog.isExporting());
}

void TestExportDialog::importDialogImportsAsOneStep()
{
    const QString file = m_dir->filePath(QStringLiteral("all.json"));
    QVERIFY(Formats::ExportJob::run(*m_project, QStringLiteral("json"), {}, file).ok);
    Project target;
    QString error;
    QVERIFY(target.open(m_dir->filePath(QStringLiteral("target.gloss")), ProjectStore::Mode::ReadWrite, &error));

    ImportAnnotationsDialog dialog(&target);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *importButton = child<QPushButton>(&dialog, "importButton");
    QVERIFY(!importButton->isEnabled()); // nothing chosen yet
    child<QLineEdit>(&dialog, "importPathEdit")->setText(file);
    QVERIFY(importButton->isEnabled());
    QCOMPARE(dialog.formatId(), QString()); // detected from the file
    QSignalSpy finished(&dialog, &ImportAnnotationsDialog::importFinished);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    const auto report = finished.constFirst().constFirst().value<Formats::AnnotationImportReport>();
    QVERIFY(report.ok);
    QCOMPARE(report.annotationsAdded, 15);
    QVERIFY(child<QLabel>(&dialog, "importSummary")->text().contains(QStringLiteral("15 annotations")));
    QCOMPARE(FormatsTest::stateDump(target), FormatsTest::stateDump(*m_project));
    QCOMPARE(target.undoStack()->count(), 1);
    target.undoStack()->undo();
    QCOMPARE(target.annotator()->allAnnotations().size(), 0);
}

void TestExportDialog::importDialogShowsRefusal()
{
    const QString file = m_dir->filePath(QStringLiteral("broken.jsonld"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"type\": \"Annotation\", ");
    }
    const QByteArray before = FormatsTest::stateDump(*m_project);
    ImportAnnotationsDialog dialog(m_project.get());
    dialog.setPath(file);
    const Formats::AnnotationImportReport report = dialog.startImport();
    QVERIFY(!report.ok);
    QVERIFY(dialog.reportText().contains(QStringLiteral("refused")));
    QVERIFY(dialog.reportText().contains(QStringLiteral("is not valid JSON")));
    QCOMPARE(FormatsTest::stateDump(*m_project), before);
}

void TestExportDialog::mainWindowHasTheCommands()
{
    const QString path = m_project->path();
    m_project->close();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::projectShown);
    window.open(StartupPlan::forPaths({path}, m_dir->filePath(QStringLiteral("data"))));
    QCOMPARE(shown.size(), 1);
    auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QAction *exportAction = nullptr;
    QAction *importAction = nullptr;
    for (QAction *action : file->actions()) {
        if (action->objectName() == QLatin1String("exportAction"))
            exportAction = action;
        if (action->objectName() == QLatin1String("importAnnotationsAction"))
            importAction = action;
    }
    QVERIFY(exportAction);
    QVERIFY(importAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->trigger();
    QTRY_VERIFY(window.findChild<ExportDialog *>(QStringLiteral("exportDialog")));
    auto *dialog = window.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
    QTRY_VERIFY(dialog->isVisible());
    dialog->setFormatId(QStringLiteral("csv"));
    const QString target = m_dir->filePath(QStringLiteral("from-window.csv"));
    dialog->setOutputPath(target);
    QVERIFY(dialog->startExport());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(target), 30000);
    QTRY_VERIFY(!window.findChild<ExportDialog *>(QStringLiteral("exportDialog"))); // closed and deleted
    importAction->trigger();
    QTRY_VERIFY(window.findChild<ImportAnnotationsDialog *>(QStringLiteral("importAnnotationsDialog")));
    window.findChild<ImportAnnotationsDialog *>(QStringLiteral("importAnnotationsDialog"))->close();
    window.close();
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
