// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localdays.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// Fills the connection's temporary table `stats_days` with days and their UTC bounds.
///
/// Statistics join the review log or the schedule to this table instead of grouping by an expression of a
/// timestamp: SQLite then walks an index range per day, already in day order, with no sort of a million
/// rows, and the day bounds come from Qt's time zone code (DST, day-start hour) instead of SQLite's.
/// The table is private to the connection and holds one range at a time: fill it right before the query.
namespace DayTable
{
/// The days first..last. False with `error` set on a database error.
[[nodiscard]] bool fill(const QSqlDatabase &db, const LocalDays &days, QDate first, QDate last, QString *error);
/// Exactly `dates` (valid and ascending), for a history with gaps.
[[nodiscard]] bool fill(const QSqlDatabase &db, const LocalDays &days, const QList<QDate> &dates, QString *error);
}
