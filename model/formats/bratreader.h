#pragma once

#include "importdraft.h"

namespace Gloss::Formats
{

/// Reads brat standoff: a folder of NAME.txt + NAME.ann pairs (or one .ann / .txt file and its
/// pair), with annotation.conf (type hierarchy) and the links.tsv sidecar when present. T lines
/// (discontinuous "a b;c d" spans included) become annotations checked against their text field;
/// R lines and "* Equiv" links; A/M lines claim attributes and status; N lines entities; "#"
/// AnnotatorNotes notes. Every .txt is the article text: an article of the project with the same text
/// is annotated, any other is added. Malformed lines and references to ids the document does not
/// define refuse the import.
class BratReader final : public AnnotationReader
{
public:
    ImportDraft read(const QString &path, const Progress &progress) override;
};

} // namespace Gloss::Formats
