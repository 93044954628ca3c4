#include "lexicon.h"

#include "tokenizer.h"

#include <QFile>

namespace Gloss::Suggest
{

using namespace Lex;

void Lexicon::add(const char *words, quint64 classes, qint32 value)
{
    const QString list = QString::fromUtf8(words);
    for (QStringView word : QStringView(list).split(u' ', Qt::SkipEmptyParts)) {
        WordInfo &info = m_words[TextFold::fold(word)];
        info.classes |= classes;
        if (value != 0)
            info.value = value;
    }
}

void Lexicon::addValued(std::initializer_list<std::pair<const char *, qint32>> words, quint64 classes)
{
    for (const auto &[word, value] : words) {
        WordInfo &info = m_words[QString::fromUtf8(word)];
        info.classes |= classes;
        info.value = value;
    }
}

Lexicon::Lexicon()
{
    addValued({{"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
                  {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
                  {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
                  {"ninety", 90}, {"dozen", 12}},
        NumberWord);
    addValued({{"hundred", 2}, {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mn", 6}, {"mln", 6}, {"bn", 9}, {"tn", 12}, {"trn", 12}},
        Magnitude);
    addValued(
        {{"hundreds", 2}, {"thousands", 3}, {"millions", 6}, {"billions", 9}, {"trillions", 12}, {"dozens", 1}, {"tens", 1}, {"scores", 1}}, VagueMagnitude);
    addValued({{"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3}, {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6},
                  {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10}, {"november", 11},
                  {"nov", 11}, {"december", 12}, {"dec", 12}},
        Month);
    addValued({{"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6}, {"sunday", 7}}, Weekday);
    addValued({{"today", 0}, {"tonight", 0}, {"overnight", 0}, {"yesterday", -1}, {"tomorrow", 1}}, RelativeDay);
    addValued(
        {{"day", 1}, {"days", 1}, {"week", 7}, {"weeks", 7}, {"fortnight", 14}, {"month", 30}, {"months", 30}, {"year", 365}, {"years", 365}, {"decade", 3650},
            {"decades", 3650}, {"century", 36500}, {"centuries", 36500}, {"hour", -1}, {"hours", -1}, {"minute", -2}, {"minutes", -2}, {"weekend", 2}},
        TimeUnit);
    addValued({{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}}, Season);
    add("km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot ft inches inch cm mm tonnes tons tonne ton "
        "kg kilograms kilogram kilogrammes grams gram litres liters litre liter gallons gallon barrels barrel bpd hectares hectare acres acre "
        "mph knots kph kmh megawatts megawatt mw gw gigawatts kwh kilotons kilotonnes megatons degrees calories square cubic sq",
        MeasureUnit);
    add("the a an this that these those his her its their our my your both all each every any no another other such whose", Determiner);
    add("of in on at to from by with without for about against between among amongst into onto over under after before during since until till "
        "through throughout across near amid amidst despite toward towards within outside inside per via than like upon around behind beyond along off "
        "including excluding following regarding concerning versus vs",
        Preposition);
    add("and or but nor yet so while whereas although though because if unless whether as when where whilst once", Conjunction);
    add("i you he she it we they me him us them who whom which what whoever himself herself itself themselves ourselves there something nothing "
        "everything someone anyone everyone nobody somebody anybody",
        Pronoun);
    add("is are was were be been being am has have had having do does did will would shall should can could may might must ll wo", Auxiliary);
    add("not also only just even still already now then very more most less least much many few several further again ago later earlier soon ever "
        "never always often well too here perhaps however meanwhile instead indeed thus hence therefore almost nearly roughly respectively each "
        "alone together apiece annually monthly daily weekly per cent percent",
        Adverb);
    add("president vice prime minister chancellor secretary ambassador envoy senator sen representative rep congressman congresswoman governor gov "
        "mayor general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm commander cmdr marshal brigadier chief "
        "director chairman chairwoman chairperson ceo king queen prince princess emperor sheikh emir ayatollah pope cardinal archbishop bishop rev "
        "sir lord lady dame mr mrs ms miss dr prof professor judge justice attorney deputy spokesman spokeswoman spokesperson premier mp leader "
        "commodore superintendent detective consul rabbi imam mullah patriarch corporal "
        "commissioner inspector tsar czar speaker chairman sheik crown",
        PersonTitle);
    add("analyst analysts researcher economist expert professor journalist reporter correspondent commander official diplomat adviser advisor lawyer "
        "activist historian scientist engineer director minister president general farmer resident witness author editor blogger ceo founder chief "
        "lawmaker legislator senator colleague deputy aide envoy ambassador negotiator mayor governor chairman chairwoman soldier officer commentator "
        "strategist student teacher doctor nurse pilot captain leader dictator premier secretary prosecutor judge investigator specialist fellow "
        "scholar owner manager worker driver volunteer medic survivor eyewitness citizen politician candidate spokesman spokeswoman spokesperson "
        "head boss successor predecessor counterpart ruler autocrat monarch strongman chancellor commissioner representative "
        "rapporteur inspector economist columnist producer photographer filmmaker writer novelist poet artist singer actor coach player veteran "
        "trader banker executive entrepreneur businessman businesswoman billionaire tycoon oligarch mogul",
        PersonRole);
    add("ministry agency council corp corporation inc ltd llc plc group party committee university army navy forces force institute foundation "
        "commission office department bureau service services authority court parliament assembly union association federation organisation "
        "organization company co airlines airways bank fund programme program network centre center alliance coalition front movement brigade "
        "brigades battalion regiment division corps guard fleet command board trust society institution academy college times post herald "
        "tribune journal gazette news press telegraph daily observer monitor media broadcasting television radio tv holdings industries systems "
        "technologies motors partners laboratory laboratories cabinet government administration secretariat directorate watch observatory exchange "
        "reserve police intelligence staff guards militia unit agency institute review wire dispatch courier ledger chronicle standard mirror "
        "express examiner inquirer bulletin digest magazine weekly consortium conglomerate",
        OrgSuffix);
    add("shipping logistics mining minerals resources metals petroleum steel aerospace pharmaceuticals pharma electric motors airways airlines", CompanyWord);
    add("corp corporation inc ltd llc plc co group holdings ag sa gmbh nv bv", LegalSuffix);
    add("union company firm group party agency airline broadcaster newspaper bank lender manufacturer maker insurer operator charity "
        "organisation organization ngo militia alliance regulator watchdog consortium conglomerate startup retailer producer supplier exporter military "
        "developer contractor miner outlet network institute foundation coalition movement faction platform app daily tabloid broadsheet "
        "agency's shipper utility",
        OrgCue);
    add("ministry department bank university office institute council court commission committee board league union organisation organization "
        "federation association school academy church chamber bureau agency directorate party army navy government house republic "
        "state national",
        OrgHead);
    add("province oblast region city county district island islands peninsula river sea strait bay gulf mountains mountain valley lake desert "
        "coast heights plateau basin canal port square street avenue boulevard airport base krai prefecture governorate territory "
        "village town oasis range harbour harbor cape shoal reef atoll",
        PlaceSuffix);
    add("city town village port capital region province district settlement suburb area enclave outskirts regions cities towns villages "
        "hamlet oblast island municipality neighbourhood neighborhood state",
        PlaceCue);
    add("said says say saying told tells tell according estimated estimates estimate warned warns warning announced announces claimed claims "
        "claim reported reports denied denies deny denying stated states added adds insisted insists argued argues confirmed confirms accused "
        "accuses alleged alleges noted notes predicted predicts vowed vows pledged pledges promised promises threatened threatens declared declares "
        "acknowledged acknowledges admitted admits revealed reveals disclosed explained explains wrote writes asserted asserts maintained maintains "
        "suggested suggests indicated indicates believes believe thinks expects calculated showed shows concluded concludes projected "
        "forecast forecasts quoted quoting cited citing urged urges demanded demands asked asks replied responded countered rejected rejects "
        "dismissed dismisses disputed disputes refuted contradicted conceded concedes emphasised emphasized stressed stresses underlined highlighted "
        "observed commented remarked recalled testified tweeted posted reiterated reiterates assured boasted complained lamented signalled signaled "
        "hinted proclaimed blamed condemned criticised criticized praised described characterised characterized dubbed announcing "
        "estimating warning claiming insisting arguing adding noting telling explaining confirming accusing urging describing blaming "
        "ruled ruling",
        Attribution);
    add("denied denies deny denying rejected rejects rejecting dismissed dismisses dismissing refuted refutes disputed disputes contradicted "
        "contested contests",
        Denial);
    add("may might could reportedly allegedly alleged believed possibly possible probably likely unlikely apparently appears appear appeared "
        "seemingly seems seem seemed suspected purportedly supposedly unconfirmed unverified perhaps maybe rumoured rumored estimated estimate "
        "estimates thought understood assessed",
        Hedge);
    add("reported reports reporting cited citing quoted quoting according", Report);
    add("the a an it he she they we i but and or so yet however meanwhile still this that these those there in on at after before when while if as "
        "for with by from to of its his her their our my also then now thus instead indeed moreover furthermore although though despite since "
        "because what who why how where which one some many most all both each another other such nor not no yes perhaps maybe even only just "
        "once again already asked speaking writing unlike like according during until without within among amid against across around about "
        "between into through behind beyond near outside inside up down out off here last next first second third earlier later today yesterday "
        "tomorrow tonight officials experts analysts critics sources residents observers several few every others neither either whether whilst "
        "unless therefore hence overall finally together plus ahead soon whatever whoever your you me us them him nevertheless nonetheless "
        "otherwise sure",
        SentenceStarter);
    add("advertisement read source link image images photo photos getty video watch listen follow related opinion analysis breaking exclusive "
        "live latest top more sign log home menu search contact privacy terms copyright rights reserved subscribe share comment comments click "
        "updated published posted editor editors story stories trending join leave reply page pages section sections view views report reports "
        "figure figures chart map table note notes update continue continued full entire article articles newsletter podcast members member vip "
        "premium free log-in login register account supreme great new old big small north south east west northern southern eastern western "
        "central first last next former late early mid state states government governments president presidents minister ministers prime "
        "general defence defense foreign national international federal republic democratic people kingdom united union european world global "
        "army navy military war peace security council agency ministry department office court party parliament congress senate house white "
        "god internet web english french german russian chinese american",
        NotAName);
    add("around about some roughly approximately approx nearly almost circa estimated", Qualifier);
    add("will ll next due scheduled expected plans plan planned set upcoming coming forthcoming tomorrow intends intend aims aim likely forecast", FutureCue);
    add("summit conference war forum games olympics olympiad cup championship championships festival treaty accord accords agreement dialogue "
        "revolution uprising massacre expo exhibition parade convention initiative crisis offensive operation",
        EventSuffix);
    addValued({{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10},
                  {"eleventh", 11}, {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17},
                  {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}},
        Ordinal);
    add("statement interview speech briefing press conference post tweet letter report remarks comments communique address testimony memo "
        "assessment estimate estimates analysis study survey poll data figures records filing transcript broadcast message wrote writes told "
        "headline announcement declaration",
        Speech);
    add("dollar dollars euro euros pound pounds sterling yen yuan renminbi rouble roubles ruble rubles hryvnia hryvnias won rupee rupees franc "
        "francs krona kronor krone kroner zloty zlotys shekel shekels rial rials riyal riyals dirham dirhams reais peso pesos rand naira tenge "
        "dong lira liras bitcoin bitcoins usd eur gbp chf rub jpy cny uah krw inr cad aud",
        CurrencyWord);

    QFile names(QStringLiteral(":/gloss/data/gazetteer/given-names.txt"));
    if (names.open(QIODevice::ReadOnly)) {
        const QString all = QString::fromUtf8(names.readAll());
        for (QStringView line : QStringView(all).split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            for (QStringView name : line.split(u' ', Qt::SkipEmptyParts))
                m_words[TextFold::fold(name)].classes |= GivenName;
        }
    }
}

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

} // namespace Gloss::Suggest
