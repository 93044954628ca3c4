#pragma once

#include "exporter.h"

namespace Gloss
{
class TagSchema;
}

namespace Gloss::Formats
{

class XmlWriter;

/// REFI-QDA project exchange (.qdpx, for ATLAS.ti, MAXQDA, NVivo, QualCoder): a zip with project.qde
/// (QDA-XML, elements in the order of Project.xsd) and sources/<GUID>.txt per article. Tags become
/// nested Codes, each annotation span a PlainTextSelection with a Coding, notes and memos Notes with
/// NoteRefs, links Links between selections, article metadata Variables. Annotations with several
/// spans become one selection per span. README.md of model/formats documents the mapping.
class QdpxExporter final : public Exporter
{
public:
    static constexpr auto ProjectEntry = "project.qde";
    static constexpr auto Namespace = "urn:QDA-XML:project:1.0";

    ExportOutput write(const ExportData &data, const Progress &progress) const override;

    /// Writes the Codes of \a tags (nested by the hierarchy) into an open <CodeBook>; shared with the
    /// codebook export.
    static void writeCodes(XmlWriter &xml, const TagSchema &tags);
};

/// A REFI-QDA codebook (.qdc): the tag schema alone, root CodeBook in urn:QDA-XML:codebook:1.0.
class CodebookExporter final : public Exporter
{
public:
    static constexpr auto Namespace = "urn:QDA-XML:codebook:1.0";
    ExportOutput write(const ExportData &data, const Progress &progress) const override;
};

} // namespace Gloss::Formats
