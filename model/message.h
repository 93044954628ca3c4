#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Gloss
{

/// A problem or notice found while working on user input. model/ never shows UI: it hands
/// these back, and ui/ decides how to present them (banner, status bar, dialog).
struct Message {
    enum class Severity { Notice, Warning, Error };

    Severity severity = Severity::Error;
    QString file; ///< the file the message is about; may be empty
    QString text; ///< the reason, one sentence, no trailing period needed

    static Message error(const QString &file, const QString &text) { return {Severity::Error, file, text}; }
    static Message warning(const QString &file, const QString &text) { return {Severity::Warning, file, text}; }
    static Message notice(const QString &file, const QString &text) { return {Severity::Notice, file, text}; }

    /// "file: text", or just the text when no file is named.
    QString toString() const { return file.isEmpty() ? text : file + QStringLiteral(": ") + text; }
};

using Messages = QList<Message>;

} // namespace Gloss

Q_DECLARE_METATYPE(Gloss::Message)
