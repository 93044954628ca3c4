// Entity rules of the suggesters (Gloss::Suggest::EntityFinder): titles, suffixes, place cues, coreference.

#include "suggest/analysedtext.h"
#include "suggest/entityfinder.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss::Suggest;

class TestSuggestEntities final : public QObject
{
    Q_OBJECT

    static QStringList found(const QString &text, const QList<GazetteerEntry> &articleNames = {})
    {
        const AnalysedText a(text);
        QStringList out;
        for (const EntityMention &m : EntityFinder().findAll(a, {}, articleNames))
            out << m.tag + u':' + text.mid(m.start, m.end - m.start);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // each must be found
        QTest::addColumn<QStringList>("unexpected"); // none may be found

        QTest::newRow("title with modifiers") << "Estonian Interior Minister Lauri Tamm said the cable was cut."
                                              << QStringList{"Group:Estonian", "Person:Lauri Tamm"} << QStringList{"Person:Interior Minister Lauri Tamm"};
        QTest::newRow("title before gazetteer name") << "President Vladimir Putin spoke." << QStringList{"Person:Vladimir Putin"}
                                                     << QStringList{"Person:President Vladimir Putin"};
        QTest::newRow("abbreviated title") << "Dr. Maris Ozols and Mr Teo Ruus met." << QStringList{"Person:Maris Ozols", "Person:Teo Ruus"} << QStringList{};
        QTest::newRow("role before name") << "The agency's spokesperson Mari Kask declined to comment." << QStringList{"Person:Mari Kask"} << QStringList{};
        QTest::newRow("given name") << "Later Tomas Varga left the hall." << QStringList{"Person:Tomas Varga"} << QStringList{};
        QTest::newRow("apposition") << "Ode Ruutel, a researcher in Tartu, disagreed." << QStringList{"Person:Ode Ruutel"} << QStringList{};
        QTest::newRow("surname coreference") << "Analyst Mari Kask spoke first. Kask said it was late." << QStringList{"Person:Mari Kask", "Person:Kask"}
                                             << QStringList{};
        QTest::newRow("organisation suffix") << "The Baltic Energy Agency monitors cables." << QStringList{"Organisation:Baltic Energy Agency"}
                                             << QStringList{"Place:Baltic"};
        QTest::newRow("organisation of") << "A speech at the Ministry of Foreign Affairs in Moscow."
                                         << QStringList{"Organisation:Ministry of Foreign Affairs", "Place:Moscow"} << QStringList{};
        QTest::newRow("acronym") << "The Baltic Energy Agency (BEA) said so. The BEA later denied it."
                                 << QStringList{"Organisation:Baltic Energy Agency", "Organisation:BEA"} << QStringList{};
        QTest::newRow("legal suffix dropped") << "A deal with Altiplano Minerals Corp was signed. Altiplano Minerals said it was glad."
                                              << QStringList{"Organisation:Altiplano Minerals Corp", "Organisation:Altiplano Minerals"} << QStringList{};
        QTest::newRow("organisation cue") << "Dockers joined the union FNV Havens on Monday." << QStringList{"Organisation:FNV Havens"}
                                          << QStringList{"Person:FNV Havens"};
        QTest::newRow("place suffix") << "Shelling hit Kursk Oblast and the Narva River." << QStringList{"Place:Kursk Oblast", "Place:Narva River"}
                                      << QStringList{};
        QTest::newRow("town of") << "Residents of the town of Sillamae were evacuated." << QStringList{"Place:Sillamae"} << QStringList{};
        QTest::newRow("place with comma country") << "It happened in Kivioli, Estonia, at night." << QStringList{"Place:Kivioli", "Place:Estonia"}
                                                  << QStringList{};
        QTest::newRow("locative") << "Fighting continued in Vovchansk overnight." << QStringList{"Place:Vovchansk"} << QStringList{};
        QTest::newRow("designation") << "Pilots trained on F-16s and the Su-35." << QStringList{"Weapon:F-16s", "Weapon:Su-35"} << QStringList{};
        QTest::newRow("ship") << "The destroyer USS Carney fired." << QStringList{"Weapon:USS Carney"} << QStringList{};
        QTest::newRow("event suffix") << "Leaders met at the Baltic Energy Summit in Riga." << QStringList{"Event:Baltic Energy Summit", "Place:Riga"}
                                      << QStringList{};
        QTest::newRow("prefixed adjective") << "An anti-Western and pro-Russian tone." << QStringList{} << QStringList{"Group:Western", "Group:Russian"};
        QTest::newRow("sentence start") << "But Officials In Tallinn denied it." << QStringList{"Place:Tallinn"}
                                        << QStringList{"Person:But Officials", "Organisation:Officials"};
        QTest::newRow("scare-quoted heading") << "“Half Alliance”\nThe talks went on." << QStringList{} << QStringList{"Organisation:Half Alliance"};
        QTest::newRow("portfolio before title") << "Chilean Mining Minister Aurora Williams spoke." << QStringList{"Group:Chilean", "Person:Aurora Williams"}
                                                << QStringList{"Organisation:Chilean Mining"};
    }

    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QStringList got = found(text);
        for (const QString &e : expected)
            QVERIFY2(got.contains(e), qPrintable(e + QStringLiteral(" not in ") + got.join(u", ")));
        for (const QString &u : unexpected)
            QVERIFY2(!got.contains(u), qPrintable(u + QStringLiteral(" in ") + got.join(u", ")));
    }

    void articleNames()
    {
        GazetteerEntry outlet;
        outlet.tag = QStringLiteral("Organisation");
        outlet.canonical = QStringLiteral("Harbour Ledger");
        const QStringList got = found(QStringLiteral("Data reviewed by Harbour Ledger show it."), {outlet});
        QVERIFY2(got.contains(QStringLiteral("Organisation:Harbour Ledger")), qPrintable(got.join(u", ")));
    }

    void mentionsDoNotOverlap()
    {
        const QString text = QStringLiteral("North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome.");
        const AnalysedText a(text);
        const QList<EntityMention> mentions = EntityFinder().findAll(a);
        QVERIFY(mentions.size() >= 5);
        for (qsizetype i = 1; i < mentions.size(); ++i)
            QVERIFY(mentions[i - 1].end <= mentions[i].start);
        for (const EntityMention &m : mentions)
            QVERIFY(m.score > 0 && m.score <= 1);
    }
};

QTEST_GUILESS_MAIN(TestSuggestEntities)
#include "tst_suggestentities.moc"
