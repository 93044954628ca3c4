#pragma once

#include "exporter.h"

namespace Gloss::Formats
{

/// W3C Web Annotation JSON-LD: one AnnotationCollection whose first (and only) AnnotationPage holds
/// an Annotation per Gloss annotation and one "linking" Annotation per link (targets: the two
/// annotation IRIs, source first). The mapping of bodies, targets and IRIs is documented in
/// model/formats/README.md; W3cReader reads it back.
class W3cExporter final : public Exporter
{
public:
    ExportOutput write(const ExportData &data, const Progress &progress) const override;
};

} // namespace Gloss::Formats
