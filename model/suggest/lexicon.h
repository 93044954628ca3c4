#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace Gloss::Suggest
{

/// Word classes the rule suggesters look for. A word may be in several classes ("may": Month, Hedge).
namespace Lex
{
enum Class : quint64 {
    NumberWord = 1ull << 0, ///< "one" ... "ninety", "a dozen" (value: the number)
    Magnitude = 1ull << 1, ///< "hundred", "thousand", "million", "bn", "m" (value: power of ten)
    VagueMagnitude = 1ull << 2, ///< "hundreds", "thousands", "millions", "dozens", "tens" (value: power of ten)
    Month = 1ull << 3, ///< "June", "Jun", "Sept" (value: 1-12)
    Weekday = 1ull << 4, ///< "Monday" (value: 1-7, Qt's numbering)
    RelativeDay = 1ull << 5, ///< "today" (value: 0), "yesterday" (-1), "tomorrow" (1), "tonight" (0)
    TimeUnit = 1ull << 6, ///< "day", "weeks", "decade" (value: days per unit, approximately)
    Season = 1ull << 7, ///< "summer" (value: first month)
    MeasureUnit = 1ull << 8, ///< "km", "tonnes", "barrels", "hectares"
    Determiner = 1ull << 9, ///< "the", "a", "these", "his", "its"
    Preposition = 1ull << 10, ///< "in", "of", "to", "from"
    Conjunction = 1ull << 11, ///< "and", "or", "but"
    Pronoun = 1ull << 12, ///< "he", "they", "it", "who"
    Auxiliary = 1ull << 13, ///< "is", "had", "will", "could"
    Adverb = 1ull << 14, ///< frequent adverbs and other function words that end a noun phrase
    PersonTitle = 1ull << 15, ///< "President", "Minister", "Mr", "spokesperson"
    OrgSuffix = 1ull << 16, ///< "Ministry", "Agency", "Council", "Corp", "Party"
    OrgHead = 1ull << 17, ///< "Ministry", "Bank", "University", "Department" (as in "Ministry of X")
    PlaceSuffix = 1ull << 18, ///< "Province", "Oblast", "City", "Island", "River"
    PlaceCue = 1ull << 19, ///< "city", "town", "village", "port", "region" (as in "the town of X")
    Attribution = 1ull << 20, ///< "said", "told", "announced", "claimed", "warned"
    Hedge = 1ull << 21, ///< "may", "reportedly", "allegedly", "believed"
    Denial = 1ull << 22, ///< "denied", "rejected", "dismissed"
    Report = 1ull << 23, ///< "reported", "reports", "cited"
    SentenceStarter = 1ull << 24, ///< function words that often begin sentences: "The", "But", "However"
    NotAName = 1ull << 25, ///< capitalised words that are no names at a sentence start or in titles
    GivenName = 1ull << 26, ///< a common given name (:/gloss/data/gazetteer/given-names.txt)
    Qualifier = 1ull << 27, ///< approximation words before a number: "around", "about", "some", "nearly"
    FutureCue = 1ull << 28, ///< "will", "next", "due", "scheduled", "expected", "plans"
    PersonRole = 1ull << 29, ///< lower-case roles before a name: "analyst", "researcher", "spokesman"
    EventSuffix = 1ull << 30, ///< "Summit", "Conference", "War", "Forum", "Games"
    Ordinal = 1ull << 31, ///< "first", "second", "third", "24th" (value: the number)
    Speech = 1ull << 32, ///< nouns and verbs that report speech and writing: "statement", "interview", "wrote"
    CurrencyWord = 1ull << 33, ///< a currency name such as "dollars" (see CurrencyTable for which)
    OrgWord = 1ull << 34, ///< inner words of organisation names: "Foreign", "Affairs", "National", "Defence"
    Epithet = 1ull << 35, ///< lower-case role nouns for people in apposition: "leader", "dictator", "envoy"
    OrgCue = 1ull << 36, ///< lower-case nouns before an organisation's name: "the union X", "the company X"
    LegalSuffix = 1ull << 37, ///< "Corp", "Inc", "Ltd": names are also written without them
    CompanyWord = 1ull << 38, ///< "Shipping", "Mining", "Airlines": end company names, but also name a portfolio ("Mining Minister")
};
}

/// What the lexicon knows of one word.
struct WordInfo {
    quint64 classes = 0;
    qint32 value = 0; ///< meaning depends on the class (see Lex::Class)
    bool is(Lex::Class c) const { return classes & c; }
};

/// The fixed word lists of the rule suggesters, looked up by folded word ("June" -> "june"). Built once,
/// read-only afterwards, so one instance serves every thread.
class Lexicon final
{
public:
    static const Lexicon &instance();

    /// The classes of \a foldedWord (lower case, no diacritics); empty WordInfo when unknown.
    WordInfo lookup(const QString &foldedWord) const { return m_words.value(foldedWord); }

private:
    Lexicon();
    void add(const char *words, quint64 classes, qint32 value = 0);
    void addValued(std::initializer_list<std::pair<const char *, qint32>> words, quint64 classes);

    QHash<QString, WordInfo> m_words;
};

} // namespace Gloss::Suggest
