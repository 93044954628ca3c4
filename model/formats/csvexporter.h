#pragma once

#include "exporter.h"

#include <QStringList>

namespace Gloss::Formats
{

/// CSV for spreadsheets: one row per annotation, and a second file ("-links" before the extension)
/// with one row per link. RFC 4180 (fields quoted when they hold a comma, quote or line break;
/// quotes doubled; CRLF line ends), UTF-8 with a byte order mark so that Excel reads it as UTF-8,
/// a header row. Offsets count code points. A text cell a spreadsheet would run as a formula
/// (starting with = + - @ and not a number) gets a leading apostrophe, which spreadsheets hide.
class CsvExporter final : public Exporter
{
public:
    static QStringList annotationColumns();
    static QStringList linkColumns();
    /// One RFC 4180 field; \a guard protects a text cell against formula evaluation.
    static QString field(const QString &value, bool guard = true);

    ExportOutput write(const ExportData &data, const Progress &progress) const override;
};

} // namespace Gloss::Formats
