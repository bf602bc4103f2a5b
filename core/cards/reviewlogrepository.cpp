// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewlogrepository.h"

#include "sqlvalues.h"
#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ReviewLogRepository::ReviewLogRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

qint64 ReviewLogRepository::insert(const ReviewLogEntry &entry, QString *error)
{
    QSqlQuery query = SqlFile::prepare(m_db, u"review/log_insert"_s);
    query.bindValue(u":card"_s, entry.cardId);
    query.bindValue(u":reviewed_at"_s, entry.reviewedAtMs);
    query.bindValue(u":rating"_s, entry.rating);
    query.bindValue(u":kind"_s, static_cast<int>(entry.kind));
    query.bindValue(u":state_before"_s, static_cast<int>(entry.stateBefore));
    query.bindValue(u":state_after"_s, static_cast<int>(entry.stateAfter));
    query.bindValue(u":stability"_s, SqlValues::bindable(entry.stability));
    query.bindValue(u":difficulty"_s, SqlValues::bindable(entry.difficulty));
    query.bindValue(u":interval_seconds"_s, entry.intervalSeconds);
    query.bindValue(u":last_interval_seconds"_s, entry.lastIntervalSeconds);
    query.bindValue(u":elapsed_days"_s, SqlValues::bindable(entry.elapsedDays));
    query.bindValue(u":duration_ms"_s, entry.durationMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool ReviewLogRepository::remove(qint64 id, qint64 cardId, QString *error)
{
    QSqlQuery query = SqlFile::prepare(m_db, u"review/log_delete"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":card"_s, cardId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = u"review %1 of card %2 is not in the log"_s.arg(id).arg(cardId);
        return false;
    }
    return true;
}

std::optional<QList<ReviewLogEntry>> ReviewLogRepository::history(qint64 cardId, QString *error) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"review/log_history"_s);
    query.setForwardOnly(true);
    query.bindValue(u":card"_s, cardId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<ReviewLogEntry> entries;
    while (query.next()) {
        ReviewLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.cardId = cardId;
        entry.reviewedAtMs = query.value(1).toLongLong();
        entry.rating = query.value(2).toInt();
        entry.kind = static_cast<ReviewKind>(query.value(3).toInt());
        entry.stateBefore = static_cast<Fsrs::CardState>(query.value(4).toInt());
        entry.stateAfter = static_cast<Fsrs::CardState>(query.value(5).toInt());
        entry.stability = SqlValues::optionalDouble(query.value(6));
        entry.difficulty = SqlValues::optionalDouble(query.value(7));
        entry.intervalSeconds = query.value(8).toLongLong();
        entry.lastIntervalSeconds = query.value(9).toLongLong();
        entry.elapsedDays = SqlValues::optionalInt64(query.value(10));
        entry.durationMs = query.value(11).toLongLong();
        entries.append(entry);
    }
    return entries;
}
