#pragma once

#include "exporter.h"

#include <QString>

namespace Gloss::Formats
{

/// brat standoff: a folder with NAME.txt (the article text, UTF-8) and NAME.ann per article,
/// annotation.conf declaring the types, and links.tsv, the sidecar for links between articles
/// (brat ids only live inside one document). Spans that cross a line break are split into
/// fragments there (a .ann line cannot hold one). README.md of model/formats documents the mapping
/// and the sidecar; BratReader reads it back.
class BratExporter final : public Exporter
{
public:
    static constexpr auto ConfFile = "annotation.conf";
    static constexpr auto LinksFile = "links.tsv";
    /// The header row of links.tsv.
    static QString linksHeader();

    ExportOutput write(const ExportData &data, const Progress &progress) const override;
};

} // namespace Gloss::Formats
