#include "analysedtext.h"

#include <algorithm>

namespace Gloss::Suggest
{

AnalysedText::AnalysedText(QStringView text) : m_text(text), m_tokens(Tokenizer::tokenize(text)), m_sentences(SentenceSplitter::split(text))
{
    const Lexicon &lexicon = Lexicon::instance();
    const int n = int(m_tokens.size());
    m_info.resize(n);
    QString buffer;
    buffer.reserve(64);
    for (int i = 0; i < n; ++i) {
        const Token &t = m_tokens[i];
        if (t.isPunct() || t.isNumber())
            continue;
        buffer.resize(0);
        TextFold::foldInto(tokenText(i), buffer);
        m_info[i] = lexicon.lookup(buffer);
    }

    m_sentenceOfToken.fill(-1, n);
    m_firstToken.reserve(m_sentences.size());
    int t = 0;
    for (int s = 0; s < m_sentences.size(); ++s) {
        while (t < n && m_tokens[t].start < m_sentences[s].start)
            ++t;
        m_firstToken.append(t);
        int u = t;
        while (u < n && m_tokens[u].start < m_sentences[s].end)
            m_sentenceOfToken[u++] = s;
        t = u;
    }
}

bool AnalysedText::isWord(int i, QLatin1StringView lower) const
{
    // Most tokens differ in length: that test is cheap and spares the comparison.
    if (i < 0 || i >= size() || m_tokens[i].length() != lower.size() || m_tokens[i].isPunct())
        return false;
    return tokenText(i).compare(lower, Qt::CaseInsensitive) == 0;
}

bool AnalysedText::startsSentence(int i) const
{
    const int s = m_sentenceOfToken.value(i, -1);
    if (s < 0)
        return true;
    for (int k = m_firstToken[s]; k < i; ++k) {
        if (!m_tokens[k].isPunct())
            return false;
    }
    return true;
}

int AnalysedText::tokenAt(int offset) const
{
    auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset, [](const Token &t, int o) { return t.start < o; });
    return int(it - m_tokens.cbegin());
}

} // namespace Gloss::Suggest
