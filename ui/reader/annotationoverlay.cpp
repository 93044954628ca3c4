#include "annotationoverlay.h"

#include "tags/tagschema.h"

#include <algorithm>

namespace Gloss::Ui
{

namespace
{
QColor blended(const QColor &colour, const QColor &background, double strength)
{
    const auto mix = [strength](double a, double b) { return a * strength + b * (1.0 - strength); };
    return QColor::fromRgbF(
        float(mix(colour.redF(), background.redF())), float(mix(colour.greenF(), background.greenF())), float(mix(colour.blueF(), background.blueF())));
}
} // namespace

void AnnotationOverlay::setIndex(std::shared_ptr<const AnnotationIndex> index)
{
    m_index = std::move(index);
}

void AnnotationOverlay::setSchema(const TagSchema *schema)
{
    m_schema = schema;
    m_formats.clear();
}

void AnnotationOverlay::setPageColours(const QColor &background, const QColor &text)
{
    m_background = background;
    m_text = text;
    m_formats.clear();
}

QColor AnnotationOverlay::tagColour(const QString &tagId) const
{
    const Tag *tag = m_schema && !tagId.isEmpty() ? m_schema->tag(tagId) : nullptr;
    if (tag && tag->colour.isValid())
        return tag->colour;
    // Untagged notes and tags gone from the schema: a neutral amber that reads on light and dark pages.
    return QColor(0xc8, 0x9b, 0x3c);
}

AnnotationOverlay::Style AnnotationOverlay::styleOf(const AnnotationIndex::Hit &hit, const QList<AnnotationIndex::Hit> &hits)
{
    if (hit.annotation->status == Annotation::Status::Suggested)
        return hit.annotation->kind == Annotation::Kind::Claim ? Style::Dotted : Style::Dashed;
    // The analyst's annotations are layered among themselves: a suggestion around one (a suggested
    // claim sentence, say) must not push it from a background down to an underline.
    int depth = 0;
    for (const AnnotationIndex::Hit &other : hits) {
        if (other.annotation != hit.annotation && other.layer < hit.layer && other.annotation->status != Annotation::Status::Suggested && other.start < hit.end
            && other.end > hit.start)
            ++depth;
    }
    if (depth == 0)
        return Style::Background;
    return depth == 1 ? Style::Underline : Style::Wave;
}

QTextCharFormat AnnotationOverlay::format(const QString &tagId, Style style) const
{
    const QString key = QString::number(int(style)) + tagId;
    const auto found = m_formats.constFind(key);
    if (found != m_formats.constEnd())
        return *found;
    const QColor colour = tagColour(tagId);
    QTextCharFormat format;
    switch (style) {
    case Style::Background:
        format.setBackground(blended(colour, m_background, BackgroundStrength));
        break;
    case Style::Current:
        format.setBackground(blended(colour, m_background, CurrentStrength));
        break;
    case Style::Underline:
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(colour);
        break;
    case Style::Wave:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(colour);
        break;
    case Style::Dashed:
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(colour);
        break;
    case Style::Dotted:
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(colour);
        break;
    }
    m_formats.insert(key, format);
    return format;
}

QList<CueHighlighter::OverlaySpan> AnnotationOverlay::spans(int position, int length) const
{
    QList<CueHighlighter::OverlaySpan> result;
    if (!m_index || m_index->isEmpty())
        return result;
    QList<AnnotationIndex::Hit> hits = m_index->intersecting(position, position + std::max(1, length));
    if (hits.isEmpty())
        return result;
    // Backgrounds first, underlines over them; the current annotation's strong background last, so it
    // wins over the others' while their underlines stay.
    std::stable_sort(hits.begin(), hits.end(), [](const AnnotationIndex::Hit &a, const AnnotationIndex::Hit &b) { return a.layer < b.layer; });
    result.reserve(hits.size() + 1);
    const auto add = [&result, position](const AnnotationIndex::Hit &hit, const QTextCharFormat &format) {
        result.append(CueHighlighter::OverlaySpan{hit.start - position, hit.end - hit.start, format});
    };
    for (const AnnotationIndex::Hit &hit : std::as_const(hits)) {
        const bool isCurrent = hit.annotation->id == m_current;
        // A current layer-0 annotation needs no normal background under its strong one.
        if (!isCurrent || styleOf(hit, hits) != Style::Background)
            add(hit, format(hit.annotation->tagId, styleOf(hit, hits)));
    }
    for (const AnnotationIndex::Hit &hit : std::as_const(hits)) {
        if (hit.annotation->id == m_current)
            add(hit, format(hit.annotation->tagId, Style::Current));
    }
    return result;
}

} // namespace Gloss::Ui
