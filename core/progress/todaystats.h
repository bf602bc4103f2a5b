// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewactivity.h"

#include <QSqlDatabase>

#include <optional>

/// Today at a glance, as Anki's "Today" box: what was answered this study day and what is waiting now.
struct TodayStats {
    DayActivity answered; ///< this study day's answers (zero counts before the first one)
    int dueNow = 0; ///< scheduled cards due at this moment (see stats/due_now.sql)

    /// The share of today's answers rated Again, 0 without answers.
    [[nodiscard]] double againRate() const;
};

namespace Today
{
/// `activity` from ReviewActivity::load(); `today` is the day `nowMs` falls in. nullopt with `error` set on a
/// database error.
[[nodiscard]] std::optional<TodayStats> load(const QSqlDatabase &db, const QList<DayActivity> &activity, QDate today, qint64 nowMs, QString *error);
}
