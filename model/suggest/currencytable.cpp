#include "currencytable.h"

#include "analysedtext.h"
#include "gazetteer.h"

#include <QFile>

#include <algorithm>

namespace Gloss::Suggest
{

void CurrencyTable::add(const Currency &currency)
{
    const int index = int(m_currencies.size());
    m_currencies.append(currency);
    for (const QString &name : currency.names) {
        Name n;
        n.currency = index;
        for (const QString &word : Gazetteer::keysOf(name))
            n.words.append(word);
        if (!n.words.isEmpty())
            m_names.append(n);
    }
    for (const QString &symbol : currency.symbols)
        m_symbols.append({symbol, index});
    std::stable_sort(m_names.begin(), m_names.end(), [](const Name &a, const Name &b) { return a.words.size() > b.words.size(); });
    std::stable_sort(m_symbols.begin(), m_symbols.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

CurrencyTable CurrencyTable::fromList(QStringView data)
{
    CurrencyTable table;
    const QList<GazetteerEntry> entries = Gazetteer::parse(data, QStringLiteral("currencies"), nullptr);
    for (const GazetteerEntry &e : entries) {
        if (e.tag.compare(u"Currency", Qt::CaseInsensitive) != 0)
            continue;
        Currency c;
        c.code = e.canonical;
        c.names = e.aliases;
        c.symbols = e.attributes.value(QStringLiteral("symbols")).toString().split(u' ', Qt::SkipEmptyParts);
        table.add(c);
    }
    return table;
}

std::shared_ptr<const CurrencyTable> CurrencyTable::builtin()
{
    static const std::shared_ptr<const CurrencyTable> instance = [] {
        QFile file(QStringLiteral(":/gloss/data/gazetteer/currencies.tsv"));
        CurrencyTable table;
        if (file.open(QIODevice::ReadOnly))
            table = fromList(QString::fromUtf8(file.readAll()));
        return std::make_shared<const CurrencyTable>(std::move(table));
    }();
    return instance;
}

bool CurrencyTable::symbolBefore(QStringView text, int amountStart, Hit *hit) const
{
    for (const auto &[symbol, index] : m_symbols) {
        // A symbol stands close to the amount ("$5") or one space apart ("USD 5", "€ 5").
        for (int gap = 0; gap <= 1; ++gap) {
            const int end = amountStart - gap;
            const int start = end - int(symbol.size());
            if (start < 0)
                continue;
            if (gap == 1 && !text[end].isSpace())
                continue;
            if (text.mid(start, symbol.size()) != symbol)
                continue;
            // A symbol glued to a word is no symbol ("XY$5"); longer symbols ("US$") were tried first.
            if (start > 0 && text[start - 1].isLetterOrNumber())
                continue;
            hit->code = m_currencies[index].code;
            hit->start = start;
            hit->end = end;
            hit->ambiguous = false;
            return true;
        }
    }
    return false;
}

bool CurrencyTable::nameAt(const AnalysedText &text, int first, Hit *hit) const
{
    for (const Name &name : m_names) {
        int t = first;
        bool fits = true;
        for (int w = 0; fits && w < name.words.size(); ++w) {
            if (t >= text.size() || text.token(t).isPunct() || text.tokenText(t).compare(name.words[w], Qt::CaseInsensitive) != 0)
                fits = false;
            else if (w + 1 < name.words.size())
                ++t;
        }
        if (!fits)
            continue;
        hit->code = m_currencies[name.currency].code;
        hit->start = first;
        hit->end = t;
        const QString &last = name.words.constLast();
        hit->ambiguous = name.words.size() == 1 && (last == u"pound" || last == u"pounds" || last == u"won" || last == u"dong" || last == u"rand");
        return true;
    }
    // A code after the amount: "5 million USD".
    if (first < text.size() && text.token(first).has(Token::AllCaps)) {
        const QStringView word = text.tokenText(first);
        for (const auto &[symbol, index] : m_symbols) {
            if (symbol.size() == 3 && symbol.front().isLetter() && word == symbol) {
                hit->code = m_currencies[index].code;
                hit->start = first;
                hit->end = first;
                hit->ambiguous = false;
                return true;
            }
        }
    }
    return false;
}

} // namespace Gloss::Suggest
