#pragma once

#include "message.h"

#include <QToolButton>

class QDialog;
class QListWidget;

namespace Gloss::Ui
{

/// The problems met since the start (errors and warnings: unreadable files, odd encodings, ...),
/// shown in the status bar as an "n problems" button that opens the list.
class ProblemList final : public QToolButton
{
    Q_OBJECT
public:
    explicit ProblemList(QWidget *parent = nullptr);

    void add(const Message &message);
    void clear();
    const Messages &messages() const { return m_messages; }

    /// Opens the list of problems (non-modal).
    void showList();

private:
    void updateButton();

    Messages m_messages;
    QDialog *m_dialog = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Gloss::Ui
