#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Gloss::Suggest
{

class AnalysedText;

/// The currencies the money parser knows: ISO 4217 code, names ("dollars", "US dollars") and symbols or
/// codes written next to amounts ("$", "US$", "€", "USD"). Loaded from the Currency rows of
/// :/gloss/data/gazetteer/currencies.tsv; read-only once built, so one table serves every thread.
class CurrencyTable final
{
public:
    struct Currency {
        QString code; ///< "USD"
        QStringList names; ///< "dollar", "dollars", "US dollars"
        QStringList symbols; ///< "$", "US$", "USD"
    };

    /// A currency found next to an amount.
    struct Hit {
        QString code;
        int start = 0; ///< where the symbol starts (text offset) or the first token of the name
        int end = 0; ///< one past the symbol, or the last token of the name (inclusive)
        bool ambiguous = false; ///< a name that is also a word or unit ("pounds", "won")
    };

    void add(const Currency &currency);
    /// The shipped table (currencies.tsv), loaded once.
    static std::shared_ptr<const CurrencyTable> builtin();
    /// Parses the Currency rows of a list in the gazetteer format.
    static CurrencyTable fromList(QStringView data);

    /// A symbol or code written just before the amount starting at text offset \a amountStart ("$3",
    /// "US$5", "€ 200", "USD 5"): offsets of the symbol in the text.
    bool symbolBefore(QStringView text, int amountStart, Hit *hit) const;
    /// A currency name or code starting at token \a first ("dollars", "US dollars", "USD"): tokens of the name.
    bool nameAt(const AnalysedText &text, int first, Hit *hit) const;

    const QList<Currency> &currencies() const { return m_currencies; }

private:
    struct Name {
        QStringList words; ///< lower case
        int currency = -1;
    };
    QList<Currency> m_currencies;
    QList<Name> m_names; ///< longest first
    QList<std::pair<QString, int>> m_symbols; ///< symbol -> currency, longest first
};

} // namespace Gloss::Suggest
