#include "themechoice.h"

#include "cues/cuerepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace Gloss::Ui
{

namespace
{
constexpr auto NamedPrefix = QLatin1String("theme:");
}

QString ThemeChoice::toString() const
{
    switch (mode) {
    case Mode::FollowSystem:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::Named:
        return NamedPrefix + name;
    }
    return QStringLiteral("system");
}

ThemeChoice ThemeChoice::fromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return {Mode::Light, {}};
    if (text == QLatin1String("dark"))
        return {Mode::Dark, {}};
    if (text.startsWith(NamedPrefix) && text.size() > NamedPrefix.size())
        return {Mode::Named, text.mid(NamedPrefix.size())};
    return {};
}

KSyntaxHighlighting::Theme ThemeChoice::resolve(int windowLightness) const
{
    using KSyntaxHighlighting::Repository;
    switch (mode) {
    case Mode::Light:
        return Cues::repository().defaultTheme(Repository::LightTheme);
    case Mode::Dark:
        return Cues::repository().defaultTheme(Repository::DarkTheme);
    case Mode::Named: {
        const KSyntaxHighlighting::Theme theme = Cues::repository().theme(name);
        if (theme.isValid())
            return theme;
        break;
    }
    case Mode::FollowSystem:
        break;
    }
    return Cues::themeForLightness(windowLightness);
}

} // namespace Gloss::Ui
