// SPDX-License-Identifier: GPL-3.0-or-later
#include "designroundstats.h"

#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

double DesignRound::score() const
{
    return rubricTotal > 0 ? double(rubricChecked) / rubricTotal : 0.0;
}

qint64 DesignRoundStats::timeUsedMs() const
{
    qint64 total = 0;
    for (const DesignRound &round : rounds) {
        total += round.timeUsedMs;
    }
    return total;
}

double DesignRoundStats::meanScore() const
{
    double sum = 0;
    int scored = 0;
    for (const DesignRound &round : rounds) {
        if (round.rubricTotal > 0) {
            sum += round.score();
            ++scored;
        }
    }
    return scored > 0 ? sum / scored : 0.0;
}

std::optional<DesignRoundStats> DesignRoundStats::load(const QSqlDatabase &db, const LocalDays &days, QString *error)
{
    DesignRoundStats result;
    QSqlQuery exists = SqlFile::prepare(db, u"stats/design_rounds_exist"_s);
    if (!exists.exec() || !exists.next()) {
        *error = exists.lastError().text();
        return std::nullopt;
    }
    if (exists.value(0).toInt() == 0) {
        return result;
    }
    QSqlQuery query = SqlFile::prepare(db, u"stats/design_rounds"_s);
    query.setForwardOnly(true);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        result.rounds.append(DesignRound {
            days.dayOf(query.value(0).toLongLong()), query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toInt(), query.value(4).toInt()});
    }
    return result;
}
