// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/jobemphasis.h"
#include "progress/plansettings.h"
#include "progress/studyplan.h"
#include "storage/settingsstore.h"
#include "studyfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PerTrack<int>)
using TestSupport::StudyFixture;

namespace
{
/// 2025-03-12, a Wednesday: five days of its week are left, today included.
const QDate Wednesday(2025, 3, 12);

PerTrack<int> minutes(int coding, int design, int domain)
{
    return {coding, design, domain};
}

qint64 localMs(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}
}

class TestStudyPlan : public QObject
{
    Q_OBJECT

private:
    static void addTime(StudyFixture &fixture, const QString &track, const QString &day, int minutes)
    {
        QVERIFY(
            fixture.exec(u"INSERT INTO time_log (track, kind, day, minutes, created_at) VALUES ('%1', 'other', '%2', %3, 0)"_s.arg(track, day).arg(minutes)));
    }

    static void addRound(StudyFixture &fixture, qint64 startedAt, qint64 usedMs)
    {
        QVERIFY(fixture.exec(u"INSERT INTO design_rounds (prompt_key, started_at, ended_at, time_used_ms) VALUES ('feed-ranking', %1, %2, %3)"_s.arg(startedAt)
                                 .arg(startedAt + usedMs)
                                 .arg(usedMs)));
    }

private Q_SLOTS:
    void defaultSplit()
    {
        const PerTrack<double> shares = StudyPlan::shares({3, 3, 3}, JobEmphasis {});
        QCOMPARE(shares[0], 0.25);
        QCOMPARE(shares[1], 0.40);
        QCOMPARE(shares[2], 0.35);
        QCOMPARE(StudyPlan::splitMinutes(15 * 60, shares), minutes(225, 360, 315));
        QCOMPARE(StudyPlan::splitMinutes(10 * 60, shares), minutes(150, 240, 210));
    }

    void confidenceReweights_data()
    {
        QTest::addColumn<PerTrack<int>>("confidence");
        QTest::addColumn<PerTrack<int>>("expected");
        // Factors 1.5 / 1 / 0.5: shares .375 .4 .175 of .95.
        QTest::addRow("unsure coding, sure domain") << PerTrack<int> {1, 3, 5} << minutes(355, 379, 166);
        // The same rating everywhere changes nothing: only differences move time.
        QTest::addRow("all sure") << PerTrack<int> {5, 5, 5} << minutes(225, 360, 315);
        QTest::addRow("all unsure") << PerTrack<int> {1, 1, 1} << minutes(225, 360, 315);
    }

    void confidenceReweights()
    {
        QFETCH(PerTrack<int>, confidence);
        QFETCH(PerTrack<int>, expected);
        const PerTrack<int> split = StudyPlan::splitMinutes(900, StudyPlan::shares(confidence, JobEmphasis {}));
        QCOMPARE(split, expected);
        QCOMPARE(split[0] + split[1] + split[2], 900);
    }

    void confidenceFactorIsDocumentedLine()
    {
        QCOMPARE(StudyPlan::confidenceFactor(1), 1.5);
        QCOMPARE(StudyPlan::confidenceFactor(3), 1.0);
        QCOMPARE(StudyPlan::confidenceFactor(5), 0.5);
        QCOMPARE(StudyPlan::confidenceFactor(9), 0.5);
    }

    void jobEmphasisReweights_data()
    {
        QTest::addColumn<double>("mlShare");
        QTest::addColumn<int>("postings");
        QTest::addColumn<PerTrack<int>>("expected");
        QTest::addColumn<int>("focus");
        QTest::addRow("no postings: neutral") << 1.0 << 0 << minutes(225, 360, 315) << int(StudyPlan::DesignFocus::Balanced);
        QTest::addRow("all ML systems") << 1.0 << 3 << minutes(107, 343, 450) << int(StudyPlan::DesignFocus::MlSystems);
        QTest::addRow("all systems with ML") << 0.0 << 3 << minutes(355, 379, 166) << int(StudyPlan::DesignFocus::DistributedSystems);
        QTest::addRow("one ML posting: a third") << 1.0 << 1 << minutes(184, 354, 362) << int(StudyPlan::DesignFocus::MlSystems);
        QTest::addRow("even split") << 0.5 << 10 << minutes(225, 360, 315) << int(StudyPlan::DesignFocus::Balanced);
    }

    void jobEmphasisReweights()
    {
        QFETCH(double, mlShare);
        QFETCH(int, postings);
        QFETCH(PerTrack<int>, expected);
        QFETCH(int, focus);
        const JobEmphasis jobs {mlShare, postings};
        QCOMPARE(StudyPlan::splitMinutes(900, StudyPlan::shares({3, 3, 3}, jobs)), expected);
        QCOMPARE(int(StudyPlan::designFocus(jobs)), focus);
    }

    void confidenceAndJobsCombine()
    {
        const JobEmphasis jobs {0.75, 6};
        QCOMPARE(StudyPlan::splitMinutes(900, StudyPlan::shares({2, 4, 3}, jobs)), minutes(217, 278, 405));
    }

    void jobEmphasisRoundTrips()
    {
        StudyFixture fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorText()));
        QSqlDatabase db = fixture.db();
        QCOMPARE(JobEmphasisStore::load(db).postings, 0);
        QCOMPARE(JobEmphasisStore::load(db).mlSystemsShare, 0.5);
        QString error;
        QVERIFY2(JobEmphasisStore::save(db, JobEmphasis {0.8, 4}, &error), qPrintable(error));
        QCOMPARE(JobEmphasisStore::load(db).mlSystemsShare, 0.8);
        QCOMPARE(JobEmphasisStore::load(db).postings, 4);
        QVERIFY(JobEmphasisStore::save(db, JobEmphasis {7.0, -2}, &error));
        QCOMPARE(JobEmphasisStore::load(db).mlSystemsShare, 1.0);
        QCOMPARE(JobEmphasisStore::load(db).postings, 0);
    }

    void settingsDefaultsAndClamping()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        PlanSettings settings = PlanSettings::load(fixture.db(), Wednesday);
        QCOMPARE(settings.interviewDate, QDate(2025, 4, 23));
        QCOMPARE(settings.weeklyHours, 15);
        QCOMPARE(settings.confidence, minutes(3, 3, 3));

        QVERIFY(fixture.setSetting(u"plan/confidence/design"_s, u"9"_s));
        QVERIFY(fixture.setSetting(u"plan/weeklyHours"_s, u"0"_s));
        settings = PlanSettings::load(fixture.db(), Wednesday);
        QCOMPARE(settings.confidence, minutes(3, 5, 3));
        QCOMPARE(settings.weeklyHours, 1);
    }

    void interviewDateIsFixedAtFirstUse()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        QSqlDatabase db = fixture.db();
        QString error;
        QVERIFY(PlanSettings::ensureInterviewDate(db, Wednesday, &error));
        QVERIFY(PlanSettings::ensureInterviewDate(db, Wednesday.addDays(10), &error));
        QCOMPARE(SettingsStore(db).value(u"plan/interviewDate"_s), u"2025-04-23"_s);
        QCOMPARE(PlanSettings::load(db, Wednesday.addDays(10)).interviewDate, QDate(2025, 4, 23));
    }

    void saveValidatesEverythingFirst()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        QSqlDatabase db = fixture.db();
        PlanSettings settings = PlanSettings::load(db, Wednesday);
        settings.interviewDate = QDate(2025, 5, 1);
        settings.confidence = {1, 2, 6};
        QString error;
        QVERIFY(!PlanSettings::save(db, settings, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(SettingsStore(db).value(u"plan/interviewDate"_s).isEmpty(), "an invalid rating must not let the date through");

        settings.confidence = {1, 2, 5};
        settings.weeklyHours = 12;
        QVERIFY2(PlanSettings::save(db, settings, &error), qPrintable(error));
        const PlanSettings loaded = PlanSettings::load(db, Wednesday);
        QCOMPARE(loaded.interviewDate, QDate(2025, 5, 1));
        QCOMPARE(loaded.weeklyHours, 12);
        QCOMPARE(loaded.confidence, minutes(1, 2, 5));
        QCOMPARE(SettingsStore(db).value(u"plan/confidence/domain"_s), u"5"_s);
    }

    void plannedVersusActualWithDesignRounds()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.setSetting(u"plan/weeklyHours"_s, u"10"_s));
        QVERIFY(fixture.setSetting(u"plan/interviewDate"_s, u"2025-04-01"_s));
        // This week (from Monday 2025-03-10).
        addTime(fixture, u"coding"_s, u"2025-03-10"_s, 60);
        addTime(fixture, u"design"_s, u"2025-03-11"_s, 30);
        addRound(fixture, localMs(QDate(2025, 3, 11), 12), 45 * 60'000); // 45 min
        addRound(fixture, localMs(QDate(2025, 3, 12), 9), 100'000); // 1 min 40 s: rounds to 2
        addRound(fixture, localMs(QDate(2025, 3, 12), 10), 20'000); // under half a minute: not counted
        // Last week, including a round at 2 am on Monday, which belongs to Sunday's study day.
        addTime(fixture, u"domain"_s, u"2025-03-05"_s, 120);
        addRound(fixture, localMs(QDate(2025, 3, 10), 2), 30 * 60'000);
        // Next week: outside the plan's weeks.
        addTime(fixture, u"coding"_s, u"2025-03-17"_s, 500);

        QSqlDatabase db = fixture.db();
        QString error;
        const auto plan = StudyPlan::compute(db, Wednesday, StudyFixture::NoonMs, 3, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->daysToInterview, 20);
        QCOMPARE(plan->weeklyMinutes, minutes(150, 240, 210));
        QCOMPARE(plan->weeks.size(), 3);
        QCOMPARE(plan->weeks.at(0).start, QDate(2025, 2, 24));
        QCOMPARE(plan->weeks.at(0).actualMinutes, minutes(0, 0, 0));
        QCOMPARE(plan->weeks.at(1).start, QDate(2025, 3, 3));
        QCOMPARE(plan->weeks.at(1).actualMinutes, minutes(0, 30, 120));
        QCOMPARE(plan->weeks.at(2).start, QDate(2025, 3, 10));
        QCOMPARE(plan->weeks.at(2).plannedMinutes, minutes(150, 240, 210));
        QCOMPARE(plan->weeks.at(2).actualMinutes, minutes(60, 77, 0));

        // Behind: coding 90, design 163, domain 210 → domain, 210 over five days.
        QCOMPARE(plan->advice.track, std::optional(StudyTrack::Domain));
        QCOMPARE(plan->advice.behindMinutes, 210);
        QCOMPARE(plan->advice.daysLeftInWeek, 5);
        QCOMPARE(plan->advice.minutes, 42);
    }

    void todayCountsDueCards()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        const qint64 deck = fixture.addDeck(u"deck"_s);
        QVERIFY(fixture.addCard(deck, StudyFixture::reviewRow(StudyFixture::NoonMs - 3'600'000)));
        QVERIFY(fixture.addCard(deck, StudyFixture::learningRow(StudyFixture::NoonMs - 60'000)));
        QVERIFY(fixture.addCard(deck, StudyFixture::reviewRow(StudyFixture::NoonMs + 3'600'000)));
        const qint64 suspended = fixture.addCard(deck, StudyFixture::reviewRow(StudyFixture::NoonMs - 3'600'000));
        QVERIFY(fixture.exec(u"UPDATE card_state SET suspended = 1 WHERE card_id = %1"_s.arg(suspended)));
        QSqlDatabase db = fixture.db();
        QString error;
        const auto plan = StudyPlan::compute(db, QDate(2025, 3, 10), StudyFixture::NoonMs, 1, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->advice.dueCards, 2);
        QCOMPARE(plan->advice.track, std::optional(StudyTrack::Design));
        QCOMPARE(plan->advice.minutes, 52); // 360 over seven days, rounded up
    }

    void adviceWhenEverythingIsDone()
    {
        const StudyPlan::Week week {QDate(2025, 3, 10), minutes(100, 100, 100), minutes(100, 150, 100)};
        const StudyPlan::TodayAdvice advice = StudyPlan::advise(week, QDate(2025, 3, 16), 4);
        QVERIFY(!advice.track);
        QCOMPARE(advice.minutes, 0);
        QCOMPARE(advice.daysLeftInWeek, 1);
        QCOMPARE(advice.dueCards, 4);
    }

    void weekStartsOnMonday()
    {
        QCOMPARE(StudyPlan::weekStart(QDate(2025, 3, 16)), QDate(2025, 3, 10));
        QCOMPARE(StudyPlan::weekStart(QDate(2025, 3, 10)), QDate(2025, 3, 10));
    }
};

QTEST_GUILESS_MAIN(TestStudyPlan)
#include "tst_studyplan.moc"
