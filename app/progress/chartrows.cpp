// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartrows.h"

#include "progress/studycalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ChartRows", text, nullptr, n);
}

QString longDate(QDate day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString shortDate(QDate day)
{
    return QLocale().toString(day, u"d MMM"_s);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u" %"_s;
}

/// An axis label on every `step`-th bar only, so that labels never overlap.
QString sparseLabel(qsizetype index, qsizetype count, const QString &text)
{
    const qsizetype step = std::max<qsizetype>(1, count / 6);
    return index % step == 0 ? text : QString();
}

QString binText(const Distribution &values, qsizetype bin, const QString &unit)
{
    const double from = values.edges.at(bin);
    const double to = values.edges.at(bin + 1);
    return std::isinf(to) ? u"≥ %1 %2"_s.arg(from).arg(unit) : u"%1–%2 %3"_s.arg(from).arg(to).arg(unit);
}
}

QList<ChartModel::Row> ChartRows::heatmap(const DashboardStats &stats)
{
    const QDate lastYear = stats.today.addDays(-52 * 7);
    const QDate first = lastYear.addDays(1 - lastYear.dayOfWeek());
    QList<ChartModel::Row> rows;
    const QList<DayActivity> days = StudyCalendar::daysBetween(stats.activity, first, stats.today);
    for (const DayActivity &day : days) {
        const QString label = day.day.dayOfWeek() == 1 && day.day.day() <= 7 ? QLocale().standaloneMonthName(day.day.month(), QLocale::ShortFormat) : QString();
        rows.append(ChartModel::Row {label, tr("%1: %n answers", day.total()).arg(longDate(day.day)), {double(day.total())}});
    }
    return rows;
}

QList<ChartModel::Row> ChartRows::reviews(const DashboardStats &stats, int dayCount, bool minutes)
{
    QList<ChartModel::Row> rows;
    const QList<DayActivity> days = StudyCalendar::daysBetween(stats.activity, stats.today.addDays(1 - dayCount), stats.today);
    for (qsizetype i = 0; i < days.size(); ++i) {
        const DayActivity &day = days.at(i);
        const QString label = sparseLabel(days.size() - 1 - i, days.size(), shortDate(day.day));
        const double dayMinutes = day.durationMs / 60000.0;
        if (minutes) {
            rows.append(ChartModel::Row {label, tr("%1: %2 minutes").arg(longDate(day.day), QLocale().toString(dayMinutes, 'f', 1)), {dayMinutes}});
            continue;
        }
        const QString detail = tr("%1: %n answers", day.total()).arg(longDate(day.day)) + u"\n"_s
            + tr("learning %1 · young %2 · mature %3 · relearning %4").arg(day.learning).arg(day.young).arg(day.mature).arg(day.relearning)
            + (day.filtered > 0 ? tr(" · filtered %1").arg(day.filtered) : QString());
        rows.append(
            ChartModel::Row {label, detail, {double(day.learning), double(day.young), double(day.mature), double(day.relearning), double(day.filtered)}});
    }
    return rows;
}

QStringList ChartRows::reviewSeries(bool minutes)
{
    if (minutes) {
        return {tr("Minutes")};
    }
    return {tr("Learning"), tr("Young"), tr("Mature"), tr("Relearning"), tr("Filtered")};
}

QList<ChartModel::Row> ChartRows::forecast(const DashboardStats &stats)
{
    QList<ChartModel::Row> rows;
    for (qsizetype i = 0; i < stats.forecast.size(); ++i) {
        const DueDay &day = stats.forecast.at(i);
        const QString detail = i == 0 ? tr("Today, with overdue cards: %n due", day.due) : tr("%1: %n due", day.due).arg(longDate(day.day));
        rows.append(ChartModel::Row {sparseLabel(i, stats.forecast.size(), shortDate(day.day)), detail, {double(day.due)}});
    }
    return rows;
}

QList<ChartModel::Row> ChartRows::retention(const DashboardStats &stats, bool byMonth)
{
    const QList<RetentionPeriod> &all = byMonth ? stats.retentionByMonth : stats.retentionByWeek;
    const qsizetype keep = byMonth ? 24 : 26;
    const QList<RetentionPeriod> periods = all.mid(std::max<qsizetype>(0, all.size() - keep));
    QList<ChartModel::Row> rows;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const RetentionPeriod &period = periods.at(i);
        const QString name = byMonth ? QLocale().toString(period.start, u"MMMM yyyy"_s) : tr("Week of %1").arg(longDate(period.start));
        const QString detail = tr("%1: %2 passed of %n review answers", period.answers).arg(name, percent(period.rate()));
        const QString label = byMonth ? QLocale().toString(period.start, u"MMM yy"_s) : shortDate(period.start);
        rows.append(ChartModel::Row {sparseLabel(periods.size() - 1 - i, periods.size(), label), detail, {period.rate() * 100.0}});
    }
    return rows;
}

QList<ChartModel::Row> ChartRows::histogram(const DashboardStats &stats, Histogram which)
{
    const Distribution &values = which == Histogram::Stability ? stats.cards.stability
        : which == Histogram::Difficulty                       ? stats.cards.difficulty
                                                               : stats.cards.retrievability;
    const QString unit = which == Histogram::Stability ? tr("days") : u"%"_s;
    // Only the lower edges, on every other bin (every fourth of the twenty retrievability bins), so they fit.
    const qsizetype step = which == Histogram::Retrievability ? 4 : 2;
    QList<ChartModel::Row> rows;
    for (qsizetype bin = 0; bin < values.counts.size(); ++bin) {
        const QString range = binText(values, bin, unit);
        const QString label = bin % step == 0 ? QLocale().toString(values.edges.at(bin)) : QString();
        rows.append(ChartModel::Row {label, tr("%1: %n cards", values.counts.at(bin)).arg(range), {double(values.counts.at(bin))}});
    }
    return rows;
}

QList<ChartModel::Row> ChartRows::designRounds(const DashboardStats &stats)
{
    QList<ChartModel::Row> rows;
    const QList<DesignRound> &rounds = stats.designRounds.rounds;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const DesignRound &round = rounds.at(i);
        const QString detail = tr("%1, %2: rubric %3 of %4 (%5) in %6 min")
                                   .arg(longDate(round.day), round.promptKey)
                                   .arg(round.rubricChecked)
                                   .arg(round.rubricTotal)
                                   .arg(percent(round.score()))
                                   .arg(qRound(round.timeUsedMs / 60000.0));
        rows.append(ChartModel::Row {sparseLabel(i, rounds.size(), shortDate(round.day)), detail, {round.score() * 100.0}});
    }
    return rows;
}

QList<ChartModel::Row> ChartRows::workload(const WorkloadForecast &forecast)
{
    QList<ChartModel::Row> rows;
    for (qsizetype i = 0; i < forecast.days.size(); ++i) {
        const SimulatedDay &day = forecast.days.at(i);
        const QString detail = tr("%1: %n answers", day.answers).arg(longDate(day.day)) + u"\n"_s
            + tr("%1 reviews · %2 new cards · about %3 min").arg(day.reviews).arg(day.newCards).arg(qRound(day.minutes));
        rows.append(ChartModel::Row {sparseLabel(i, forecast.days.size(), shortDate(day.day)), detail, {double(day.answers)}});
    }
    return rows;
}
