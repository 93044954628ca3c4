#include "importprogress.h"

#include "importrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Gloss::Ui
{

ImportProgress::ImportProgress(ImportRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("importProgress"));
    m_label->setObjectName(QStringLiteral("importProgressLabel"));
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; nothing of it is added"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, m_runner, &ImportRunner::cancel);
    connect(m_runner, &ImportRunner::started, this, [this] {
        m_label->setText(tr("Looking for articles…"));
        m_bar->setRange(0, 0);
        show();
    });
    connect(m_runner, &ImportRunner::progress, this, &ImportProgress::onProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportProgress::hide);
    hide();
}

void ImportProgress::onProgress(int done, int total)
{
    if (!m_runner->isRunning())
        return; // a late report after the end
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    m_label->setText(tr("Importing %1 of %2 files…").arg(done).arg(total));
}

} // namespace Gloss::Ui
