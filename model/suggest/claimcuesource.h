#pragma once

#include "cues/cuespan.h"

#include <QStringView>

#include <memory>

namespace Gloss::Cues
{
class CueScanner;
}

namespace Gloss::Suggest
{

/// Where the claim finder gets its cues (quotations, attribution phrases, hedges) from. Sources are used on
/// one thread at a time; each worker thread makes its own.
class ClaimCueSource
{
public:
    virtual ~ClaimCueSource() = default;
    /// The cues of \a text, sorted by offset, as Cues::CueScanner reports them.
    virtual Cues::CueSpans scan(QStringView text) = 0;
};

/// Cues from the "Gloss News Cues" syntax definition through Cues::CueScanner: the same definition that
/// colours the reader, so what is coloured and what is suggested agree. Owns a private KSyntaxHighlighting
/// repository made on the thread that constructs it; use it on that thread only.
class ScannerCueSource final : public ClaimCueSource
{
public:
    ScannerCueSource();
    ~ScannerCueSource() override;
    /// False when the cue definition is missing (a build error); scan() then finds nothing.
    bool isValid() const;
    Cues::CueSpans scan(QStringView text) override;

private:
    std::unique_ptr<Cues::CueScanner> m_scanner;
};

/// Cues from the suggesters' own word lists (attribution verbs, "according to", hedges, double and single
/// quotations). A fallback when the syntax definition is not available, and a baseline for tests.
class LexiconCueSource final : public ClaimCueSource
{
public:
    Cues::CueSpans scan(QStringView text) override;
};

} // namespace Gloss::Suggest
