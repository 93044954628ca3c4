#include "readingstatus.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Gloss::Ui
{

ReadingStatus::ReadingStatus(QWidget *parent) : QWidget(parent), m_position(new QLabel(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("readingStatus"));
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_count->setObjectName(QStringLiteral("articleCountLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(18);
    layout->addWidget(m_position);
    layout->addWidget(m_count);
}

void ReadingStatus::setArticleCount(int total, int shown)
{
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 article") : tr("%1 articles").arg(total));
    else
        m_count->setText(tr("%1 of %2 articles shown").arg(shown).arg(total));
}

void ReadingStatus::setArticle(int article, int shown)
{
    m_article = article;
    m_shown = shown;
    updatePosition();
}

void ReadingStatus::setParagraphs(int first, int last, int count)
{
    m_first = first;
    m_last = last;
    m_paragraphs = count;
    updatePosition();
}

void ReadingStatus::clearPosition()
{
    m_article = m_shown = m_first = m_last = m_paragraphs = 0;
    updatePosition();
}

QString ReadingStatus::countText() const
{
    return m_count->text();
}

QString ReadingStatus::positionText() const
{
    return m_position->text();
}

QString ReadingStatus::formatPosition(int article, int shown, int first, int last, int count)
{
    QStringList parts;
    if (article > 0)
        parts.append(tr("Article %1 of %2").arg(article).arg(shown));
    if (count > 0) {
        if (first >= last)
            parts.append(tr("paragraph %1 of %2").arg(first).arg(count));
        else
            parts.append(tr("paragraphs %1–%2 of %3").arg(first).arg(last).arg(count));
    }
    return parts.join(QStringLiteral("  ·  "));
}

void ReadingStatus::updatePosition()
{
    m_position->setText(formatPosition(m_article, m_shown, m_first, m_last, m_paragraphs));
}

} // namespace Gloss::Ui
