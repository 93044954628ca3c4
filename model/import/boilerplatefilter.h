#pragma once

#include "message.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Gloss
{

/// Knows which lines of a saved article are page furniture ("Advertisement", "Source link",
/// "Leave a Reply" ...) rather than article text.
///
/// The built-in list is resources/data/boilerplate.txt (one line per entry, '#' starts a comment);
/// callers add their own entries. A line matches when, trimmed, it equals an entry ignoring case.
/// Immutable once built, so one filter can be shared by the threads of an import.
class BoilerplateFilter final
{
public:
    /// The built-in list plus \a extraLines.
    explicit BoilerplateFilter(const QStringList &extraLines = {});

    /// True when \a line is boilerplate and should be dropped.
    bool matches(QStringView line) const;

    /// The entries of the built-in list (resources/data/boilerplate.txt), as written there.
    static QStringList builtInLines();

    /// The entries of a list file in the same format (one line per entry, '#' comments, UTF-8).
    /// Returns nothing, with an Error in \a messages, when the file cannot be read.
    static std::optional<QStringList> readList(const QString &path, Messages *messages);

    /// Where a user keeps their own additions: "boilerplate.txt" in Gloss's configuration folder
    /// (QStandardPaths::AppConfigLocation, e.g. ~/.config/Gloss/Gloss/boilerplate.txt).
    static QString userListPath();

private:
    void add(QStringView line);

    QSet<QString> m_lines; ///< trimmed, case-folded
    qsizetype m_longest = 0; ///< lines longer than this (trimmed) cannot match
};

} // namespace Gloss
