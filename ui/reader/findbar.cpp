#include "findbar.h"

#include "readerview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

namespace Gloss::Ui
{

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAutoRaise(true);
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAutoRaise(true);
    m_caseSensitive->setObjectName(QStringLiteral("findMatchCase"));
    m_close->setObjectName(QStringLiteral("findClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_reader, &ReaderView::visibleBlocksChanged, this, [this] {
        if (isVisible())
            markVisibleMatches();
    });
    updateCount();
    hide();
}

void FindBar::activate()
{
    const QString selected = m_reader->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::close()
{
    hide();
    m_reader->setExtraSelections({});
    m_reader->setFocus(Qt::OtherFocusReason);
}

void FindBar::setQuery(const QString &query)
{
    m_field->setText(query);
}

QString FindBar::query() const
{
    return m_field->text();
}

void FindBar::setCaseSensitive(bool caseSensitive)
{
    m_caseSensitive->setChecked(caseSensitive);
}

QString FindBar::countText() const
{
    return m_count->text();
}

QList<int> FindBar::matchPositions(const QString &text, const QString &needle, Qt::CaseSensitivity sensitivity)
{
    QList<int> positions;
    if (needle.isEmpty())
        return positions;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(needle, from, sensitivity);
        if (at < 0)
            break;
        positions.append(int(at));
        from = at + needle.size();
    }
    return positions;
}

void FindBar::refresh()
{
    search();
}

void FindBar::search()
{
    const Qt::CaseSensitivity sensitivity = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    m_matches = matchPositions(m_reader->articleText(), m_field->text(), sensitivity);
    m_current = -1;
    if (!m_matches.isEmpty()) {
        // Incremental: the first match at or after the caret, so typing does not jump back to the top.
        const int caret = m_reader->textCursor().selectionStart();
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), caret);
        select(it == m_matches.cend() ? 0 : int(it - m_matches.cbegin()));
    } else {
        QTextCursor cursor = m_reader->textCursor();
        cursor.clearSelection();
        m_reader->setTextCursor(cursor);
    }
    updateCount();
}

void FindBar::findNext()
{
    if (m_matches.isEmpty())
        return;
    select(m_current + 1 >= m_matches.size() ? 0 : m_current + 1);
    updateCount();
}

void FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    select(m_current <= 0 ? int(m_matches.size()) - 1 : m_current - 1);
    updateCount();
}

void FindBar::select(int index)
{
    m_current = index;
    m_reader->selectRange(m_matches.at(index), int(m_field->text().size()));
}

void FindBar::markVisibleMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QPair<int, int> blocks = m_reader->visibleBlocks();
    const QTextBlock first = m_reader->document()->findBlockByNumber(blocks.first);
    const QTextBlock last = m_reader->document()->findBlockByNumber(blocks.second);
    if (!m_matches.isEmpty() && first.isValid() && last.isValid()) {
        const int from = first.position();
        const int to = last.position() + last.length();
        const int length = int(m_field->text().size());
        QTextCharFormat format;
        QColor colour = m_reader->palette().color(QPalette::Highlight);
        colour.setAlphaF(0.35f);
        format.setBackground(colour);
        for (auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from); it != m_matches.cend() && *it < to && marks.size() < MaxMarks; ++it) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_reader->document());
            mark.cursor.setPosition(*it);
            mark.cursor.setPosition(*it + length, QTextCursor::KeepAnchor);
            mark.format = format;
            marks.append(mark);
        }
    }
    m_reader->setExtraSelections(marks);
}

void FindBar::updateCount()
{
    markVisibleMatches();
    QString text;
    if (m_field->text().isEmpty())
        text.clear();
    else if (m_matches.isEmpty())
        text = tr("No matches");
    else
        text = tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
    m_count->setText(text);
    // A query with no match is marked on the field itself, as browsers do.
    QPalette palette = this->palette();
    if (!m_field->text().isEmpty() && m_matches.isEmpty()) {
        palette.setColor(QPalette::Base, QColor(0xfd, 0xe3, 0xe3));
        palette.setColor(QPalette::Text, QColor(0x5c, 0x10, 0x10));
    }
    m_field->setPalette(palette);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Gloss::Ui
