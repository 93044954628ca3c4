#include "searchdock.h"

#include "models/searchresultmodel.h"
#include "project.h"
#include "searchresultdelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Gloss::Ui
{

SearchDock::SearchDock(QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_query(new QLineEdit)
    , m_status(new QLabel)
    , m_view(new QListView)
    , m_model(new SearchResultModel(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDock"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleSearchDockAction"));
    toggleViewAction()->setText(tr("Search Results"));

    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search all articles"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Words, \"exact phrases\", prefix*, AND / OR / NOT, title:word"));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::PlainText);

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust); // hits are laid out again for the new width
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("searchContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(350);
    connect(m_typingPause, &QTimer::timeout, this, &SearchDock::runQuery);
    connect(m_query, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        runQuery();
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
    });
    connect(m_view, &QListView::activated, this, &SearchDock::activateRow);
    connect(m_view, &QListView::clicked, this, &SearchDock::activateRow);
}

void SearchDock::setProject(Project *project)
{
    m_project = project;
    m_model->clear();
    if (!m_query->text().trimmed().isEmpty())
        runQuery();
    else
        m_status->clear();
}

void SearchDock::activate()
{
    show();
    raise();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchDock::search(const QString &query)
{
    m_query->setText(query);
    m_typingPause->stop();
    runQuery();
}

QString SearchDock::statusText() const
{
    return m_status->text();
}

void SearchDock::runQuery()
{
    const QString query = m_query->text().trimmed();
    if (query.isEmpty() || !m_project || !m_project->isOpen()) {
        m_model->clear();
        m_status->clear();
        return;
    }
    const SearchResult result = m_project->store().search(query);
    m_model->setResult(result);
    if (!result.error.isEmpty()) {
        m_status->setText(result.error);
        return;
    }
    const int count = int(result.hits.size());
    QString status = count == 0 ? tr("No articles match.") : (count == 1 ? tr("1 article matches.") : tr("%1 articles match.").arg(count));
    if (result.relaxed)
        status = tr("The search syntax was not understood, so the words were searched for as they are. ") + status;
    m_status->setText(status);
}

void SearchDock::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT hitActivated(index.data(SearchResultModel::IdRole).toString(), index.data(SearchResultModel::MatchedTermsRole).toStringList());
}

} // namespace Gloss::Ui
