// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localdays.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

/// Scheduled cards falling due on one local study day.
struct DueDay {
    QDate day;
    int due = 0;

    friend bool operator==(const DueDay &, const DueDay &) = default;
};

/// Future due, as Anki's graph without its backlog toggle: learning, review and relearning cards that are
/// live and not suspended, by the day they fall due. Overdue cards count for today, because today is when
/// they must be done.
namespace Forecast
{
inline constexpr int DefaultDays = 30;

/// `dayCount` days from `today`, one entry per day (0 when nothing falls due). nullopt with `error` set on
/// a database error.
[[nodiscard]] std::optional<QList<DueDay>> load(const QSqlDatabase &db, const LocalDays &days, QDate today, int dayCount, QString *error);
}
