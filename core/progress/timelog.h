// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changes.h"
#include "studytrack.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// One block of study time that is not card review.
struct TimeLogEntry {
    qint64 id = 0; ///< time_log id, or the design round's id when `automatic`
    StudyTrack track = StudyTrack::Coding;
    QString kind = QStringLiteral("other"); ///< one of TimeLog::kinds(), or "design_round"
    QDate day; ///< local calendar day the work was done
    int minutes = 0; ///< 1 … TimeLog::MaxMinutes
    QString note; ///< for a design round, its prompt key
    qint64 createdAt = 0; ///< UTC epoch ms; a design round's start
    bool automatic = false; ///< a design round from the whiteboard: read-only here
};

/// The time log: what the user logs by hand (coding problems, mock interviews, paper implementations…)
/// together with the whiteboard's design rounds, which count for the design track without being copied
/// (the board owns them). Planned-vs-actual and "what to do today" sum what this class reads.
class TimeLog final
{
public:
    static constexpr int MaxMinutes = 24 * 60;

    struct Result {
        StoreChanges changes; ///< StoreChange::TimeLog on success
        QString error; ///< why nothing was written; empty on success
        qint64 id = 0; ///< add(): the new row's id

        [[nodiscard]] bool ok() const;
    };

    /// The kinds a user can log, in menu order; design rounds are logged by the board, not here.
    [[nodiscard]] static const QStringList &kinds();

    /// `dayStartsHour` (0–23, StudySettings) decides the study day a design round counts for, as it
    /// does for reviews: a round at 1 am belongs to the evening before when days start at 4 am.
    explicit TimeLog(QSqlDatabase db, int dayStartsHour = 0);

    /// Adds a manual entry (its id and `automatic` are ignored; createdAt is `nowMs`).
    [[nodiscard]] Result add(const TimeLogEntry &entry, qint64 nowMs);
    /// Deletes a manual entry by its time_log id (design rounds are the board's to delete).
    [[nodiscard]] Result remove(qint64 id);
    /// Puts back an entry remove() deleted, with its id and creation time: the undo of remove().
    [[nodiscard]] Result restore(const TimeLogEntry &entry);

    /// Entries between two local days (inclusive), newest first; nullopt with `error` on a database error.
    [[nodiscard]] std::optional<QList<TimeLogEntry>> entries(QDate from, QDate to, QString *error) const;
    /// Minutes per track for each day between two local days that has any.
    [[nodiscard]] std::optional<QList<std::pair<QDate, PerTrack<int>>>> minutesByDay(QDate from, QDate to, QString *error) const;

private:
    [[nodiscard]] Result insert(const TimeLogEntry &entry, const QVariant &id, qint64 createdAt);

    QSqlDatabase m_db;
    int m_dayStartsHour;
};
