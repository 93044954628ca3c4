#include "reviewdock.h"

#include "project.h"
#include "suggest/suggestionlist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Gloss::Ui
{

namespace
{
constexpr int IdRole = Qt::UserRole;
constexpr int ArticleRole = Qt::UserRole + 1;
} // namespace

ReviewDock::ReviewDock(QWidget *parent) : QDockWidget(tr("Suggestions"), parent)
{
    setObjectName(QStringLiteral("reviewDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    m_scope = new QComboBox(content);
    m_scope->setObjectName(QStringLiteral("reviewScope"));
    m_scope->addItem(tr("This article"), int(Scope::Article));
    m_scope->addItem(tr("All articles"), int(Scope::Corpus));
    m_filter = new QComboBox(content);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->addItem(tr("All types"), QStringList());
    m_filter->addItem(tr("People"), QStringList{QStringLiteral("person")});
    m_filter->addItem(tr("Organisations"), QStringList{QStringLiteral("organisation")});
    m_filter->addItem(tr("Places"), QStringList{QStringLiteral("place")});
    m_filter->addItem(tr("Groups, events, weapons"), QStringList{QStringLiteral("group"), QStringLiteral("event"), QStringLiteral("weapon")});
    m_filter->addItem(tr("Figures and money"), QStringList{QStringLiteral("figure"), QStringLiteral("money")});
    m_filter->addItem(tr("Dates"), QStringList{QStringLiteral("datetime")});
    m_filter->addItem(tr("Claims"), QStringList{QStringLiteral("claim")});
    row->addWidget(m_scope);
    row->addWidget(m_filter, 1);
    layout->addLayout(row);
    m_list = new QListWidget(content);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Enter: accept · Backspace: reject · Ctrl+Enter: accept this text everywhere · N/P: next/previous"));
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("reviewCount"));
    layout->addWidget(m_count);
    setWidget(content);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ReviewDock::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReviewDock::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewDock::refresh);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_refreshing)
            Q_EMIT suggestionActivated(item->data(ArticleRole).toString(), item->data(IdRole).toString());
    });
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT suggestionActivated(item->data(ArticleRole).toString(), item->data(IdRole).toString()); });
    refresh();
}

void ReviewDock::setProject(Project *project)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_project = project;
    m_articleId.clear();
    if (project) {
        Annotator *annotator = project->annotator();
        const auto changed = [this](const QString &articleId) {
            if (scope() == Scope::Corpus || articleId == m_articleId)
                scheduleRefresh();
        };
        m_connections.append(connect(annotator, &Annotator::annotationsAdded, this, changed));
        m_connections.append(connect(annotator, &Annotator::annotationsRemoved, this, changed));
        m_connections.append(connect(annotator, &Annotator::annotationsChanged, this, changed));
        m_connections.append(connect(annotator, &Annotator::reloaded, this, &ReviewDock::scheduleRefresh));
        m_connections.append(connect(annotator, &Annotator::tagSchemaChanged, this, &ReviewDock::scheduleRefresh));
    }
    refresh();
}

void ReviewDock::setCurrentArticle(const QString &articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    if (scope() == Scope::Article)
        refresh();
}

void ReviewDock::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

ReviewDock::Scope ReviewDock::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

QStringList ReviewDock::filterTags() const
{
    return m_filter->currentData().toStringList();
}

QStringList ReviewDock::listedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(IdRole).toString());
    return ids;
}

QString ReviewDock::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ReviewDock::scheduleRefresh()
{
    // Coalesced: a batch of writes costs one refresh; a corpus-wide list waits a little longer.
    m_refresh->setInterval(scope() == Scope::Corpus ? 250 : 0);
    m_refresh->start();
}

void ReviewDock::refresh()
{
    m_refresh->stop();
    const QString current = currentId();
    const int currentRow = m_list->currentRow();
    m_refreshing = true;
    m_list->clear();
    const bool corpus = scope() == Scope::Corpus;
    if (!m_project || !m_project->isOpen() || (!corpus && m_articleId.isEmpty())) {
        m_count->setText(m_project ? tr("No article open") : tr("No project open"));
        m_refreshing = false;
        return;
    }
    const QString articleId = corpus ? QString() : m_articleId;
    const QList<Annotation> suggestions = Suggest::SuggestionList::suggested(*m_project, articleId, filterTags(), ListLimit);
    const TagSchema &tags = m_project->annotator()->tagSchema();
    int select = -1;
    for (const Annotation &annotation : suggestions) {
        const Tag *tag = tags.tag(annotation.tagId);
        QString quote = annotation.quote.simplified();
        if (quote.size() > 80)
            quote = quote.left(79) + QChar(0x2026);
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 · %3%").arg(quote, tag ? tag->name : annotation.tagId).arg(qRound(annotation.score * 100)));
        item->setToolTip(tr("suggested by %1, %2%").arg(annotation.suggestionSource).arg(qRound(annotation.score * 100)));
        item->setData(IdRole, annotation.id);
        item->setData(ArticleRole, annotation.articleId);
        m_list->addItem(item);
        if (annotation.id == current)
            select = m_list->count() - 1;
    }
    const int total = suggestions.size() < ListLimit ? int(suggestions.size()) : Suggest::SuggestionList::count(*m_project, articleId, filterTags());
    m_count->setText(total > suggestions.size() ? tr("%1 of %2 suggestions").arg(suggestions.size()).arg(total) : tr("%n suggestion(s)", nullptr, total));
    // The reviewed one left the list: the one that took its row is next.
    if (select < 0 && currentRow >= 0 && m_list->count() > 0)
        select = std::min(currentRow, m_list->count() - 1);
    m_refreshing = false;
    if (select >= 0)
        m_list->setCurrentRow(select);
}

void ReviewDock::selectAnnotation(const QString &annotationId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toString() == annotationId) {
            m_refreshing = true; // the reader is already there
            m_list->setCurrentRow(i);
            m_refreshing = false;
            return;
        }
    }
}

void ReviewDock::review(bool accept)
{
    const QString id = currentId();
    if (id.isEmpty() || !m_project)
        return;
    m_project->annotator()->setStatus({id}, accept ? Annotation::Status::Accepted : Annotation::Status::Rejected);
    refresh();
}

void ReviewDock::acceptCurrent()
{
    review(true);
}

void ReviewDock::rejectCurrent()
{
    review(false);
}

void ReviewDock::acceptSameText()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_project)
        return;
    const std::optional<Annotation> annotation = m_project->annotator()->annotation(id);
    if (!annotation)
        return;
    const QStringList ids = Suggest::SuggestionList::sameText(*m_project, annotation->quote, annotation->tagId);
    if (!ids.isEmpty())
        m_project->annotator()->setStatus(ids, Annotation::Status::Accepted);
    refresh();
}

void ReviewDock::next()
{
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(m_list->currentRow() + 1, m_list->count() - 1));
}

void ReviewDock::previous()
{
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::max(m_list->currentRow() - 1, 0));
}

bool ReviewDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::ControlModifier) {
            acceptSameText();
            return true;
        }
        if (enter && modifiers == Qt::NoModifier) {
            acceptCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Backspace && modifiers == Qt::NoModifier) {
            rejectCurrent();
            return true;
        }
        if (key->key() == Qt::Key_N && modifiers == Qt::NoModifier) {
            next();
            return true;
        }
        if (key->key() == Qt::Key_P && modifiers == Qt::NoModifier) {
            previous();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Gloss::Ui
