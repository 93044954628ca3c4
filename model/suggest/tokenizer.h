#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Gloss::Suggest
{

/// One token of an article text: a word, a number or a single punctuation mark.
struct Token {
    enum class Kind : quint8 {
        Word, ///< letters, possibly with digits ("Putin", "G7", "1.5m", "1990s")
        Number, ///< digits with inner "," or "." between digits ("10,000", "1.5", "2024")
        Punct, ///< one character that is neither letter, digit nor space (a surrogate pair counts as one)
    };
    enum Flag : quint8 {
        SpaceBefore = 0x01, ///< whitespace separates it from the previous token
        LineBreakBefore = 0x02, ///< a line break separates it from the previous token (or it starts the text)
        ParagraphBefore = 0x04, ///< an empty line separates it from the previous token (or it starts the text)
        Capitalised = 0x08, ///< a word whose first letter is upper case
        AllCaps = 0x10, ///< a word whose letters are all upper case
        HasDigit = 0x20, ///< a word with digits in it
    };

    int start = 0; ///< UTF-16 offset
    int end = 0; ///< one past the last UTF-16 code unit
    Kind kind = Kind::Word;
    quint8 flags = 0;

    int length() const { return end - start; }
    bool has(Flag flag) const { return flags & flag; }
    bool isWord() const { return kind == Kind::Word; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isPunct() const { return kind == Kind::Punct; }
    /// True when nothing separates this token from the one before it (as in "Jong-un" or "U.S.").
    bool isJoined() const { return !(flags & (SpaceBefore | LineBreakBefore)); }
};

using Tokens = QList<Token>;

/// Splits a text into tokens in one pass. Offsets are UTF-16 offsets of the text; no token splits a
/// surrogate pair. Hyphens and apostrophes are tokens of their own, so "Kim Jong-un" and
/// "Kim Jong Un" give the same words, and "Putin's" starts with the word "Putin".
class Tokenizer final
{
public:
    static Tokens tokenize(QStringView text);
};

/// Folding of words for matching: lower case, diacritics removed ("São" -> "sao", "Straße" -> "strasse").
class TextFold final
{
public:
    /// The folded form of \a word.
    static QString fold(QStringView word);
    /// Appends the folded form of \a word to \a out (no allocation when \a out has room).
    static void foldInto(QStringView word, QString &out);
    /// True when \a c is an apostrophe (', ’, ʼ).
    static bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019' || c == u'\u02BC'; }
    /// True when \a c is a hyphen or dash that can join words ("-", "‐", "‑").
    static bool isHyphen(QChar c) { return c == u'-' || c == u'\u2010' || c == u'\u2011'; }
};

} // namespace Gloss::Suggest
