#pragma once

#include <QPalette>

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Gloss::Ui
{

/// The colours of the reading page (reader body and header) taken from a KSyntaxHighlighting theme,
/// so the background, text and selection stay in step with the cue colours.
class ThemePalette final
{
public:
    /// \a base with its page roles (Base, Window, Text, WindowText, Highlight, HighlightedText,
    /// PlaceholderText for muted text) set from \a theme.
    static QPalette page(const KSyntaxHighlighting::Theme &theme, const QPalette &base);
    /// Whether \a theme has a dark background.
    static bool isDark(const KSyntaxHighlighting::Theme &theme);
};

} // namespace Gloss::Ui
