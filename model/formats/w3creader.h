#pragma once

#include "importdraft.h"

namespace Gloss::Formats
{

/// Reads W3C Web Annotation JSON / JSON-LD: one Annotation, an AnnotationCollection with embedded
/// pages, an AnnotationPage, a JSON array of annotations or a "@graph". Targets with a
/// TextPositionSelector and/or TextQuoteSelector on one source become annotations (several targets
/// on one source: one annotation with several spans); "linking" annotations whose two targets are
/// annotation IRIs become links. Bodies map back as W3cExporter writes them (README.md), and foreign
/// ones sensibly: tagging -> tag by name, commenting and describing text -> note, classifying -> stance.
/// The file does not carry article texts: sources must be articles of the project
/// (urn:gloss:article:<id>, or an article whose URL is the source or the target's scope).
class W3cReader final : public AnnotationReader
{
public:
    ImportDraft read(const QString &path, const Progress &progress) override;
    static ImportDraft readBytes(const QByteArray &bytes, const QString &path);
};

} // namespace Gloss::Formats
