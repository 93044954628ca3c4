#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gloss
{
class AnnotationSearchIndex;
class Project;
} // namespace Gloss

namespace Gloss::Ui
{

/// The keyboard-first link flow (L on an annotation): a popup that first finds the target annotation
/// with a fuzzy filter over every annotation of the corpus (quote, tag, outlet, article title), then
/// asks for the link type, each listed with its key. Up and Down move, Enter picks the target; then
/// the type's key (its own key, else 1 to 9 by position), Enter on the highlighted type or a click
/// creates the link through Annotator::addLink (one undoable step, saved at once). Esc in the type
/// step goes back to the targets; Esc in the target step, or a click outside, cancels.
class LinkPicker final : public QFrame
{
    Q_OBJECT
public:
    /// Targets listed at most.
    static constexpr int MaxResults = 50;
    /// Rows shown before the list scrolls.
    static constexpr int VisibleRows = 12;

    explicit LinkPicker(QWidget *parent);
    ~LinkPicker() override;

    /// The project whose annotations are searched and linked (nullptr: none); the search index
    /// follows its changes from now on.
    void setProject(Project *project);
    /// Opens the picker for links from \a sourceAnnotationId, its top left corner at \a globalPos
    /// (kept on screen). Nothing happens without a project or for an unknown annotation.
    void start(const QString &sourceAnnotationId, const QPoint &globalPos);

    QString sourceAnnotationId() const { return m_sourceId; }
    /// The target chosen with Enter (empty while in the target step).
    QString targetAnnotationId() const { return m_targetId; }
    /// True in the type step.
    bool isChoosingType() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *resultList() const { return m_results; }
    QTreeWidget *typeList() const { return m_types; }
    /// The annotation ids listed in the target step, in order.
    QStringList shownAnnotationIds() const;
    const AnnotationSearchIndex *searchIndex() const { return m_index; }

Q_SIGNALS:
    /// A link was stored; the picker is already hidden.
    void linkCreated(const QString &linkId);
    /// The picker closed without a link.
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refilter();
    void moveCurrent(QTreeWidget *list, int rows);
    void chooseTarget(QTreeWidgetItem *item);
    void showTargetStep();
    void fillTypes();
    void createLink(QTreeWidgetItem *typeItem);
    QTreeWidgetItem *typeForKey(const QString &key) const;

    QPointer<Project> m_project;
    AnnotationSearchIndex *m_index = nullptr;
    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_typeTitle = nullptr;
    QTreeWidget *m_types = nullptr;
    QString m_sourceId;
    QString m_targetId;
    bool m_open = false; ///< shown and not yet done or cancelled
};

} // namespace Gloss::Ui
