// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/retention.h"
#include "progress/reviewactivity.h"
#include "progress/studycalendar.h"
#include "progress/todaystats.h"
#include "statsfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using StatsFixture::at;

namespace
{
DayActivity day(QDate date, int learning, int young, int mature, int relearning, int filtered, int again, int passed, qint64 durationMs)
{
    return DayActivity {date, learning, young, mature, relearning, filtered, again, passed, durationMs};
}

QDate march(int day)
{
    return QDate(2026, 3, day);
}

const LocalDays &berlinDays()
{
    static const LocalDays days(StatsFixture::berlin(), 4);
    return days;
}
}

char *toString(const DayActivity &day)
{
    return qstrdup(qPrintable(u"%1: learning %2 young %3 mature %4 relearning %5 filtered %6 again %7 passed %8 ms %9"_s.arg(day.day.toString(Qt::ISODate))
                                  .arg(day.learning)
                                  .arg(day.young)
                                  .arg(day.mature)
                                  .arg(day.relearning)
                                  .arg(day.filtered)
                                  .arg(day.again)
                                  .arg(day.passed)
                                  .arg(day.durationMs)));
}

char *toString(const RetentionPeriod &period)
{
    return qstrdup(qPrintable(u"%1: %2 of %3"_s.arg(period.start.toString(Qt::ISODate)).arg(period.passed).arg(period.answers)));
}

class TestReviewActivity : public QObject
{
    Q_OBJECT

private:
    StatsFixture::Collection m_collection;
    QList<DayActivity> m_activity;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collection.isValid(), qPrintable(m_collection.errorText()));
        QVERIFY(m_collection.addCards());
        QVERIFY(m_collection.addReviewLog());
        QString error;
        const auto activity = ReviewActivity::load(m_collection.db(), berlinDays(), &error);
        QVERIFY2(activity, qPrintable(error));
        m_activity = *activity;
    }

    void daysStartAtTheDayStartHourAcrossSummerTime()
    {
        const LocalDays &days = berlinDays();
        QCOMPARE(days.dayOf(at(3, 26, 3, 59)), march(25));
        QCOMPARE(days.dayOf(at(3, 26, 4)), march(26));
        QCOMPARE(days.dayOf(at(3, 29, 3, 30)), march(28));
        // Saturday 28 March lasts 23 hours: 4 am winter time to 4 am summer time.
        QCOMPARE(days.endOf(march(28)) - days.startOf(march(28)), 23 * 3600'000LL);
        QCOMPARE(days.startOf(march(29)), QDateTime(march(29), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void answersAreCountedPerDayByKind()
    {
        const QList<DayActivity> expected {
            day(QDate(2026, 2, 24), 1, 0, 0, 0, 0, 0, 0, 1000),
            day(QDate(2026, 2, 25), 1, 0, 0, 0, 0, 0, 0, 1000),
            day(QDate(2026, 2, 26), 1, 0, 0, 0, 0, 0, 0, 1000),
            day(QDate(2026, 2, 27), 0, 1, 0, 0, 0, 0, 1, 2000),
            day(QDate(2026, 2, 28), 0, 1, 0, 0, 0, 1, 0, 2000),
            day(march(23), 2, 0, 0, 0, 0, 1, 0, 12000),
            // 21 days is mature, as in Anki; the 2:30 am answer counts for the evening before.
            day(march(25), 0, 1, 2, 1, 0, 1, 2, 15000),
            day(march(28), 0, 1, 1, 0, 0, 0, 2, 2500),
            // The manual reschedule is not an answer.
            day(march(29), 0, 0, 1, 0, 0, 0, 1, 8000),
            day(march(30), 0, 0, 1, 0, 1, 0, 1, 5000),
            day(march(31), 1, 1, 1, 0, 0, 2, 1, 14000),
        };
        QCOMPARE(m_activity, expected);
    }

    void emptyLogHasNoDays()
    {
        StatsFixture::Collection empty;
        QVERIFY(empty.isValid());
        QString error;
        const auto activity = ReviewActivity::load(empty.db(), berlinDays(), &error);
        QVERIFY2(activity, qPrintable(error));
        QVERIFY(activity->isEmpty());
    }

    void strayTimestampsDoNotStretchTheDays()
    {
        StatsFixture::Collection collection;
        QVERIFY(collection.isValid());
        QVERIFY(collection.addCards());
        const qint64 stray1975 = QDateTime(QDate(1975, 6, 1), QTime(12, 0), StatsFixture::berlin()).toMSecsSinceEpoch();
        const qint64 stray2300 = QDateTime(QDate(2300, 1, 1), QTime(12, 0), StatsFixture::berlin()).toMSecsSinceEpoch();
        QVERIFY(collection.answer(1, stray1975, 3, 0, 0, 1000));
        QVERIFY(collection.answer(1, stray2300, 3, 1, 0, 1000));
        QString error;
        const auto activity = ReviewActivity::load(collection.db(), berlinDays(), &error);
        QVERIFY2(activity, qPrintable(error));
        QCOMPARE(*activity, (QList<DayActivity> {day(QDate(1975, 6, 1), 1, 0, 0, 0, 0, 0, 0, 1000), day(QDate(2300, 1, 1), 0, 1, 0, 0, 0, 0, 1, 1000)}));
    }

    void streaksCountConsecutiveStudyDays()
    {
        QCOMPARE(StudyCalendar::streaks(m_activity, march(31)), (Streaks {4, 5}));
        // Not studied yet today: the run up to yesterday still counts.
        QCOMPARE(StudyCalendar::streaks(m_activity, QDate(2026, 4, 1)), (Streaks {4, 5}));
        QCOMPARE(StudyCalendar::streaks(m_activity, QDate(2026, 4, 2)), (Streaks {0, 5}));
        // Days after "today" are ignored.
        QCOMPARE(StudyCalendar::streaks(m_activity, march(25)), (Streaks {1, 5}));
        QCOMPARE(StudyCalendar::streaks({}, march(31)), (Streaks {0, 0}));
    }

    void daysBetweenFillsEveryDay()
    {
        const QList<DayActivity> days = StudyCalendar::daysBetween(m_activity, march(22), march(26));
        QCOMPARE(days.size(), 5);
        QCOMPARE(days.at(0), day(march(22), 0, 0, 0, 0, 0, 0, 0, 0));
        QCOMPARE(days.at(1), m_activity.at(5));
        QCOMPARE(days.at(2).day, march(24));
        QCOMPARE(days.at(2).total(), 0);
        QCOMPARE(days.at(3), m_activity.at(6));
        QCOMPARE(days.at(4).total(), 0);
        QVERIFY(StudyCalendar::daysBetween(m_activity, march(26), march(22)).isEmpty());
    }

    void trueRetentionByWeekMonthAndOverall()
    {
        const QList<RetentionPeriod> weeks {{QDate(2026, 2, 23), 2, 1}, {march(23), 6, 5}, {march(30), 3, 2}};
        QCOMPARE(Retention::byPeriod(m_activity, Retention::Period::Week), weeks);
        const QList<RetentionPeriod> months {{QDate(2026, 2, 1), 2, 1}, {QDate(2026, 3, 1), 9, 7}};
        QCOMPARE(Retention::byPeriod(m_activity, Retention::Period::Month), months);
        const RetentionPeriod overall = Retention::overall(m_activity);
        QCOMPARE(overall.answers, 11);
        QCOMPARE(overall.passed, 8);
        QCOMPARE(overall.rate(), 8.0 / 11.0);
        QCOMPARE(RetentionPeriod {}.rate(), 0.0);
    }

    void todayCountsAnswersAndDueCards()
    {
        QString error;
        const auto today = Today::load(m_collection.db(), m_activity, march(31), StatsFixture::now(), &error);
        QVERIFY2(today, qPrintable(error));
        QCOMPARE(today->answered, m_activity.last());
        QCOMPARE(today->answered.total(), 3);
        QCOMPARE(today->againRate(), 2.0 / 3.0);
        // Learning card 1, relearning card 2 and overdue card 6; buried card 11 waits until tomorrow.
        QCOMPARE(today->dueNow, 3);

        const auto tomorrow = Today::load(m_collection.db(), m_activity, QDate(2026, 4, 1), at(4, 1, 12), &error);
        QVERIFY2(tomorrow, qPrintable(error));
        QCOMPARE(tomorrow->answered.total(), 0);
        QCOMPARE(tomorrow->againRate(), 0.0);
        QCOMPARE(tomorrow->dueNow, 4);
    }
};

QTEST_GUILESS_MAIN(TestReviewActivity)
#include "tst_reviewactivity.moc"
