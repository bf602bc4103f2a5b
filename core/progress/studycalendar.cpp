// SPDX-License-Identifier: GPL-3.0-or-later
#include "studycalendar.h"

#include <algorithm>

Streaks StudyCalendar::streaks(const QList<DayActivity> &activity, QDate today)
{
    Streaks result;
    int run = 0;
    QDate previous;
    for (const DayActivity &day : activity) {
        if (day.total() == 0 || day.day > today) {
            continue;
        }
        run = previous.isValid() && previous.daysTo(day.day) == 1 ? run + 1 : 1;
        result.longest = std::max(result.longest, run);
        previous = day.day;
    }
    if (previous.isValid() && previous.daysTo(today) <= 1) {
        result.current = run;
    }
    return result;
}

QList<DayActivity> StudyCalendar::daysBetween(const QList<DayActivity> &activity, QDate first, QDate last)
{
    QList<DayActivity> result;
    if (!first.isValid() || !last.isValid() || first > last) {
        return result;
    }
    result.reserve(first.daysTo(last) + 1);
    auto it = std::lower_bound(activity.cbegin(), activity.cend(), first, [](const DayActivity &day, QDate date) {
        return day.day < date;
    });
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (it != activity.cend() && it->day == date) {
            result.append(*it);
            ++it;
        } else {
            DayActivity empty;
            empty.day = date;
            result.append(empty);
        }
    }
    return result;
}
