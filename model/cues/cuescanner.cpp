#include "cuescanner.h"

#include "cuelegend.h"
#include "cuerepository.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

namespace Gloss::Cues
{

CueScanner::CueScanner() : CueScanner(cueDefinition())
{
}

CueScanner::CueScanner(const KSyntaxHighlighting::Definition &definition)
{
    setDefinition(definition);
}

CueScanner::CueScanner(std::unique_ptr<KSyntaxHighlighting::Repository> repository) : m_ownRepository(std::move(repository))
{
    setDefinition(m_ownRepository->definitionForName(QString::fromLatin1(DefinitionName)));
}

CueScanner::~CueScanner()
{
    // The definition must let go of its data before an owned repository is destroyed.
    setDefinition(KSyntaxHighlighting::Definition());
}

std::unique_ptr<CueScanner> CueScanner::createWithOwnRepository()
{
    auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
    repository->addCustomSearchPath(QStringLiteral(":/gloss"));
    return std::unique_ptr<CueScanner>(new CueScanner(std::move(repository)));
}

void CueScanner::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    m_kindByFormatId.clear();
    AbstractHighlighter::setDefinition(definition);
}

bool CueScanner::isValid() const
{
    return definition().isValid();
}

CueSpans CueScanner::scan(QStringView text)
{
    CueSpans spans;
    if (!isValid())
        return spans;
    qsizetype lineStart = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r' && c != QChar::ParagraphSeparator)
            continue;
        scanLineInto(text.sliced(lineStart, i - lineStart), int(lineStart), spans);
        if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
            ++i;
        lineStart = i + 1;
    }
    scanLineInto(text.sliced(lineStart), int(lineStart), spans);
    return spans;
}

CueSpans CueScanner::scanParagraph(QStringView paragraph, int offset)
{
    CueSpans spans;
    if (isValid())
        scanLineInto(paragraph, offset, spans);
    return spans;
}

void CueScanner::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0)
        return;
    const int k = kindOfFormat(format);
    if (!m_pieces.isEmpty()) {
        Piece &last = m_pieces.last();
        if (last.kind == k && last.offset + last.length == offset) {
            last.length += length;
            return;
        }
    }
    m_pieces.append({offset, length, k});
}

int CueScanner::kindOfFormat(const KSyntaxHighlighting::Format &format)
{
    // Format names are compared once per format, not once per highlighted range.
    const auto known = m_kindByFormatId.constFind(format.id());
    if (known != m_kindByFormatId.cend())
        return *known;
    const auto kind = CueLegend::kindForFormatName(format.name());
    const int k = kind ? int(*kind) : -1;
    m_kindByFormatId.insert(format.id(), k);
    return k;
}

void CueScanner::scanLineInto(QStringView line, int offset, CueSpans &out)
{
    if (line.isEmpty())
        return;
    m_pieces.clear();
    // Every paragraph starts from the initial state, as the reader may highlight any block first.
    highlightLine(line, KSyntaxHighlighting::State());

    const int quote = int(CueKind::Quote);
    const int lineLength = int(line.size());
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces.at(i);
        if (piece.kind < 0)
            continue;
        if (piece.kind != quote) {
            out.append({offset + piece.offset, piece.length, CueKind(piece.kind)});
            continue;
        }
        // Inside a quotation, cues (a figure, a date) interrupt the Quote format: the quotation is
        // the contiguous run of pieces that starts with Quote, and ends with its last Quote piece
        // or, when the quotation is left open, at the end of the paragraph.
        int runEnd = piece.offset + piece.length;
        int quoteEnd = runEnd;
        qsizetype j = i + 1;
        while (j < m_pieces.size() && m_pieces.at(j).kind >= 0 && m_pieces.at(j).offset == runEnd) {
            runEnd = m_pieces.at(j).offset + m_pieces.at(j).length;
            if (m_pieces.at(j).kind == quote)
                quoteEnd = runEnd;
            ++j;
        }
        if (runEnd == lineLength)
            quoteEnd = runEnd;
        out.append({offset + piece.offset, quoteEnd - piece.offset, CueKind::Quote});
        for (qsizetype k = i + 1; k < j; ++k) {
            const Piece &inner = m_pieces.at(k);
            if (inner.kind != quote)
                out.append({offset + inner.offset, inner.length, CueKind(inner.kind)});
        }
        i = j - 1;
    }
    m_pieces.clear();
}

} // namespace Gloss::Cues
