#include "importannotationsdialog.h"

#include "formats/formatregistry.h"
#include "project.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Gloss::Ui
{

namespace
{
constexpr auto FolderSetting = "importAnnotations/folder";

QString severityName(Message::Severity severity)
{
    switch (severity) {
    case Message::Severity::Error:
        return QObject::tr("error");
    case Message::Severity::Warning:
        return QObject::tr("warning");
    case Message::Severity::Notice:
        break;
    }
    return QObject::tr("note");
}
} // namespace

ImportAnnotationsDialog::ImportAnnotationsDialog(Project *project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setObjectName(QStringLiteral("importAnnotationsDialog"));
    setWindowTitle(tr("Import Annotations"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("a .json, .jsonld, .qdpx or .qdc file, a brat .ann file or folder"));
    auto *file = new QPushButton(tr("File…"), this);
    file->setObjectName(QStringLiteral("chooseFileButton"));
    auto *folder = new QPushButton(tr("brat Folder…"), this);
    folder->setObjectName(QStringLiteral("chooseFolderButton"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(file);
    pathRow->addWidget(folder);
    form->addRow(tr("Import from:"), pathRow);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    m_format->addItem(tr("Detect from the file"), QString());
    for (const Formats::FormatInfo &info : Formats::FormatRegistry::formats()) {
        if (info.canImport)
            m_format->addItem(info.name, info.id);
    }
    form->addRow(tr("Format:"), m_format);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("What the import did appears here: re-anchored annotations, annotations that could not be placed, problems."));
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(file, &QPushButton::clicked, this, &ImportAnnotationsDialog::chooseFile);
    connect(folder, &QPushButton::clicked, this, &ImportAnnotationsDialog::chooseFolder);
    connect(m_path, &QLineEdit::textChanged, this, &ImportAnnotationsDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportAnnotationsDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportAnnotationsDialog::reject);
    updateButtons();
    resize(760, 480);
}

QString ImportAnnotationsDialog::path() const
{
    return m_path->text().trimmed();
}

void ImportAnnotationsDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ImportAnnotationsDialog::formatId() const
{
    return m_format->currentData().toString();
}

void ImportAnnotationsDialog::setFormatId(const QString &id)
{
    const int index = m_format->findData(id);
    m_format->setCurrentIndex(index < 0 ? 0 : index);
}

QString ImportAnnotationsDialog::reportText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_report->toPlainText();
}

void ImportAnnotationsDialog::updateButtons()
{
    m_importButton->setEnabled(!path().isEmpty() && m_project && m_project->isOpen());
}

void ImportAnnotationsDialog::chooseFile()
{
    const QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Annotations"), settings.value(QLatin1String(FolderSetting)).toString(),
        tr("Annotation files (*.json *.jsonld *.qdpx *.qdc *.ann);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void ImportAnnotationsDialog::chooseFolder()
{
    const QSettings settings;
    const QString path = QFileDialog::getExistingDirectory(this, tr("Import a brat Folder"), settings.value(QLatin1String(FolderSetting)).toString());
    if (!path.isEmpty()) {
        setPath(path);
        setFormatId(QStringLiteral("brat"));
    }
}

Formats::AnnotationImportReport ImportAnnotationsDialog::startImport()
{
    Formats::AnnotationImportReport report;
    if (!m_project || !m_project->isOpen() || path().isEmpty())
        return report;
    QString format = formatId();
    if (format.isEmpty())
        format = Formats::FormatRegistry::guessImportFormat(path());
    if (format.isEmpty()) {
        m_summary->setText(tr("Gloss cannot tell the format of %1; choose it above.").arg(QDir::toNativeSeparators(path())));
        return report;
    }
    QSettings().setValue(QLatin1String(FolderSetting), QFileInfo(path()).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_summary->setText(tr("Importing…"));
    report = Formats::AnnotationImport::run(*m_project, format, path());
    QApplication::restoreOverrideCursor();

    m_summary->setText(report.ok ? tr("Imported %1 as one step: undo takes the annotations back (added articles stay).").arg(report.summary())
                                 : tr("Nothing was imported: the file was refused. The project is unchanged."));
    QStringList lines;
    for (const Message &message : std::as_const(report.messages))
        lines.append(QStringLiteral("%1: %2").arg(severityName(message.severity), message.text));
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    Q_EMIT importFinished(report);
    return report;
}

} // namespace Gloss::Ui
