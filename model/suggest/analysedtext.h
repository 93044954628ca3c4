#pragma once

#include "lexicon.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QList>
#include <QStringView>

namespace Gloss::Suggest
{

/// One article text prepared once for every rule suggester: its tokens, what the lexicon knows of each
/// word, and its sentences. Cheap to build (one pass over the text, one lexicon lookup per word); holds a
/// view of the text, which must outlive it.
class AnalysedText final
{
public:
    explicit AnalysedText(QStringView text);

    QStringView text() const { return m_text; }
    const Tokens &tokens() const { return m_tokens; }
    int size() const { return int(m_tokens.size()); }
    const Token &token(int i) const { return m_tokens[i]; }
    QStringView tokenText(int i) const { return m_text.mid(m_tokens[i].start, m_tokens[i].length()); }
    /// The text from the start of token \a first to the end of token \a last.
    QStringView spanText(int first, int last) const { return m_text.mid(m_tokens[first].start, m_tokens[last].end - m_tokens[first].start); }

    const WordInfo &info(int i) const { return m_info[i]; }
    bool is(int i, Lex::Class c) const { return i >= 0 && i < size() && m_info[i].is(c); }
    /// True when token \a i is the word \a lower (compared case-insensitively, \a lower in lower case).
    bool isWord(int i, QLatin1StringView lower) const;
    /// True when token \a i is the punctuation character \a c.
    bool isPunct(int i, QChar c) const { return i >= 0 && i < size() && m_tokens[i].isPunct() && m_text[m_tokens[i].start] == c; }
    bool isCapitalised(int i) const { return i >= 0 && i < size() && m_tokens[i].has(Token::Capitalised); }

    const QList<TextSpan> &sentences() const { return m_sentences; }
    /// The sentence token \a i is in, or -1 (between sentences: never for a word).
    int sentenceOf(int i) const { return m_sentenceOfToken[i]; }
    /// The first token of sentence \a s.
    int firstTokenOf(int s) const { return m_firstToken[s]; }
    /// One past the last token of sentence \a s.
    int endTokenOf(int s) const { return s + 1 < m_firstToken.size() ? m_firstToken[s + 1] : size(); }
    /// True when token \a i is the first word of its sentence, quotes and brackets before it not counted.
    bool startsSentence(int i) const;
    /// The index of the first token starting at or after \a offset.
    int tokenAt(int offset) const;

private:
    QStringView m_text;
    Tokens m_tokens;
    QList<WordInfo> m_info;
    QList<TextSpan> m_sentences;
    QList<int> m_sentenceOfToken;
    QList<int> m_firstToken;
};

} // namespace Gloss::Suggest
