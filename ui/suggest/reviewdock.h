#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace Gloss
{
class Project;
}

namespace Gloss::Ui
{

/// The "Suggestions" dock (object name "reviewDock"): the Suggested annotations of the current article
/// or of every article, filtered by type (people, organisations, places, groups and other names; figures
/// and money; dates; claims), reviewed from the keyboard:
///   Enter accept, Backspace reject, Ctrl+Enter accept every suggestion of this text (same quote and tag
///   across the corpus, one undo step), N / Down next, P / Up previous.
/// Accepting and rejecting go through Annotator::setStatus() (undoable); the list follows the annotator's
/// signals (coalesced, so a background suggestion run costs one refresh per event-loop turn). At most
/// ListLimit suggestions are listed; the count says how many there are.
class ReviewDock final : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int ListLimit = 2000;
    enum class Scope { Article, Corpus };

    explicit ReviewDock(QWidget *parent = nullptr);

    /// The project to review (nullptr: none).
    void setProject(Gloss::Project *project);
    /// The article the reader shows; the Article scope lists its suggestions.
    void setCurrentArticle(const QString &articleId);
    void setScope(Scope scope);
    Scope scope() const;
    /// The annotation ids listed, in order.
    QStringList listedIds() const;
    /// The id of the current suggestion; empty when none.
    QString currentId() const;

public Q_SLOTS:
    /// Makes \a annotationId the current row if it is listed (the reader moved to it).
    void selectAnnotation(const QString &annotationId);
    void acceptCurrent();
    void rejectCurrent();
    /// Accepts every Suggested annotation of the corpus with the current one's quote and tag, in one step.
    void acceptSameText();
    void next();
    void previous();

Q_SIGNALS:
    /// The current suggestion changed (or was activated): the reader may show it.
    void suggestionActivated(const QString &articleId, const QString &annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    QStringList filterTags() const;
    void review(bool accept);

    QPointer<Gloss::Project> m_project;
    QString m_articleId;
    QComboBox *m_scope = nullptr;
    QComboBox *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_refresh = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_refreshing = false;
};

} // namespace Gloss::Ui
