// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

double RetentionPeriod::rate() const
{
    return answers > 0 ? double(passed) / answers : 0.0;
}

namespace
{
QDate periodStart(QDate day, Retention::Period period)
{
    return period == Retention::Period::Week ? day.addDays(1 - day.dayOfWeek()) : QDate(day.year(), day.month(), 1);
}
}

QList<RetentionPeriod> Retention::byPeriod(const QList<DayActivity> &activity, Period period)
{
    QList<RetentionPeriod> result;
    for (const DayActivity &day : activity) {
        if (day.reviewAnswers() == 0) {
            continue;
        }
        const QDate start = periodStart(day.day, period);
        if (result.isEmpty() || result.last().start != start) {
            result.append(RetentionPeriod {start, 0, 0});
        }
        result.last().answers += day.reviewAnswers();
        result.last().passed += day.passed;
    }
    return result;
}

RetentionPeriod Retention::overall(const QList<DayActivity> &activity)
{
    RetentionPeriod result;
    for (const DayActivity &day : activity) {
        result.answers += day.reviewAnswers();
        result.passed += day.passed;
    }
    return result;
}
