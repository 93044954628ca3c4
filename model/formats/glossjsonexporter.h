#pragma once

#include "exporter.h"

namespace Gloss::Formats
{

/// The native, lossless JSON export ("format": "gloss"): articles (metadata, SHA-256 of the text,
/// the text unless the scope leaves it out, memo), the tag schema, link types, the entity registry,
/// every annotation with all its fields, and the links. Offsets count code points. The layout is
/// documented in model/formats/README.md; GlossJsonReader reads it back.
class GlossJsonExporter final : public Exporter
{
public:
    static constexpr int Version = 1;
    ExportOutput write(const ExportData &data, const Progress &progress) const override;
};

} // namespace Gloss::Formats
