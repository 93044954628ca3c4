// gloss_eval: measures the suggesters against the labelled evaluation set in tests/data/eval (see its
// README.md): precision, recall and F1 per type, exact-span and overlapping, for claim sentences, and how
// often matched figures, money, dates, speakers and stances are normalised right. With --check-targets it
// exits non-zero when a quality target is missed (ctest runs it so). With --dump it prints the suggestions
// for any text file, the way an analyst would look at them.

#include "suggest/suggester.h"
#include "suggest/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace Gloss::Suggest;

namespace
{

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Span {
    int start = 0;
    int end = 0;
    QString type;
    QString text;
    QJsonObject gold; ///< the gold object (normalised values)
    const Suggestion *suggestion = nullptr;
};

struct Counts {
    int gold = 0;
    int system = 0;
    int exact = 0;
    int systemOverlapping = 0; ///< system spans overlapping a gold span of the type
    int goldOverlapped = 0; ///< gold spans overlapped by a system span of the type

    void add(const Counts &o)
    {
        gold += o.gold;
        system += o.system;
        exact += o.exact;
        systemOverlapping += o.systemOverlapping;
        goldOverlapped += o.goldOverlapped;
    }
    double precision() const { return system ? double(exact) / system : (gold ? 0 : 1); }
    double recall() const { return gold ? double(exact) / gold : 1; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    double overlapPrecision() const { return system ? double(systemOverlapping) / system : (gold ? 0 : 1); }
    double overlapRecall() const { return gold ? double(goldOverlapped) / gold : 1; }
    double overlapF1() const
    {
        const double p = overlapPrecision(), r = overlapRecall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

struct Tally {
    int right = 0;
    int total = 0;
    QString ratio() const { return total ? QStringLiteral("%1/%2 (%3)").arg(right).arg(total).arg(double(right) / total, 0, 'f', 2) : QStringLiteral("-"); }
};

struct Results {
    QMap<QString, Counts> byType;
    Tally values, amounts, dates, speakers, stances;
    int articles = 0;
};

const QStringList &types()
{
    static const QStringList list = {QStringLiteral("Person"), QStringLiteral("Organisation"), QStringLiteral("Place"), QStringLiteral("Group"),
        QStringLiteral("Figure"), QStringLiteral("Money"), QStringLiteral("Date"), QStringLiteral("Event"), QStringLiteral("Weapon"), QStringLiteral("Claim")};
    return list;
}

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

QString context(const QString &text, int start, int end)
{
    const int from = std::max(0, start - 30);
    const int to = std::min(int(text.size()), end + 30);
    QString s = text.mid(from, start - from) + u'[' + text.mid(start, end - start) + u']' + text.mid(end, to - end);
    return s.replace(u'\n', u' ');
}

void evaluateArticle(const QJsonObject &doc, const Suggester &suggester, Results &results, bool verbose)
{
    SuggestInput in;
    in.articleId = doc.value(u"id").toString();
    in.text = doc.value(u"text").toString();
    in.outlet = doc.value(u"outlet").toString();
    in.published = Suggester::dateOf(doc.value(u"published").toString());
    const Suggestions suggestions = suggester.suggest(in);

    QList<Span> gold;
    for (const QJsonValue &v : doc.value(u"entities").toArray()) {
        const QJsonObject o = v.toObject();
        Span s{o.value(u"start").toInt(), o.value(u"end").toInt(), o.value(u"type").toString(), o.value(u"text").toString(), o, nullptr};
        if (in.text.mid(s.start, s.end - s.start) != s.text)
            out() << "warning: " << in.articleId << ": gold offsets do not fit " << s.text << "\n";
        gold.append(s);
    }
    for (const QJsonValue &v : doc.value(u"claims").toArray()) {
        const QJsonObject o = v.toObject();
        gold.append({o.value(u"start").toInt(), o.value(u"end").toInt(), QStringLiteral("Claim"), o.value(u"text").toString(), o, nullptr});
    }
    QList<Span> system;
    for (const Suggestion &s : suggestions) {
        if (!types().contains(s.tag))
            continue;
        system.append({s.start, s.end, s.tag, s.text, {}, &s});
    }

    for (const QString &type : types()) {
        Counts c;
        QList<const Span *> g, sys;
        for (const Span &s : gold)
            if (s.type == type)
                g.append(&s);
        for (const Span &s : system)
            if (s.type == type)
                sys.append(&s);
        c.gold = int(g.size());
        c.system = int(sys.size());
        for (const Span *gs : g) {
            const Span *match = nullptr;
            bool overlapped = false;
            for (const Span *ss : sys) {
                if (ss->start == gs->start && ss->end == gs->end)
                    match = ss;
                overlapped = overlapped || overlaps(*gs, *ss);
            }
            c.goldOverlapped += overlapped ? 1 : 0;
            if (match) {
                ++c.exact;
                const QVariantMap &attrs = match->suggestion->attributes;
                if (gs->gold.contains(u"value")) {
                    ++results.values.total;
                    bool ok = sameNumber(attrs.value(QStringLiteral("value")).toDouble(), gs->gold.value(u"value").toDouble());
                    if (gs->gold.contains(u"valueMax"))
                        ok = ok && sameNumber(attrs.value(QStringLiteral("valueMax")).toDouble(), gs->gold.value(u"valueMax").toDouble());
                    results.values.right += ok ? 1 : 0;
                    if (!ok && verbose)
                        out() << "  VALUE " << in.articleId << " " << gs->text << ": " << attrs.value(QStringLiteral("value")).toDouble() << "\n";
                }
                if (gs->gold.contains(u"amount")) {
                    ++results.amounts.total;
                    bool ok = sameNumber(attrs.value(QStringLiteral("amount")).toDouble(), gs->gold.value(u"amount").toDouble())
                        && attrs.value(QStringLiteral("currency")).toString() == gs->gold.value(u"currency").toString();
                    if (gs->gold.contains(u"amountMax"))
                        ok = ok && sameNumber(attrs.value(QStringLiteral("amountMax")).toDouble(), gs->gold.value(u"amountMax").toDouble());
                    results.amounts.right += ok ? 1 : 0;
                    if (!ok && verbose)
                        out() << "  AMOUNT " << in.articleId << " " << gs->text << ": " << attrs.value(QStringLiteral("amount")).toDouble() << " "
                              << attrs.value(QStringLiteral("currency")).toString() << "\n";
                }
                if (gs->gold.contains(u"date")) {
                    ++results.dates.total;
                    const bool ok = attrs.value(QStringLiteral("date")).toString() == gs->gold.value(u"date").toString();
                    results.dates.right += ok ? 1 : 0;
                    if (!ok && verbose)
                        out() << "  DATE " << in.articleId << " " << gs->text << ": " << attrs.value(QStringLiteral("date")).toString() << " (gold "
                              << gs->gold.value(u"date").toString() << ")\n";
                }
                if (gs->gold.contains(u"speaker")) {
                    ++results.speakers.total;
                    const QString want = gs->gold.value(u"speaker").toString();
                    const bool ok = attrs.value(QStringLiteral("speaker")).toString().compare(want, Qt::CaseInsensitive) == 0
                        || attrs.value(QStringLiteral("speakerCanonical")).toString().compare(want, Qt::CaseInsensitive) == 0;
                    results.speakers.right += ok ? 1 : 0;
                    if (!ok && verbose)
                        out() << "  SPEAKER " << in.articleId << " \"" << attrs.value(QStringLiteral("speaker")).toString() << "\" (gold \"" << want
                              << "\") in: " << gs->text.left(80) << "\n";
                }
                if (gs->gold.contains(u"stance")) {
                    ++results.stances.total;
                    const bool ok = attrs.value(QStringLiteral("stance")).toString() == gs->gold.value(u"stance").toString();
                    results.stances.right += ok ? 1 : 0;
                    if (!ok && verbose)
                        out() << "  STANCE " << in.articleId << " " << attrs.value(QStringLiteral("stance")).toString() << " (gold "
                              << gs->gold.value(u"stance").toString() << ") in: " << gs->text.left(80) << "\n";
                }
            } else if (verbose) {
                out() << "  MISS " << type << " " << in.articleId << ": " << context(in.text, gs->start, gs->end) << "\n";
            }
        }
        for (const Span *ss : sys) {
            bool exact = false;
            bool overlapped = false;
            for (const Span *gs : g) {
                exact = exact || (ss->start == gs->start && ss->end == gs->end);
                overlapped = overlapped || overlaps(*gs, *ss);
            }
            c.systemOverlapping += overlapped ? 1 : 0;
            if (!exact && verbose)
                out() << "  EXTRA " << type << " " << in.articleId << ": " << context(in.text, ss->start, ss->end) << "\n";
        }
        results.byType[type].add(c);
    }
    ++results.articles;
}

void printResults(const QString &title, const Results &r)
{
    out() << "\n== " << title << " (" << r.articles << " articles) ==\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 | %7 %8 %9\n")
                 .arg(QStringLiteral("type"), -14)
                 .arg(QStringLiteral("gold"), 5)
                 .arg(QStringLiteral("sys"), 5)
                 .arg(QStringLiteral("P"), 6)
                 .arg(QStringLiteral("R"), 6)
                 .arg(QStringLiteral("F1"), 6)
                 .arg(QStringLiteral("oP"), 6)
                 .arg(QStringLiteral("oR"), 6)
                 .arg(QStringLiteral("oF1"), 6);
    auto row = [&](const QString &name, const Counts &c) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 | %7 %8 %9\n")
                     .arg(name, -14)
                     .arg(c.gold, 5)
                     .arg(c.system, 5)
                     .arg(c.precision(), 6, 'f', 3)
                     .arg(c.recall(), 6, 'f', 3)
                     .arg(c.f1(), 6, 'f', 3)
                     .arg(c.overlapPrecision(), 6, 'f', 3)
                     .arg(c.overlapRecall(), 6, 'f', 3)
                     .arg(c.overlapF1(), 6, 'f', 3);
    };
    Counts entities, figures;
    for (const QString &type : types()) {
        if (!r.byType.contains(type))
            continue;
        row(type, r.byType[type]);
        if (type == u"Figure" || type == u"Money")
            figures.add(r.byType[type]);
        if (type != u"Figure" && type != u"Money" && type != u"Date" && type != u"Claim")
            entities.add(r.byType[type]);
    }
    row(QStringLiteral("Figure+Money"), figures);
    row(QStringLiteral("all entities"), entities);
    out() << "normalised right: figure values " << r.values.ratio() << ", money " << r.amounts.ratio() << ", dates " << r.dates.ratio() << "\n";
    out() << "claims: speaker " << r.speakers.ratio() << ", stance " << r.stances.ratio() << "\n";
}

/// The quality targets of the suggesters; returns the misses.
QStringList missedTargets(const Results &r)
{
    QStringList missed;
    for (const QString &type : {QStringLiteral("Person"), QStringLiteral("Organisation"), QStringLiteral("Place")}) {
        if (r.byType.value(type).f1() < 0.85)
            missed << QStringLiteral("%1 F1 %2 < 0.85").arg(type).arg(r.byType.value(type).f1(), 0, 'f', 3);
    }
    Counts figures = r.byType.value(QStringLiteral("Figure"));
    figures.add(r.byType.value(QStringLiteral("Money")));
    if (figures.f1() < 0.90)
        missed << QStringLiteral("Figure+Money F1 %1 < 0.90").arg(figures.f1(), 0, 'f', 3);
    if (r.byType.value(QStringLiteral("Date")).f1() < 0.90)
        missed << QStringLiteral("Date F1 %1 < 0.90").arg(r.byType.value(QStringLiteral("Date")).f1(), 0, 'f', 3);
    const Counts claims = r.byType.value(QStringLiteral("Claim"));
    if (claims.recall() < 0.80 || claims.precision() < 0.60)
        missed << QStringLiteral("Claim R %1 / P %2 (need R >= 0.80 at P >= 0.60)").arg(claims.recall(), 0, 'f', 3).arg(claims.precision(), 0, 'f', 3);
    return missed;
}

int dump(const QString &path, const QString &date, const QString &outlet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "gloss_eval: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    SuggestInput in;
    in.articleId = QFileInfo(path).fileName();
    in.text = QString::fromUtf8(file.readAll());
    in.outlet = outlet;
    in.published = QDate::fromString(date, Qt::ISODate);
    const Suggester suggester;
    const Suggestions suggestions = suggester.suggest(in);
    for (const Suggestion &s : suggestions) {
        out() << QStringLiteral("%1-%2 %3 %4 %5 \"%6\"")
                     .arg(s.start)
                     .arg(s.end)
                     .arg(s.tag, -12)
                     .arg(Suggestion::sourceName(s.source), -9)
                     .arg(s.score, 0, 'f', 2)
                     .arg(s.kind == Suggestion::Kind::Claim ? s.text.left(70) + QStringLiteral("...") : s.text);
        QStringList attrs;
        for (auto it = s.attributes.cbegin(); it != s.attributes.cend(); ++it) {
            if (it.key() == u"list" || it.key() == u"rule")
                continue;
            QString value = it.value().toString();
            if (it.value().typeId() == QMetaType::QStringList)
                value = it.value().toStringList().join(u',');
            if (it.value().typeId() == QMetaType::QVariantMap) {
                const QVariantMap m = it.value().toMap();
                value = m.value(QStringLiteral("text")).toString();
            }
            if (!value.isEmpty())
                attrs << it.key() + u'=' + value;
        }
        if (!s.canonical.isEmpty() && s.canonical != s.text)
            attrs << QStringLiteral("canonical=") + s.canonical;
        if (!attrs.isEmpty())
            out() << "  {" << attrs.join(QStringLiteral("; ")) << "}";
        out() << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gloss_eval"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Evaluates Gloss's suggesters on a labelled set (tests/data/eval), or prints suggestions for a text."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("The evaluation folder (with articles/*.json), or a text file with --dump."));
    const QCommandLineOption split(QStringLiteral("split"), QStringLiteral("Evaluate only this part: dev or heldout."), QStringLiteral("name"));
    const QCommandLineOption check(QStringLiteral("check-targets"), QStringLiteral("Exit with 1 when a quality target is missed."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("List every miss and every extra suggestion."));
    const QCommandLineOption dumpOption(QStringLiteral("dump"), QStringLiteral("Print the suggestions for the text file at path."));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The article date for --dump (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("The outlet for --dump."), QStringLiteral("name"));
    parser.addOptions({split, check, verbose, dumpOption, date, outlet});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().constFirst();
    if (parser.isSet(dumpOption))
        return dump(path, parser.value(date), parser.value(outlet));

    QDir dir(path + QStringLiteral("/articles"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        fprintf(stderr, "gloss_eval: no articles/*.json in %s\n", qPrintable(path));
        return 2;
    }
    const Suggester suggester;
    Results dev, heldout, all;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "gloss_eval: %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 2;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject()) {
            fprintf(stderr, "gloss_eval: %s: %s\n", qPrintable(file.fileName()), qPrintable(error.errorString()));
            return 2;
        }
        const QString part = doc.object().value(u"split").toString();
        if (parser.isSet(split) && part != parser.value(split))
            continue;
        if (parser.isSet(verbose))
            out() << name << "\n";
        Results one;
        evaluateArticle(doc.object(), suggester, one, parser.isSet(verbose));
        for (Results *r : {&all, part == u"heldout" ? &heldout : &dev}) {
            for (auto it = one.byType.cbegin(); it != one.byType.cend(); ++it)
                r->byType[it.key()].add(it.value());
            for (auto [to, from] : {std::pair{&r->values, &one.values}, {&r->amounts, &one.amounts}, {&r->dates, &one.dates}, {&r->speakers, &one.speakers},
                     {&r->stances, &one.stances}}) {
                to->right += from->right;
                to->total += from->total;
            }
            ++r->articles;
        }
    }
    if (dev.articles)
        printResults(QStringLiteral("development set"), dev);
    if (heldout.articles)
        printResults(QStringLiteral("held-out set"), heldout);
    if (dev.articles && heldout.articles)
        printResults(QStringLiteral("all"), all);
    out().flush();
    if (parser.isSet(check)) {
        const QStringList missed = missedTargets(all);
        for (const QString &m : missed)
            fprintf(stderr, "target missed: %s\n", qPrintable(m));
        if (!missed.isEmpty())
            return 1;
        out() << "\nall targets met\n";
    }
    return 0;
}
