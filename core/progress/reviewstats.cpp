// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstats.h"

#include "storage/sqlfile.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

ReviewStats::CardCounts ReviewStats::cardCounts(const QSqlDatabase &db)
{
    CardCounts counts;
    QSqlQuery query = SqlFile::prepare(db, u"stats/card_counts"_s);
    if (query.exec() && query.next()) {
        counts.total = query.value(0).toInt();
        counts.newCards = query.value(1).toInt();
        counts.learning = query.value(2).toInt();
        counts.review = query.value(3).toInt();
        counts.relearning = query.value(4).toInt();
        counts.suspended = query.value(5).toInt();
    }
    return counts;
}

ReviewStats::ReviewTotals ReviewStats::reviewTotals(const QSqlDatabase &db)
{
    ReviewTotals totals;
    QSqlQuery query = SqlFile::prepare(db, u"stats/reviews_by_day"_s);
    if (!query.exec()) {
        return totals;
    }
    while (query.next()) {
        const int count = query.value(1).toInt();
        totals.byDay.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate), count);
        totals.total += count;
        totals.timeSeconds += query.value(2).toLongLong() / 1000.0;
    }
    return totals;
}
