#pragma once

#include "importdraft.h"

namespace Gloss::Formats
{

/// Reads the native gloss JSON export (GlossJsonExporter) back, every field of it. Its tags and
/// entities are authoritative: a tag or entity of the same id in the project takes the file's values.
/// Refuses malformed JSON, another "format", a newer "version", and records of the wrong shape.
class GlossJsonReader final : public AnnotationReader
{
public:
    ImportDraft read(const QString &path, const Progress &progress) override;
    /// Reads an already loaded document (the bytes of a .json file).
    static ImportDraft readBytes(const QByteArray &bytes, const QString &path);
};

} // namespace Gloss::Formats
