#pragma once

#include "message.h"
#include "tokenizer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace Gloss::Suggest
{

/// One named thing of a name list: its tag, canonical name, spelling variants and facts about it.
struct GazetteerEntry {
    QString tag; ///< a tag of the schema: "Person", "Organisation", "Place", "Group", "Event", "Weapon" ...
    QString canonical; ///< the name the entity registry would use; also matched
    QStringList aliases; ///< other names and spellings, also matched ("Kim Jong-un", "Zelensky")
    QVariantMap attributes; ///< facts from the list ("type" = "country", "iso" = "RU", "role" = ...)
    QString list; ///< where the entry came from: "builtin", a file name, "registry" ...

    friend bool operator==(const GazetteerEntry &, const GazetteerEntry &) = default;
};

/// Finds the names of one or more name lists in a text: leftmost longest match over folded word tokens
/// (a token trie), so "Kim Jong Un", "Kim Jong-un" and "KIM JONG UN" match one entry, "Sao Paulo" matches
/// "São Paulo", and "Democratic People's Republic of Korea" wins over "Korea". Matches respect word
/// boundaries and case: a name written with capitals only matches capitalised words, an acronym written in
/// capitals ("US") only matches capitals, so "us" and "may" stay words; lower-case alias words match any case.
///
/// The list file format (the shipped lists in :/gloss/data/gazetteer and user lists alike), UTF-8 text:
/// \code
/// # comment
/// Tag<TAB>Canonical name<TAB>alias|alias|...<TAB>key=value;key=value
/// Person	Volodymyr Zelenskyy	Zelenskyy|Zelensky|Volodymyr Zelensky	role=President of Ukraine;country=UA
/// \endcode
/// The last two columns may be empty or missing. Rows with tag "Currency" describe currencies for the money
/// parser (CurrencyTable) and are not matched as names.
///
/// A Gazetteer is built once and then only read: findAll() is const and safe to call from several threads.
/// Copying is cheap (implicitly shared); a copy can take more entries (user lists, the entity registry).
class Gazetteer final
{
public:
    /// Where a name was found: [start, end) in UTF-16 offsets, the entry, and the tokens it covers.
    struct Match {
        int start = 0;
        int end = 0;
        int entry = -1; ///< index into entries()
        int firstToken = 0;
        int lastToken = 0; ///< inclusive
    };

    /// Adds \a entry: its canonical name and every alias become matchable.
    void addEntry(const GazetteerEntry &entry);
    /// Adds \a entries, e.g. the project's entity registry (list "registry").
    void addEntries(const QList<GazetteerEntry> &entries);
    /// Adds the entries of the list file \a path. Bad lines are reported in \a messages and skipped;
    /// returns false (with a message) only when the file cannot be read.
    bool loadFile(const QString &path, Messages *messages);
    /// Parses list text in the format above; returns the entries (tag "Currency" rows included).
    static QList<GazetteerEntry> parse(QStringView data, const QString &listName, Messages *messages);

    /// The lists shipped with Gloss (:/gloss/data/gazetteer/*.tsv, currencies excepted), loaded once.
    static std::shared_ptr<const Gazetteer> builtin();

    /// Every match in \a text (tokens from Tokenizer::tokenize(text)), sorted, not overlapping.
    QList<Match> findAll(QStringView text, const Tokens &tokens) const;

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    const GazetteerEntry &entry(int index) const { return m_entries.at(index); }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// A digest of the entries, for keying cached suggestions: changes when any entry changes.
    QByteArray fingerprint() const;

    /// The folded word keys of \a name as the trie stores them ("Kim Jong-un" -> kim, jong, un).
    static QStringList keysOf(QStringView name);

private:
    struct AliasRef {
        int entry = -1;
        QByteArray casePattern; ///< per word: 'A' all capitals, 'C' capitalised, 'x' any case
        bool endsWithDot = false; ///< "U.S.": the final dot belongs to the name
    };

    void addName(int entryIndex, const QString &name);
    int wordId(const QString &key) const { return m_vocab.value(key, -1); }
    static bool caseFits(char pattern, const Token &token, QStringView text, const Tokens &tokens, int index);

    QList<GazetteerEntry> m_entries;
    QHash<QString, int> m_vocab; ///< folded word -> id
    QHash<quint64, int> m_edges; ///< (node << 32 | word id) -> child node
    QHash<int, QList<AliasRef>> m_terminals; ///< node -> names ending there
    int m_nodeCount = 1; ///< node 0 is the root
    bool m_lowerCaseStarts = false; ///< some name starts with a lower-case word, so every word may start a match
};

} // namespace Gloss::Suggest
