#include "bratreader.h"

#include "annotations/claim.h"
#include "annotations/storeformat.h"
#include "bratexporter.h"
#include "formatnames.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>

namespace Gloss::Formats
{

namespace
{
const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z#])([0-9]+)(\\S*)$"));
    return pattern;
}

const QRegularExpression &spanPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,10}) ([0-9]{1,10})$"));
    return pattern;
}

const QRegularExpression &argumentPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([^:\\s]+):(\\S+)$"));
    return pattern;
}

// The entity types of annotation.conf with their parents (indentation = hierarchy).
QHash<QString, QString> readConfHierarchy(const QString &path, QStringList *order)
{
    QHash<QString, QString> parents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return parents;
    const std::optional<QString> text = AnnotationReader::decodeUtf8(file.read(AnnotationReader::MaxFileBytes));
    if (!text)
        return parents;
    bool inEntities = false;
    QStringList stack;
    for (const QString &rawLine : text->split(QLatin1Char('\n'))) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1Char('['))) {
            inEntities = trimmed == QLatin1String("[entities]");
            continue;
        }
        if (!inEntities)
            continue;
        int depth = 0;
        while (depth < line.size() && line.at(depth) == QLatin1Char('\t'))
            ++depth;
        QString type = trimmed.section(QRegularExpression(QStringLiteral("\\s")), 0, 0);
        if (type.startsWith(QLatin1Char('!')))
            type.remove(0, 1);
        if (type.isEmpty() || type.startsWith(QLatin1Char('<')))
            continue;
        stack = stack.mid(0, depth);
        parents.insert(type, stack.isEmpty() ? QString() : stack.constLast());
        order->append(type);
        stack.append(type);
    }
    return parents;
}

class Reader
{
public:
    Reader(ImportDraft &draft, const Progress &progress) : m_draft(draft), m_progress(progress) { }

    void run(const QString &path)
    {
        const QFileInfo info(path);
        QStringList documents;
        QDir folder;
        bool wholeFolder = false;
        if (info.isDir()) {
            folder = QDir(path);
            wholeFolder = true;
            for (const QString &ann : folder.entryList({QStringLiteral("*.ann")}, QDir::Files, QDir::Name))
                documents.append(ann.chopped(4));
            if (documents.isEmpty()) {
                m_draft.error(QStringLiteral("holds no brat .ann files"));
                return;
            }
        } else if (info.suffix() == QLatin1String("ann") || info.suffix() == QLatin1String("txt")) {
            folder = info.absoluteDir();
            documents.append(info.completeBaseName());
        } else {
            m_draft.error(QStringLiteral("is neither a brat folder nor a .ann or .txt file"));
            return;
        }
        m_documents = QSet<QString>(documents.cbegin(), documents.cend());
        QStringList order;
        m_confParents = readConfHierarchy(folder.filePath(QString::fromLatin1(BratExporter::ConfFile)), &order);
        for (const QString &type : std::as_const(order)) {
            if (type != QLatin1String("Note")) // untagged notes, see BratExporter
                tagKeyFor(type);
        }
        for (qsizetype i = 0; i < documents.size() && !m_draft.hasErrors(); ++i) {
            if (m_progress.isCancelled()) {
                m_draft.error(QStringLiteral("the import was cancelled"));
                return;
            }
            readDocument(folder, documents.at(i));
            m_progress.report(i + 1, documents.size());
        }
        const QString sidecar = folder.filePath(QString::fromLatin1(BratExporter::LinksFile));
        if (wholeFolder && !m_draft.hasErrors() && QFileInfo::exists(sidecar))
            readSidecar(sidecar);
    }

private:
    QString tagKeyFor(const QString &type)
    {
        const QString key = QStringLiteral("brat:") + type;
        if (!m_tagKeys.contains(key)) {
            m_tagKeys.insert(key);
            DraftTag tag;
            tag.key = key;
            tag.tag.name = FormatNames::nameFromTypeName(type);
            tag.tag.kind = Tag::Kind::Entity;
            const QString parent = m_confParents.value(type);
            if (!parent.isEmpty())
                tag.parentKey = tagKeyFor(parent);
            m_draft.tags.append(tag);
        }
        return key;
    }

    bool fail(const QString &where, const QString &reason)
    {
        m_draft.error(where + QStringLiteral(": ") + reason);
        return false;
    }

    void readDocument(const QDir &folder, const QString &name)
    {
        const QString txtPath = folder.filePath(name + QStringLiteral(".txt"));
        const QString annPath = folder.filePath(name + QStringLiteral(".ann"));
        if (!QFileInfo::exists(txtPath)) {
            m_draft.error(QStringLiteral("%1.ann has no %1.txt beside it; brat needs the text").arg(name));
            return;
        }
        ImportDraft scratch;
        scratch.file = txtPath;
        const std::optional<QByteArray> textBytes = AnnotationReader::readFile(txtPath, scratch);
        std::optional<QByteArray> annBytes;
        if (textBytes) {
            scratch.file = annPath;
            annBytes = QFileInfo::exists(annPath) ? AnnotationReader::readFile(annPath, scratch) : QByteArray();
        }
        if (!textBytes || !annBytes) {
            for (const Message &message : std::as_const(scratch.messages))
                m_draft.messages.append(message);
            return;
        }
        const std::optional<QString> text = AnnotationReader::decodeUtf8(*textBytes, true);
        if (!text) {
            m_draft.error(QStringLiteral("%1.txt is not UTF-8 text").arg(name));
            return;
        }
        const std::optional<QString> ann = AnnotationReader::decodeUtf8(*annBytes);
        if (!ann) {
            m_draft.error(QStringLiteral("%1.ann is not UTF-8 text").arg(name));
            return;
        }

        DraftArticle article;
        article.key = name;
        article.article.title = name;
        article.article.text = *text;
        article.hasText = true;
        article.location = name + QStringLiteral(".txt");
        m_draft.articles.append(article);

        struct Line {
            int number;
            QString id;
            QString rest;
        };
        QList<Line> lines;
        QHash<QString, QChar> kinds; // id -> kind letter
        QHash<QString, qsizetype> textBound; // T id -> index into m_draft.annotations
        const QStringList rawLines = ann->split(QLatin1Char('\n'));
        const QString file = name + QStringLiteral(".ann");
        for (qsizetype n = 0; n < rawLines.size(); ++n) {
            QString raw = rawLines.at(n);
            if (raw.endsWith(QLatin1Char('\r')))
                raw.chop(1);
            if (raw.trimmed().isEmpty())
                continue;
            const QString where = QStringLiteral("%1 line %2").arg(file).arg(n + 1);
            const qsizetype tab = raw.indexOf(QLatin1Char('\t'));
            if (tab < 0) {
                fail(where, QStringLiteral("no TAB after the annotation id"));
                return;
            }
            const QString id = raw.left(tab);
            const QString rest = raw.mid(tab + 1);
            QChar kind;
            if (id == QLatin1String("*")) {
                kind = QLatin1Char('*');
            } else {
                const QRegularExpressionMatch match = idPattern().match(id);
                if (!match.hasMatch() || !QStringLiteral("TREAMN#").contains(match.captured(1))) {
                    fail(where, QStringLiteral("malformed annotation id “%1”").arg(id));
                    return;
                }
                if (kinds.contains(id)) {
                    fail(where, QStringLiteral("annotation id %1 is used twice").arg(id));
                    return;
                }
                kind = match.captured(1).at(0);
                kinds.insert(id, kind);
            }
            if (kind == QLatin1Char('T')) {
                if (!readTextBound(name, id, rest, where, textBound))
                    return;
            } else {
                lines.append({int(n + 1), id, rest});
            }
        }

        QHash<QString, Claim> claims;
        QHash<QString, QStringList> notes;
        QHash<QString, Entity> entities;
        int events = 0;
        const auto target = [&](const QString &ref, const QString &where) -> qsizetype {
            if (!kinds.contains(ref)) {
                fail(where, QStringLiteral("refers to %1, which %2 does not define").arg(ref, file));
                return -2;
            }
            return textBound.value(ref, -1);
        };
        for (const Line &line : std::as_const(lines)) {
            const QString where = QStringLiteral("%1 line %2").arg(file).arg(line.number);
            const QString head = line.rest.section(QLatin1Char('\t'), 0, 0);
            const QStringList parts = head.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QChar kind = line.id == QLatin1String("*") ? QLatin1Char('*') : line.id.at(0);
            if (kind == QLatin1Char('E')) {
                const QRegularExpressionMatch trigger = argumentPattern().match(parts.value(0));
                if (!trigger.hasMatch() || target(trigger.captured(2), where) == -2) {
                    if (!m_draft.hasErrors())
                        fail(where, QStringLiteral("an event needs “Type:TRIGGER [ROLE:ID ...]”"));
                    return;
                }
                ++events;
            } else if (kind == QLatin1Char('R')) {
                if (parts.size() != 3) {
                    fail(where, QStringLiteral("a relation needs “Type Arg1:ID Arg2:ID”"));
                    return;
                }
                const QRegularExpressionMatch first = argumentPattern().match(parts.at(1));
                const QRegularExpressionMatch second = argumentPattern().match(parts.at(2));
                if (!first.hasMatch() || !second.hasMatch()) {
                    fail(where, QStringLiteral("malformed relation arguments"));
                    return;
                }
                const qsizetype source = target(first.captured(2), where);
                const qsizetype destination = target(second.captured(2), where);
                if (source == -2 || destination == -2)
                    return;
                if (source < 0 || destination < 0) {
                    m_draft.warning(where + QStringLiteral(": a relation between events is not imported (Gloss links text-bound annotations)"));
                    continue;
                }
                addLink(name + QLatin1Char('/') + line.id, parts.at(0), name + QLatin1Char('/') + first.captured(2),
                    name + QLatin1Char('/') + second.captured(2), where);
            } else if (kind == QLatin1Char('*')) {
                if (parts.size() < 3) {
                    fail(where, QStringLiteral("an equivalence needs “Type ID ID [ID ...]”"));
                    return;
                }
                for (qsizetype i = 1; i < parts.size(); ++i) {
                    if (target(parts.at(i), where) < 0) {
                        if (!m_draft.hasErrors())
                            fail(where, QStringLiteral("%1 is not a text-bound annotation").arg(parts.at(i)));
                        return;
                    }
                }
                const QString type = parts.at(0) == QLatin1String("Equiv") ? QStringLiteral("same-as") : parts.at(0);
                for (qsizetype i = 2; i < parts.size(); ++i)
                    addLink(QStringLiteral("%1/*%2.%3").arg(name).arg(line.number).arg(i - 1), type, name + QLatin1Char('/') + parts.at(i - 1),
                        name + QLatin1Char('/') + parts.at(i), where);
            } else if (kind == QLatin1Char('A') || kind == QLatin1Char('M')) {
                if (parts.size() < 2 || parts.size() > 3) {
                    fail(where, QStringLiteral("an attribute needs “Name ID [Value]”"));
                    return;
                }
                const qsizetype index = target(parts.at(1), where);
                if (index == -2)
                    return;
                if (index < 0)
                    continue;
                applyAttribute(m_draft.annotations[index], claims[parts.at(1)], parts.at(0), parts.value(2));
            } else if (kind == QLatin1Char('N')) {
                if (parts.size() != 3 || !argumentPattern().match(parts.at(2)).hasMatch()) {
                    fail(where, QStringLiteral("a normalisation needs “Type ID DB:ENTRY”"));
                    return;
                }
                const qsizetype index = target(parts.at(1), where);
                if (index == -2)
                    return;
                if (index < 0)
                    continue;
                Entity &entity = entities[parts.at(1)];
                const QString label = line.rest.section(QLatin1Char('\t'), 1);
                if (parts.at(2).startsWith(QLatin1String("Gloss:")))
                    entity.id = parts.at(2).mid(6);
                else
                    entity.externalId = FormatNames::externalIdFromReference(parts.at(2));
                if (!label.isEmpty())
                    entity.name = label;
            } else if (kind == QLatin1Char('#')) {
                if (parts.size() != 2) {
                    fail(where, QStringLiteral("a note needs “Type ID<TAB>text”"));
                    return;
                }
                const qsizetype index = target(parts.at(1), where);
                if (index == -2)
                    return;
                if (index < 0)
                    continue;
                notes[parts.at(1)].append(line.rest.section(QLatin1Char('\t'), 1));
            }
        }
        if (events > 0)
            m_draft.notice(
                QStringLiteral("%1 holds %2 events; their triggers are imported as annotations, the events themselves are not").arg(file).arg(events));

        for (auto it = claims.cbegin(); it != claims.cend(); ++it)
            it.value().writeTo(m_draft.annotations[textBound.value(it.key())].record.attributes);
        for (auto it = notes.cbegin(); it != notes.cend(); ++it)
            m_draft.annotations[textBound.value(it.key())].record.note = it.value().join(QStringLiteral("\n\n"));
        for (auto it = entities.cbegin(); it != entities.cend(); ++it) {
            DraftAnnotation &annotation = m_draft.annotations[textBound.value(it.key())];
            Entity entity = it.value();
            if (entity.name.isEmpty())
                entity.name = annotation.quote;
            const QString key = !entity.id.isEmpty() ? entity.id : QStringLiteral("external:") + entity.externalId;
            if (!m_entityKeys.contains(key)) {
                m_entityKeys.insert(key);
                m_draft.entities.append({key, entity, false});
            }
            annotation.entityKey = key;
        }
    }

    bool readTextBound(const QString &document, const QString &id, const QString &rest, const QString &where, QHash<QString, qsizetype> &textBound)
    {
        const qsizetype tab = rest.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            return fail(where, QStringLiteral("a text-bound annotation needs “Type START END<TAB>text”"));
        const QString head = rest.left(tab);
        const qsizetype space = head.indexOf(QLatin1Char(' '));
        if (space <= 0)
            return fail(where, QStringLiteral("missing type or offsets"));
        const QString type = head.left(space);
        DraftAnnotation annotation;
        for (const QString &fragment : head.mid(space + 1).split(QLatin1Char(';'))) {
            const QRegularExpressionMatch match = spanPattern().match(fragment);
            if (!match.hasMatch())
                return fail(where, QStringLiteral("malformed offsets “%1”").arg(fragment));
            const qint64 start = match.captured(1).toLongLong();
            const qint64 end = match.captured(2).toLongLong();
            if (end > std::numeric_limits<int>::max())
                return fail(where, QStringLiteral("offset %1 is past the end of the text").arg(end));
            annotation.spans.append({int(start), int(end)});
        }
        annotation.key = document + QLatin1Char('/') + id;
        annotation.location = QStringLiteral("%1 (%2.ann)").arg(id, document);
        annotation.articleKey = document;
        annotation.quote = rest.mid(tab + 1);
        if (type == QLatin1String("Note")) {
            annotation.kind = Annotation::Kind::Note;
        } else {
            annotation.tagKey = tagKeyFor(type);
        }
        textBound.insert(id, m_draft.annotations.size());
        m_draft.annotations.append(annotation);
        return true;
    }

    void applyAttribute(DraftAnnotation &annotation, Claim &claim, const QString &name, const QString &value)
    {
        const QString folded = name.toCaseFolded();
        if (folded == QLatin1String("stance"))
            claim.stance = Claim::stanceFromName(value.toLower());
        else if (folded == QLatin1String("certainty"))
            claim.certainty = Claim::certaintyFromName(value.toLower());
        else if (folded == QLatin1String("claim_type"))
            claim.claimType = Claim::typeFromName(value.toLower());
        else if (folded == QLatin1String("suggested"))
            annotation.record.status = Annotation::Status::Suggested;
        else if (folded == QLatin1String("rejected"))
            annotation.record.status = Annotation::Status::Rejected;
        else
            annotation.record.attributes.insert(name, value.isEmpty() ? QVariant(true) : QVariant(value));
    }

    void addLink(const QString &key, const QString &type, const QString &source, const QString &target, const QString &where)
    {
        DraftLink link;
        link.key = key;
        link.type = type;
        link.sourceKey = source;
        link.targetKey = target;
        link.location = where;
        m_draft.links.append(link);
    }

    void readSidecar(const QString &path)
    {
        ImportDraft scratch;
        scratch.file = path;
        const std::optional<QByteArray> bytes = AnnotationReader::readFile(path, scratch);
        const std::optional<QString> text = bytes ? AnnotationReader::decodeUtf8(*bytes) : std::nullopt;
        if (!text) {
            m_draft.error(QStringLiteral("%1 cannot be read as UTF-8 text").arg(QFileInfo(path).fileName()));
            return;
        }
        const QStringList lines = text->split(QLatin1Char('\n'));
        QHash<QString, int> columns;
        const QString file = QFileInfo(path).fileName();
        for (qsizetype n = 0; n < lines.size(); ++n) {
            QString line = lines.at(n);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (columns.isEmpty()) {
                for (qsizetype c = 0; c < cells.size(); ++c)
                    columns.insert(cells.at(c).trimmed(), int(c));
                for (const char *needed : {"type", "source_document", "source_annotation", "target_document", "target_annotation"}) {
                    if (!columns.contains(QLatin1String(needed))) {
                        m_draft.error(QStringLiteral("%1 has no column “%2” in its header row").arg(file, QLatin1String(needed)));
                        return;
                    }
                }
                continue;
            }
            const auto cell = [&](const char *column) { return cells.value(columns.value(QLatin1String(column), -1)).trimmed(); };
            const QString where = QStringLiteral("%1 line %2").arg(file).arg(n + 1);
            const QString sourceDocument = cell("source_document");
            const QString targetDocument = cell("target_document");
            for (const QString &document : {sourceDocument, targetDocument}) {
                if (!m_documents.contains(document)) {
                    fail(where, QStringLiteral("refers to document “%1”, which is not in the folder").arg(document));
                    return;
                }
            }
            DraftLink link;
            link.key = cell("link").isEmpty() ? QStringLiteral("%1/%2").arg(file).arg(n + 1) : cell("link");
            if (FormatNames::isUuid(link.key))
                link.record.id = link.key;
            link.type = cell("type");
            link.sourceKey = sourceDocument + QLatin1Char('/') + cell("source_annotation");
            link.targetKey = targetDocument + QLatin1Char('/') + cell("target_annotation");
            link.record.note = cell("note");
            link.record.author = cell("author");
            link.record.created = StoreFormat::timeFromText(cell("created"));
            // Columns added with issue 6; older sidecars lack them (accepted links, modified = created).
            link.record.modified = cell("modified").isEmpty() ? link.record.created : StoreFormat::timeFromText(cell("modified"));
            if (!cell("status").isEmpty()) {
                const std::optional<Annotation::Status> status = Annotation::statusFromName(cell("status"));
                if (!status) {
                    fail(where, QStringLiteral("has an unknown link status “%1”").arg(cell("status")));
                    return;
                }
                link.record.status = *status;
            }
            link.record.suggestionSource = cell("suggestion_source");
            link.record.score = cell("score").toDouble();
            link.location = where;
            if (!annotationKeys().contains(link.sourceKey) || !annotationKeys().contains(link.targetKey)) {
                fail(where, QStringLiteral("refers to an annotation its document does not define"));
                return;
            }
            m_draft.links.append(link);
        }
    }

    const QSet<QString> &annotationKeys()
    {
        if (m_keys.isEmpty()) {
            for (const DraftAnnotation &annotation : std::as_const(m_draft.annotations))
                m_keys.insert(annotation.key);
        }
        return m_keys;
    }

    ImportDraft &m_draft;
    Progress m_progress;
    QSet<QString> m_documents;
    QHash<QString, QString> m_confParents;
    QSet<QString> m_tagKeys;
    QSet<QString> m_entityKeys;
    QSet<QString> m_keys;
};
} // namespace

ImportDraft BratReader::read(const QString &path, const Progress &progress)
{
    ImportDraft draft;
    draft.file = path;
    draft.formatName = QStringLiteral("brat standoff");
    Reader(draft, progress).run(path);
    return draft;
}

} // namespace Gloss::Formats
