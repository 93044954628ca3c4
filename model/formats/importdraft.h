#pragma once

#include "annotations/annotation.h"
#include "annotations/entity.h"
#include "annotations/link.h"
#include "article.h"
#include "exportdata.h"
#include "message.h"
#include "tags/tag.h"

#include <QList>
#include <QString>

#include <optional>

namespace Gloss::Formats
{

/// An article as an annotation file states it. The file either carries the text (brat, REFI-QDA,
/// gloss JSON with texts) or refers to an article of the project (by id, hash or URL).
struct DraftArticle {
    QString key; ///< how the file's annotations refer to it
    Article article; ///< metadata; id when the file names one; text only when hasText
    bool hasText = false;
    QString sha256; ///< the SHA-256 the file states for the text; empty when none
    QString memo;
    QString location; ///< where in the file, for messages
};

/// A tag (code, brat type) as the file states it.
struct DraftTag {
    QString key;
    QString parentKey; ///< empty: top level
    Tag tag; ///< id empty: match an existing tag by name, or make a new one
    /// gloss JSON: the file's record is the truth for a tag of the same id (it is updated), and the id
    /// is never matched by name.
    bool authoritative = false;
};

/// An entity of the registry as the file states it.
struct DraftEntity {
    QString key;
    Entity entity; ///< id empty: match by external id, or make a new one
    bool authoritative = false;
};

/// An annotation as the file states it: positions in code points plus whatever quote and context the
/// format has, checked and re-anchored by ImportPlanner.
struct DraftAnnotation {
    QString key; ///< the file's id for it (links refer to it by this)
    QString articleKey;
    QList<CodePointSpan> spans; ///< empty: no position stated (a quote-only W3C selector)
    QString quote; ///< the exact text of the spans joined by one space; null: not stated
    QString prefix;
    QString suffix;
    QString tagKey; ///< a DraftTag key, or the id of a tag of the project; empty: untagged
    QString entityKey; ///< a DraftEntity key, or the id of an entity of the project; empty: none
    std::optional<Annotation::Kind> kind; ///< nothing: follows the tag
    Annotation record; ///< id (may be empty), attributes, note, author, times, status, suggestion source and score
    QString location; ///< where in the file, for messages
};

/// A link as the file states it, between two annotations of the file or of the project.
struct DraftLink {
    QString key;
    QString type; ///< a link type id or name as the file writes it
    QString sourceKey; ///< a DraftAnnotation key or the id of an annotation of the project
    QString targetKey;
    Link record; ///< id (may be empty), note, author, times, status ...
    QString location;
};

/// Everything one annotation file says, read but not yet checked against the project. Readers make
/// it; ImportPlanner resolves it; AnnotationImport applies it. An Error in messages refuses the file.
struct ImportDraft {
    QString file;
    QString formatName;
    QList<DraftArticle> articles;
    QList<DraftTag> tags;
    QList<DraftEntity> entities;
    QList<DraftAnnotation> annotations;
    QList<DraftLink> links;
    QString projectMemo;
    Messages messages;

    bool hasErrors() const
    {
        for (const Message &message : messages) {
            if (message.severity == Message::Severity::Error)
                return true;
        }
        return false;
    }
    void error(const QString &text) { messages.append(Message::error(file, text)); }
    void warning(const QString &text) { messages.append(Message::warning(file, text)); }
    void notice(const QString &text) { messages.append(Message::notice(file, text)); }
};

/// Reads one annotation file format into an ImportDraft. One subclass per format. Readers refuse
/// hostile input with an Error message (malformed JSON or XML, XML entity declarations, zip entries
/// that escape their folder or are too big, references to ids the file does not define) and never
/// touch the project.
class AnnotationReader
{
public:
    virtual ~AnnotationReader() = default;
    virtual ImportDraft read(const QString &path, const Progress &progress) = 0;

    /// The largest annotation file (or archive) Gloss reads: 1 GiB.
    static constexpr qint64 MaxFileBytes = qint64(1024) * 1024 * 1024;
    /// Reads a whole file for a reader; nothing, with an Error in \a draft, when it cannot be read or
    /// is too big.
    static std::optional<QByteArray> readFile(const QString &path, ImportDraft &draft);
    /// Decodes UTF-8; nothing when \a bytes is not valid UTF-8. A byte order mark is dropped unless
    /// \a keepByteOrderMark (brat counts it as the first character of the text).
    static std::optional<QString> decodeUtf8(const QByteArray &bytes, bool keepByteOrderMark = false);
};

} // namespace Gloss::Formats
