#pragma once

#include "message.h"

#include <QObject>

class QStatusBar;

namespace Gloss::Ui
{

class MessageBanner;
class ProblemList;

/// Maps a Message's severity to how the window shows it: errors in the inline banner, warnings
/// and notices in the status bar; errors and warnings are also kept in the problem list.
class MessagePresenter final : public QObject
{
    Q_OBJECT
public:
    /// How long a notice or warning stays in the status bar, in milliseconds.
    static constexpr int StatusTimeout = 8000;

    MessagePresenter(MessageBanner *banner, ProblemList *problems, QStatusBar *statusBar, QObject *parent = nullptr);

    void present(const Gloss::Message &message);
    void presentAll(const Gloss::Messages &messages);

private:
    MessageBanner *m_banner = nullptr;
    ProblemList *m_problems = nullptr;
    QStatusBar *m_statusBar = nullptr;
};

} // namespace Gloss::Ui
