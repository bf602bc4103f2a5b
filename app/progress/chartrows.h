// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartmodel.h"
#include "progress/dashboardstats.h"
#include "progress/workloadsimulator.h"

/// Turns the dashboard's numbers into chart rows with their axis labels and tooltips: the wording lives here,
/// once, instead of in each chart component.
namespace ChartRows
{
/// One cell per day of the last 53 weeks, starting on a Monday so that a cell's row is its weekday.
[[nodiscard]] QList<ChartModel::Row> heatmap(const DashboardStats &stats);
/// The last `days` days stacked by learning, young, mature, relearning, filtered; or, with `minutes`, one
/// series of answer time.
[[nodiscard]] QList<ChartModel::Row> reviews(const DashboardStats &stats, int days, bool minutes);
[[nodiscard]] QStringList reviewSeries(bool minutes);
[[nodiscard]] QList<ChartModel::Row> forecast(const DashboardStats &stats);
/// True retention in percent, the last 26 weeks or 24 months.
[[nodiscard]] QList<ChartModel::Row> retention(const DashboardStats &stats, bool byMonth);
enum class Histogram { Stability, Difficulty, Retrievability };
[[nodiscard]] QList<ChartModel::Row> histogram(const DashboardStats &stats, Histogram which);
/// Rubric score in percent per finished design round.
[[nodiscard]] QList<ChartModel::Row> designRounds(const DashboardStats &stats);
[[nodiscard]] QList<ChartModel::Row> workload(const WorkloadForecast &forecast);
}
