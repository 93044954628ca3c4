#include "articlelistdock.h"

#include "models/articlefilterproxymodel.h"
#include "models/articlelistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gloss::Ui
{

ArticleListDock::ArticleListDock(QWidget *parent)
    : QDockWidget(tr("Articles"), parent)
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_model(new ArticleListModel(this))
    , m_proxy(new ArticleFilterProxyModel(this))
{
    setObjectName(QStringLiteral("articleListDock"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleArticleListDockAction"));
    toggleViewAction()->setText(tr("Article List"));

    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(tr("Filter articles"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show the articles whose title or outlet contains every word typed (Ctrl+L)"));

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // the list stays fast with 10,000 rows
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    // Import order until the reader clicks a column header.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ArticleListModel::LengthColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(ArticleListModel::OutletColumn, 118);
    m_view->header()->resizeSection(ArticleListModel::DateColumn, 84);
    m_view->header()->resizeSection(ArticleListModel::LengthColumn, 56);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("articleListContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ArticleFilterProxyModel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArticleListDock::onCurrentChanged);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ArticleListDock::shownCountChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ArticleListDock::shownCountChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ArticleListDock::shownCountChanged);
}

void ArticleListDock::setProject(Project *project)
{
    m_model->setProject(project);
}

void ArticleListDock::setCurrentArticle(const QString &id)
{
    const int row = m_proxy->rowOf(id);
    m_settingCurrent = true;
    if (row < 0) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
    } else {
        const QModelIndex index = m_proxy->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_settingCurrent = false;
}

QString ArticleListDock::currentArticle() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ArticleListModel::IdRole).toString() : QString();
}

void ArticleListDock::focusFilter()
{
    if (!isVisible())
        show();
    raise();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString ArticleListDock::neighbour(int offset) const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return m_proxy->articleId(0);
    return m_proxy->articleId(current.row() + offset);
}

int ArticleListDock::positionOf(const QString &id) const
{
    return m_proxy->rowOf(id) + 1;
}

int ArticleListDock::shownCount() const
{
    return m_proxy->rowCount();
}

void ArticleListDock::onCurrentChanged(const QModelIndex &current)
{
    if (m_settingCurrent || !current.isValid())
        return;
    Q_EMIT articleChosen(current.data(ArticleListModel::IdRole).toString());
}

} // namespace Gloss::Ui
