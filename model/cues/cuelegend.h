#pragma once

#include "cuerepository.h"
#include "cuespan.h"

#include <KSyntaxHighlighting/Format>

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace Gloss::Cues
{

/// What a legend shows for one kind of cue.
struct CueLegendEntry {
    CueKind kind = CueKind::Quote;
    QString name; ///< display name, e.g. "Attribution"
    QString description; ///< one line, e.g. "Who says so: said, told, according to"
    QString formatName; ///< the itemData name in gloss-cues.xml, e.g. "Attribution"
};

/// The kinds of cue with their names, descriptions and the formats of the cue definition, so a
/// legend is drawn in exactly the colours the highlighter uses for a given theme.
class CueLegend final
{
public:
    /// Every kind, in the order a legend shows them.
    static const QList<CueLegendEntry> &entries();

    /// The entry of \a kind.
    static const CueLegendEntry &entry(CueKind kind);

    /// The kind whose itemData is called \a formatName, if any ("Normal Text" has none).
    static std::optional<CueKind> kindForFormatName(QStringView formatName);

    /// The format of \a kind in \a definition (by default the shared cue definition: GUI thread).
    static KSyntaxHighlighting::Format format(CueKind kind, const KSyntaxHighlighting::Definition &definition = cueDefinition());

    /// The text colour the highlighter gives \a kind under \a theme (e.g. themeForLightness(...)).
    static QColor color(CueKind kind, const KSyntaxHighlighting::Theme &theme, const KSyntaxHighlighting::Definition &definition = cueDefinition());
};

} // namespace Gloss::Cues
