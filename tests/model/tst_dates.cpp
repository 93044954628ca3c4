// Date finding and resolution against the article date (Gloss::Suggest::DateFinder).

#include "suggest/analysedtext.h"
#include "suggest/datefinder.h"

#include <QStandardPaths>
#include <QTest>

using namespace Gloss::Suggest;

class TestDates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resolves_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("relative");

        // The article is dated Thursday 13 June 2024.
        QTest::newRow("month day year") << "The summit opened on June 8, 2024 in Vilnius."
                                        << "June 8, 2024"
                                        << "2024-06-08" << false;
        QTest::newRow("day month") << "Talks resumed on 8 June in Geneva."
                                   << "8 June"
                                   << "2024-06-08" << false;
        QTest::newRow("weekday and date") << "It began on Saturday, June 8, 2024, at dawn."
                                          << "Saturday, June 8, 2024"
                                          << "2024-06-08" << false;
        QTest::newRow("ordinal day of month") << "It ended on the 3rd of May 2023."
                                              << "3rd of May 2023"
                                              << "2023-05-03" << false;
        QTest::newRow("month year") << "Prices peaked in June 2022 and fell."
                                    << "June 2022"
                                    << "2022-06" << false;
        QTest::newRow("iso") << "The order is dated 2024-06-08 in the file."
                             << "2024-06-08"
                             << "2024-06-08" << false;
        QTest::newRow("dotted") << "The decree of 08.06.2024 was published."
                                << "08.06.2024"
                                << "2024-06-08" << false;
        QTest::newRow("year") << "Exports fell in 2023 after the ban."
                              << "2023"
                              << "2023" << false;
        QTest::newRow("decade") << "It has been discussed since the 1990s by experts."
                                << "1990s"
                                << "1990/1999" << false;
        QTest::newRow("mid year") << "Work stopped in mid-2022 for good."
                                  << "mid-2022"
                                  << "2022" << false;
        QTest::newRow("year range") << "Frauds ran between 2017 and 2023 unchecked."
                                    << "between 2017 and 2023"
                                    << "2017/2023" << false;
        QTest::newRow("month range") << "Deliveries ran between September 2023 and February 2024."
                                     << "between September 2023 and February 2024"
                                     << "2023-09/2024-02" << false;
        QTest::newRow("short year range") << "The 2023-24 season was poor."
                                          << "2023-24"
                                          << "2023/2024" << false;
        QTest::newRow("day range") << "The fair runs June 8-9 in Riga."
                                   << "June 8-9"
                                   << "2024-06-08/2024-06-09" << false;
        QTest::newRow("last weekday") << "He arrived last Tuesday with aides."
                                      << "last Tuesday"
                                      << "2024-06-11" << true;
        QTest::newRow("weekday past") << "The minister said on Tuesday that aid had arrived."
                                      << "Tuesday"
                                      << "2024-06-11" << true;
        QTest::newRow("weekday future") << "The ministers will meet on Friday in Oslo."
                                        << "Friday"
                                        << "2024-06-14" << true;
        QTest::newRow("weekday modal") << "He said talks could resume on Monday next."
                                       << "Monday"
                                       << "2024-06-17" << true;
        QTest::newRow("weekday part of day") << "The missile was fired on Sunday afternoon near the coast."
                                             << "Sunday afternoon"
                                             << "2024-06-09" << true;
        QTest::newRow("next weekday") << "A vote is due next Thursday in parliament."
                                      << "next Thursday"
                                      << "2024-06-20" << true;
        QTest::newRow("days ago") << "The ship sank two days ago off Crete."
                                  << "two days ago"
                                  << "2024-06-11" << true;
        QTest::newRow("weeks ago") << "The grant was approved 2 weeks ago by the board."
                                   << "2 weeks ago"
                                   << "2024-05-30" << true;
        QTest::newRow("months ago") << "The law passed five months ago with support."
                                    << "five months ago"
                                    << "2024-01" << true;
        QTest::newRow("decade ago") << "A decade ago the town had a mine."
                                    << "A decade ago"
                                    << "2014" << true;
        QTest::newRow("yesterday") << "The ministry confirmed the deal yesterday evening."
                                   << "yesterday evening"
                                   << "2024-06-12" << true;
        QTest::newRow("today") << "The court rules today on the appeal."
                               << "today"
                               << "2024-06-13" << true;
        QTest::newRow("overnight") << "Drones struck the port overnight, officials said."
                                   << "overnight"
                                   << "2024-06-13" << true;
        QTest::newRow("last night") << "Sirens sounded last night in the capital."
                                    << "last night"
                                    << "2024-06-12" << true;
        QTest::newRow("next month") << "Elections are due next month in the region."
                                    << "next month"
                                    << "2024-07" << true;
        QTest::newRow("last month") << "Inflation slowed last month to a low."
                                    << "last month"
                                    << "2024-05" << true;
        QTest::newRow("this week") << "The report comes out this week in Brussels."
                                   << "this week"
                                   << "2024-06-10/2024-06-16" << true;
        QTest::newRow("last week") << "The river burst its banks last week after rain."
                                   << "last week"
                                   << "2024-06-03/2024-06-09" << true;
        QTest::newRow("last year") << "Growth was weak last year in the bloc."
                                   << "last year"
                                   << "2023" << true;
        QTest::newRow("earlier this month") << "It was agreed earlier this month with lenders."
                                            << "earlier this month"
                                            << "2024-06" << true;
        QTest::newRow("past years") << "Prices doubled over the past two years in cities."
                                    << "past two years"
                                    << "2022-06-13/2024-06-13" << true;
        QTest::newRow("last summer") << "The fires of last summer destroyed homes."
                                     << "last summer"
                                     << "2023-06/2023-08" << true;
        QTest::newRow("month past") << "In October, the army lost ground."
                                    << "October"
                                    << "2023-10" << true;
        QTest::newRow("month future") << "In October, Russia is set to host the summit."
                                      << "October"
                                      << "2024-10" << true;
        QTest::newRow("month last year") << "In September last year, Putin welcomed Kim."
                                         << "September last year"
                                         << "2023-09" << true;
        QTest::newRow("month at sentence end") << "Parts could slip into famine by June. More rain is due."
                                               << "June"
                                               << "2024-06" << true;
        QTest::newRow("month until") << "It needs money until December for food."
                                     << "December"
                                     << "2024-12" << true;
        QTest::newRow("clock") << "The blast came at 10:30 near the station."
                               << "10:30"
                               << "T10:30" << false;
        QTest::newRow("pm") << "Polls close at 3 p.m. in the east."
                            << "3 p.m."
                            << "T15:00" << false;
        QTest::newRow("am word") << "The strike hit at 11pm local time."
                                 << "11pm local time"
                                 << "T23:00" << false;
    }

    void resolves()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QString, iso);
        QFETCH(bool, relative);

        const AnalysedText text(sentence);
        const QList<DateMention> found = DateFinder::findAll(text, QDate(2024, 6, 13));
        QCOMPARE(found.size(), 1);
        const DateMention &d = found.constFirst();
        QCOMPARE(sentence.mid(d.start, d.end - d.start), span);
        QCOMPARE(d.iso, iso);
        QCOMPARE(d.relative, relative);
        QVERIFY(d.resolved);
        QCOMPARE(d.attributes().value(QStringLiteral("date")).toString(), iso);
    }

    void withoutArticleDate_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("resolved");
        QTest::newRow("relative") << "He arrived last Tuesday with aides."
                                  << "" << false;
        QTest::newRow("day without year") << "Talks resumed on 8 June in Geneva."
                                          << "--06-08" << true;
        QTest::newRow("absolute") << "The summit opened on June 8, 2024 in Vilnius."
                                  << "2024-06-08" << true;
    }

    void withoutArticleDate()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, iso);
        QFETCH(bool, resolved);
        const AnalysedText text(sentence);
        const QList<DateMention> found = DateFinder::findAll(text, QDate());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].iso, iso);
        QCOMPARE(found[0].resolved, resolved);
    }

    void noDate_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("modal may") << "May be the talks will fail, he thought.";
        QTest::newRow("count of things") << "They sold 2000 cars abroad.";
        QTest::newRow("name") << "Theresa May spoke briefly.";
        QTest::newRow("percent") << "The index rose 1999 per cent in theory.";
    }

    void noDate()
    {
        QFETCH(QString, sentence);
        const AnalysedText text(sentence);
        const QList<DateMention> found = DateFinder::findAll(text, QDate(2024, 6, 13));
        QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(sentence.mid(found[0].start, found[0].end - found[0].start)));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
