#pragma once

#include "message.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Gloss::Ui
{

/// The inline error banner at the top of the reading area: says what failed without a modal
/// dialog, stays until dismissed (or replaced by a newer error).
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows \a message; further errors while it is shown are counted ("and 2 more").
    void showMessage(const Message &message);
    /// What the banner says now.
    QString text() const;
    void dismiss();

Q_SIGNALS:
    /// The reader asked to see all problems.
    void detailsRequested();

private:
    void updateText();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_details = nullptr;
    QToolButton *m_close = nullptr;
    Message m_message;
    int m_more = 0;
};

} // namespace Gloss::Ui
