#pragma once

#include "currencytable.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace Gloss::Suggest
{

class AnalysedText;

/// A quantity or amount of money found in a text, with its normalised value.
struct Quantity {
    int start = 0; ///< UTF-16 offset
    int end = 0;
    int firstToken = 0;
    int lastToken = 0; ///< inclusive
    bool money = false;
    double value = 0; ///< the number, or the lower end of a range ("40 to 50" -> 40)
    std::optional<double> valueMax; ///< the upper end of a range
    QString unit; ///< "containers", "artillery rounds", "km", "%", "years"; empty for a bare number or money
    QString currency; ///< ISO 4217 code for money
    QString qualifier; ///< "about" ("around", "some"), "atLeast" ("more than"), "atMost" ("up to"), "vague" ("thousands of"); or empty
    bool approximate = false; ///< "around", "some", "an estimated", "thousands of"
    double score = 0.8;

    /// The suggestion attributes: figures value/valueMax/unit/approximate/qualifier; money amount/amountMax/currency/approximate/qualifier.
    QVariantMap attributes() const;
};

/// Finds quantities and money in a text and normalises them: "10,000 containers" (10000, containers),
/// "five million artillery rounds" (5e6, artillery rounds), "$3 billion" (3e9 USD), "40 to 50 warheads"
/// (40..50), "around ten million shells" (1e7, approximate), "1.5m", "€200 million", "12 per cent".
///
/// The span covers an approximation or bound word before the number ("around", "more than", "between"), the
/// number or range, a currency, and the counted noun phrase after it ("artillery rounds") up to a preposition,
/// verb or punctuation, so "10,000 containers of ammunition" gives "10,000 containers". Numbers that belong to
/// names ("F-16", "Article 5"), compound adjectives ("45-year-old"), ordinals and small spelled counts after
/// a determiner ("the two leaders") are no figures. Years and other dates are left to DateFinder: pass the
/// tokens it took as \a claimed.
class QuantityFinder final
{
public:
    explicit QuantityFinder(std::shared_ptr<const CurrencyTable> currencies = CurrencyTable::builtin());

    QList<Quantity> findAll(const AnalysedText &text, const QList<bool> &claimed = {}) const;

    /// Reads a number written with digits ("10,000", "1.5", "1.000.000"); false when \a digits is none.
    static bool parseDigits(QStringView digits, double *value);

private:
    std::shared_ptr<const CurrencyTable> m_currencies;
};

} // namespace Gloss::Suggest
