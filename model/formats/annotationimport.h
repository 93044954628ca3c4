#pragma once

#include "importdraft.h"
#include "message.h"
#include "progress.h"

#include <QString>
#include <QStringList>

namespace Gloss
{
class Project;
}

namespace Gloss::Formats
{

/// What an annotation import did (or why it did nothing).
struct AnnotationImportReport {
    bool ok = false; ///< false: refused or failed, and the project is as it was
    Messages messages; ///< every problem, notice and re-anchoring, naming the file and the annotation
    QStringList addedArticleIds;
    int annotationsAdded = 0;
    int reanchored = 0;
    int notAnchored = 0;
    int duplicates = 0;
    int tagsAdded = 0;
    int tagsChanged = 0;
    int entitiesAdded = 0;
    int linksAdded = 0;
    int linksSkipped = 0;

    /// "12 annotations (2 re-anchored, 1 not anchored), 3 links, 1 new tag, 2 new articles".
    QString summary() const;
};

/// Imports one annotation file into a project: reads it with the format's reader, plans it
/// (ImportPlanner), and applies the plan in one transaction — the new articles and, as one undoable
/// step on the project's undo stack, the tags, entities, annotations, links and memos. Any error
/// before or while writing leaves the project exactly as it was.
///
/// Undoing the step removes what the import added to the annotation layer; articles it added stay in
/// the corpus (adding articles is not undoable in Gloss).
class AnnotationImport final
{
public:
    /// Reads \a path as format \a formatId ("json", "w3c", "brat", "qdpx", "qdc") and imports it.
    static AnnotationImportReport run(Project &project, const QString &formatId, const QString &path, const Progress &progress = {});
    /// Imports an already read draft (for tests and for readers run on a worker thread).
    static AnnotationImportReport apply(Project &project, const ImportDraft &draft, const Progress &progress = {});
};

} // namespace Gloss::Formats
