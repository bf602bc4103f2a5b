// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobemphasis.h"
#include "plansettings.h"
#include "studytrack.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The study plan: how the weekly hours split across the tracks, how the weeks went against that
/// split, and what to do today. Everything is derived from the plan settings, the job emphasis and the
/// time log each time; nothing here is stored.
///
/// The split (docs/study-plan.md has the worked numbers): each track starts from its default share
/// (coding 25 %, ML systems design 40 %, domain depth 35 %) and is multiplied by
///  - a confidence factor `1 + 0.25 × (3 − confidence)`: 1.5 at confidence 1, 1 at 3, 0.5 at 5, so the
///    track the user trusts least gets up to three times the time of one they trust most;
///  - a job factor from the mapped postings: `d = (2 × mlSystemsShare − 1) × min(1, postings / 3)`
///    (−1 all "systems with ML" … +1 all "ML systems", damped until three postings back it); domain
///    depth × (1 + 0.5 d), coding × (1 − 0.5 d), design × 1. Design keeps its time either way; what the
///    postings change there is its focus (ML systems design vs general distributed-systems design).
/// The products are normalised to shares summing to 1, and the weekly minutes are split by largest
/// remainder so that they add up to exactly the weekly hours.
namespace StudyPlan
{
inline constexpr PerTrack<double> DefaultShares {0.25, 0.40, 0.35};
/// Postings needed before the job emphasis counts in full.
inline constexpr int FullEvidencePostings = 3;

/// Where design practice should lean, from the job emphasis.
enum class DesignFocus { Balanced, MlSystems, DistributedSystems };

/// One Monday-to-Sunday week of the plan.
struct Week {
    QDate start; ///< the Monday
    PerTrack<int> plannedMinutes {};
    PerTrack<int> actualMinutes {}; ///< time log plus design rounds
};

/// What to do today: the track most minutes behind this week, and the due cards.
struct TodayAdvice {
    std::optional<StudyTrack> track; ///< nullopt when every track met its week
    int minutes = 0; ///< its remaining deficit spread over the days left in the week, rounded up
    int behindMinutes = 0; ///< its whole deficit this week
    int daysLeftInWeek = 0; ///< including today
    int dueCards = 0;
};

struct Snapshot {
    QDate today;
    PlanSettings settings;
    JobEmphasis jobs;
    DesignFocus designFocus = DesignFocus::Balanced;
    PerTrack<double> shares {};
    PerTrack<int> weeklyMinutes {};
    int daysToInterview = 0; ///< negative once the date has passed
    QList<Week> weeks; ///< oldest first; the last one is the current week
    TodayAdvice advice;
};

/// The factor `confidence` (1–5) puts on a track's default share.
[[nodiscard]] double confidenceFactor(int confidence);
/// The normalised shares for these ratings and this job emphasis.
[[nodiscard]] PerTrack<double> shares(const PerTrack<int> &confidence, const JobEmphasis &jobs);
[[nodiscard]] DesignFocus designFocus(const JobEmphasis &jobs);
/// `totalMinutes` split by `shares` with the largest-remainder method: the parts sum to the total.
[[nodiscard]] PerTrack<int> splitMinutes(int totalMinutes, const PerTrack<double> &shares);
/// The Monday of the week `day` falls in.
[[nodiscard]] QDate weekStart(QDate day);
/// The advice for `today` given its week.
[[nodiscard]] TodayAdvice advise(const Week &currentWeek, QDate today, int dueCards);

/// The whole plan at `nowMs` (local day `today`) with the last `weekCount` weeks; nullopt with
/// `error` set on a database error.
[[nodiscard]] std::optional<Snapshot> compute(QSqlDatabase &db, QDate today, qint64 nowMs, int weekCount, QString *error);
}
