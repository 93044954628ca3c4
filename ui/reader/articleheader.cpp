#include "articleheader.h"

#include "readingfont.h"

#include <QDate>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Gloss::Ui
{

ArticleHeader::ArticleHeader(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)), m_url(new QLineEdit(this)), m_openUrl(new QToolButton(this))
{
    setObjectName(QStringLiteral("articleHeader"));
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setObjectName(QStringLiteral("articleMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    // A read-only line edit: the URL stays plain text, selectable and copyable, and long ones scroll.
    m_url->setObjectName(QStringLiteral("articleUrl"));
    m_url->setReadOnly(true);
    m_url->setFrame(false);
    m_url->setFocusPolicy(Qt::ClickFocus);
    m_url->setForegroundRole(QPalette::PlaceholderText);
    m_url->setAttribute(Qt::WA_MacShowFocusRect, false);
    QPalette urlPalette = m_url->palette();
    urlPalette.setColor(QPalette::Base, Qt::transparent);
    m_url->setPalette(urlPalette);

    m_openUrl->setObjectName(QStringLiteral("openUrlButton"));
    m_openUrl->setText(tr("Open in Browser"));
    m_openUrl->setToolTip(tr("Open this address in your web browser (Gloss itself never loads it)"));
    m_openUrl->setAutoRaise(true);
    m_openUrl->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_openUrl, &QToolButton::clicked, this, &ArticleHeader::openUrl);

    auto *urlRow = new QHBoxLayout;
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->setSpacing(6);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_openUrl);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addLayout(urlRow);
    setColumnInsets(ReadingFont::documentMargin(), ReadingFont::documentMargin());
    setBodyFont(ReadingFont::body());
    clear();
}

void ArticleHeader::setArticle(const Article &article)
{
    m_title->setText(article.title.isEmpty() ? tr("(untitled)") : article.title);
    const QString meta = formatMetaLine(article.outlet, article.published, article.byline);
    m_meta->setText(meta);
    m_meta->setVisible(!meta.isEmpty());
    m_url->setText(article.url);
    m_url->setCursorPosition(0);
    m_url->setVisible(!article.url.isEmpty());
    const QUrl url(article.url, QUrl::StrictMode);
    m_openUrl->setVisible(url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")));
}

void ArticleHeader::clear()
{
    m_title->clear();
    m_meta->clear();
    m_meta->hide();
    m_url->clear();
    m_url->hide();
    m_openUrl->hide();
}

void ArticleHeader::showPlaceholder(const QString &title, const QString &hint)
{
    clear();
    m_title->setText(title);
    m_meta->setText(hint);
    m_meta->show();
}

void ArticleHeader::setColumnInsets(int left, int right)
{
    layout()->setContentsMargins(left, 22, right, 10);
}

void ArticleHeader::setBodyFont(const QFont &body)
{
    m_title->setFont(ReadingFont::title(body));
    QFont small = font();
    small.setPointSizeF(std::max(7.0, body.pointSizeF() * 0.8));
    m_meta->setFont(small);
    m_url->setFont(small);
    m_openUrl->setFont(small);
}

QString ArticleHeader::title() const
{
    return m_title->text();
}

QString ArticleHeader::metaLine() const
{
    return m_meta->text();
}

QString ArticleHeader::url() const
{
    return m_url->text();
}

QString ArticleHeader::formatMetaLine(const QString &outlet, const QString &published, const QString &byline)
{
    QStringList parts;
    if (!outlet.trimmed().isEmpty())
        parts.append(outlet.trimmed());
    if (!published.isEmpty()) {
        const QDate date = QDate::fromString(published.left(10), Qt::ISODate);
        parts.append(date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : published);
    }
    const QString by = byline.trimmed();
    if (!by.isEmpty())
        parts.append(by.startsWith(QLatin1String("by "), Qt::CaseInsensitive) ? by : tr("By %1").arg(by));
    return parts.join(QStringLiteral("  ·  "));
}

void ArticleHeader::openUrl()
{
    // Only on an explicit click, and only in the external browser.
    const QUrl url(m_url->text(), QUrl::StrictMode);
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

} // namespace Gloss::Ui
