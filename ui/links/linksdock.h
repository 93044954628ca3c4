#pragma once

#include "annotations/link.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class QLabel;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gloss
{
class Project;
} // namespace Gloss

namespace Gloss::Ui
{

/// The links dock: the incoming and outgoing links of the current annotation, one row each with the
/// link type, the direction (→ outgoing, ← incoming, ↔ a symmetric type), the other end's quote and
/// tag, and its outlet and article. Follows the Annotator's signals (and so undo and redo). Enter or a
/// double click asks to show the other end; Delete removes the selected links and the context menu
/// changes their type, each as one undoable step.
class LinksDock final : public QDockWidget
{
    Q_OBJECT
public:
    enum Column { TypeColumn, DirectionColumn, QuoteColumn, TagColumn, SourceColumn, ColumnCount };

    explicit LinksDock(QWidget *parent = nullptr);
    ~LinksDock() override;

    /// Shows the links of \a project (nullptr: none); the current annotation is forgotten.
    void setProject(Project *project);
    /// The annotation whose links are listed (empty: none).
    void setAnnotation(const QString &annotationId);
    QString annotation() const { return m_annotationId; }

    QTreeWidget *view() const { return m_view; }
    /// The link ids listed, in order.
    QStringList shownLinkIds() const;
    /// Removes the selected links (one undoable step); false when none is selected or it was refused.
    bool removeSelected();
    /// Gives the selected links type \a typeId.
    bool changeSelectedType(const QString &typeId);

Q_SIGNALS:
    /// Enter or a double click on a row: show annotation \a annotationId (the other end) in article \a articleId.
    void annotationActivated(const QString &articleId, const QString &annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshIfTouched(const QList<Link> &links);
    void reloadArticles();
    void activate(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &position);
    QStringList selectedIds() const;

    QPointer<Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    QString m_annotationId;
    QHash<QString, QPair<QString, QString>> m_articles; ///< id -> title, outlet
    QLabel *m_header = nullptr;
    QTreeWidget *m_view = nullptr;
};

} // namespace Gloss::Ui
