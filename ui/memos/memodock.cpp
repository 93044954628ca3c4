#include "memodock.h"

#include "editing/debouncedfield.h"
#include "project.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gloss::Ui
{

namespace
{
enum Tab { ArticleTab, ProjectTab };
}

MemoDock::MemoDock(QWidget *parent)
    : QDockWidget(tr("Memos"), parent)
    , m_tabs(new QTabWidget(this))
    , m_articleTitle(new QLabel)
    , m_articleMemo(new QPlainTextEdit)
    , m_projectMemo(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("memoDock"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleMemoDockAction"));
    toggleViewAction()->setText(tr("Memos"));

    m_tabs->setObjectName(QStringLiteral("memoTabs"));
    m_tabs->setDocumentMode(true);

    auto *articlePage = new QWidget;
    articlePage->setObjectName(QStringLiteral("articleMemoPage"));
    auto *articleLayout = new QVBoxLayout(articlePage);
    articleLayout->setContentsMargins(6, 6, 6, 6);
    m_articleTitle->setObjectName(QStringLiteral("articleMemoTitle"));
    m_articleTitle->setTextFormat(Qt::PlainText);
    m_articleTitle->setWordWrap(true);
    QFont titleFont = m_articleTitle->font();
    titleFont.setBold(true);
    m_articleTitle->setFont(titleFont);
    articleLayout->addWidget(m_articleTitle);
    m_articleMemo->setObjectName(QStringLiteral("articleMemoEdit"));
    m_articleMemo->setPlaceholderText(tr("Your memo on this article"));
    articleLayout->addWidget(m_articleMemo, 1);
    m_tabs->insertTab(ArticleTab, articlePage, tr("&Article"));

    auto *projectPage = new QWidget;
    projectPage->setObjectName(QStringLiteral("projectMemoPage"));
    auto *projectLayout = new QVBoxLayout(projectPage);
    projectLayout->setContentsMargins(6, 6, 6, 6);
    m_projectMemo->setObjectName(QStringLiteral("projectMemoEdit"));
    m_projectMemo->setPlaceholderText(tr("Your memo on the whole project: questions, findings, what to check next"));
    projectLayout->addWidget(m_projectMemo, 1);
    m_tabs->insertTab(ProjectTab, projectPage, tr("&Project"));
    setWidget(m_tabs);

    m_articleField = new DebouncedField(m_articleMemo, this);
    m_projectField = new DebouncedField(m_projectMemo, this);
    connect(m_articleField, &DebouncedField::committed, this, &MemoDock::saveArticleMemo);
    connect(m_projectField, &DebouncedField::committed, this, &MemoDock::saveProjectMemo);

    setProject(nullptr);
}

MemoDock::~MemoDock()
{
    flush();
}

Annotator *MemoDock::annotator() const
{
    return m_project ? m_project->annotator() : nullptr;
}

void MemoDock::setProject(Project *project)
{
    flush();
    if (Annotator *previous = annotator())
        disconnect(previous, nullptr, this, nullptr);
    m_project = project;
    m_articleId.clear();
    if (Annotator *current = annotator()) {
        connect(current, &Annotator::articleMemoChanged, this, [this](const QString &articleId, const QString &text) {
            if (articleId == m_articleId && !m_articleStale)
                m_articleField->refresh(text);
        });
        connect(current, &Annotator::projectMemoChanged, this, [this](const QString &text) { m_projectField->refresh(text); });
        connect(current, &Annotator::reloaded, this, [this] {
            showArticle();
            showProjectMemo();
        });
    }
    applyReadOnly();
    showArticle();
    showProjectMemo();
}

void MemoDock::setCurrentArticle(const QString &articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleField->flush();
    m_articleId = articleId;
    // Reading the article (for its title) waits until the dock is seen: switching articles stays cheap.
    if (isVisible()) {
        showArticle();
    } else {
        m_articleStale = true;
        m_articleField->reset(QString());
    }
}

void MemoDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_articleStale)
        showArticle();
}

void MemoDock::focusArticleMemo()
{
    if (!isVisible())
        show();
    raise();
    if (m_articleStale)
        showArticle();
    m_tabs->setCurrentIndex(ArticleTab);
    m_articleMemo->setFocus(Qt::ShortcutFocusReason);
}

void MemoDock::focusProjectMemo()
{
    if (!isVisible())
        show();
    raise();
    m_tabs->setCurrentIndex(ProjectTab);
    m_projectMemo->setFocus(Qt::ShortcutFocusReason);
}

void MemoDock::flush()
{
    if (!m_project)
        return;
    m_articleField->flush();
    m_projectField->flush();
}

void MemoDock::showArticle()
{
    m_articleStale = false;
    Annotator *current = annotator();
    std::optional<Article> article;
    if (current && !m_articleId.isEmpty())
        article = m_project->store().article(m_articleId);
    if (!article) {
        m_articleTitle->setText(current ? tr("No article is shown.") : tr("No project is open."));
        m_articleField->reset(QString());
        m_articleMemo->setEnabled(false);
        return;
    }
    m_articleTitle->setText(article->title.isEmpty() ? tr("Untitled article") : article->title);
    m_articleField->reset(current->articleMemo(m_articleId));
    m_articleMemo->setEnabled(true);
}

void MemoDock::showProjectMemo()
{
    Annotator *current = annotator();
    m_projectField->reset(current ? current->projectMemo() : QString());
    m_projectMemo->setEnabled(current != nullptr);
}

void MemoDock::applyReadOnly()
{
    const bool readOnly = !m_project || m_project->isReadOnly();
    m_articleField->setReadOnly(readOnly);
    m_projectField->setReadOnly(readOnly);
}

void MemoDock::saveArticleMemo(const QString &text)
{
    if (Annotator *current = annotator(); current && !m_articleId.isEmpty() && !m_project->isReadOnly())
        current->setArticleMemo(m_articleId, text);
}

void MemoDock::saveProjectMemo(const QString &text)
{
    if (Annotator *current = annotator(); current && !m_project->isReadOnly())
        current->setProjectMemo(text);
}

} // namespace Gloss::Ui
