// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/studysettings.h"
#include "progress/dashboardstats.h"
#include "progress/statscsv.h"
#include "statsfixture.h"
#include "storage/settingsstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using StatsFixture::at;

namespace
{
StudySettings berlinSettings()
{
    StudySettings settings;
    settings.timeZone = StatsFixture::berlin();
    return settings;
}

/// The whiteboard's table (migration 0006), created here when that migration has not landed.
bool addDesignRounds(const StatsFixture::Collection &collection)
{
    return collection.exec(u"CREATE TABLE IF NOT EXISTS design_rounds (id INTEGER PRIMARY KEY, prompt_key TEXT, board_id INTEGER, started_at INTEGER, "
                           "ended_at INTEGER, time_used_ms INTEGER, rubric_checked INTEGER, rubric_total INTEGER)"_s)
        && collection.exec(u"INSERT INTO design_rounds (prompt_key, started_at, ended_at, time_used_ms, rubric_checked, rubric_total) VALUES "
                           "('feed-ranking', ?, ?, 2700000, 6, 10), ('rag-serving', ?, ?, 3000000, 8, 10), "
                           "('unfinished', ?, NULL, 600000, 1, 10), ('no-rubric', ?, ?, 1800000, 0, 0)"_s,
                           {at(3, 20, 10), at(3, 20, 10, 45), at(3, 27, 19), at(3, 27, 20), at(3, 28, 9), at(3, 30, 23, 55), at(3, 31, 0, 30)});
}
}

class TestDashboardStats : public QObject
{
    Q_OBJECT

private:
    StatsFixture::Collection m_collection;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collection.isValid(), qPrintable(m_collection.errorText()));
        QVERIFY(m_collection.addCards());
        QVERIFY(m_collection.addReviewLog());
    }

    void designRoundsAreEmptyWithoutTheWhiteboardTable()
    {
        StatsFixture::Collection empty;
        QVERIFY(empty.isValid());
        QVERIFY(empty.exec(u"DROP TABLE IF EXISTS design_rounds"_s));
        QString error;
        const auto rounds = DesignRoundStats::load(empty.db(), LocalDays(StatsFixture::berlin(), 4), &error);
        QVERIFY2(rounds, qPrintable(error));
        QVERIFY(rounds->rounds.isEmpty());
        QCOMPARE(rounds->meanScore(), 0.0);
    }

    void designRoundsCountFinishedRounds()
    {
        QVERIFY(addDesignRounds(m_collection));
        QString error;
        const auto stats = DesignRoundStats::load(m_collection.db(), LocalDays(StatsFixture::berlin(), 4), &error);
        QVERIFY2(stats, qPrintable(error));
        const QList<DesignRound> expected {
            {QDate(2026, 3, 20), u"feed-ranking"_s, 2'700'000, 6, 10},
            {QDate(2026, 3, 27), u"rag-serving"_s, 3'000'000, 8, 10},
            // Ended at 0:30: the study day before.
            {QDate(2026, 3, 30), u"no-rubric"_s, 1'800'000, 0, 0},
        };
        QCOMPARE(stats->rounds, expected);
        QCOMPARE(stats->timeUsedMs(), 7'500'000);
        // The round without a rubric is left out of the mean.
        QCOMPARE(stats->meanScore(), 0.7);
    }

    void interviewDateComesFromThePlanOrSixWeeksOut()
    {
        QCOMPARE(DashboardStats::interviewDateSetting(m_collection.db(), QDate(2026, 3, 31)), QDate(2026, 5, 12));
        QVERIFY(SettingsStore(m_collection.db()).setValue(DashboardStats::InterviewDateKey, u"not a date"_s));
        QCOMPARE(DashboardStats::interviewDateSetting(m_collection.db(), QDate(2026, 3, 31)), QDate(2026, 5, 12));
        QVERIFY(SettingsStore(m_collection.db()).setValue(DashboardStats::InterviewDateKey, u"2026-04-30"_s));
        QCOMPARE(DashboardStats::interviewDateSetting(m_collection.db(), QDate(2026, 3, 31)), QDate(2026, 4, 30));
    }

    void computeGathersEveryStatistic()
    {
        QString error;
        const auto stats = DashboardStats::compute(m_collection.db(), berlinSettings(), StatsFixture::now(), &error);
        QVERIFY2(stats, qPrintable(error));
        QCOMPARE(stats->today, QDate(2026, 3, 31));
        QCOMPARE(stats->interviewDate, QDate(2026, 4, 30));
        QCOMPARE(stats->desiredRetention, 0.9);
        QCOMPARE(stats->activity.size(), 11);
        QCOMPARE(stats->answers(), 19);
        QCOMPARE(stats->durationMs(), 63'500);
        QCOMPARE(stats->todayStats.answered.total(), 3);
        QCOMPARE(stats->todayStats.dueNow, 3);
        QCOMPARE(stats->streaks, (Streaks {4, 5}));
        QCOMPARE(stats->retention.answers, 11);
        QCOMPARE(stats->retention.passed, 8);
        QCOMPARE(stats->retentionByWeek.size(), 3);
        QCOMPARE(stats->retentionByMonth.size(), 2);
        QCOMPARE(stats->forecast.size(), Forecast::DefaultDays);
        QCOMPARE(stats->forecast.first().due, 4);
        QCOMPARE(stats->cards.counts.total, 9);
        QCOMPARE(stats->designRounds.rounds.size(), 3);
    }

    void csvHoldsTheNumbersOneARow()
    {
        QVERIFY(m_collection.exec(u"UPDATE decks SET name = 'Beta, \"the second\"' WHERE id = 2"_s));
        QString error;
        const auto stats = DashboardStats::compute(m_collection.db(), berlinSettings(), StatsFixture::now(), &error);
        QVERIFY2(stats, qPrintable(error));
        const QStringList lines = StatsCsv::write(*stats).split(u"\r\n"_s);
        QCOMPARE(lines.first(), u"section,date,group,measure,value"_s);
        QCOMPARE(lines.last(), QString());
        for (const QString &line : {u"today,2026-03-31,,answers,3"_s,
                                    u"today,2026-03-31,,due_now,3"_s,
                                    u"streak,2026-03-31,,longest,5"_s,
                                    u"reviews,2026-03-25,,mature,2"_s,
                                    u"reviews,2026-03-28,,seconds,2.5"_s,
                                    u"retention_month,2026-02-01,,true_retention,0.5"_s,
                                    u"retention_week,2026-03-23,,passed,5"_s,
                                    u"forecast,2026-04-05,,due,1"_s,
                                    u"cards,,,suspended,1"_s,
                                    u"deck,,\"Beta, \"\"the second\"\"\",total,5"_s,
                                    u"topic,,llm,mastery_now,1"_s,
                                    u"stability_days,,365+,cards,0"_s,
                                    u"design_round,2026-03-27,rag-serving,rubric_score,0.8"_s}) {
            QVERIFY2(lines.contains(line), qPrintable(line));
        }
        for (const QString &line : lines.mid(1, lines.size() - 2)) {
            QCOMPARE(line.count(u','), line.contains(u'"') ? 5 : 4);
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"
