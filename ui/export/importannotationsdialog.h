#pragma once

#include "formats/annotationimport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Gloss
{
class Project;
}

namespace Gloss::Ui
{

/// File ▸ Import Annotations…: an annotation file (gloss JSON, W3C, a brat folder or .ann, a REFI-QDA
/// .qdpx or codebook .qdc), its format (detected from the file unless chosen), and after the import
/// what it did: the summary and every message — annotations re-anchored, annotations that could not
/// be anchored (named), or why the file was refused. One import is one step on the project's undo stack.
class ImportAnnotationsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportAnnotationsDialog(Project *project, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    /// The chosen format; empty: detect from the file.
    QString formatId() const;
    void setFormatId(const QString &id);
    /// Imports now (the Import button). Returns the report (also shown and emitted).
    Formats::AnnotationImportReport startImport();
    /// What the last import reported, as shown.
    QString reportText() const;

Q_SIGNALS:
    void importFinished(const Gloss::Formats::AnnotationImportReport &report);

private:
    void chooseFile();
    void chooseFolder();
    void updateButtons();

    QPointer<Project> m_project;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_report = nullptr;
};

} // namespace Gloss::Ui
