#pragma once

#include "cuespan.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>

#include <QHash>
#include <QStringView>

#include <memory>

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Gloss::Cues
{

/// Finds the claim cues of a text with the same syntax definition that colours the reader, so what
/// the reader colours and what the suggesters find agree. Each paragraph (line) is highlighted on
/// its own from the definition's initial state, exactly as the reader highlights blocks.
///
/// Threads: KSyntaxHighlighting's Repository and its Definitions are not thread-safe (definitions
/// load lazily on first use). The default constructor uses the program's shared repository
/// (Cues::repository()) and so belongs to the GUI thread. On a worker thread, create the scanner on
/// that thread with createWithOwnRepository() and use it there only; several such scanners can run
/// in parallel. A scanner is not re-entrant: one scan at a time.
class CueScanner final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    /// A scanner using the cue definition of the shared repository: GUI thread only.
    CueScanner();
    /// A scanner using \a definition (normally the "Gloss News Cues" definition). The caller keeps
    /// the definition's repository alive and uses it on the scanner's thread only.
    explicit CueScanner(const KSyntaxHighlighting::Definition &definition);
    ~CueScanner() override;

    /// A scanner that owns a private repository (built-in definitions plus :/gloss/syntax), for use
    /// on the thread that calls this. Creating one costs a few milliseconds; keep it for many scans.
    static std::unique_ptr<CueScanner> createWithOwnRepository();

    /// False when the cue definition could not be found (the resource is missing).
    bool isValid() const;

    /// The cues of \a text. Paragraphs are separated by "\n", "\r\n", "\r" or U+2029; offsets are
    /// UTF-16 offsets into \a text.
    CueSpans scan(QStringView text);

    /// The cues of one paragraph (no line breaks inside), with \a offset added to every span.
    CueSpans scanParagraph(QStringView paragraph, int offset = 0);

    /// Scans with \a definition from now on (normally set once by the constructor).
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    explicit CueScanner(std::unique_ptr<KSyntaxHighlighting::Repository> repository);
    void scanLineInto(QStringView line, int offset, CueSpans &out);

    struct Piece {
        int offset = 0;
        int length = 0;
        int kind = -1; ///< a CueKind, or -1 for text that is no cue
    };

    int kindOfFormat(const KSyntaxHighlighting::Format &format);

    std::unique_ptr<KSyntaxHighlighting::Repository> m_ownRepository;
    QList<Piece> m_pieces; ///< what applyFormat reported for the line being scanned
    QHash<quint16, int> m_kindByFormatId; ///< CueKind (or -1) of each format met, by Format::id()
};

} // namespace Gloss::Cues
