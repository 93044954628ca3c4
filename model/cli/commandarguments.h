#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss::Cli
{

/// The arguments of one headless subcommand, parsed: "import a.txt b/ --project p.gloss".
///
/// Options are "--name VALUE", "--name=VALUE" or flags ("--name"); "--" ends the options, so a
/// path may start with "-". Each subcommand says which options it takes; anything else is an error.
struct CommandArguments {
    QString command; ///< "import", "stats", ...
    QStringList positional; ///< paths and other plain arguments, in order
    QMap<QString, QStringList> options; ///< option name without "--" -> its values (empty strings for flags)

    /// Parses \a arguments (the command first). \a valueOptions take a value, \a flagOptions do not,
    /// \a repeatable may be given more than once. On error returns nothing and sets \a error to a
    /// one-line reason.
    static std::optional<CommandArguments> parse(
        const QStringList &arguments, const QStringList &valueOptions, const QStringList &flagOptions, const QStringList &repeatable, QString *error);

    bool has(const QString &option) const { return options.contains(option); }
    /// The (last) value of \a option, or an empty string.
    QString value(const QString &option) const { return options.value(option).value(options.value(option).size() - 1); }
    QStringList values(const QString &option) const { return options.value(option); }
};

} // namespace Gloss::Cli
