#pragma once

#include "exportoutput.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Gloss::Formats
{

class AnnotationReader;
class Exporter;

/// What Gloss knows about one annotation file format: names for people and the command line, how
/// its output is laid out, and what the export dialog previews.
struct FormatInfo {
    QString id; ///< the command line's name: "json", "w3c", "brat", "qdpx", "qdc", "csv", "conll"
    QString name; ///< for people: "Gloss JSON"
    QString description; ///< one sentence for the export dialog
    QString suffix; ///< file suffix without the dot ("json"); empty for a folder
    QString fileFilter; ///< for file dialogs: "Gloss JSON (*.json)"
    ExportOutput::Layout layout = ExportOutput::Layout::File;
    bool canExport = true;
    bool canImport = false;
    bool lossless = false; ///< keeps everything (rejected suggestions too): the gloss JSON
    QString previewSyntax; ///< KSyntaxHighlighting definition for the preview ("JSON", "XML"); empty: plain
    QString previewFile; ///< the file of the output the preview shows; empty: the first
    bool tagSchemaOnly = false; ///< writes the tag schema alone (the codebook): the export reads no annotations
};

/// The one list of annotation file formats: the export dialog, the import dialog and the command
/// line all read it, and it makes the exporter and reader of each. Adding a format is adding a row
/// here and its classes.
class FormatRegistry final
{
public:
    static const QList<FormatInfo> &formats();
    /// The format with \a id, or nullptr.
    static const FormatInfo *format(const QString &id);
    static QStringList exportIds();
    static QStringList importIds();
    /// A new exporter for \a id; nullptr when the format cannot be exported.
    static std::unique_ptr<Exporter> exporter(const QString &id);
    /// A new reader for \a id; nullptr when the format cannot be imported.
    static std::unique_ptr<AnnotationReader> reader(const QString &id);
    /// The import format a path most likely holds ("brat" for a folder or .ann, "qdpx", "w3c" for
    /// .jsonld, "json" for a .json that is not W3C ...); empty when it cannot tell.
    static QString guessImportFormat(const QString &path);
};

} // namespace Gloss::Formats
