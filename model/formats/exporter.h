#pragma once

#include "exportoutput.h"
#include "progress.h"

namespace Gloss::Formats
{

class ExportData;

/// Turns an ExportData snapshot into the files of one format. One subclass per format; each is
/// stateless and may run on any thread (it reads only the snapshot). Offsets are converted to code
/// points through ExportData (model/offsets.h), nowhere else.
class Exporter
{
public:
    virtual ~Exporter() = default;
    /// The files of the export; ExportOutput::cancelled when \a progress asked to stop.
    virtual ExportOutput write(const ExportData &data, const Progress &progress) const = 0;
};

} // namespace Gloss::Formats
