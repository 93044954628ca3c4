#include "commandarguments.h"

namespace Gloss::Cli
{

std::optional<CommandArguments> CommandArguments::parse(
    const QStringList &arguments, const QStringList &valueOptions, const QStringList &flagOptions, const QStringList &repeatable, QString *error)
{
    CommandArguments result;
    if (arguments.isEmpty()) {
        *error = QStringLiteral("no command given");
        return std::nullopt;
    }
    result.command = arguments.first();
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            result.positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unknown option '%1' for '%2'").arg(argument, result.command);
            return std::nullopt;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    *error = QStringLiteral("option '--%1' needs a value").arg(name);
                    return std::nullopt;
                }
                value = arguments.at(++i);
            }
            if (value.isEmpty()) {
                *error = QStringLiteral("option '--%1' needs a value").arg(name);
                return std::nullopt;
            }
        } else if (flagOptions.contains(name)) {
            if (hasInlineValue) {
                *error = QStringLiteral("option '--%1' takes no value").arg(name);
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("unknown option '--%1' for '%2'").arg(name, result.command);
            return std::nullopt;
        }
        if (result.options.contains(name) && !repeatable.contains(name)) {
            *error = QStringLiteral("option '--%1' given more than once").arg(name);
            return std::nullopt;
        }
        result.options[name].append(value);
    }
    return result;
}

} // namespace Gloss::Cli
