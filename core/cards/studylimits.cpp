// SPDX-License-Identifier: GPL-3.0-or-later
#include "studylimits.h"

#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

std::optional<QList<DeckAllowance>> StudyLimits::remaining(const QSqlDatabase &db, const StudySettings &settings, const StudyDay &day, QString *error)
{
    QSqlQuery query = SqlFile::prepare(db, u"review/deck_limits"_s);
    query.setForwardOnly(true);
    query.bindValue(u":new_default"_s, settings.newPerDay);
    query.bindValue(u":reviews_default"_s, settings.reviewsPerDay);
    query.bindValue(u":day_start"_s, day.startMs);
    query.bindValue(u":day_end"_s, day.endMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<DeckAllowance> allowances;
    while (query.next()) {
        const int newLimit = query.value(1).toInt();
        const int reviewLimit = query.value(2).toInt();
        const int newDone = query.value(3).toInt();
        const int reviewsDone = query.value(4).toInt();
        allowances.append({query.value(0).toLongLong(), std::max(0, newLimit - newDone), std::max(0, reviewLimit - reviewsDone)});
    }
    return allowances;
}
