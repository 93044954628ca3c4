#pragma once

#include "importdraft.h"
#include "ziparchive.h"

namespace Gloss::Formats
{

/// Reads REFI-QDA project exchange files (.qdpx) as ATLAS.ti, MAXQDA, NVivo, QualCoder and Gloss
/// write them: text sources become articles (texts from the archive's sources/Sources folder, or
/// inline PlainTextContent), Codes tags (nested), each PlainTextSelection one annotation per Coding
/// (an uncoded one an untagged note), Notes notes and memos, Links links between selections.
///
/// The archive goes through ZipReader (entry names, sizes) and project.qde through a
/// QXmlStreamReader that refuses any DTD declaring entities (billion laughs) and nesting deeper than
/// MaxDepth. A CodeRef, NoteRef or Link end that names nothing in the file, or a selection past the
/// end of its text, refuses the file.
class QdpxReader final : public AnnotationReader
{
public:
    static constexpr int MaxDepth = 256;

    QdpxReader() = default;
    /// A reader with other archive limits (the tests use small ones).
    explicit QdpxReader(const ZipReader::Limits &limits) : m_limits(limits) { }

    ImportDraft read(const QString &path, const Progress &progress) override;

private:
    ZipReader::Limits m_limits;
};

/// Reads a REFI-QDA codebook (.qdc, root CodeBook): its Codes become tags, matched to the project's
/// by name, the new ones added.
class CodebookReader final : public AnnotationReader
{
public:
    ImportDraft read(const QString &path, const Progress &progress) override;
};

} // namespace Gloss::Formats
