#pragma once

#include <QJsonObject>

namespace Gloss
{

class Project;
class ProjectStore;

/// The counts `gloss stats` prints: one JSON object describing a project.
///
/// Keys today: "articles" (count), "outlets" (distinct non-empty outlets), "characters" (total UTF-16
/// code units of the article texts), "schemaVersion". Each feature contributes its own keys from
/// collect(): the annotation layer adds "annotations" (by kind and status), links add "links" (by type).
class ProjectStats final
{
public:
    /// Everything known about \a project, as printed by `gloss stats`.
    static QJsonObject collect(const Project &project);

    /// The article counts: "articles", "outlets", "characters".
    static QJsonObject articleCounts(const ProjectStore &store);
};

} // namespace Gloss
