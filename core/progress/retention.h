// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewactivity.h"

#include <QList>

/// True retention of one period: the share of passed answers (Hard, Good or Easy) among answers to cards
/// that were in the Review state. Unlike FSRS's predicted retention it is measured, so comparing it with
/// the desired retention shows whether the scheduler's parameters fit the user (Anki manual, "True Retention").
struct RetentionPeriod {
    QDate start; ///< the period's first day: a Monday for weeks, the 1st for months; invalid for all time
    int answers = 0;
    int passed = 0;

    /// passed / answers, or 0 without answers (check answers before showing it).
    [[nodiscard]] double rate() const;

    friend bool operator==(const RetentionPeriod &, const RetentionPeriod &) = default;
};

namespace Retention
{
enum class Period { Week, Month };

/// One entry per week (ISO weeks, Monday first) or calendar month with at least one Review answer, in order.
[[nodiscard]] QList<RetentionPeriod> byPeriod(const QList<DayActivity> &activity, Period period);
/// Over the whole log.
[[nodiscard]] RetentionPeriod overall(const QList<DayActivity> &activity);
}
