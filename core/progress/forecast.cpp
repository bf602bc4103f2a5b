// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast.h"

#include "daytable.h"
#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

std::optional<QList<DueDay>> Forecast::load(const QSqlDatabase &db, const LocalDays &days, QDate today, int dayCount, QString *error)
{
    QList<DueDay> result;
    if (dayCount <= 0) {
        return result;
    }
    const QDate last = today.addDays(dayCount - 1);
    for (QDate day = today; day <= last; day = day.addDays(1)) {
        result.append(DueDay {day, 0});
    }

    QSqlQuery overdue = SqlFile::prepare(db, u"stats/forecast_overdue"_s);
    overdue.bindValue(u":start"_s, days.startOf(today));
    if (!overdue.exec() || !overdue.next()) {
        *error = overdue.lastError().text();
        return std::nullopt;
    }
    result.first().due = overdue.value(0).toInt();

    if (!DayTable::fill(db, days, today, last, error)) {
        return std::nullopt;
    }
    QSqlQuery query = SqlFile::prepare(db, u"stats/forecast_by_day"_s);
    query.setForwardOnly(true);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        const qint64 index = today.daysTo(QDate::fromJulianDay(query.value(0).toLongLong()));
        result[index].due += query.value(1).toInt();
    }
    return result;
}
