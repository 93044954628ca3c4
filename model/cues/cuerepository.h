#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace Gloss::Cues
{

/// The name of Gloss's own syntax definition (resources/syntax/gloss-cues.xml) that marks claim cues:
/// quotations, attribution phrases, figures, money, percentages and dates.
inline constexpr auto DefinitionName = "Gloss News Cues";

/// The one KSyntaxHighlighting repository of the program: the built-in definitions and themes plus
/// Gloss's own definitions from the resource folder :/gloss/syntax. Created on first use; GUI thread only.
KSyntaxHighlighting::Repository &repository();

/// The cue definition; invalid only if the resource is missing (a build error).
KSyntaxHighlighting::Definition cueDefinition();

/// The light or dark theme that suits a palette whose window colour is \a windowLightness (0-255).
KSyntaxHighlighting::Theme themeForLightness(int windowLightness);

} // namespace Gloss::Cues
