#include "cuerepository.h"

namespace Gloss::Cues
{

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository; // lives as long as the program
        r->addCustomSearchPath(QStringLiteral(":/gloss"));
        return r;
    }();
    return *repo;
}

KSyntaxHighlighting::Definition cueDefinition()
{
    return repository().definitionForName(QString::fromLatin1(DefinitionName));
}

KSyntaxHighlighting::Theme themeForLightness(int windowLightness)
{
    return repository().defaultTheme(windowLightness < 128 ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace Gloss::Cues
