#include "claimcuesource.h"

#include "analysedtext.h"
#include "cues/cuescanner.h"

namespace Gloss::Suggest
{

ScannerCueSource::ScannerCueSource() : m_scanner(Cues::CueScanner::createWithOwnRepository())
{
}

ScannerCueSource::~ScannerCueSource() = default;

bool ScannerCueSource::isValid() const
{
    return m_scanner && m_scanner->isValid();
}

Cues::CueSpans ScannerCueSource::scan(QStringView text)
{
    return isValid() ? m_scanner->scan(text) : Cues::CueSpans();
}

Cues::CueSpans LexiconCueSource::scan(QStringView text)
{
    using Cues::CueKind;
    Cues::CueSpans spans;
    const AnalysedText a(text);
    for (int i = 0; i < a.size(); ++i) {
        const Token &t = a.token(i);
        if (t.isPunct()) {
            const QChar c = text[t.start];
            const QChar close = c == u'\u201C' ? QChar(u'\u201D') : c == u'"' ? QChar(u'"') : c == u'\u2018' ? QChar(u'\u2019') : QChar();
            if (close.isNull() || !t.has(Token::SpaceBefore))
                continue;
            // The quotation runs to its closing mark, or to the end of the paragraph.
            int j = i + 1;
            while (j < a.size() && !a.token(j).has(Token::LineBreakBefore)
                && !(a.token(j).isPunct() && text[a.token(j).start] == close && (j + 1 >= a.size() || !a.token(j + 1).isJoined() || !a.token(j + 1).isWord())))
                ++j;
            const int end = j < a.size() && !a.token(j).has(Token::LineBreakBefore) ? a.token(j).end : a.token(j - 1).end;
            spans.append({t.start, end - t.start, CueKind::Quote});
            i = j < a.size() && !a.token(j).has(Token::LineBreakBefore) ? j : j - 1;
            continue;
        }
        if (a.isWord(i, QLatin1StringView("according")) && a.isWord(i + 1, QLatin1StringView("to"))) {
            spans.append({t.start, a.token(i + 1).end - t.start, CueKind::Attribution});
            ++i;
            continue;
        }
        if (t.has(Token::Capitalised))
            continue;
        if (a.is(i, Lex::Hedge) && !a.is(i, Lex::Attribution) && !a.isWord(i, QLatin1StringView("estimated")))
            spans.append({t.start, t.length(), CueKind::Hedge});
        else if (a.is(i, Lex::Attribution) && !a.is(i, Lex::Hedge))
            spans.append({t.start, t.length(), CueKind::Attribution});
    }
    return spans;
}

} // namespace Gloss::Suggest
