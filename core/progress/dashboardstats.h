// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstats.h"
#include "designroundstats.h"
#include "forecast.h"
#include "retention.h"
#include "reviewactivity.h"
#include "studycalendar.h"
#include "todaystats.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct StudySettings;

/// Every number of the statistics screen at one moment, derived from the review log, the card states and
/// the whiteboard's rounds (nothing here is stored). The GUI, `mlprep stats` and the benchmark all compute
/// it here, so they can never disagree.
struct DashboardStats {
    /// The interview date the study plan sets (ISO date); without it, six weeks from today.
    static const QString InterviewDateKey; ///< "plan/interviewDate"
    static constexpr int DefaultWeeksToInterview = 6;

    qint64 nowMs = 0;
    QDate today; ///< the local study day nowMs falls in
    QDate interviewDate;
    double desiredRetention = 0.9;

    QList<DayActivity> activity; ///< every day with answers, oldest first
    TodayStats todayStats;
    Streaks streaks;
    RetentionPeriod retention; ///< true retention over the whole log
    QList<RetentionPeriod> retentionByWeek;
    QList<RetentionPeriod> retentionByMonth;
    QList<DueDay> forecast; ///< Forecast::DefaultDays days from today
    CardStats cards; ///< mastery "on date" is projected to the start of interviewDate
    DesignRoundStats designRounds;

    [[nodiscard]] qint64 answers() const;
    [[nodiscard]] qint64 durationMs() const;

    [[nodiscard]] static QDate interviewDateSetting(const QSqlDatabase &db, QDate today);
    /// nullopt with `error` set on a database error.
    [[nodiscard]] static std::optional<DashboardStats> compute(const QSqlDatabase &db, const StudySettings &settings, qint64 nowMs, QString *error);
};
