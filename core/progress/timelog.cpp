// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelog.h"

#include "storage/sqlfile.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
TimeLog::Result failure(const QString &error)
{
    TimeLog::Result result;
    result.error = error;
    return result;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("TimeLog", text);
}

QSqlQuery rangeQuery(const QSqlDatabase &db, const QString &name, QDate from, QDate to, int dayStartsHour)
{
    QSqlQuery query = SqlFile::prepare(db, name);
    query.bindValue(u":day_shift"_s, u"-%1 hours"_s.arg(dayStartsHour));
    query.bindValue(u":from"_s, from.toString(Qt::ISODate));
    query.bindValue(u":to"_s, to.toString(Qt::ISODate));
    return query;
}
}

bool TimeLog::Result::ok() const
{
    return error.isEmpty();
}

const QStringList &TimeLog::kinds()
{
    static const QStringList kinds {u"coding_problem"_s, u"mock_interview"_s, u"paper_implementation"_s, u"reading"_s, u"other"_s};
    return kinds;
}

TimeLog::TimeLog(QSqlDatabase db, int dayStartsHour) : m_db(std::move(db)), m_dayStartsHour(dayStartsHour)
{
}

TimeLog::Result TimeLog::add(const TimeLogEntry &entry, qint64 nowMs)
{
    return insert(entry, QVariant(QMetaType::fromType<qint64>()), nowMs);
}

TimeLog::Result TimeLog::restore(const TimeLogEntry &entry)
{
    if (entry.automatic || entry.id <= 0) {
        return failure(tr("Only a deleted manual entry can be put back."));
    }
    return insert(entry, entry.id, entry.createdAt);
}

TimeLog::Result TimeLog::insert(const TimeLogEntry &entry, const QVariant &id, qint64 createdAt)
{
    if (!entry.day.isValid()) {
        return failure(tr("The day is not a valid date."));
    }
    if (entry.minutes < 1 || entry.minutes > MaxMinutes) {
        return failure(tr("Minutes must be between 1 and %1.").arg(MaxMinutes));
    }
    if (!kinds().contains(entry.kind)) {
        return failure(tr("Unknown kind of work: %1.").arg(entry.kind));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(transaction.errorText());
    }
    QSqlQuery query = SqlFile::prepare(m_db, u"plan/time_log_insert"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":track"_s, StudyTracks::key(entry.track));
    query.bindValue(u":kind"_s, entry.kind);
    query.bindValue(u":day"_s, entry.day.toString(Qt::ISODate));
    query.bindValue(u":minutes"_s, entry.minutes);
    query.bindValue(u":note"_s, entry.note.trimmed());
    query.bindValue(u":created_at"_s, createdAt);
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    Result result;
    result.id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        return failure(transaction.errorText());
    }
    result.changes = StoreChange::TimeLog;
    return result;
}

TimeLog::Result TimeLog::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(transaction.errorText());
    }
    QSqlQuery query = SqlFile::prepare(m_db, u"plan/time_log_delete"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    if (query.numRowsAffected() != 1) {
        return failure(tr("There is no such time-log entry."));
    }
    if (!transaction.commit()) {
        return failure(transaction.errorText());
    }
    Result result;
    result.id = id;
    result.changes = StoreChange::TimeLog;
    return result;
}

std::optional<QList<TimeLogEntry>> TimeLog::entries(QDate from, QDate to, QString *error) const
{
    QSqlQuery query = rangeQuery(m_db, u"plan/time_log_entries"_s, from, to, m_dayStartsHour);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<TimeLogEntry> result;
    while (query.next()) {
        TimeLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.track = StudyTracks::fromKey(query.value(1).toString()).value_or(StudyTrack::Domain);
        entry.kind = query.value(2).toString();
        entry.day = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        entry.minutes = query.value(4).toInt();
        entry.note = query.value(5).toString();
        entry.createdAt = query.value(6).toLongLong();
        entry.automatic = query.value(7).toBool();
        result.append(entry);
    }
    return result;
}

std::optional<QList<std::pair<QDate, PerTrack<int>>>> TimeLog::minutesByDay(QDate from, QDate to, QString *error) const
{
    QSqlQuery query = rangeQuery(m_db, u"plan/minutes_by_day"_s, from, to, m_dayStartsHour);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<std::pair<QDate, PerTrack<int>>> result;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const auto track = StudyTracks::fromKey(query.value(1).toString());
        if (!track) {
            continue;
        }
        if (result.isEmpty() || result.last().first != day) {
            result.append({day, PerTrack<int> {}});
        }
        result.last().second[int(*track)] += query.value(2).toInt();
    }
    return result;
}
