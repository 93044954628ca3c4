#pragma once

#include <QJsonObject>

namespace Gloss
{

class Project;
class ProjectStore;

/// The counts `gloss stats` prints: one JSON object describing a project.
///
/// Keys: "articles" (count), "outlets" (distinct non-empty outlets), "characters" (total UTF-16
/// code units of the article texts), "schemaVersion", "annotations" ({"total", "byKind", "byStatus"}),
/// "links" ({"total", "byType"}), "entities" and "tags" (counts).
class ProjectStats final
{
public:
    /// Everything known about \a project, as printed by `gloss stats`.
    static QJsonObject collect(const Project &project);

    /// The article counts: "articles", "outlets", "characters".
    static QJsonObject articleCounts(const ProjectStore &store);
    /// {"total": n, "byKind": {"entity": n, ...}, "byStatus": {"accepted": n, ...}}
    static QJsonObject annotationCounts(const ProjectStore &store);
    /// {"total": n, "byType": {"contradicts": n, ...}}
    static QJsonObject linkCounts(const ProjectStore &store);
};

} // namespace Gloss
