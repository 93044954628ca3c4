#include "qdpxreader.h"

#include "annotations/storeformat.h"
#include "formatnames.h"
#include "offsets.h"

#include <QColor>
#include <QXmlStreamReader>

#include <vector>

namespace Gloss::Formats
{

namespace
{
/// One element of project.qde, read whole: the files are small enough, and cross references
/// (CodeRef, NoteRef, Link ends) are easier to check on a tree.
struct Node {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<Node> children;

    QString attribute(const char *attributeName) const { return attributes.value(QLatin1String(attributeName)).toString(); }
    const Node *child(const char *childName) const
    {
        for (const Node &node : children) {
            if (node.name == QLatin1String(childName))
                return &node;
        }
        return nullptr;
    }
    QString childText(const char *childName) const
    {
        const Node *node = child(childName);
        return node ? node->text : QString();
    }
};

/// Parses XML into a Node tree, refusing what could hurt: DTDs that declare entities, undeclared
/// entity references (QXmlStreamReader never expands external entities), nesting past MaxDepth.
std::optional<Node> parseXml(const QByteArray &bytes, const QString &what, ImportDraft &draft)
{
    QXmlStreamReader xml(bytes);
    std::vector<Node> stack;
    std::optional<Node> root;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (!xml.entityDeclarations().isEmpty()) {
                draft.error(QStringLiteral("%1 declares XML entities in a DOCTYPE; Gloss does not expand them and refuses the file").arg(what));
                return std::nullopt;
            }
            break;
        case QXmlStreamReader::EntityReference:
            draft.error(QStringLiteral("%1 uses the undeclared XML entity &%2;").arg(what, xml.name().toString()));
            return std::nullopt;
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= size_t(QdpxReader::MaxDepth)) {
                draft.error(QStringLiteral("%1 nests elements more than %2 deep").arg(what).arg(QdpxReader::MaxDepth));
                return std::nullopt;
            }
            Node node;
            node.name = xml.name().toString();
            node.attributes = xml.attributes();
            stack.push_back(std::move(node));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            Node node = std::move(stack.back());
            stack.pop_back();
            if (stack.empty())
                root = std::move(node);
            else
                stack.back().children.push_back(std::move(node));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        draft.error(
            QStringLiteral("%1 is not well-formed XML: %2 (line %3, column %4)").arg(what, xml.errorString()).arg(xml.lineNumber()).arg(xml.columnNumber()));
        return std::nullopt;
    }
    if (!root) {
        draft.error(QStringLiteral("%1 holds no XML element").arg(what));
        return std::nullopt;
    }
    return root;
}

QString normalGuid(const QString &guid)
{
    const QString id = FormatNames::idFromGuid(guid);
    return id.isEmpty() ? guid.trimmed() : id;
}

QDateTime timeOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    return StoreFormat::timeFromText(text);
}

void readCodes(const Node &codes, const QString &parentKey, ImportDraft &draft, QSet<QString> &codeGuids, QHash<QString, qsizetype> &tagIndex)
{
    for (const Node &code : codes.children) {
        if (code.name != QLatin1String("Code"))
            continue;
        const QString key = normalGuid(code.attribute("guid"));
        if (key.isEmpty()) {
            draft.error(QStringLiteral("a Code has no guid"));
            return;
        }
        if (codeGuids.contains(key)) {
            draft.error(QStringLiteral("the guid %1 is given to two Codes").arg(code.attribute("guid")));
            return;
        }
        codeGuids.insert(key);
        DraftTag tag;
        tag.key = key;
        tag.parentKey = parentKey;
        tag.tag.id = FormatNames::idFromGuid(code.attribute("guid"));
        tag.tag.name = code.attribute("name");
        const QString colour = code.attribute("color");
        if (QColor::isValidColorName(colour))
            tag.tag.colour = QColor(colour);
        tag.tag.description = code.childText("Description").trimmed();
        tag.tag.kind = Tag::Kind::Other;
        tagIndex.insert(key, draft.tags.size());
        draft.tags.append(tag);
        readCodes(code, key, draft, codeGuids, tagIndex);
    }
}

class ProjectReader
{
public:
    ProjectReader(ImportDraft &draft, ZipReader &zip, const Progress &progress) : m_draft(draft), m_zip(zip), m_progress(progress) { }

    void run(const Node &project)
    {
        if (project.name != QLatin1String("Project")) {
            m_draft.error(QStringLiteral("project.qde is not a REFI-QDA project (its root element is <%1>)").arg(project.name));
            return;
        }
        for (const Node &section : project.children) {
            if (section.name == QLatin1String("Users")) {
                for (const Node &user : section.children)
                    m_users.insert(normalGuid(user.attribute("guid")), user.attribute("name"));
            } else if (section.name == QLatin1String("CodeBook")) {
                if (const Node *codes = section.child("Codes"))
                    readCodes(*codes, QString(), m_draft, m_codes, m_tagIndex);
            } else if (section.name == QLatin1String("Variables")) {
                for (const Node &variable : section.children)
                    m_variables.insert(normalGuid(variable.attribute("guid")), variable.attribute("name"));
            } else if (section.name == QLatin1String("Notes")) {
                for (const Node &note : section.children)
                    readNote(note);
            } else if (section.name == QLatin1String("Cases") || section.name == QLatin1String("Sets") || section.name == QLatin1String("Graphs")) {
                m_draft.notice(QStringLiteral("the project's %1 have no place in Gloss and were not imported").arg(section.name));
            }
        }
        if (m_draft.hasErrors())
            return;
        if (const Node *sources = project.child("Sources")) {
            qint64 done = 0;
            for (const Node &source : sources->children)
                m_sources.insert(normalGuid(source.attribute("guid")));
            for (const Node &source : sources->children) {
                if (m_progress.isCancelled()) {
                    m_draft.error(QStringLiteral("the import was cancelled"));
                    return;
                }
                if (source.name == QLatin1String("TextSource"))
                    readTextSource(source);
                else
                    m_draft.notice(QStringLiteral("%1 “%2” is not text; Gloss imports text sources only").arg(source.name, source.attribute("name")));
                if (m_draft.hasErrors())
                    return;
                m_progress.report(++done, qint64(sources->children.size()));
            }
        }
        if (const Node *links = project.child("Links")) {
            for (const Node &link : links->children) {
                readLink(link);
                if (m_draft.hasErrors())
                    return;
            }
        }
        QStringList projectNotes;
        for (const Node &child : project.children) {
            if (child.name == QLatin1String("NoteRef")) {
                const std::optional<QString> text = noteText(child, QStringLiteral("the project"));
                if (!text)
                    return;
                projectNotes.append(*text);
            }
        }
        // Notes nothing refers to (free memos) go into the project memo, so nothing is lost.
        for (const QString &guid : std::as_const(m_noteOrder)) {
            if (m_usedNotes.contains(guid))
                continue;
            const auto &[name, text] = m_notes.value(guid);
            projectNotes.append(name.isEmpty() ? text : name + QStringLiteral(":\n") + text);
        }
        m_draft.projectMemo = projectNotes.join(QStringLiteral("\n\n"));
    }

private:
    void readNote(const Node &note)
    {
        const QString guid = normalGuid(note.attribute("guid"));
        QString text;
        if (const Node *content = note.child("PlainTextContent")) {
            text = content->text;
        } else if (note.attribute("plainTextPath").startsWith(QLatin1String("internal://"))) {
            const std::optional<QString> fromArchive = sourceText(note.attribute("plainTextPath"), QStringLiteral("note “%1”").arg(note.attribute("name")));
            if (!fromArchive)
                return;
            text = *fromArchive;
        }
        m_notes.insert(guid, {note.attribute("name"), text.trimmed()});
        m_noteOrder.append(guid);
    }

    std::optional<QString> noteText(const Node &noteRef, const QString &owner)
    {
        const QString guid = normalGuid(noteRef.attribute("targetGUID"));
        if (!m_notes.contains(guid)) {
            m_draft.error(QStringLiteral("%1 refers to note %2, which the project does not have").arg(owner, noteRef.attribute("targetGUID")));
            return std::nullopt;
        }
        m_usedNotes.insert(guid);
        return m_notes.value(guid).second;
    }

    // The text of an internal:// file: in the sources folder (any case: MAXQDA and NVivo write
    // "Sources"), or at the root of the archive.
    std::optional<QString> sourceText(const QString &path, const QString &what)
    {
        const QString file = path.mid(QStringLiteral("internal://").size());
        QString entry = m_zip.findEntry(QStringLiteral("sources/") + file, false);
        if (entry.isEmpty())
            entry = m_zip.findEntry(file, false);
        if (entry.isEmpty()) {
            m_draft.error(QStringLiteral("%1: its text %2 is not in the archive").arg(what, path));
            return std::nullopt;
        }
        const std::optional<QByteArray> bytes = m_zip.read(entry, &m_draft.messages);
        if (!bytes)
            return std::nullopt;
        const std::optional<QString> text = AnnotationReader::decodeUtf8(*bytes);
        if (!text) {
            m_draft.error(QStringLiteral("%1: %2 is not UTF-8 text").arg(what, entry));
            return std::nullopt;
        }
        return text;
    }

    void readTextSource(const Node &source)
    {
        const QString sourceName = source.attribute("name");
        const QString what = QStringLiteral("source “%1”").arg(sourceName);
        std::optional<QString> text;
        const QString path = source.attribute("plainTextPath");
        if (const Node *content = source.child("PlainTextContent")) {
            text = content->text;
        } else if (path.startsWith(QLatin1String("internal://"))) {
            text = sourceText(path, what);
            if (!text)
                return;
        } else {
            qsizetype selections = 0;
            for (const Node &child : source.children)
                selections += child.name == QLatin1String("PlainTextSelection");
            m_draft.warning(QStringLiteral("%1 has no text in the archive (%2); it and its %3 selections were not imported")
                                .arg(what, path.isEmpty() ? QStringLiteral("no plainTextPath") : path)
                                .arg(selections));
            return;
        }
        const QString guid = normalGuid(source.attribute("guid"));
        DraftArticle article;
        article.key = guid;
        article.article.title = sourceName;
        article.article.text = *text;
        article.hasText = true;
        article.location = what;
        QStringList memos;
        if (!source.childText("Description").trimmed().isEmpty())
            memos.append(source.childText("Description").trimmed());
        const int length = Offsets(*text).codePointLength();
        for (const Node &child : source.children) {
            if (child.name == QLatin1String("PlainTextSelection")) {
                if (!readSelection(child, guid, length, what))
                    return;
            } else if (child.name == QLatin1String("Coding")) {
                m_draft.notice(QStringLiteral("%1 is coded as a whole; Gloss annotates spans of text, so that coding was not imported").arg(what));
            } else if (child.name == QLatin1String("NoteRef")) {
                const std::optional<QString> note = noteText(child, what);
                if (!note)
                    return;
                memos.append(*note);
            } else if (child.name == QLatin1String("VariableValue")) {
                const Node *ref = child.child("VariableRef");
                const QString variable = ref ? m_variables.value(normalGuid(ref->attribute("targetGUID"))).toCaseFolded() : QString();
                QString value;
                for (const Node &typed : child.children) {
                    if (typed.name != QLatin1String("VariableRef"))
                        value = typed.text.trimmed();
                }
                if (variable == QLatin1String("outlet") || variable == QLatin1String("source") || variable == QLatin1String("publisher"))
                    article.article.outlet = value;
                else if (variable == QLatin1String("published") || variable == QLatin1String("date"))
                    article.article.published = value;
                else if (variable == QLatin1String("byline") || variable == QLatin1String("author"))
                    article.article.byline = value;
                else if (variable == QLatin1String("url") || variable == QLatin1String("link"))
                    article.article.url = value;
                else if (variable == QLatin1String("language"))
                    article.article.language = value;
            }
        }
        article.memo = memos.join(QStringLiteral("\n\n"));
        m_draft.articles.append(article);
    }

    bool readSelection(const Node &selection, const QString &sourceKey, int length, const QString &what)
    {
        const QString guid = normalGuid(selection.attribute("guid"));
        const QString where = QStringLiteral("selection %1 in %2").arg(selection.attribute("guid"), what);
        bool startOk = false;
        bool endOk = false;
        const qint64 start = selection.attribute("startPosition").toLongLong(&startOk);
        const qint64 end = selection.attribute("endPosition").toLongLong(&endOk);
        if (!startOk || !endOk || start < 0 || end <= start) {
            m_draft.error(QStringLiteral("%1 has no valid startPosition and endPosition").arg(where));
            return false;
        }
        if (end > length) {
            m_draft.error(QStringLiteral("%1 ends at %2, past the end of its text (%3 characters)").arg(where).arg(end).arg(length));
            return false;
        }
        QStringList notes;
        QStringList tagKeys;
        for (const Node &child : selection.children) {
            if (child.name == QLatin1String("Coding")) {
                const Node *ref = child.child("CodeRef");
                const QString code = ref ? normalGuid(ref->attribute("targetGUID")) : QString();
                if (!m_codes.contains(code)) {
                    m_draft.error(QStringLiteral("%1 is coded with code %2, which the codebook does not have")
                                      .arg(where, ref ? ref->attribute("targetGUID") : QString()));
                    return false;
                }
                if (!tagKeys.contains(code))
                    tagKeys.append(code);
            } else if (child.name == QLatin1String("NoteRef")) {
                const std::optional<QString> note = noteText(child, where);
                if (!note)
                    return false;
                notes.append(*note);
            } else if (child.name == QLatin1String("Description") && !child.text.trimmed().isEmpty()) {
                notes.append(child.text.trimmed());
            }
        }
        Annotation record;
        record.author = m_users.value(normalGuid(selection.attribute("creatingUser")));
        record.created = timeOf(selection.attribute("creationDateTime"));
        record.modified = timeOf(selection.attribute("modifiedDateTime"));
        record.note = notes.join(QStringLiteral("\n\n"));
        if (tagKeys.isEmpty())
            tagKeys.append(QString());
        for (qsizetype i = 0; i < tagKeys.size(); ++i) {
            DraftAnnotation annotation;
            annotation.key = i == 0 ? guid : guid + QLatin1Char('#') + QString::number(i + 1);
            annotation.location = where;
            annotation.articleKey = sourceKey;
            annotation.spans = {{int(start), int(end)}};
            annotation.tagKey = tagKeys.at(i);
            annotation.record = record;
            if (i == 0)
                annotation.record.id = FormatNames::idFromGuid(selection.attribute("guid"));
            m_draft.annotations.append(std::move(annotation));
        }
        m_selections.insert(guid);
        return true;
    }

    void readLink(const Node &link)
    {
        const QString where = QStringLiteral("link %1").arg(link.attribute("guid"));
        const QString origin = normalGuid(link.attribute("originGUID"));
        const QString target = normalGuid(link.attribute("targetGUID"));
        for (const QString &end : {origin, target}) {
            if (m_selections.contains(end))
                continue;
            if (m_codes.contains(end) || m_notes.contains(end) || m_users.contains(end) || m_sources.contains(end)) {
                m_draft.notice(
                    QStringLiteral("%1 connects something other than two text selections; Gloss links annotations, so it was not imported").arg(where));
                return;
            }
            m_draft.error(QStringLiteral("%1 refers to %2, which the project does not have").arg(where, end.isEmpty() ? QStringLiteral("nothing") : end));
            return;
        }
        DraftLink draft;
        draft.key = normalGuid(link.attribute("guid"));
        draft.record.id = FormatNames::idFromGuid(link.attribute("guid"));
        draft.type = link.attribute("name").isEmpty() ? QStringLiteral("related") : link.attribute("name");
        draft.sourceKey = origin;
        draft.targetKey = target;
        draft.location = where;
        QStringList notes;
        for (const Node &child : link.children) {
            if (child.name == QLatin1String("NoteRef")) {
                const std::optional<QString> note = noteText(child, where);
                if (!note)
                    return;
                notes.append(*note);
            }
        }
        draft.record.note = notes.join(QStringLiteral("\n\n"));
        m_draft.links.append(draft);
    }

    ImportDraft &m_draft;
    ZipReader &m_zip;
    Progress m_progress;
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_variables;
    QSet<QString> m_codes;
    QHash<QString, qsizetype> m_tagIndex;
    QHash<QString, QPair<QString, QString>> m_notes; // guid -> name, text
    QStringList m_noteOrder;
    QSet<QString> m_usedNotes;
    QSet<QString> m_selections;
    QSet<QString> m_sources;
};
} // namespace

ImportDraft QdpxReader::read(const QString &path, const Progress &progress)
{
    ImportDraft draft;
    draft.file = path;
    draft.formatName = QStringLiteral("REFI-QDA project");
    ZipReader zip(path, m_limits);
    if (!zip.open(&draft.messages))
        return draft;
    const QString entry = zip.findEntry(QStringLiteral("project.qde"), false);
    if (entry.isEmpty()) {
        draft.error(QStringLiteral("has no project.qde: it is not a REFI-QDA project"));
        return draft;
    }
    const std::optional<QByteArray> bytes = zip.read(entry, &draft.messages);
    if (!bytes)
        return draft;
    const std::optional<Node> root = parseXml(*bytes, QStringLiteral("project.qde"), draft);
    if (!root)
        return draft;
    ProjectReader(draft, zip, progress).run(*root);
    return draft;
}

ImportDraft CodebookReader::read(const QString &path, const Progress &)
{
    ImportDraft draft;
    draft.file = path;
    draft.formatName = QStringLiteral("REFI-QDA codebook");
    const std::optional<QByteArray> bytes = readFile(path, draft);
    if (!bytes)
        return draft;
    const std::optional<Node> root = parseXml(*bytes, QStringLiteral("the codebook"), draft);
    if (!root)
        return draft;
    if (root->name != QLatin1String("CodeBook")) {
        draft.error(QStringLiteral("is not a REFI-QDA codebook (its root element is <%1>)").arg(root->name));
        return draft;
    }
    QSet<QString> codes;
    QHash<QString, qsizetype> index;
    if (const Node *list = root->child("Codes"))
        readCodes(*list, QString(), draft, codes, index);
    return draft;
}

} // namespace Gloss::Formats
