#pragma once

#include "annotation.h"
#include "annotationindex.h"
#include "annotationstore.h"
#include "changeset.h"
#include "claim.h"
#include "entity.h"
#include "entitystore.h"
#include "link.h"
#include "linkstore.h"
#include "memostore.h"
#include "message.h"
#include "suggestionstatestore.h"
#include "tags/tagschema.h"
#include "tags/tagstore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace Gloss
{

class ProjectStore;

/// Machine suggestions for one article, written by Annotator::replaceSuggestions().
struct SuggestionWrite {
    QString articleId;
    /// Status Suggested, spans inside the article, with suggestionSource and score (SuggestionAnnotation).
    QList<Annotation> drafts;
    /// Recorded as the article's suggestion fingerprint (SuggestionStateStore); empty: not recorded.
    QString fingerprint;
    /// The length of the article text when the caller knows it (spares reading the article); else -1.
    int textLength = -1;
};

/// What Annotator::replaceSuggestions() did.
struct SuggestionWriteResult {
    int added = 0; ///< new Suggested annotations
    int removed = 0; ///< Suggested annotations no longer proposed, deleted
    int kept = 0; ///< proposed again unchanged (or with a new score): kept with their id
    int dropped = 0; ///< drafts not written: the span and tag are already annotated, rejected, or the tag is unknown
    QHash<QString, int> addedByTag; ///< tag id -> new Suggested annotations
};

/// The editing facade of the annotation layer, owned by Project: everything that changes annotations,
/// links, entities, the tag schema and memos goes through here.
///
/// Each editing call is one undoable step on the project's one QUndoStack, written to the project file
/// in one transaction before the call returns (undo and redo too), and announced by fine-grained
/// signals once saved, so views update without reloading. A call that cannot be done (read-only
/// project, unknown id, invalid spans, a failed write) changes nothing, pushes nothing, emits message()
/// and returns false or nothing.
///
/// Reading: index() gives the drawn annotations of one article indexed by offset (for the reader's
/// per-block highlighter and next/previous navigation); the *Of()/all*() calls read the store.
class Annotator final : public QObject
{
    Q_OBJECT
public:
    /// Which end of an annotation moveBoundary() moves: the start of its first span or the end of its last.
    enum class Boundary { Start, End };
    /// What removeTag() does with the annotations of the removed tag.
    enum class TagRemoval { DeleteAnnotations, RetagAnnotations };

    Annotator(ProjectStore &store, QUndoStack &undoStack, QObject *parent = nullptr);
    ~Annotator() override;

    /// Re-reads the tag schema and forgets cached articles; Project calls it after opening a file.
    void reload();

    /// The author recorded on new annotations, links and memos: QSettings "author", else the OS user
    /// name (USER / USERNAME), else "unknown".
    QString author() const { return m_author; }
    void setAuthor(const QString &author);
    static QString defaultAuthor();

    // Reading ------------------------------------------------------------------------------------
    /// The drawn annotations of \a articleId indexed by offset; nullptr for an unknown article. Kept up
    /// to date in place before every change signal; hold the pointer while the article is shown.
    std::shared_ptr<const AnnotationIndex> index(const QString &articleId);
    /// The text of \a articleId (cached with its index); null when unknown.
    QString articleText(const QString &articleId);
    std::optional<Annotation> annotation(const QString &id) const;
    /// Every annotation of one article, rejected suggestions included, by start offset.
    QList<Annotation> annotationsOf(const QString &articleId) const;
    /// Every annotation of the project (the corpus list), by article and offset.
    QList<Annotation> allAnnotations() const;
    const TagSchema &tagSchema() const { return m_tags; }
    /// Incoming and outgoing links of \a annotationId.
    QList<Link> linksOf(const QString &annotationId) const;
    QList<Link> allLinks() const;
    QList<LinkType> linkTypes() const;
    std::optional<Entity> entity(const QString &id) const;
    QList<Entity> entities() const;
    QString articleMemo(const QString &articleId) const;
    QString projectMemo() const;

    /// Direct read access for exporters and item models (never write through these: nothing would be
    /// undoable or announced).
    const AnnotationStore &annotationStore() const { return m_annotationStore; }
    const LinkStore &linkStore() const { return m_linkStore; }
    const EntityStore &entityStore() const { return m_entityStore; }
    const MemoStore &memoStore() const { return m_memoStore; }

    // Annotations ----------------------------------------------------------------------------------
    /// Tags \a spans of \a articleId with \a tagId (empty: an untagged note); the kind follows the tag.
    /// Returns the new annotation's id.
    std::optional<QString> addAnnotation(const QString &articleId, const Spans &spans, const QString &tagId);
    /// Adds \a drafts in one step (accepting suggestions, imports): each needs articleId and spans; id,
    /// author, times, quote and context are filled in when empty. Returns the ids, or nothing when any
    /// draft is invalid (then none is added).
    std::optional<QStringList> addAnnotations(QList<Annotation> drafts, const QString &undoText = {});
    /// Removes annotations and the links that touch them (restored together by undo).
    bool removeAnnotations(const QStringList &ids);
    /// Retags annotations; their kind follows the new tag.
    bool setTag(const QStringList &ids, const QString &tagId);
    /// Replaces the spans of one annotation (validated and normalised against its article text).
    /// Consecutive calls for the same annotation merge into one undo step.
    bool setSpans(const QString &id, const Spans &spans);
    /// Moves one boundary by \a steps characters (code points; negative: to the left), keeping at least
    /// one character; merges like setSpans(). False when nothing moved.
    bool moveBoundary(const QString &id, Boundary boundary, int steps);
    bool setAttributes(const QString &id, const QVariantMap &attributes);
    /// Writes the claim attributes (Claim::writeTo), keeping the annotation's other attributes.
    bool setClaim(const QString &id, const Claim &claim);
    /// Sets the note of one annotation; consecutive edits of one note merge into one undo step.
    bool setNote(const QString &id, const QString &note);
    bool setKind(const QStringList &ids, Annotation::Kind kind);
    /// Accepts or rejects suggestions (rejected ones stay in the project and are no longer drawn).
    bool setStatus(const QStringList &ids, Annotation::Status status);

    // Suggestions ----------------------------------------------------------------------------------
    /// The author recorded on suggestions written by replaceSuggestions().
    static QString suggesterAuthor() { return QStringLiteral("gloss-suggester"); }
    /// Writes machine suggestions, NOT as an undo step (they are machine output; accepting and rejecting
    /// them are the undoable steps). Per article: its Suggested annotations whose suggestionSource is in
    /// \a replacedSources and that are not proposed again are deleted, those proposed again keep their id;
    /// Accepted and Rejected annotations are never touched; a draft with the spans and tag of any other
    /// annotation of the article (the analyst's, a rejected one, another suggester's) is dropped, so a
    /// rejected spot is never proposed again. Empty \a replacedSources: drafts are only added. Fingerprints
    /// are recorded in the same transaction. Announced through the usual signals; an undo command that
    /// still refers to a deleted suggestion fails with a message and is dropped from the stack.
    std::optional<SuggestionWriteResult> replaceSuggestions(const QList<SuggestionWrite> &writes, const QStringList &replacedSources);
    /// Per article: the Suggester fingerprint of its stored suggestions.
    const SuggestionStateStore &suggestionStateStore() const { return m_suggestionStateStore; }
    /// Forgets every suggestion fingerprint (the next run suggests for every article); suggestions stay.
    bool clearSuggestionState();
    /// Points mentions at an entity of the registry (empty: none).
    bool setEntity(const QStringList &ids, const QString &entityId);
    /// Removes every annotation tagged \a tagId, in the whole project, as one step.
    bool removeAnnotationsOfTag(const QString &tagId);
    /// Retags every annotation tagged \a fromTagId to \a toTagId, as one step.
    bool retagAnnotations(const QString &fromTagId, const QString &toTagId);

    // Bulk ---------------------------------------------------------------------------------------
    /// Applies \a changes (new and changed tags, entities, annotations, links and memos together) as
    /// one undoable step named \a undoText: what an annotation import does (model/formats). The caller
    /// has checked the records (spans fit their article, references resolve); the store refuses what
    /// does not hold, and then nothing changes and false is returned.
    bool applyChanges(const ChangeSet &changes, const QString &undoText);

    // Links ----------------------------------------------------------------------------------------
    /// Links two annotations (any articles) with a type of linkTypes(). Returns the link id. A link that
    /// exists already (same type and ends, either way round for a symmetric type) is not stored twice:
    /// an accepted one is returned as it is (with a notice), a suggested or rejected one is accepted.
    std::optional<QString> addLink(const QString &type, const QString &sourceId, const QString &targetId, const QString &note = {});
    bool removeLinks(const QStringList &ids);
    /// Changes a link's type, note or status (its ends stay).
    bool changeLink(const Link &link);
    /// Adds a user-defined link type (issue 6): name, symmetric, transitive and key from \a draft; the id
    /// is derived from the name when empty; it goes last. Returns the id.
    std::optional<QString> addLinkType(LinkType draft);
    /// Renames a link type or changes its symmetric / transitive flags or key (its position stays).
    bool changeLinkType(const LinkType &type);
    /// Removes a user-defined link type with its links (restored together by undo); the five types that
    /// come with Gloss stay.
    bool removeLinkType(const QString &id);

    // Entities -------------------------------------------------------------------------------------
    /// Adds an entity to the registry; returns its id.
    std::optional<QString> addEntity(Entity draft);
    bool changeEntity(const Entity &entity);
    /// Removes an entity; its mentions stay, pointing at none (undo points them back).
    bool removeEntity(const QString &id);

    // Tag schema -----------------------------------------------------------------------------------
    /// Adds a tag under draft.parentId at draft.position among its siblings (negative or past the end:
    /// last). A key another tag has moves to the new tag. Returns the id (a new UUID if draft.id is empty).
    std::optional<QString> addTag(Tag draft);
    /// Renames, recolours, sets the key, description or kind of a tag (parent and position are kept:
    /// use moveTag()). A key another tag has moves to this one.
    bool changeTag(const Tag &tag);
    /// Reorders or nests: puts tag \a id under \a parentId (empty: top level) at \a position among the
    /// new siblings (clamped). A tag cannot move under itself.
    bool moveTag(const QString &id, const QString &parentId, int position);
    /// Removes a tag. Its child tags move up to its parent, in its place. Its annotations are deleted,
    /// or retagged to \a retagTo (which must exist and not be the removed tag).
    bool removeTag(const QString &id, TagRemoval removal, const QString &retagTo = {});

    // Memos ----------------------------------------------------------------------------------------
    /// Sets the memo of an article; consecutive edits of one memo merge into one undo step.
    bool setArticleMemo(const QString &articleId, const QString &text);
    bool setProjectMemo(const QString &text);

Q_SIGNALS:
    /// After a change is saved: the annotations of one article added, removed or changed (new state).
    void annotationsAdded(const QString &articleId, const QList<Gloss::Annotation> &annotations);
    void annotationsRemoved(const QString &articleId, const QStringList &ids);
    void annotationsChanged(const QString &articleId, const QList<Gloss::Annotation> &annotations);
    /// The drawn annotations of \a articleId changed within [from, to) (old and new spans): rehighlight it.
    void highlightChanged(const QString &articleId, int from, int to);
    void tagsAdded(const QStringList &ids);
    void tagsRemoved(const QStringList &ids);
    /// Changed in name, colour, key, description, kind, parent or position.
    void tagsChanged(const QStringList &ids);
    /// After any of the three above: the schema as a whole changed.
    void tagSchemaChanged();
    void linksAdded(const QList<Gloss::Link> &links);
    void linksRemoved(const QList<Gloss::Link> &links);
    void linksChanged(const QList<Gloss::Link> &links);
    /// Link types added, removed or changed: read linkTypes() again.
    void linkTypesChanged();
    /// Entities added, removed or changed.
    void entitiesChanged(const QStringList &ids);
    void articleMemoChanged(const QString &articleId, const QString &text);
    void projectMemoChanged(const QString &text);
    /// Everything may have changed (a project was opened): views reload.
    void reloaded();
    /// A problem to show; model/ never shows UI itself.
    void message(const Gloss::Message &message);

private:
    friend class EditCommand;

    struct CachedArticle {
        QString text;
        std::shared_ptr<AnnotationIndex> index;
        quint64 lastUse = 0;
    };

    /// The perform primitive: writes \a changes in one transaction, then updates the caches and
    /// announces them. False (nothing written, message emitted) on failure.
    bool apply(const ChangeSet &changes);
    void announce(const ChangeSet &changes);
    bool push(const ChangeSet &changes, const QString &text, const QString &mergeKey = {});
    bool checkWritable();
    bool refuse(const QString &reason);
    CachedArticle *cached(const QString &articleId);
    QString textOf(const QString &articleId);
    std::optional<Annotation> existing(const QString &id);
    bool changeAnnotations(const QStringList &ids, const std::function<void(Annotation &)> &edit, const QString &text, const QString &mergeKey = {});
    /// The positions of \a parentId's children after taking \a movedId out and, when \a position >= 0,
    /// putting it back at \a position; appends the tags whose position or parent changes.
    void renumberSiblings(const QString &parentId, const QString &movedId, int position, QList<Tag> &before, QList<Tag> &after) const;
    void takeKey(const Tag &tag, QList<Tag> &before, QList<Tag> &after) const;

    ProjectStore &m_store;
    QUndoStack &m_undoStack;
    AnnotationStore m_annotationStore;
    LinkStore m_linkStore;
    EntityStore m_entityStore;
    MemoStore m_memoStore;
    TagStore m_tagStore;
    SuggestionStateStore m_suggestionStateStore;
    TagSchema m_tags;
    QHash<QString, CachedArticle> m_articles;
    quint64 m_useCounter = 0;
    bool m_lastApplyOk = false;
    QString m_author;
};

} // namespace Gloss
