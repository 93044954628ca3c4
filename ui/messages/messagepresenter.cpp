#include "messagepresenter.h"

#include "messagebanner.h"
#include "problemlist.h"

#include <QStatusBar>

namespace Gloss::Ui
{

MessagePresenter::MessagePresenter(MessageBanner *banner, ProblemList *problems, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_banner(banner), m_problems(problems), m_statusBar(statusBar)
{
    connect(m_banner, &MessageBanner::detailsRequested, m_problems, &ProblemList::showList);
}

void MessagePresenter::present(const Message &message)
{
    switch (message.severity) {
    case Message::Severity::Error:
        m_banner->showMessage(message);
        m_problems->add(message);
        break;
    case Message::Severity::Warning:
        m_statusBar->showMessage(message.toString(), StatusTimeout);
        m_problems->add(message);
        break;
    case Message::Severity::Notice:
        m_statusBar->showMessage(message.toString(), StatusTimeout);
        break;
    }
}

void MessagePresenter::presentAll(const Messages &messages)
{
    for (const Message &message : messages)
        present(message);
}

} // namespace Gloss::Ui
