#include "problemlist.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Gloss::Ui
{

ProblemList::ProblemList(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("problemsButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(this, &QToolButton::clicked, this, &ProblemList::showList);
    updateButton();
}

void ProblemList::add(const Message &message)
{
    m_messages.append(message);
    if (m_list) {
        auto *item = new QListWidgetItem(message.toString(), m_list);
        item->setIcon(style()->standardIcon(message.severity == Message::Severity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
    updateButton();
}

void ProblemList::clear()
{
    m_messages.clear();
    if (m_list)
        m_list->clear();
    updateButton();
}

void ProblemList::showList()
{
    if (!m_dialog) {
        m_dialog = new QDialog(window());
        m_dialog->setObjectName(QStringLiteral("problemsDialog"));
        m_dialog->setWindowTitle(tr("Problems"));
        m_dialog->resize(640, 320);
        m_list = new QListWidget(m_dialog);
        m_list->setObjectName(QStringLiteral("problemsList"));
        m_list->setWordWrap(true);
        m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_dialog);
        QPushButton *clearButton = buttons->addButton(tr("Clear"), QDialogButtonBox::ResetRole);
        connect(clearButton, &QPushButton::clicked, this, &ProblemList::clear);
        connect(buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::hide);
        auto *layout = new QVBoxLayout(m_dialog);
        layout->addWidget(m_list);
        layout->addWidget(buttons);
        const Messages existing = m_messages;
        m_messages.clear();
        for (const Message &message : existing)
            add(message);
    }
    m_dialog->show();
    m_dialog->raise();
}

void ProblemList::updateButton()
{
    setText(m_messages.size() == 1 ? tr("1 problem") : tr("%1 problems").arg(m_messages.size()));
    setVisible(!m_messages.isEmpty());
}

} // namespace Gloss::Ui
