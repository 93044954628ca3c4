#pragma once

#include "annotations/changeset.h"
#include "article.h"
#include "importdraft.h"
#include "message.h"
#include "progress.h"

#include <QList>

namespace Gloss
{
class Project;
}

namespace Gloss::Formats
{

/// What an import will do to a project, worked out before anything is written: the articles to add
/// and one ChangeSet with the tags, entities, annotations, links and memos.
struct ImportPlan {
    QList<Article> newArticles;
    ChangeSet changes;
    Messages messages;
    bool refused = false; ///< an error: nothing may be applied
    int exact = 0; ///< annotations whose stated positions held their quote
    int reanchored = 0; ///< annotations moved to where their quote stands
    int notAnchored = 0; ///< annotations whose quote is nowhere in their article (reported, not imported)
    int duplicates = 0; ///< annotations and links the project already has (skipped)
    int linksSkipped = 0; ///< links with an end that was not imported
};

/// Resolves an ImportDraft against a project: matches the file's articles to the project's (by text
/// hash, id or URL) or plans to add them; anchors each annotation (Anchoring) and converts its code
/// points to UTF-16; matches tags and entities by id or name or plans new ones; resolves link ends;
/// skips what the project already has. Refuses (ImportPlan::refused, with an Error naming the file
/// and the record) a draft that refers to something that exists neither in the file nor in the
/// project, or states positions past the end of a text it was made for.
class ImportPlanner final
{
public:
    /// \a author is recorded where the file names none.
    static ImportPlan plan(const Project &project, const ImportDraft &draft, const QString &author, const Progress &progress = {});

    /// At most this many annotations are named one by one in each kind of message (re-anchored, not
    /// anchored); the rest are counted in one summary message.
    static constexpr int NamedMessages = 100;
};

} // namespace Gloss::Formats
