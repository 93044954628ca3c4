// The suggestion facade (Gloss::Suggest::Suggester): merging and overlaps, annotated spans, options,
// fingerprints, worker threads, and real saved articles.

#include "annotations/claim.h"
#include "article.h"
#include "suggest/suggester.h"
#include "suggest/suggestionannotation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Gloss::Suggest;

namespace
{

const char *const sample = "Estonian Interior Minister Lauri Tamm said on Tuesday that the cable had been cut. "
                           "“This was no accident,” Tamm told reporters in Tallinn. "
                           "The Baltic Energy Agency (BEA) estimated repairs at €4.5 million and said they could take six to eight weeks.\n";

SuggestInput input(const QString &text = QString::fromUtf8(sample))
{
    SuggestInput in;
    in.articleId = QStringLiteral("a1");
    in.text = text;
    in.outlet = QStringLiteral("Baltic Wire");
    in.published = QDate(2024, 3, 14);
    return in;
}

QStringList describe(const Suggestions &all)
{
    QStringList out;
    for (const Suggestion &s : all)
        out << s.tag + u':' + s.text;
    return out;
}

int layer(const Suggestion &s)
{
    return s.kind == Suggestion::Kind::Claim ? 2 : s.kind == Suggestion::Kind::Entity ? 0 : 1;
}

void checkWellFormed(const QString &text, const Suggestions &all)
{
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Suggestion &s = all[i];
        QVERIFY(s.start >= 0 && s.end <= text.size() && s.start < s.end);
        QCOMPARE(s.text, text.mid(s.start, s.end - s.start));
        QVERIFY(!text[s.start].isLowSurrogate() && !(s.end < text.size() && text[s.end].isLowSurrogate()));
        QVERIFY(s.score > 0 && s.score <= 1);
        QVERIFY(!s.tag.isEmpty());
        if (i > 0)
            QVERIFY(all[i - 1].start <= s.start);
        for (qsizetype j = i + 1; j < all.size() && all[j].start < s.end; ++j)
            QVERIFY2(layer(all[j]) != layer(s) || !all[j].overlaps(s), qPrintable(s.text + QStringLiteral(" / ") + all[j].text));
    }
}

} // namespace

class TestSuggester final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void suggestsEveryKind()
    {
        const Suggester suggester;
        const SuggestInput in = input();
        const Suggestions all = suggester.suggest(in);
        checkWellFormed(in.text, all);
        const QStringList got = describe(all);
        for (const char *want : {"Group:Estonian", "Person:Lauri Tamm", "Date:Tuesday", "Person:Tamm", "Place:Tallinn", "Organisation:Baltic Energy Agency",
                 "Organisation:BEA", "Money:€4.5 million", "Figure:six to eight weeks"})
            QVERIFY2(got.contains(QString::fromUtf8(want)), qPrintable(QString::fromUtf8(want) + QStringLiteral(" not in ") + got.join(u", ")));
        int claims = 0;
        for (const Suggestion &s : all) {
            QCOMPARE(s.articleId, QStringLiteral("a1"));
            if (s.kind == Suggestion::Kind::Claim)
                ++claims;
            if (s.tag == u"Date")
                QCOMPARE(s.attributes.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-12"));
        }
        QCOMPARE(claims, 3);
    }

    void tagIds()
    {
        QCOMPARE(defaultTagId(EntityType::Date), QStringLiteral("datetime"));
        QCOMPARE(defaultTagId(EntityType::Organisation), QStringLiteral("organisation"));
        QCOMPARE(entityTypeForTag(QStringLiteral("Figure or quantity")), std::optional<EntityType>(EntityType::Figure));
        QCOMPARE(entityTypeForTag(QStringLiteral("datetime")), std::optional<EntityType>(EntityType::Date));
        QCOMPARE(entityTypeForTag(QStringLiteral("ORG")), std::optional<EntityType>(EntityType::Organisation));
        QVERIFY(!entityTypeForTag(QStringLiteral("vehicle")).has_value());
    }

    void toAnnotation()
    {
        const Suggester suggester;
        const SuggestInput in = input();
        const Suggestions all = suggester.suggest(in);
        int checked = 0;
        for (const Suggestion &s : all) {
            const Gloss::Annotation a = SuggestionAnnotation::toAnnotation(s, in.text);
            QCOMPARE(a.status, Gloss::Annotation::Status::Suggested);
            QCOMPARE(a.articleId, QStringLiteral("a1"));
            QCOMPARE(a.quote, s.text);
            QVERIFY(a.isAnchoredIn(in.text));
            QCOMPARE(a.score, s.score);
            QCOMPARE(a.suggestionSource, Suggestion::sourceName(s.source));
            QCOMPARE(a.tagId, s.tagId);
            if (s.tag == u"Money") {
                const Gloss::NormalisedValue v = Gloss::NormalisedValue::fromMap(a.attributes.value(QStringLiteral("value")).toMap());
                QCOMPARE(v.type, Gloss::NormalisedValue::Type::Number);
                QCOMPARE(v.value, 4.5e6);
                QCOMPARE(v.unit, QStringLiteral("EUR"));
                ++checked;
            } else if (s.tag == u"Date") {
                QCOMPARE(a.tagId, QStringLiteral("datetime"));
                const Gloss::NormalisedValue v = Gloss::NormalisedValue::fromMap(a.attributes.value(QStringLiteral("value")).toMap());
                QCOMPARE(v.date, QStringLiteral("2024-03-12"));
                ++checked;
            } else if (s.kind == Suggestion::Kind::Claim) {
                QCOMPARE(a.kind, Gloss::Annotation::Kind::Claim);
                QCOMPARE(a.tagId, QStringLiteral("claim"));
                const Gloss::Claim claim = Gloss::Claim::fromAttributes(a.attributes);
                QCOMPARE(claim.speaker, s.attributes.value(QStringLiteral("speaker")).toString());
                QVERIFY(claim.stance != Gloss::Claim::Stance::Unspecified);
                ++checked;
            } else if (s.tag == u"Person") {
                QCOMPARE(a.kind, Gloss::Annotation::Kind::Entity);
                QCOMPARE(a.tagId, QStringLiteral("person"));
            }
        }
        QVERIFY(checked >= 5);
        // a range keeps both ends
        Suggestion range = all.constFirst();
        range.kind = Suggestion::Kind::Figure;
        range.attributes = {{QStringLiteral("value"), 40.0}, {QStringLiteral("valueMax"), 50.0}, {QStringLiteral("unit"), QStringLiteral("warheads")}};
        const Gloss::NormalisedValue v
            = Gloss::NormalisedValue::fromMap(SuggestionAnnotation::toAnnotation(range, in.text).attributes.value(QStringLiteral("value")).toMap());
        QCOMPARE(v.type, Gloss::NormalisedValue::Type::Range);
        QCOMPARE(v.high, 50.0);
        QCOMPARE(v.unit, QStringLiteral("warheads"));
    }

    void fromArticle()
    {
        Gloss::Article article;
        article.id = QStringLiteral("abc");
        article.text = QStringLiteral("Talks resumed.");
        article.outlet = QStringLiteral("Wire");
        article.published = QStringLiteral("2024-06-08T10:30:00Z");
        const SuggestInput in = SuggestInput::fromArticle(article);
        QCOMPARE(in.articleId, QStringLiteral("abc"));
        QCOMPARE(in.published, QDate(2024, 6, 8));
        QCOMPARE(in.outlet, QStringLiteral("Wire"));
        QVERIFY(!Suggester::dateOf(QStringLiteral("June 8")).isValid());
    }

    void gazetteerBeatsRuleForTheSameSpan()
    {
        // The rules call "Narva River" a Place; a user list calls it an Event: the list wins the same span.
        auto g = std::make_shared<Gazetteer>(*Gazetteer::builtin());
        g->addEntry({QStringLiteral("Event"), QStringLiteral("Narva River"), {}, {}, QStringLiteral("mine")});
        Suggester suggester;
        const QString text = QStringLiteral("Boats crossed the Narva River at night.");
        QVERIFY(describe(suggester.suggest(input(text))).contains(QStringLiteral("Place:Narva River")));
        suggester.setGazetteer(g);
        const QStringList got = describe(suggester.suggest(input(text)));
        QVERIFY2(got.contains(QStringLiteral("Event:Narva River")), qPrintable(got.join(u", ")));
        QVERIFY(!got.contains(QStringLiteral("Place:Narva River")));
    }

    void analystBeatsGazetteerAndLongerBeatsShorter()
    {
        auto learned = std::make_shared<StringMatchRecommender>();
        learned->addAccepted(QStringLiteral("Tallinn"), QStringLiteral("Organisation")); // the analyst's reading
        learned->addAccepted(QStringLiteral("Energy Agency"), QStringLiteral("Organisation")); // shorter than the rule's name
        Suggester suggester;
        suggester.setRecommender(learned);
        const Suggestions all = suggester.suggest(input());
        const QStringList got = describe(all);
        QVERIFY2(got.contains(QStringLiteral("Organisation:Tallinn")), qPrintable(got.join(u", ")));
        QVERIFY(!got.contains(QStringLiteral("Place:Tallinn")));
        QVERIFY(got.contains(QStringLiteral("Organisation:Baltic Energy Agency")));
        QVERIFY(!got.contains(QStringLiteral("Organisation:Energy Agency")));
        for (const Suggestion &s : all)
            if (s.text == u"Tallinn")
                QCOMPARE(s.source, Suggestion::Source::Learned);
    }

    void annotatedSpansAreLeftAlone()
    {
        const Suggester suggester;
        SuggestInput in = input();
        const int start = in.text.indexOf(QStringLiteral("Lauri Tamm"));
        in.annotated.append({TextSpan{start, start + 10}, Suggestion::Kind::Entity});
        const Suggestions all = suggester.suggest(in);
        QVERIFY(!describe(all).contains(QStringLiteral("Person:Lauri Tamm")));
        // the claim around it stays: another layer
        bool claim = false;
        for (const Suggestion &s : all)
            claim = claim || (s.kind == Suggestion::Kind::Claim && s.start <= start && start < s.end);
        QVERIFY(claim);
    }

    void options()
    {
        Suggester suggester;
        SuggesterOptions o;
        o.claims = false;
        o.entities = false;
        o.minimumScore = 0.88;
        suggester.setOptions(o);
        const Suggestions all = suggester.suggest(input());
        QVERIFY(!all.isEmpty());
        for (const Suggestion &s : all) {
            QVERIFY(s.kind == Suggestion::Kind::Figure || s.kind == Suggestion::Kind::Date);
            QVERIFY(s.score >= 0.88);
        }
    }

    void fingerprint()
    {
        Suggester suggester;
        const QString plain = suggester.fingerprint();
        QVERIFY(plain.startsWith(QStringLiteral("engine=%1;").arg(Suggester::EngineVersion)));
        auto learned = std::make_shared<StringMatchRecommender>();
        learned->addAccepted(QStringLiteral("Narva"), QStringLiteral("Place"));
        suggester.setRecommender(learned);
        const QString withLearned = suggester.fingerprint();
        QVERIFY(withLearned != plain);
        auto g = std::make_shared<Gazetteer>(*Gazetteer::builtin());
        g->addEntry({QStringLiteral("Place"), QStringLiteral("Sillamae"), {}, {}, QStringLiteral("mine")});
        suggester.setGazetteer(g);
        QVERIFY(suggester.fingerprint() != withLearned);
    }

    void astralPlaneText()
    {
        const Suggester suggester;
        const QString text = QStringLiteral("😀😀 President Vladimir Putin met 𠜎 officials in Tallinn on 8 June 2024, said 😀 Anna Berg.\n");
        const Suggestions all = suggester.suggest(input(text));
        checkWellFormed(text, all);
        const QStringList got = describe(all);
        QVERIFY(got.contains(QStringLiteral("Person:Vladimir Putin")));
        QVERIFY(got.contains(QStringLiteral("Place:Tallinn")));
        QVERIFY(got.contains(QStringLiteral("Date:8 June 2024")));
    }

    void workerThreadsAgree()
    {
        // One suggester, many threads (each with its own cue scanner): the same results as on one thread.
        const Suggester suggester;
        QList<SuggestInput> inputs;
        for (int i = 0; i < 24; ++i) {
            SuggestInput in = input();
            in.articleId = QString::number(i);
            inputs.append(in);
        }
        const Suggestions reference = suggester.suggest(inputs[0]);
        QList<Suggestions> results(inputs.size());
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                for (qsizetype i = t; i < inputs.size(); i += 4)
                    results[i] = suggester.suggest(inputs[i]);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(120000));
        QCOMPARE(results.size(), inputs.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i].size(), reference.size());
            for (qsizetype k = 0; k < reference.size(); ++k) {
                QCOMPARE(results[i][k].start, reference[k].start);
                QCOMPARE(results[i][k].tag, reference[k].tag);
                QCOMPARE(results[i][k].articleId, QString::number(i));
            }
        }
    }

    void seedArticles()
    {
        // Real saved articles (../shared/corpus/seeds): suggestions are well formed and find the obvious.
        const QDir seeds(QStringLiteral(GLOSS_SHARED_DIR "/corpus/seeds"));
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("no seed articles in ../shared/corpus/seeds");
        const Suggester suggester;
        for (const QString &name : files) {
            QFile file(seeds.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            SuggestInput in = input(QString::fromUtf8(file.readAll()));
            in.published = QDate();
            const Suggestions all = suggester.suggest(in);
            checkWellFormed(in.text, all);
            const QStringList got = describe(all);
            QVERIFY2(got.contains(QStringLiteral("Place:North Korea")), qPrintable(name));
            bool claim = false;
            for (const Suggestion &s : all)
                claim = claim || s.kind == Suggestion::Kind::Claim;
            QVERIFY2(claim, qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestSuggester)
#include "tst_suggester.moc"
