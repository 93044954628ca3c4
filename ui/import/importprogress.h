#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Gloss::Ui
{

class ImportRunner;

/// The status-bar progress of a running import: "Importing 120 of 800 files", a bar and Cancel.
/// Visible only while an import runs.
class ImportProgress final : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgress(ImportRunner *runner, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }

private:
    void onProgress(int done, int total);

    ImportRunner *m_runner = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Gloss::Ui
