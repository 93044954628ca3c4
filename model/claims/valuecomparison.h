#pragma once

#include "annotations/claim.h"

#include <QString>

namespace Gloss
{

/// Whether two normalised figures or dates of claims about the same thing agree (issue 6).
///
/// Numbers and ranges are read as intervals: an exact number is itself, a range its ends, and an
/// approximate value ("about", "around") is widened by a relative tolerance; two values agree when
/// their intervals overlap. Units must be the same after normalisation ("shells" = "shell",
/// "$" = "USD", "per cent" = "%", "km" = 1,000 "m"); a missing unit agrees with any. Dates agree when
/// one is the other at a coarser precision ("2024-06" and "2024-06-08"), otherwise they differ.
class ValueComparison final
{
public:
    enum class Result { Consistent, Discrepant, Incomparable };

    /// \a approximateTolerance: the relative tolerance around approximate values (0.1 = 10 %).
    explicit ValueComparison(double approximateTolerance = 0.10) : m_tolerance(approximateTolerance) { }

    Result compare(const NormalisedValue &a, const NormalisedValue &b) const;
    double tolerance() const { return m_tolerance; }

    /// A unit in canonical form with the factor that converts a value in \a unit to it
    /// ("km" -> "m", 1000; "Shells" -> "shell", 1; "" -> "", 1).
    struct Unit {
        QString name;
        double factor = 1;
    };
    static Unit normalisedUnit(const QString &unit);
    /// The canonical key of a figure for matching equal ones ("number:5000000:shell"); empty for none.
    static QString figureKey(const NormalisedValue &value);

private:
    double m_tolerance = 0.10;
};

} // namespace Gloss
