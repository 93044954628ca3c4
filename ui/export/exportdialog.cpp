#include "exportdialog.h"

#include "cues/cuerepository.h"
#include "formats/formatregistry.h"
#include "project.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Gloss::Ui
{

namespace
{
constexpr auto FormatSetting = "export/format";
constexpr auto FolderSetting = "export/folder";

QListWidget *checkList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setUniformItemSizes(true);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QVariant &data)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, data);
}

QVariantList checkedData(const QListWidget *list)
{
    QVariantList result;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            result.append(list->item(i)->data(Qt::UserRole));
    }
    return result;
}
} // namespace

ExportDialog::ExportDialog(Project *project, const QString &currentArticleId, QWidget *parent)
    : QDialog(parent), m_project(project), m_currentArticleId(currentArticleId)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Annotations"));
    buildUi();
    fillFilters();

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(300);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this]() {
        const qint64 total = m_total ? m_total->load() : 0;
        if (total > 0) {
            m_progress->setMaximum(int(std::min<qint64>(total, 1 << 30)));
            m_progress->setValue(int(std::min<qint64>(m_done->load(), 1 << 30)));
        }
    });
    connect(&m_watcher, &QFutureWatcher<Formats::ExportResult>::finished, this, &ExportDialog::onExportFinished);

    const QSettings settings;
    setFormatId(settings.value(QLatin1String(FormatSetting), QStringLiteral("json")).toString());
    onFormatChanged();
    updateScopeWidgets();
    resize(980, 680);
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ExportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("exportSplitter"));
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *form = new QVBoxLayout(left);
    form->setContentsMargins(0, 0, 0, 0);

    auto *formatBox = new QGroupBox(tr("Format"), left);
    auto *formatLayout = new QVBoxLayout(formatBox);
    m_format = new QComboBox(formatBox);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (const Formats::FormatInfo &info : Formats::FormatRegistry::formats()) {
        if (info.canExport)
            m_format->addItem(info.name, info.id);
    }
    m_formatDescription = new QLabel(formatBox);
    m_formatDescription->setObjectName(QStringLiteral("formatDescription"));
    m_formatDescription->setWordWrap(true);
    m_includeText = new QCheckBox(tr("Include the article texts"), formatBox);
    m_includeText->setObjectName(QStringLiteral("includeTextCheck"));
    m_includeText->setChecked(true);
    m_includeText->setToolTip(tr("Without them the file annotates articles that the project it is imported into already has"));
    formatLayout->addWidget(m_format);
    formatLayout->addWidget(m_formatDescription);
    formatLayout->addWidget(m_includeText);
    form->addWidget(formatBox);

    auto *scopeBox = new QGroupBox(tr("Articles"), left);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scopeCurrent = new QRadioButton(tr("The article being read"), scopeBox);
    m_scopeCurrent->setObjectName(QStringLiteral("scopeCurrentRadio"));
    m_scopeChosen = new QRadioButton(tr("Chosen articles:"), scopeBox);
    m_scopeChosen->setObjectName(QStringLiteral("scopeChosenRadio"));
    m_scopeCorpus = new QRadioButton(tr("The whole corpus"), scopeBox);
    m_scopeCorpus->setObjectName(QStringLiteral("scopeCorpusRadio"));
    m_scopeGroup = new QButtonGroup(this);
    m_scopeGroup->addButton(m_scopeCurrent);
    m_scopeGroup->addButton(m_scopeChosen);
    m_scopeGroup->addButton(m_scopeCorpus);
    m_articles = checkList(QStringLiteral("articleList"), scopeBox);
    scopeLayout->addWidget(m_scopeCorpus);
    scopeLayout->addWidget(m_scopeCurrent);
    scopeLayout->addWidget(m_scopeChosen);
    scopeLayout->addWidget(m_articles, 1);
    form->addWidget(scopeBox, 1);

    auto *filterBox = new QGroupBox(tr("Only annotations with (none ticked: all)"), left);
    auto *filterLayout = new QHBoxLayout(filterBox);
    m_tags = checkList(QStringLiteral("tagFilterList"), filterBox);
    m_kinds = checkList(QStringLiteral("kindFilterList"), filterBox);
    m_statuses = checkList(QStringLiteral("statusFilterList"), filterBox);
    auto *right = new QVBoxLayout;
    right->addWidget(m_kinds);
    right->addWidget(m_statuses);
    filterLayout->addWidget(m_tags, 2);
    filterLayout->addLayout(right, 1);
    form->addWidget(filterBox, 1);
    auto *authorRow = new QFormLayout;
    m_authors = new QLineEdit(left);
    m_authors->setObjectName(QStringLiteral("authorFilterEdit"));
    m_authors->setPlaceholderText(tr("any author; or names separated by commas"));
    authorRow->addRow(tr("Authors:"), m_authors);
    form->addLayout(authorRow);

    auto *outputRow = new QHBoxLayout;
    m_output = new QLineEdit(left);
    m_output->setObjectName(QStringLiteral("outputEdit"));
    m_browse = new QPushButton(tr("Choose…"), left);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    outputRow->addWidget(new QLabel(tr("Save to:"), left));
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);
    form->addLayout(outputRow);

    auto *previewPane = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewLabel = new QLabel(previewPane);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_preview = new QPlainTextEdit(previewPane);
    m_preview->setObjectName(QStringLiteral("previewEdit"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    m_highlighter->setTheme(Cues::themeForLightness(palette().color(QPalette::Base).lightness()));
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_scopeGroup, &QButtonGroup::buttonToggled, this, &ExportDialog::updateScopeWidgets);
    for (QListWidget *list : {m_articles, m_tags, m_kinds, m_statuses})
        connect(list, &QListWidget::itemChanged, this, &ExportDialog::schedulePreview);
    connect(m_authors, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_includeText, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

void ExportDialog::fillFilters()
{
    if (!m_project)
        return;
    const TagSchema &tags = m_project->annotator()->tagSchema();
    for (const Tag &tag : tags.treeOrder())
        addCheckItem(m_tags, QString(tags.depth(tag.id) * 2, QLatin1Char(' ')) + tag.name, tag.id);
    for (Annotation::Kind kind : {Annotation::Kind::Entity, Annotation::Kind::Claim, Annotation::Kind::Cue, Annotation::Kind::Note, Annotation::Kind::Other})
        addCheckItem(m_kinds, Annotation::kindName(kind), int(kind));
    for (Annotation::Status status : {Annotation::Status::Accepted, Annotation::Status::Suggested, Annotation::Status::Rejected})
        addCheckItem(m_statuses, Annotation::statusName(status), int(status));
    for (const ArticleSummary &summary : m_project->store().articleSummaries()) {
        const QString title = summary.title.isEmpty() ? summary.id : summary.title;
        addCheckItem(m_articles, summary.outlet.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, summary.outlet), summary.id);
        if (summary.id == m_currentArticleId)
            m_articles->item(m_articles->count() - 1)->setCheckState(Qt::Checked);
    }
    m_scopeCurrent->setEnabled(!m_currentArticleId.isEmpty());
    m_scopeCorpus->setChecked(true);
}

QString ExportDialog::formatId() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormatId(const QString &id)
{
    const int index = m_format->findData(id);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

Formats::ExportScope ExportDialog::scope() const
{
    Formats::ExportScope scope;
    if (m_scopeCurrent->isChecked() && !m_currentArticleId.isEmpty()) {
        scope = Formats::ExportScope::currentArticle(m_currentArticleId);
    } else if (m_scopeChosen->isChecked()) {
        QStringList ids;
        for (const QVariant &id : checkedData(m_articles))
            ids.append(id.toString());
        scope = Formats::ExportScope::chosenArticles(ids);
    }
    for (const QVariant &tag : checkedData(m_tags))
        scope.tagIds.append(tag.toString());
    for (const QVariant &kind : checkedData(m_kinds))
        scope.kinds.append(Annotation::Kind(kind.toInt()));
    for (const QVariant &status : checkedData(m_statuses))
        scope.statuses.append(Annotation::Status(status.toInt()));
    for (const QString &author : m_authors->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!author.trimmed().isEmpty())
            scope.authors.append(author.trimmed());
    }
    scope.includeText = m_includeText->isChecked();
    return scope;
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::defaultOutput() const
{
    const QSettings settings;
    QString folder = settings.value(QLatin1String(FolderSetting)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const Formats::FormatInfo *info = Formats::FormatRegistry::format(formatId());
    const QString base = m_project ? QFileInfo(m_project->path()).completeBaseName() : QStringLiteral("annotations");
    if (!info)
        return {};
    const QString name = info->suffix.isEmpty() ? base + QLatin1Char('-') + info->id : base + QLatin1Char('.') + info->suffix;
    return QDir(folder).filePath(name);
}

void ExportDialog::onFormatChanged()
{
    const Formats::FormatInfo *info = Formats::FormatRegistry::format(formatId());
    if (!info)
        return;
    m_formatDescription->setText(info->description);
    m_includeText->setVisible(info->lossless);
    // Keep a path the user typed; move a path we proposed to the new format's suffix.
    const QString current = outputPath();
    if (current.isEmpty() || current == m_output->property("proposed").toString()) {
        const QString proposed = defaultOutput();
        m_output->setText(proposed);
        m_output->setProperty("proposed", proposed);
    }
    const KSyntaxHighlighting::Definition definition
        = info->previewSyntax.isEmpty() ? KSyntaxHighlighting::Definition() : Cues::repository().definitionForName(info->previewSyntax);
    m_highlighter->setDefinition(definition);
    const bool tagsOnly = info->tagSchemaOnly;
    for (QWidget *widget : {static_cast<QWidget *>(m_scopeCurrent), static_cast<QWidget *>(m_scopeChosen), static_cast<QWidget *>(m_scopeCorpus),
             static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_kinds), static_cast<QWidget *>(m_statuses), static_cast<QWidget *>(m_authors)})
        widget->setEnabled(!tagsOnly);
    if (!tagsOnly)
        m_scopeCurrent->setEnabled(!m_currentArticleId.isEmpty());
    updateScopeWidgets();
    schedulePreview();
}

void ExportDialog::updateScopeWidgets()
{
    m_articles->setEnabled(m_scopeChosen->isChecked() && m_scopeChosen->isEnabled());
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer.start();
}

void ExportDialog::refreshPreview()
{
    m_previewTimer.stop();
    if (!m_project || !m_project->isOpen())
        return;
    // The first lines need only the first articles: a preview of a 100,000-annotation corpus stays quick.
    Formats::ExportScope preview = scope();
    const Formats::FormatInfo *info = Formats::FormatRegistry::format(formatId());
    QStringList ids;
    if (preview.range == Formats::ExportScope::Range::WholeCorpus) {
        for (const ArticleSummary &summary : m_project->store().articleSummaries()) {
            if (ids.size() >= PreviewArticles)
                break;
            ids.append(summary.id);
        }
    } else {
        ids = preview.articleIds.mid(0, PreviewArticles);
    }
    Messages messages;
    std::optional<Formats::ExportData> data;
    if (ids.isEmpty() && !(info && info->tagSchemaOnly)) {
        m_preview->setPlainText(QString());
        m_previewLabel->setText(tr("Nothing to preview: no article is chosen"));
        return;
    }
    const Formats::ExportScope::Range range = preview.range;
    preview.range = Formats::ExportScope::Range::ChosenArticles;
    preview.articleIds = ids;
    data = Formats::ExportJob::snapshot(*m_project, formatId(), preview, {}, &messages);
    if (!data) {
        m_preview->setPlainText(QString());
        m_previewLabel->setText(messages.isEmpty() ? tr("No preview") : messages.constFirst().text);
        return;
    }
    data->scope.range = range;
    const Formats::ExportOutput output = Formats::ExportJob::render(*data, formatId());
    QString shown;
    const QString text = output.previewText(PreviewLines, &shown, info ? info->previewFile : QString());
    m_preview->setPlainText(text);
    m_previewLabel->setText(tr("Preview of %1 (first %2 lines)").arg(shown).arg(PreviewLines));
}

void ExportDialog::chooseOutput()
{
    const Formats::FormatInfo *info = Formats::FormatRegistry::format(formatId());
    if (!info)
        return;
    QString path;
    if (info->layout == Formats::ExportOutput::Layout::Folder) {
        // brat writes a folder: pick where it goes and name it.
        path = QFileDialog::getSaveFileName(this, tr("Export to Folder"), outputPath(), QString(), nullptr, QFileDialog::ShowDirsOnly);
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export Annotations"), outputPath(), info->fileFilter);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty() && !info->suffix.isEmpty())
            path += QLatin1Char('.') + info->suffix;
    }
    if (!path.isEmpty())
        m_output->setText(path);
}

bool ExportDialog::startExport()
{
    if (isExporting() || !m_project || !m_project->isOpen())
        return false;
    const QString target = outputPath();
    if (target.isEmpty()) {
        m_status->setText(tr("Choose where to save the export."));
        return false;
    }
    const Formats::ExportScope chosen = scope();
    if (chosen.range == Formats::ExportScope::Range::ChosenArticles && chosen.articleIds.isEmpty()) {
        m_status->setText(tr("Tick the articles to export, or choose another scope."));
        return false;
    }
    QSettings settings;
    settings.setValue(QLatin1String(FormatSetting), formatId());
    settings.setValue(QLatin1String(FolderSetting), QFileInfo(target).absolutePath());

    setBusy(true);
    m_status->setText(tr("Reading the project…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic<qint64>>(0);
    m_total = std::make_shared<std::atomic<qint64>>(0);
    const auto done = m_done;
    const auto total = m_total;
    const Formats::Progress progress(
        [done, total](qint64 d, qint64 t) {
            done->store(d);
            total->store(t);
        },
        m_cancel.get());
    // The snapshot reads the project here, on its thread; rendering and writing go to a worker.
    Messages messages;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<Formats::ExportData> data = Formats::ExportJob::snapshot(*m_project, formatId(), chosen, progress, &messages);
    QApplication::restoreOverrideCursor();
    if (!data) {
        setBusy(false);
        m_status->setText(messages.isEmpty() ? tr("The export was cancelled.") : messages.constFirst().toString());
        return false;
    }
    m_status->setText(tr("Writing %1 annotations…").arg(data->annotations.size()));
    const QString format = formatId();
    const auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([data = std::move(*data), format, target, progress, cancel]() {
        Q_UNUSED(cancel) // keeps the flag alive as long as the worker runs
        return Formats::ExportJob::write(data, format, target, progress);
    }));
    m_progressTimer.start();
    return true;
}

void ExportDialog::onExportFinished()
{
    m_progressTimer.stop();
    setBusy(false);
    const Formats::ExportResult result = m_watcher.result();
    if (result.ok) {
        m_status->setText(tr("Exported %1 annotations and %2 links to %3").arg(result.annotations).arg(result.links).arg(result.written.join(tr(" and "))));
    } else if (result.cancelled) {
        m_status->setText(tr("The export was cancelled; nothing was written."));
    } else {
        QStringList reasons;
        for (const Message &message : result.messages) {
            if (message.severity == Message::Severity::Error)
                reasons.append(message.toString());
        }
        m_status->setText(tr("The export failed: %1").arg(reasons.join(QLatin1Char('\n'))));
    }
    Q_EMIT exportFinished(result);
    if (result.ok)
        accept();
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_exportButton->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_browse->setEnabled(!busy);
}

void ExportDialog::reject()
{
    // Cancel stops a running export first; the dialog closes when it has.
    if (isExporting()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace Gloss::Ui
