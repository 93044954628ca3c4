#pragma once

#include "annotations/annotationindex.h"
#include "cuehighlighter.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QTextCharFormat>

#include <memory>

namespace Gloss
{
class TagSchema;
}

namespace Gloss::Ui
{

/// What the reader lays over the cue colours for the annotations of the article shown: the formats of
/// the spans that meet one block, looked up in the article's AnnotationIndex.
///
/// Layer 0 of the index (an annotation nested in no other) is drawn as a background in its tag's
/// colour, higher layers (nested or overlapping annotations) as an underline in theirs (a wavy one from
/// layer 2 on), so both stay visible and distinguishable; layers count the analyst's annotations only.
/// Suggestions are drawn as an underline only: dashed for entities and figures, dotted for claim
/// sentences. The current annotation gets a stronger background whatever its layer.
class AnnotationOverlay final
{
public:
    /// The article's index (nullptr: nothing is drawn). Shared with the editing facade, which keeps it current.
    void setIndex(std::shared_ptr<const AnnotationIndex> index);
    const AnnotationIndex *index() const { return m_index.get(); }
    /// The tag schema the colours come from (owned by the project's Annotator; nullptr: none).
    void setSchema(const TagSchema *schema);
    /// The page colours the tag colours are blended with.
    void setPageColours(const QColor &background, const QColor &text);
    /// The annotation drawn as current (empty: none).
    void setCurrent(const QString &id) { m_current = id; }
    QString current() const { return m_current; }
    /// Forgets the formats made so far (after the schema's colours changed).
    void clearFormats() { m_formats.clear(); }

    /// The spans to lay over the block at document position \a position with \a length characters.
    QList<CueHighlighter::OverlaySpan> spans(int position, int length) const;
    /// The colour drawn for \a tagId (a neutral one for untagged notes and unknown tags).
    QColor tagColour(const QString &tagId) const;

    /// How strongly the tag colour shows through the page colour: normally and for the current annotation.
    static constexpr double BackgroundStrength = 0.36;
    static constexpr double CurrentStrength = 0.72;

private:
    enum class Style { Background, Underline, Wave, Dashed, Dotted, Current };
    QTextCharFormat format(const QString &tagId, Style style) const;
    static Style styleOf(const AnnotationIndex::Hit &hit, const QList<AnnotationIndex::Hit> &hits);

    std::shared_ptr<const AnnotationIndex> m_index;
    const TagSchema *m_schema = nullptr;
    QColor m_background = Qt::white;
    QColor m_text = Qt::black;
    QString m_current;
    mutable QHash<QString, QTextCharFormat> m_formats; ///< by style number + tag id
};

} // namespace Gloss::Ui
