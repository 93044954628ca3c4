#include "formatregistry.h"

#include "bratexporter.h"
#include "bratreader.h"
#include "conllexporter.h"
#include "csvexporter.h"
#include "glossjsonexporter.h"
#include "glossjsonreader.h"
#include "qdpxexporter.h"
#include "qdpxreader.h"
#include "w3cexporter.h"
#include "w3creader.h"

#include <QFile>
#include <QFileInfo>

namespace Gloss::Formats
{

const QList<FormatInfo> &FormatRegistry::formats()
{
    using Layout = ExportOutput::Layout;
    static const QList<FormatInfo> list = {
        {QStringLiteral("json"), QStringLiteral("Gloss JSON"),
            QStringLiteral("Everything, losslessly: articles, tag schema, annotations with every field, links, entities and memos."), QStringLiteral("json"),
            QStringLiteral("Gloss JSON (*.json)"), Layout::File, true, true, true, QStringLiteral("JSON"), {}},
        {QStringLiteral("w3c"), QStringLiteral("W3C Web Annotation"),
            QStringLiteral("JSON-LD for annotation servers and readers (Hypothesis, Recogito): annotations and links."), QStringLiteral("jsonld"),
            QStringLiteral("W3C Web Annotation (*.jsonld *.json)"), Layout::File, true, true, false, QStringLiteral("JSON"), {}},
        {QStringLiteral("brat"), QStringLiteral("brat standoff"),
            QStringLiteral("A folder of .txt/.ann pairs with annotation.conf and links.tsv, for brat and NLP tools."), QString(), QStringLiteral("brat folder"),
            Layout::Folder, true, true, false, QString(), QString::fromLatin1(BratExporter::ConfFile)},
        {QStringLiteral("qdpx"), QStringLiteral("REFI-QDA project"),
            QStringLiteral("A .qdpx project for ATLAS.ti, MAXQDA, NVivo and QualCoder: sources, codes, codings, notes and links."), QStringLiteral("qdpx"),
            QStringLiteral("REFI-QDA project (*.qdpx)"), Layout::Zip, true, true, false, QStringLiteral("XML"),
            QString::fromLatin1(QdpxExporter::ProjectEntry)},
        {QStringLiteral("qdc"), QStringLiteral("REFI-QDA codebook"), QStringLiteral("The tag schema alone as a .qdc codebook."), QStringLiteral("qdc"),
            QStringLiteral("REFI-QDA codebook (*.qdc)"), Layout::File, true, true, false, QStringLiteral("XML"), {}, true},
        {QStringLiteral("csv"), QStringLiteral("CSV"), QStringLiteral("Spreadsheet rows: one per annotation, and a second file with one per link."),
            QStringLiteral("csv"), QStringLiteral("CSV (*.csv)"), Layout::Siblings, true, false, false, QString(), {}},
        {QStringLiteral("conll"), QStringLiteral("CoNLL IOB2"), QStringLiteral("Tokens with B-/I-/O entity labels, for training named-entity recognisers."),
            QStringLiteral("conll"), QStringLiteral("CoNLL (*.conll *.txt)"), Layout::File, true, false, false, QString(), {}},
    };
    return list;
}

const FormatInfo *FormatRegistry::format(const QString &id)
{
    for (const FormatInfo &info : formats()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QStringList FormatRegistry::exportIds()
{
    QStringList ids;
    for (const FormatInfo &info : formats()) {
        if (info.canExport)
            ids.append(info.id);
    }
    return ids;
}

QStringList FormatRegistry::importIds()
{
    QStringList ids;
    for (const FormatInfo &info : formats()) {
        if (info.canImport)
            ids.append(info.id);
    }
    return ids;
}

std::unique_ptr<Exporter> FormatRegistry::exporter(const QString &id)
{
    if (id == QLatin1String("json"))
        return std::make_unique<GlossJsonExporter>();
    if (id == QLatin1String("w3c"))
        return std::make_unique<W3cExporter>();
    if (id == QLatin1String("brat"))
        return std::make_unique<BratExporter>();
    if (id == QLatin1String("qdpx"))
        return std::make_unique<QdpxExporter>();
    if (id == QLatin1String("qdc"))
        return std::make_unique<CodebookExporter>();
    if (id == QLatin1String("csv"))
        return std::make_unique<CsvExporter>();
    if (id == QLatin1String("conll"))
        return std::make_unique<ConllExporter>();
    return nullptr;
}

std::unique_ptr<AnnotationReader> FormatRegistry::reader(const QString &id)
{
    if (id == QLatin1String("json"))
        return std::make_unique<GlossJsonReader>();
    if (id == QLatin1String("w3c"))
        return std::make_unique<W3cReader>();
    if (id == QLatin1String("brat"))
        return std::make_unique<BratReader>();
    if (id == QLatin1String("qdpx"))
        return std::make_unique<QdpxReader>();
    if (id == QLatin1String("qdc"))
        return std::make_unique<CodebookReader>();
    return nullptr;
}

QString FormatRegistry::guessImportFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("brat");
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("ann") || suffix == QLatin1String("txt"))
        return QStringLiteral("brat");
    if (suffix == QLatin1String("qdpx"))
        return QStringLiteral("qdpx");
    if (suffix == QLatin1String("qdc"))
        return QStringLiteral("qdc");
    if (suffix == QLatin1String("jsonld"))
        return QStringLiteral("w3c");
    if (suffix == QLatin1String("json")) {
        // Both are JSON: the first kilobytes tell them apart.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("json");
        const QByteArray head = file.read(4096);
        if (head.contains("\"format\"") && head.contains("\"gloss\""))
            return QStringLiteral("json");
        if (head.contains("anno.jsonld") || head.contains("\"Annotation"))
            return QStringLiteral("w3c");
        return QStringLiteral("json");
    }
    return {};
}

} // namespace Gloss::Formats
