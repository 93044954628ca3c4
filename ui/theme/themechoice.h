#pragma once

#include <QString>

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Gloss::Ui
{

/// Which highlighting theme the reader wants: follow the system palette, the default light or dark
/// theme, or a KSyntaxHighlighting theme by name. Stored in the settings as a short string.
struct ThemeChoice {
    enum class Mode { FollowSystem, Light, Dark, Named };

    Mode mode = Mode::FollowSystem;
    QString name; ///< the theme's name when mode is Named

    /// "system", "light", "dark" or "theme:<name>".
    QString toString() const;
    /// The choice stored as \a text; FollowSystem for anything not understood.
    static ThemeChoice fromString(const QString &text);

    /// The theme this choice means when the system window colour has \a windowLightness (0-255).
    /// An unknown name falls back to the system's theme.
    KSyntaxHighlighting::Theme resolve(int windowLightness) const;

    friend bool operator==(const ThemeChoice &, const ThemeChoice &) = default;
};

} // namespace Gloss::Ui
