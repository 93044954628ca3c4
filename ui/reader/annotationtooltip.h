#pragma once

#include "annotations/annotation.h"

#include <QList>
#include <QString>

namespace Gloss
{
class TagSchema;
}

namespace Gloss::Ui
{

/// The rich text shown when the pointer rests on annotations in the reader: for each one its tag
/// (with colour), status, claim attributes, entity and note, escaped so article text can't inject markup.
namespace AnnotationTooltip
{
/// The tooltip for \a annotations (innermost last); empty when there are none.
QString html(const QList<const Annotation *> &annotations, const TagSchema &schema);
} // namespace AnnotationTooltip

} // namespace Gloss::Ui
