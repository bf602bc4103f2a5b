// SPDX-License-Identifier: GPL-3.0-or-later
#include "todaystats.h"

#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

double TodayStats::againRate() const
{
    return answered.total() > 0 ? double(answered.again) / answered.total() : 0.0;
}

std::optional<TodayStats> Today::load(const QSqlDatabase &db, const QList<DayActivity> &activity, QDate today, qint64 nowMs, QString *error)
{
    TodayStats result;
    result.answered.day = today;
    // From the end: today is the last day unless a wrong clock left answers in the future.
    for (auto it = activity.crbegin(); it != activity.crend() && it->day >= today; ++it) {
        if (it->day == today) {
            result.answered = *it;
        }
    }
    QSqlQuery query = SqlFile::prepare(db, u"stats/due_now"_s);
    query.bindValue(u":now"_s, nowMs);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    result.dueNow = query.value(0).toInt();
    return result;
}
