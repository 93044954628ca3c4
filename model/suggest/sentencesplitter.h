#pragma once

#include <QList>
#include <QStringView>

namespace Gloss::Suggest
{

/// A stretch of text: [start, end) in UTF-16 offsets.
struct TextSpan {
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    bool contains(int offset) const { return offset >= start && offset < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/// Splits article text into sentences. A line break always ends a sentence (saved articles put headlines,
/// datelines and paragraphs on lines of their own). Inside a line a sentence ends at ".", "!", "?" or "…"
/// followed by space and a capital letter, digit or opening quote, except after abbreviations ("Mr.", "Gen.",
/// "Jan."), initials ("J. Smith") and dotted acronyms before a name ("the U.S. President"); decimals ("1.5")
/// never end one. A quotation that spans several sentences stays in one sentence with its attribution
/// (“We will fight. We will win,” he said.), so claims keep their speaker. Sentences are trimmed of spaces.
class SentenceSplitter final
{
public:
    static QList<TextSpan> split(QStringView text);
};

} // namespace Gloss::Suggest
