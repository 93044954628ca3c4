#pragma once

#include "annotations/annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss
{
class Project;
}

namespace Gloss::Suggest
{

/// Reads the Suggested annotations of a project for reviewing them (the review dock, batch accepting),
/// without loading every annotation of the corpus.
class SuggestionList final
{
public:
    /// The Suggested annotations of \a articleId (empty: every article, in import order), tagged with one
    /// of \a tagIds (empty: any), by article and offset; at most \a limit of them.
    static QList<Annotation> suggested(const Project &project, const QString &articleId, const QStringList &tagIds, int limit);
    /// How many Suggested annotations suggested() would list without a limit.
    static int count(const Project &project, const QString &articleId, const QStringList &tagIds);
    /// The ids of every Suggested annotation of the corpus with exactly \a quote and \a tagId.
    static QStringList sameText(const Project &project, const QString &quote, const QString &tagId);
};

} // namespace Gloss::Suggest
