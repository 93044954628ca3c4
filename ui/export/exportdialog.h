#pragma once

#include "formats/exportjob.h"
#include "formats/exportscope.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace KSyntaxHighlighting
{
class SyntaxHighlighter;
}

namespace Gloss
{
class Project;
}

namespace Gloss::Ui
{

/// File ▸ Export…: the format, what to export (the article being read, chosen articles or the
/// whole corpus, filtered by tag, kind, status and author), where to, and a preview of the first
/// lines of the output coloured with KSyntaxHighlighting's JSON or XML definition. The project is
/// read on the GUI thread (one snapshot); the format is rendered and written on a worker thread with
/// progress and Cancel, atomically (model/formats/exportoutput.h), so the window never freezes and a
/// cancelled export leaves nothing behind.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// The number of lines the preview shows.
    static constexpr int PreviewLines = 200;
    /// How many articles the preview renders (the first lines never need more).
    static constexpr int PreviewArticles = 3;

    /// \a currentArticleId is the article being read (empty: none; the "current article" choice is off).
    ExportDialog(Project *project, const QString &currentArticleId, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The format chosen ("json", "w3c" ...).
    QString formatId() const;
    void setFormatId(const QString &id);
    QString outputPath() const;
    void setOutputPath(const QString &path);
    /// The scope and filters as chosen.
    Formats::ExportScope scope() const;
    /// The text the preview shows now.
    QString previewText() const;
    bool isExporting() const { return m_watcher.isRunning(); }

    /// Starts the export (the Export button). False when it cannot start (no output chosen ...).
    bool startExport();
    /// Renders the preview now rather than after the typing pause.
    void refreshPreview();

Q_SIGNALS:
    /// The export ended: written, failed or cancelled (see the result). On success the dialog closes.
    void exportFinished(const Gloss::Formats::ExportResult &result);

protected:
    void reject() override;

private:
    void buildUi();
    void fillFilters();
    void onFormatChanged();
    void updateScopeWidgets();
    void schedulePreview();
    void chooseOutput();
    void onExportFinished();
    void setBusy(bool busy);
    QString defaultOutput() const;

    QPointer<Project> m_project;
    QString m_currentArticleId;
    QComboBox *m_format = nullptr;
    QLabel *m_formatDescription = nullptr;
    QRadioButton *m_scopeCurrent = nullptr;
    QRadioButton *m_scopeChosen = nullptr;
    QRadioButton *m_scopeCorpus = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    QListWidget *m_articles = nullptr;
    QListWidget *m_tags = nullptr;
    QListWidget *m_kinds = nullptr;
    QListWidget *m_statuses = nullptr;
    QLineEdit *m_authors = nullptr;
    QCheckBox *m_includeText = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_previewLabel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer m_previewTimer;
    QFutureWatcher<Formats::ExportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    std::shared_ptr<std::atomic<qint64>> m_total;
    QTimer m_progressTimer;
};

} // namespace Gloss::Ui
