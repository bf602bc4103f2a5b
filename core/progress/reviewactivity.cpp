// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewactivity.h"

#include "daytable.h"
#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

int DayActivity::total() const
{
    return learning + young + mature + relearning + filtered;
}

int DayActivity::reviewAnswers() const
{
    return young + mature;
}

std::optional<QList<DayActivity>> ReviewActivity::load(const QSqlDatabase &db, const LocalDays &days, QString *error)
{
    // The days with answers, one index seek each: a log spans a few hundred study days, but a stray
    // timestamp (a wrong clock, an odd import) must not make the day table decades long.
    QList<QDate> dates;
    QSqlQuery next = SqlFile::prepare(db, u"stats/next_answer"_s);
    qint64 from = std::numeric_limits<qint64>::min();
    for (;;) {
        next.bindValue(u":from"_s, from);
        if (!next.exec() || !next.next()) {
            *error = next.lastError().text();
            return std::nullopt;
        }
        if (next.isNull(0)) {
            break;
        }
        const QDate day = days.dayOf(next.value(0).toLongLong());
        dates.append(day);
        from = days.endOf(day);
    }
    if (dates.isEmpty()) {
        return QList<DayActivity> {};
    }
    if (!DayTable::fill(db, days, dates, error)) {
        return std::nullopt;
    }

    QSqlQuery query = SqlFile::prepare(db, u"stats/activity_by_day"_s);
    query.setForwardOnly(true);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<DayActivity> result;
    result.reserve(dates.size());
    while (query.next()) {
        DayActivity day;
        day.day = QDate::fromJulianDay(query.value(0).toLongLong());
        day.learning = query.value(1).toInt();
        day.young = query.value(2).toInt();
        day.mature = query.value(3).toInt();
        day.relearning = query.value(4).toInt();
        day.filtered = query.value(5).toInt();
        day.again = query.value(6).toInt();
        day.passed = query.value(7).toInt();
        day.durationMs = query.value(8).toLongLong();
        result.append(day);
    }
    return result;
}
