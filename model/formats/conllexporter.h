#pragma once

#include "exporter.h"

namespace Gloss::Formats
{

/// CoNLL IOB2 for training named-entity recognisers: "-DOCSTART- O" and a blank line before each
/// article, then one "TOKEN LABEL" line per token (space-separated; tokens never hold white space),
/// a blank line after each sentence. Labels are B-TYPE / I-TYPE / O, TYPE the entity tag's name as a
/// type name ("Person", "Figure_or_quantity"). Only entity annotations count; where two overlap, the
/// one that starts first (the longer one on a tie) wins. Tokens and sentences come from Gloss's own
/// Suggest::Tokenizer and Suggest::SentenceSplitter (README.md of model/formats).
class ConllExporter final : public Exporter
{
public:
    ExportOutput write(const ExportData &data, const Progress &progress) const override;
};

} // namespace Gloss::Formats
