// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/// Copies of the database a user can go back to: one a day (the newest seven kept), the copies
/// Database takes before a migration, and the copy taken of the live file before a restore.
///
/// A restore never happens under an open collection: the app schedules it, restarts, and
/// applyPendingRestore() swaps the files before anything opens the database, keeping the file it
/// replaces — so a restore can itself be undone.
namespace Backups
{
enum class Kind { Daily, PreMigration, BeforeRestore };

struct Entry {
    QString path;
    Kind kind = Kind::Daily;
    QDateTime taken; ///< from the file name, local time
    qint64 bytes = 0;
};

constexpr int DailyCopiesKept = 7;

/// Every backup in the data dir's backup folder, newest first.
[[nodiscard]] QList<Entry> list(const QString &dataDir);

/// Takes today's daily copy unless it exists, then deletes daily copies beyond `keep`. Opens its
/// own connection (VACUUM INTO reads one consistent snapshot), so it may run on any thread while
/// the app uses the database. Writes to a temporary name first: a crash leaves no half file.
bool takeDailyIfDue(const QString &dataDir, QDate today, int keep, QString *error);

/// Checks that `backupPath` is a readable MLPrep database inside the backup folder and records it
/// to be restored at the next start.
bool scheduleRestore(const QString &dataDir, const QString &backupPath, QString *error);

/// Performs a scheduled restore, if any: the live database (with its -wal) is moved to a
/// before-restore copy and the chosen backup is copied in its place. Call before opening the
/// database. Returns false with `error` when a restore was scheduled but could not be done (the
/// live file is then untouched and the marker is set aside as restore.failed, so the next start
/// does not try again). `restoredFrom` is set when a restore happened.
bool applyPendingRestore(const QString &dataDir, QString *error, QString *restoredFrom = nullptr);
}
