#pragma once

#include <QObject>
#include <QTimer>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace Gloss::Ui
{

/// Saves what is typed in one text field (a QLineEdit or a QPlainTextEdit) without a Save button:
/// committed() is emitted after a pause in typing (Delay), when the field loses the focus, on Return
/// in a line edit, and on flush() (which the owner calls before the field shows something else).
///
/// Between a keystroke and its commit the field is "pending". refresh() shows a value saved elsewhere
/// (undo, another view) but leaves pending typing alone, which wins and is saved next; reset() shows a
/// value whatever was typed (a different record is shown).
class DebouncedField final : public QObject
{
    Q_OBJECT
public:
    /// The pause in typing after which the text is saved (ms).
    static constexpr int Delay = 500;

    explicit DebouncedField(QLineEdit *edit, QObject *parent = nullptr);
    explicit DebouncedField(QPlainTextEdit *edit, QObject *parent = nullptr);

    QWidget *widget() const { return m_widget; }
    QString text() const;
    /// True while typed text waits for its commit.
    bool isPending() const { return m_pending; }

    /// Shows \a text unless the field holds pending typing (then nothing changes).
    void refresh(const QString &text);
    /// Shows \a text and drops pending typing.
    void reset(const QString &text);
    /// Commits pending typing now; nothing when none is pending.
    void flush();
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// The field's text is to be saved.
    void committed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DebouncedField(QWidget *widget, QObject *parent);
    void onEdited();
    void show(const QString &text, bool keepCaret);

    QWidget *m_widget = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QTimer m_timer;
    bool m_pending = false;
    bool m_showing = false;
};

} // namespace Gloss::Ui
