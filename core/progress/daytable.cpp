// SPDX-License-Identifier: GPL-3.0-or-later
#include "daytable.h"

#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool DayTable::fill(const QSqlDatabase &db, const LocalDays &days, QDate first, QDate last, QString *error)
{
    QList<QDate> dates;
    for (QDate day = first; first.isValid() && last.isValid() && day <= last; day = day.addDays(1)) {
        dates.append(day);
    }
    return fill(db, days, dates, error);
}

bool DayTable::fill(const QSqlDatabase &db, const LocalDays &days, const QList<QDate> &dates, QString *error)
{
    // Prepared one after the other: the DELETE cannot be prepared before its table exists.
    QSqlQuery create = SqlFile::prepare(db, u"stats/days_create"_s);
    if (!create.exec()) {
        *error = create.lastError().text();
        return false;
    }
    QSqlQuery clear = SqlFile::prepare(db, u"stats/days_clear"_s);
    if (!clear.exec()) {
        *error = clear.lastError().text();
        return false;
    }
    if (dates.isEmpty()) {
        return true;
    }
    QVariantList dayNumbers;
    QVariantList starts;
    QVariantList ends;
    for (const QDate day : dates) {
        dayNumbers.append(day.toJulianDay());
        starts.append(days.startOf(day));
        ends.append(days.endOf(day));
    }
    QSqlQuery insert = SqlFile::prepare(db, u"stats/days_insert"_s);
    insert.bindValue(u":day"_s, dayNumbers);
    insert.bindValue(u":start_ms"_s, starts);
    insert.bindValue(u":end_ms"_s, ends);
    if (!insert.execBatch()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}
