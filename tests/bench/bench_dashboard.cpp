// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics screen on a generated collection of 100 000 cards and 1 000 000 reviews in 40 decks.
// Target: every number of the dashboard (DashboardStats::compute) in < 300 ms (median).
#include "cards/studysettings.h"
#include "generatedcollection.h"
#include "progress/dashboardstats.h"
#include "progress/workloadsimulator.h"

#include <benchmark/benchmark.h>

namespace
{
StudySettings settings()
{
    StudySettings result;
    result.timeZone = QTimeZone("Europe/Berlin");
    return result;
}

/// What the dashboard computes each time it is shown.
void wholeDashboard(benchmark::State &state)
{
    const auto &database = TestSupport::benchmarkCollection();
    const StudySettings study = settings();
    qint64 answers = 0;
    for (auto _ : state) {
        QString error;
        const auto stats = DashboardStats::compute(database.connection(), study, database.spec().nowMs, &error);
        if (!stats) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        answers = stats->answers();
        benchmark::DoNotOptimize(stats->cards.knowledge);
    }
    state.counters["answers"] = double(answers);
}
BENCHMARK(wholeDashboard)->Unit(benchmark::kMillisecond);

/// The workload forecast of the dashboard and of `mlprep simulate`: 30 days, 20 new cards a day.
void workloadForecast(benchmark::State &state)
{
    const auto &database = TestSupport::benchmarkCollection();
    const StudySettings study = settings();
    QString error;
    const auto start = WorkloadSimulator::load(database.connection(), &error);
    if (!start) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    WorkloadSimulator::Options options;
    options.days = int(state.range(0));
    double average = 0;
    for (auto _ : state) {
        const WorkloadForecast forecast = WorkloadSimulator::simulate(*start, options, study.fsrs, LocalDays::fromSettings(study), database.spec().nowMs);
        average = forecast.averageAnswers();
    }
    state.counters["answers_per_day"] = average;
}
BENCHMARK(workloadForecast)->Arg(30)->Arg(365)->Unit(benchmark::kMillisecond);
}
