#include "bratexporter.h"

#include "annotations/claim.h"
#include "annotations/storeformat.h"
#include "exportdata.h"
#include "formatnames.h"

#include <QHash>
#include <QSet>

namespace Gloss::Formats
{

namespace
{
bool isLineBreak(QChar c)
{
    // What Python's str.splitlines() breaks at: tools read .ann files line by line with it.
    switch (c.unicode()) {
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x85:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

// A .ann field holds one line: line breaks and tabs become spaces.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (isLineBreak(c) || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return line;
}

// The fragments of spans inside lines of text (UTF-16), without the line breaks.
Spans fragments(const QString &text, const Spans &spans)
{
    Spans pieces;
    for (const Span &span : spans) {
        int start = span.start;
        for (int i = span.start; i < span.end; ++i) {
            if (isLineBreak(text.at(i))) {
                if (i > start)
                    pieces.append({start, i});
                start = i + 1;
            }
        }
        if (span.end > start)
            pieces.append({start, span.end});
    }
    return pieces;
}

struct TypeNames {
    QHash<QString, QString> byTag; // tag id -> unique type name
    QSet<QString> used;

    QString unique(const QString &name)
    {
        QString candidate = FormatNames::typeName(name);
        const QString base = candidate;
        for (int n = 2; used.contains(candidate.toLower()); ++n)
            candidate = base + QLatin1Char('_') + QString::number(n);
        used.insert(candidate.toLower());
        return candidate;
    }
};
} // namespace

QString BratExporter::linksHeader()
{
    return QStringLiteral("link\ttype\tsource_document\tsource_annotation\ttarget_document\ttarget_annotation\tnote\tauthor\tcreated\tmodified\tstatus\t"
                          "suggestion_source\tscore");
}

ExportOutput BratExporter::write(const ExportData &data, const Progress &progress) const
{
    ExportOutput output;
    output.layout = ExportOutput::Layout::Folder;
    output.messages = data.messages;

    // Type names for every tag of the schema (tree order keeps parents before children), then Note.
    TypeNames types;
    // "Note" is reserved for untagged notes (BratReader reads it back as such); a tag named Note gets "Note_2".
    const QString noteType = types.unique(QStringLiteral("Note"));
    QString conf = QStringLiteral("# brat configuration written by %1: the types used by this export.\n"
                                  "# Entity types follow the Gloss tag schema (indentation = hierarchy).\n\n[entities]\n")
                       .arg(FormatNames::generator());
    for (const Tag &tag : data.tags.treeOrder()) {
        const QString type = types.unique(tag.name);
        types.byTag.insert(tag.id, type);
        conf += QString(data.tags.depth(tag.id), QLatin1Char('\t')) + type + QLatin1Char('\n');
    }
    conf += noteType + QLatin1Char('\n');

    QHash<QString, QString> relationTypes; // link type id -> relation type name
    QSet<QString> relationNames;
    conf += QStringLiteral("\n[relations]\n");
    const auto relationType = [&](const QString &typeId) {
        auto it = relationTypes.find(typeId);
        if (it != relationTypes.end())
            return *it;
        const LinkType *linkType = data.linkType(typeId);
        QString name = FormatNames::typeName(linkType ? linkType->id : typeId);
        name[0] = name.at(0).toUpper();
        relationTypes.insert(typeId, name);
        return name;
    };
    for (const LinkType &type : data.linkTypes) {
        if (type.id == QLatin1String("same-as"))
            continue;
        const QString name = relationType(type.id);
        relationNames.insert(name);
        conf += name + QStringLiteral("\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
    }
    for (const Link &link : data.links) {
        if (link.type == QLatin1String("same-as"))
            continue;
        const QString name = relationType(link.type);
        if (!relationNames.contains(name)) {
            relationNames.insert(name);
            conf += name + QStringLiteral("\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
        }
    }
    conf += QStringLiteral("Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive\n"
                           "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
                           "\n[events]\n"
                           "\n[attributes]\n"
                           "Stance\tArg:<ENTITY>, Value:asserts|denies|hedges|reports\n"
                           "Certainty\tArg:<ENTITY>, Value:low|medium|high\n"
                           "Claim_type\tArg:<ENTITY>, Value:quantity|event|attribution|prediction|opinion\n"
                           "Suggested\tArg:<ENTITY>\n"
                           "Rejected\tArg:<ENTITY>\n");
    output.files.append({QString::fromLatin1(ConfFile), conf.toUtf8()});

    // Document names and T ids, needed by the links before the .ann files are written.
    QHash<QString, QString> documentOf; // article id -> document name
    QSet<QString> documentNames;
    for (const Article &article : data.articles) {
        QString slug = FormatNames::fileSlug(article.title);
        QString name = slug.isEmpty() ? article.id : slug + QLatin1Char('_') + article.id.left(8);
        if (documentNames.contains(name))
            name = slug.isEmpty() ? article.id : slug + QLatin1Char('_') + article.id;
        documentNames.insert(name);
        documentOf.insert(article.id, name);
    }
    QHash<QString, QString> textBoundId; // annotation id -> "T<n>"

    QHash<QString, QList<const Link *>> linksByArticle;
    QList<const Link *> crossLinks;
    for (const Link &link : data.links) {
        const Annotation *source = data.annotation(link.sourceId);
        const Annotation *target = data.annotation(link.targetId);
        // A brat relation has no place for a status: suggested and rejected links go to the sidecar.
        if (source->articleId == target->articleId && link.status == Annotation::Status::Accepted)
            linksByArticle[source->articleId].append(&link);
        else
            crossLinks.append(&link);
    }

    qint64 done = 0;
    int droppedEmpty = 0;
    int notesFlattened = 0;
    for (const Article &article : data.articles) {
        if (progress.isCancelled()) {
            output.cancelled = true;
            return output;
        }
        const QString &text = article.text;
        const Offsets &offsets = data.offsets(article.id);
        const QString document = documentOf.value(article.id);
        QString ann;
        int t = 0, a = 0, n = 0, note = 0;
        const auto [first, last] = data.annotationRange(article.id);
        for (qsizetype i = first; i < last; ++i) {
            const Annotation &annotation = data.annotations.at(i);
            const Spans pieces = fragments(text, annotation.spans);
            if (pieces.isEmpty()) {
                ++droppedEmpty;
                continue;
            }
            const QString id = QStringLiteral("T%1").arg(++t);
            textBoundId.insert(annotation.id, id);
            QStringList ranges;
            QStringList quotes;
            for (const Span &piece : pieces) {
                ranges.append(QStringLiteral("%1 %2").arg(offsets.toCodePoint(piece.start)).arg(offsets.toCodePoint(piece.end)));
                quotes.append(text.mid(piece.start, piece.length()));
            }
            const QString type = annotation.tagId.isEmpty() ? noteType : types.byTag.value(annotation.tagId, noteType);
            ann += id + QLatin1Char('\t') + type + QLatin1Char(' ') + ranges.join(QLatin1Char(';')) + QLatin1Char('\t') + quotes.join(QLatin1Char(' '))
                + QLatin1Char('\n');

            const Claim claim = Claim::fromAttributes(annotation.attributes);
            if (claim.stance != Claim::Stance::Unspecified)
                ann += QStringLiteral("A%1\tStance %2 %3\n").arg(++a).arg(id, Claim::stanceName(claim.stance));
            if (claim.certainty != Claim::Certainty::Unspecified)
                ann += QStringLiteral("A%1\tCertainty %2 %3\n").arg(++a).arg(id, Claim::certaintyName(claim.certainty));
            if (claim.claimType != Claim::Type::Unspecified)
                ann += QStringLiteral("A%1\tClaim_type %2 %3\n").arg(++a).arg(id, Claim::typeName(claim.claimType));
            if (annotation.status == Annotation::Status::Suggested)
                ann += QStringLiteral("A%1\tSuggested %2\n").arg(++a).arg(id);
            else if (annotation.status == Annotation::Status::Rejected)
                ann += QStringLiteral("A%1\tRejected %2\n").arg(++a).arg(id);
            if (const Entity *entity = data.entity(annotation.entityId)) {
                ann += QStringLiteral("N%1\tReference %2 Gloss:%3\t%4\n").arg(++n).arg(id, entity->id, oneLine(entity->name));
                if (!entity->externalId.isEmpty())
                    ann += QStringLiteral("N%1\tReference %2 %3\t%4\n")
                               .arg(++n)
                               .arg(id, FormatNames::normalisationReference(entity->externalId), oneLine(entity->name));
            }
            if (!annotation.note.isEmpty()) {
                const QString flat = oneLine(annotation.note);
                if (flat != annotation.note)
                    ++notesFlattened;
                ann += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n").arg(++note).arg(id, flat);
            }
            progress.reportEvery(++done, data.annotations.size(), 2000);
        }
        int r = 0;
        for (const Link *link : linksByArticle.value(article.id)) {
            const QString source = textBoundId.value(link->sourceId);
            const QString target = textBoundId.value(link->targetId);
            if (source.isEmpty() || target.isEmpty())
                continue;
            if (link->type == QLatin1String("same-as"))
                ann += QStringLiteral("*\tEquiv %1 %2\n").arg(source, target);
            else
                ann += QStringLiteral("R%1\t%2 Arg1:%3 Arg2:%4\n").arg(++r).arg(relationType(link->type), source, target);
        }
        output.files.append({document + QStringLiteral(".txt"), text.toUtf8()});
        output.files.append({document + QStringLiteral(".ann"), ann.toUtf8()});
    }

    QString sidecar = linksHeader() + QLatin1Char('\n');
    for (const Link *link : std::as_const(crossLinks)) {
        const QString source = textBoundId.value(link->sourceId);
        const QString target = textBoundId.value(link->targetId);
        if (source.isEmpty() || target.isEmpty())
            continue;
        const QStringList row = {link->id, link->type, documentOf.value(data.annotation(link->sourceId)->articleId), source,
            documentOf.value(data.annotation(link->targetId)->articleId), target, oneLine(link->note), oneLine(link->author),
            StoreFormat::timeToText(link->created), StoreFormat::timeToText(link->modified), Annotation::statusName(link->status),
            oneLine(link->suggestionSource), link->suggestionSource.isEmpty() ? QString() : QString::number(link->score)};
        sidecar += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    output.files.append({QString::fromLatin1(LinksFile), sidecar.toUtf8()});

    if (droppedEmpty > 0)
        output.messages.append(
            Message::warning({}, QStringLiteral("%1 annotations cover only line breaks and have no place in brat; left out").arg(droppedEmpty)));
    if (notesFlattened > 0)
        output.messages.append(Message::notice({}, QStringLiteral("%1 notes span several lines; brat keeps a note on one line").arg(notesFlattened)));
    return output;
}

} // namespace Gloss::Formats
