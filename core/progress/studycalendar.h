// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewactivity.h"

#include <QList>

/// Study streaks, as the review-heatmap add-on users ask Anki for counts them: consecutive local study days
/// with at least one answer.
struct Streaks {
    /// The run ending today; a day not studied yet does not break it, so it also counts the run ending
    /// yesterday. 0 when neither today nor yesterday has an answer.
    int current = 0;
    int longest = 0; ///< the longest run in the whole log

    friend bool operator==(const Streaks &, const Streaks &) = default;
};

namespace StudyCalendar
{
/// `activity` holds days with answers in date order (ReviewActivity::load()).
[[nodiscard]] Streaks streaks(const QList<DayActivity> &activity, QDate today);

/// Answers per day for first..last inclusive, one entry per day (0 for a day without answers): the
/// heatmap's cells and the reviews-per-day bars.
[[nodiscard]] QList<DayActivity> daysBetween(const QList<DayActivity> &activity, QDate first, QDate last);
}
