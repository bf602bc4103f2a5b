// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studytrack.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

/// The user's inputs to the study plan, kept in the settings table under the keys the statistics
/// screen shares ("plan/interviewDate" is also where DashboardStats projects mastery to).
struct PlanSettings {
    static constexpr int DefaultWeeklyHours = 15;
    static constexpr int MinWeeklyHours = 1;
    static constexpr int MaxWeeklyHours = 80;
    static constexpr int DefaultConfidence = 3; ///< the neutral middle of the 1–5 scale
    static constexpr int MinConfidence = 1;
    static constexpr int MaxConfidence = 5;
    static constexpr int DefaultWeeksToInterview = 6;

    static const QString InterviewDateKey; ///< "plan/interviewDate", ISO date
    static const QString WeeklyHoursKey; ///< "plan/weeklyHours"
    /// "plan/confidence/<track key>"
    [[nodiscard]] static QString confidenceKey(StudyTrack track);

    QDate interviewDate;
    int weeklyHours = DefaultWeeklyHours;
    PerTrack<int> confidence {DefaultConfidence, DefaultConfidence, DefaultConfidence};

    /// The stored settings; out-of-range values are clamped, missing ones take their defaults (an
    /// interview date six weeks after `today`).
    [[nodiscard]] static PlanSettings load(const QSqlDatabase &db, QDate today);
    /// Stores the interview date six weeks after `today` when none is stored, so the default is
    /// "six weeks from first use" instead of a date that moves every day. Returns false on a database error.
    static bool ensureInterviewDate(QSqlDatabase &db, QDate today, QString *error);
    /// Validates and stores all values in one transaction; nothing is written when one is invalid.
    static bool save(QSqlDatabase &db, const PlanSettings &settings, QString *error);
};
