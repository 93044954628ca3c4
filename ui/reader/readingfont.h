#pragma once

#include <QFont>

namespace Gloss::Ui
{

/// The fonts the reader uses: a serif body face at a comfortable size, a title face for the header.
/// Picks the first family installed from a list of good screen faces, falling back to the system's.
class ReadingFont final
{
public:
    /// The article body at zoom step 0.
    static QFont body();
    /// The article title in the header (follows \a body's family).
    static QFont title(const QFont &body);
    /// Space around the text inside the reader, in pixels.
    static int documentMargin() { return 28; }
};

} // namespace Gloss::Ui
