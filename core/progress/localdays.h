// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTimeZone>

struct StudySettings;

/// The local study days statistics count in: each starts at the day-start hour (4 am by default, Anki's
/// rollover) in the collection's time zone, and is named by the calendar date it starts on. A review at
/// 1 am therefore counts for the evening before, as it does for daily limits and "studied today", so that a
/// late session never breaks a streak. Across a DST change a day lasts 23 or 25 hours.
class LocalDays final
{
public:
    LocalDays(QTimeZone zone, int dayStartsHour);
    /// The zone and day-start hour of the review queue, so that "today" means the same on every screen.
    [[nodiscard]] static LocalDays fromSettings(const StudySettings &settings);

    /// The day that `ms` (UTC epoch ms) falls in.
    [[nodiscard]] QDate dayOf(qint64 ms) const;
    /// When `day` starts, in UTC epoch ms.
    [[nodiscard]] qint64 startOf(QDate day) const;
    /// When `day` ends (the next day's start), in UTC epoch ms.
    [[nodiscard]] qint64 endOf(QDate day) const;

private:
    QTimeZone m_zone;
    int m_dayStartsHour = 4;
};
