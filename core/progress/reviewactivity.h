// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localdays.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The answers of one local study day, by the kind of card answered (Anki's review graph categories).
struct DayActivity {
    QDate day;
    int learning = 0; ///< answers to New or Learning cards
    int young = 0; ///< answers to Review cards whose interval was under 21 days
    int mature = 0; ///< answers to Review cards with an interval of 21 days or more
    int relearning = 0;
    int filtered = 0; ///< Anki's filtered-deck answers (imported logs only: our cram writes no log)
    int again = 0; ///< answers rated Again, of every kind
    int passed = 0; ///< Hard, Good or Easy among young + mature: true retention's numerator
    qint64 durationMs = 0;

    [[nodiscard]] int total() const;
    /// Answers to cards in the Review state: true retention's denominator.
    [[nodiscard]] int reviewAnswers() const;

    friend bool operator==(const DayActivity &, const DayActivity &) = default;
};

/// The review log folded into local study days: the one pass over it that every history statistic (heatmap,
/// streaks, reviews per day, review time, true retention, today) is computed from. Answers imported from
/// Anki count like our own; manual rescheduling entries are not answers.
namespace ReviewActivity
{
/// Every day with at least one answer, in date order. Empty for an empty log; nullopt with `error` set on a
/// database error.
[[nodiscard]] std::optional<QList<DayActivity>> load(const QSqlDatabase &db, const LocalDays &days, QString *error);
}
