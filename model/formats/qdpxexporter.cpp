#include "qdpxexporter.h"

#include "annotations/storeformat.h"
#include "exportdata.h"
#include "formatnames.h"
#include "xmlwriter.h"

#include <QSet>

namespace Gloss::Formats
{

namespace
{
QString time(const QDateTime &value)
{
    return StoreFormat::timeToText(value);
}

void writeCode(XmlWriter &xml, const TagSchema &tags, const Tag &tag)
{
    xml.startElement("Code");
    xml.attribute("guid", FormatNames::guid(QStringLiteral("tag"), tag.id));
    xml.attribute("name", tag.name);
    xml.attribute("isCodable", QStringLiteral("true"));
    if (tag.colour.isValid())
        xml.attribute("color", tag.colour.name().toUpper());
    if (!tag.description.isEmpty())
        xml.textElement("Description", tag.description);
    for (const Tag &child : tags.children(tag.id))
        writeCode(xml, tags, child);
    xml.endElement();
}

struct Variable {
    const char *name;
    QString Article::*field;
};
const Variable Variables[] = {
    {"Outlet", &Article::outlet},
    {"Published", &Article::published},
    {"Byline", &Article::byline},
    {"URL", &Article::url},
    {"Language", &Article::language},
    {"Gloss article id", &Article::id},
};

QString variableGuid(const char *name)
{
    return FormatNames::guid(QStringLiteral("variable"), QString::fromLatin1(name));
}

struct PendingNote {
    QString guid;
    QString name;
    QString text;
    QString user;
    QDateTime created;
};
} // namespace

void QdpxExporter::writeCodes(XmlWriter &xml, const TagSchema &tags)
{
    xml.startElement("Codes");
    for (const Tag &tag : tags.children(QString()))
        writeCode(xml, tags, tag);
    xml.endElement();
}

ExportOutput QdpxExporter::write(const ExportData &data, const Progress &progress) const
{
    ExportOutput output;
    output.layout = ExportOutput::Layout::Zip;
    output.messages = data.messages;

    // Users: every author of what is exported.
    QStringList authors;
    QSet<QString> seen;
    const auto addAuthor = [&](const QString &author) {
        if (!author.isEmpty() && !seen.contains(author)) {
            seen.insert(author);
            authors.append(author);
        }
    };
    for (const Annotation &annotation : data.annotations)
        addAuthor(annotation.author);
    for (const Link &link : data.links)
        addAuthor(link.author);
    // Name-based GUIDs cost a SHA-1 each: one per author and tag, not one per selection.
    QHash<QString, QString> userGuids;
    const auto userGuid = [&userGuids](const QString &author) {
        auto it = userGuids.find(author);
        if (it == userGuids.end())
            it = userGuids.insert(author, FormatNames::guid(QStringLiteral("user"), author));
        return *it;
    };
    QHash<QString, QString> tagGuids;
    const auto tagGuid = [&tagGuids](const QString &tagId) {
        auto it = tagGuids.find(tagId);
        if (it == tagGuids.end())
            it = tagGuids.insert(tagId, FormatNames::guid(QStringLiteral("tag"), tagId));
        return *it;
    };

    XmlWriter xml;
    xml.reserve(qsizetype(data.annotations.size()) * 700 + 4096);
    xml.startElement("Project");
    xml.attribute("xmlns", QString::fromLatin1(Namespace));
    xml.attribute("name", data.projectName.isEmpty() ? QStringLiteral("Gloss export") : data.projectName);
    xml.attribute("origin", FormatNames::generator());
    if (!authors.isEmpty())
        xml.attribute("creatingUserGUID", userGuid(authors.constFirst()));
    xml.attribute("creationDateTime", time(data.exported));

    if (!authors.isEmpty()) {
        xml.startElement("Users");
        for (const QString &author : std::as_const(authors)) {
            xml.startElement("User");
            xml.attribute("guid", userGuid(author));
            xml.attribute("name", author);
            xml.endElement();
        }
        xml.endElement();
    }
    if (!data.tags.isEmpty()) {
        xml.startElement("CodeBook");
        writeCodes(xml, data.tags);
        xml.endElement();
    }
    if (!data.articles.isEmpty()) {
        xml.startElement("Variables");
        for (const Variable &variable : Variables) {
            xml.startElement("Variable");
            xml.attribute("guid", variableGuid(variable.name));
            xml.attribute("name", QString::fromLatin1(variable.name));
            xml.attribute("typeOfVariable", QStringLiteral("Text"));
            xml.endElement();
        }
        xml.endElement();
    }

    QList<PendingNote> notes;
    QHash<QString, QString> selectionGuid; // annotation id -> guid of its first selection
    qint64 done = 0;
    if (!data.articles.isEmpty()) {
        xml.startElement("Sources");
        for (const Article &article : data.articles) {
            if (progress.isCancelled()) {
                output.cancelled = true;
                return output;
            }
            const QString sourceGuid = FormatNames::guid(QStringLiteral("article"), article.id);
            const QString fileName = sourceGuid + QStringLiteral(".txt");
            output.files.append({QStringLiteral("sources/") + fileName, article.text.toUtf8()});
            xml.startElement("TextSource");
            xml.attribute("guid", sourceGuid);
            xml.attribute("name", article.title.isEmpty() ? article.id : article.title);
            xml.attribute("plainTextPath", QString(QStringLiteral("internal://") + fileName));

            const Offsets &offsets = data.offsets(article.id);
            const auto [first, last] = data.annotationRange(article.id);
            for (qsizetype i = first; i < last; ++i) {
                const Annotation &annotation = data.annotations.at(i);
                const QString user = annotation.author.isEmpty() ? QString() : userGuid(annotation.author);
                const QString created = time(annotation.created);
                const QString modified = time(annotation.modified);
                for (qsizetype s = 0; s < annotation.spans.size(); ++s) {
                    const Span &span = annotation.spans.at(s);
                    const QString guid = s == 0
                        ? FormatNames::guid(QStringLiteral("annotation"), annotation.id)
                        : FormatNames::derivedGuid(QStringLiteral("annotation-span"), annotation.id + QLatin1Char(':') + QString::number(s));
                    if (s == 0)
                        selectionGuid.insert(annotation.id, guid);
                    xml.startElement("PlainTextSelection");
                    xml.attribute("guid", guid);
                    xml.attribute("name", QStringView(article.text).mid(span.start, span.length()));
                    xml.attribute("startPosition", QString::number(offsets.toCodePoint(span.start)));
                    xml.attribute("endPosition", QString::number(offsets.toCodePoint(span.end)));
                    if (!user.isEmpty())
                        xml.attribute("creatingUser", user);
                    if (!created.isEmpty())
                        xml.attribute("creationDateTime", created);
                    if (!modified.isEmpty())
                        xml.attribute("modifiedDateTime", modified);
                    if (!annotation.tagId.isEmpty() && data.tags.contains(annotation.tagId)) {
                        xml.startElement("Coding");
                        xml.attribute("guid", FormatNames::derivedGuid(QStringLiteral("coding"), guid));
                        if (!user.isEmpty())
                            xml.attribute("creatingUser", user);
                        if (!created.isEmpty())
                            xml.attribute("creationDateTime", created);
                        xml.startElement("CodeRef");
                        xml.attribute("targetGUID", tagGuid(annotation.tagId));
                        xml.endElement();
                        xml.endElement();
                    }
                    if (!annotation.note.isEmpty()) {
                        const QString noteGuid = FormatNames::derivedGuid(QStringLiteral("note"), guid);
                        xml.startElement("NoteRef");
                        xml.attribute("targetGUID", noteGuid);
                        xml.endElement();
                        notes.append({noteGuid, QStringLiteral("Note on “%1”").arg(annotation.quote.left(60)), annotation.note, user, annotation.modified});
                    }
                    xml.endElement();
                }
                progress.reportEvery(++done, data.annotations.size(), 2000);
            }
            const QString memo = data.articleMemos.value(article.id);
            if (!memo.isEmpty()) {
                const QString noteGuid = FormatNames::derivedGuid(QStringLiteral("article-memo"), article.id);
                xml.startElement("NoteRef");
                xml.attribute("targetGUID", noteGuid);
                xml.endElement();
                notes.append({noteGuid, QStringLiteral("Memo on “%1”").arg(article.title.left(60)), memo, QString(), QDateTime()});
            }
            for (const Variable &variable : Variables) {
                const QString &value = article.*(variable.field);
                if (value.isEmpty())
                    continue;
                xml.startElement("VariableValue");
                xml.startElement("VariableRef");
                xml.attribute("targetGUID", variableGuid(variable.name));
                xml.endElement();
                xml.textElement("TextValue", value);
                xml.endElement();
            }
            xml.endElement();
        }
        xml.endElement();
    }

    QString projectMemoGuid;
    if (!data.projectMemo.isEmpty()) {
        projectMemoGuid = FormatNames::derivedGuid(QStringLiteral("project-memo"), data.projectName);
        notes.append({projectMemoGuid, QStringLiteral("Project memo"), data.projectMemo, QString(), QDateTime()});
    }
    for (const Link &link : data.links) {
        if (!link.note.isEmpty())
            notes.append({FormatNames::derivedGuid(QStringLiteral("link-note"), link.id), QStringLiteral("Note on a %1 link").arg(link.type), link.note,
                link.author.isEmpty() ? QString() : userGuid(link.author), link.modified});
    }
    if (!notes.isEmpty()) {
        xml.startElement("Notes");
        for (const PendingNote &note : std::as_const(notes)) {
            xml.startElement("Note");
            xml.attribute("guid", note.guid);
            xml.attribute("name", note.name);
            if (!note.user.isEmpty())
                xml.attribute("creatingUser", note.user);
            if (note.created.isValid())
                xml.attribute("creationDateTime", time(note.created));
            xml.textElement("PlainTextContent", note.text);
            xml.endElement();
        }
        xml.endElement();
    }
    if (!data.links.isEmpty()) {
        xml.startElement("Links");
        for (const Link &link : data.links) {
            const LinkType *type = data.linkType(link.type);
            xml.startElement("Link");
            xml.attribute("guid", FormatNames::guid(QStringLiteral("link"), link.id));
            xml.attribute("name", link.type);
            xml.attribute("direction", type && type->symmetric ? QStringLiteral("Bidirectional") : QStringLiteral("OneWay"));
            xml.attribute("originGUID", selectionGuid.value(link.sourceId));
            xml.attribute("targetGUID", selectionGuid.value(link.targetId));
            if (!link.note.isEmpty()) {
                xml.startElement("NoteRef");
                xml.attribute("targetGUID", FormatNames::derivedGuid(QStringLiteral("link-note"), link.id));
                xml.endElement();
            }
            xml.endElement();
        }
        xml.endElement();
    }
    if (!projectMemoGuid.isEmpty()) {
        xml.startElement("NoteRef");
        xml.attribute("targetGUID", projectMemoGuid);
        xml.endElement();
    }
    xml.endElement();
    const QByteArray qde = xml.take();

    if (data.annotations.size() > 0) {
        int claims = 0;
        for (const Annotation &annotation : data.annotations) {
            if (!annotation.attributes.isEmpty())
                ++claims;
        }
        if (claims > 0)
            output.messages.append(
                Message::notice({}, QStringLiteral("%1 annotations have attributes (claim stance, speaker ...), which REFI-QDA has no place for").arg(claims)));
    }
    if (!data.entities.isEmpty())
        output.messages.append(Message::notice({}, QStringLiteral("the entity registry has no place in REFI-QDA and is not exported")));
    output.files.prepend({QString::fromLatin1(ProjectEntry), qde});
    return output;
}

ExportOutput CodebookExporter::write(const ExportData &data, const Progress &) const
{
    ExportOutput output;
    output.layout = ExportOutput::Layout::File;
    XmlWriter xml;
    xml.startElement("CodeBook");
    xml.attribute("xmlns", QString::fromLatin1(Namespace));
    xml.attribute("origin", FormatNames::generator());
    QdpxExporter::writeCodes(xml, data.tags);
    xml.endElement();
    output.files.append({QStringLiteral("codebook.qdc"), xml.take()});
    return output;
}

} // namespace Gloss::Formats
