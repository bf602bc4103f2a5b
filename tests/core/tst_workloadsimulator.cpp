// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/workloadsimulator.h"
#include "statsfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using StatsFixture::at;

namespace
{
const LocalDays &berlinDays()
{
    static const LocalDays days(StatsFixture::berlin(), 4);
    return days;
}

WorkloadSimulator::Options options(int days, int newPerDay)
{
    WorkloadSimulator::Options result;
    result.days = days;
    result.newPerDay = newPerDay;
    return result;
}

/// A Review card so stable that it is recalled whenever it comes up, and then not seen again for years.
Fsrs::FsrsCard solidCard(qint64 dueMs)
{
    Fsrs::FsrsCard card;
    card.state = Fsrs::CardState::Review;
    card.stability = 1e6;
    card.difficulty = 5;
    card.lastReviewMs = dueMs - 10 * StatsFixture::Day;
    card.dueMs = dueMs;
    return card;
}
}

class TestWorkloadSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCardsComeInAtTheChosenRate()
    {
        const WorkloadForecast forecast = WorkloadSimulator::simulate({{}, 5, {}}, options(10, 2), {}, berlinDays(), StatsFixture::now());
        QCOMPARE(forecast.days.size(), 10);
        QCOMPARE(forecast.days.first().day, QDate(2026, 3, 31));
        QList<int> introduced;
        for (const SimulatedDay &day : forecast.days) {
            introduced.append(day.newCards);
            QVERIFY(day.answers >= day.newCards);
        }
        QCOMPARE(introduced, (QList<int> {2, 2, 1, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(forecast.allIntroducedOn, QDate(2026, 4, 2));
        QCOMPARE(forecast.days.at(0).reviews, 0);
    }

    void allIntroducedDateReachesPastTheSimulatedDays()
    {
        const WorkloadForecast forecast = WorkloadSimulator::simulate({{}, 100, {}}, options(3, 10), {}, berlinDays(), StatsFixture::now());
        QCOMPARE(forecast.allIntroducedOn, QDate(2026, 3, 31).addDays(9));
        QCOMPARE(WorkloadSimulator::simulate({{}, 0, {}}, options(3, 10), {}, berlinDays(), StatsFixture::now()).allIntroducedOn, QDate(2026, 3, 31));
        QCOMPARE(WorkloadSimulator::simulate({{}, 4, {}}, options(3, 0), {}, berlinDays(), StatsFixture::now()).allIntroducedOn, std::nullopt);
    }

    void scheduledCardsComeUpOnTheirDueDay()
    {
        const WorkloadSimulator::Start start {{solidCard(at(4, 5, 9)), solidCard(at(3, 20, 9))}, 0, {}};
        WorkloadSimulator::Options chosen = options(10, 0);
        chosen.secondsPerAnswer = 30;
        const WorkloadForecast forecast = WorkloadSimulator::simulate(start, chosen, {}, berlinDays(), StatsFixture::now());
        QList<int> answers;
        QList<int> reviews;
        for (const SimulatedDay &day : forecast.days) {
            answers.append(day.answers);
            reviews.append(day.reviews);
        }
        // The overdue card is done today, the other on 5 April; both then wait for years.
        QCOMPARE(answers, (QList<int> {1, 0, 0, 0, 0, 1, 0, 0, 0, 0}));
        QCOMPARE(reviews, answers);
        QCOMPARE(forecast.days.at(5).minutes, 0.5);
        QCOMPARE(forecast.peakAnswers(), 1);
        QCOMPARE(forecast.averageAnswers(), 0.2);
    }

    void theSameInputGivesTheSameForecast()
    {
        WorkloadSimulator::Start start;
        start.newCards = 50;
        for (int i = 0; i < 40; ++i) {
            Fsrs::FsrsCard card = solidCard(at(4, 1 + i % 20, 9));
            card.stability = 1.0 + i;
            start.scheduled.append(card);
        }
        const WorkloadForecast first = WorkloadSimulator::simulate(start, options(30, 5), {}, berlinDays(), StatsFixture::now());
        const WorkloadForecast second = WorkloadSimulator::simulate(start, options(30, 5), {}, berlinDays(), StatsFixture::now());
        QCOMPARE(first.days, second.days);
        // A higher desired retention means shorter intervals, so never fewer answers over a month.
        WorkloadSimulator::Options strict = options(30, 5);
        strict.desiredRetention = 0.97;
        const WorkloadForecast harder = WorkloadSimulator::simulate(start, strict, {}, berlinDays(), StatsFixture::now());
        QVERIFY(harder.averageAnswers() > first.averageAnswers());
    }

    void loadsTheCollectionsSchedule()
    {
        StatsFixture::Collection collection;
        QVERIFY2(collection.isValid(), qPrintable(collection.errorText()));
        QVERIFY(collection.addCards());
        QVERIFY(collection.addReviewLog());
        QString error;
        const auto start = WorkloadSimulator::load(collection.db(), &error);
        QVERIFY2(start, qPrintable(error));
        // Cards 1–6 and 11: suspended, retired, deleted and new cards are not scheduled.
        QCOMPARE(start->scheduled.size(), 7);
        QCOMPARE(start->newCards, 1);
        // 63 500 ms over 19 timed answers (the manual entry has no time).
        QCOMPARE(*start->secondsPerAnswer, 63.5 / 19);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadSimulator)
#include "tst_workloadsimulator.moc"
