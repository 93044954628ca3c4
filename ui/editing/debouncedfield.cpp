#include "debouncedfield.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace Gloss::Ui
{

DebouncedField::DebouncedField(QWidget *widget, QObject *parent) : QObject(parent), m_widget(widget)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(Delay);
    connect(&m_timer, &QTimer::timeout, this, &DebouncedField::flush);
    m_widget->installEventFilter(this);
}

DebouncedField::DebouncedField(QLineEdit *edit, QObject *parent) : DebouncedField(static_cast<QWidget *>(edit), parent)
{
    m_line = edit;
    // textEdited, not textChanged: only the user's typing makes the field pending.
    connect(edit, &QLineEdit::textEdited, this, &DebouncedField::onEdited);
    connect(edit, &QLineEdit::returnPressed, this, &DebouncedField::flush);
}

DebouncedField::DebouncedField(QPlainTextEdit *edit, QObject *parent) : DebouncedField(static_cast<QWidget *>(edit), parent)
{
    m_plain = edit;
    connect(edit, &QPlainTextEdit::textChanged, this, &DebouncedField::onEdited);
}

QString DebouncedField::text() const
{
    return m_line ? m_line->text() : m_plain->toPlainText();
}

void DebouncedField::refresh(const QString &text)
{
    if (m_pending || text == this->text())
        return;
    show(text, true);
}

void DebouncedField::reset(const QString &text)
{
    m_timer.stop();
    m_pending = false;
    if (text != this->text())
        show(text, false);
}

void DebouncedField::flush()
{
    m_timer.stop();
    if (!m_pending)
        return;
    m_pending = false;
    Q_EMIT committed(text());
}

void DebouncedField::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    else
        m_plain->setReadOnly(readOnly);
}

bool DebouncedField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::FocusOut)
        flush();
    return QObject::eventFilter(watched, event);
}

void DebouncedField::onEdited()
{
    if (m_showing)
        return;
    m_pending = true;
    m_timer.start();
}

void DebouncedField::show(const QString &text, bool keepCaret)
{
    // The caret stays where it was when an undo rewrites the text being edited; another record's
    // text is continued at its end.
    m_showing = true;
    if (m_line) {
        const int position = m_line->cursorPosition();
        m_line->setText(text);
        m_line->setCursorPosition(keepCaret ? std::min(position, int(text.size())) : int(text.size()));
    } else {
        const int position = m_plain->textCursor().position();
        m_plain->setPlainText(text);
        QTextCursor cursor = m_plain->textCursor();
        cursor.setPosition(keepCaret ? std::min(position, int(text.size())) : int(text.size()));
        m_plain->setTextCursor(cursor);
    }
    m_showing = false;
}

} // namespace Gloss::Ui
