#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Gloss::Ui
{

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_details(new QToolButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xfb, 0xe4, 0xe2));
    palette.setColor(QPalette::WindowText, QColor(0x5f, 0x12, 0x0e));
    palette.setColor(QPalette::ButtonText, QColor(0x5f, 0x12, 0x0e));
    setPalette(palette);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("messageBannerDetails"));
    m_details->setText(tr("Show All"));
    m_details->setAutoRaise(true);
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    connect(m_details, &QToolButton::clicked, this, &MessageBanner::detailsRequested);
    hide();
}

void MessageBanner::showMessage(const Message &message)
{
    if (isVisible())
        ++m_more;
    else
        m_more = 0;
    m_message = message;
    updateText();
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::dismiss()
{
    m_more = 0;
    hide();
}

void MessageBanner::updateText()
{
    QString text = m_message.toString();
    if (m_more > 0)
        text += QLatin1Char(' ') + tr("(and %1 more)").arg(m_more);
    m_text->setText(text);
}

} // namespace Gloss::Ui
