#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Gloss::Ui
{

class ReaderView;

/// The find bar under the reader (Ctrl+F): finds as you type in the article shown, Enter and
/// Shift+Enter go to the next and previous match, shows "3 of 12", Esc closes it. The other
/// matches on screen are marked in a soft colour.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    /// Shows the bar with the reader's selection (if any) as the query, text selected, focus in the field.
    void activate();
    /// Hides the bar and gives the focus back to the reader.
    void close();

    void setQuery(const QString &query);
    QString query() const;
    void setCaseSensitive(bool caseSensitive);

    /// Offsets of the matches in the article text, in order.
    const QList<int> &matches() const { return m_matches; }
    /// The index of the selected match in matches(), or -1.
    int currentMatch() const { return m_current; }
    /// What the counter shows ("3 of 12", "No matches").
    QString countText() const;

    void findNext();
    void findPrevious();
    /// Searches the article again (after the reader's text changed).
    void refresh();

    /// How many matches on screen are marked at most (a one-letter query can match everywhere).
    static constexpr int MaxMarks = 400;

    /// Offsets of every occurrence of \a needle in \a text (non-overlapping).
    static QList<int> matchPositions(const QString &text, const QString &needle, Qt::CaseSensitivity sensitivity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void select(int index);
    void updateCount();
    void markVisibleMatches();

    ReaderView *m_reader = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QToolButton *m_close = nullptr;
    QList<int> m_matches;
    int m_current = -1;
};

} // namespace Gloss::Ui
