// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "datadir.h"
#include "migrator.h"
#include "storagelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace
{
const QString DailyPrefix = u"mlprep.daily."_s;
const QString PreMigrationPrefix = u"mlprep.pre-migration."_s;
const QString BeforeRestorePrefix = u"mlprep.before-restore."_s;
const QString StampFormat = u"yyyyMMdd-HHmmsszzz"_s;
const QString PendingFile = u"restore.pending"_s;
const QString FailedFile = u"restore.failed"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
}

/// A connection of its own that closes and unregisters itself, so callers on any thread are safe.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly) : m_name(u"backups-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly) {
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        m_open = db.open();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    [[nodiscard]] bool isOpen() const
    {
        return m_open;
    }
    [[nodiscard]] QSqlDatabase db() const
    {
        return QSqlDatabase::database(m_name, false);
    }

private:
    QString m_name;
    bool m_open = false;
};

std::optional<Backups::Entry> entryFor(const QFileInfo &file)
{
    const QString name = file.fileName();
    Backups::Entry entry {.path = file.absoluteFilePath(), .kind = Backups::Kind::Daily, .taken = {}, .bytes = file.size()};
    QString stamp;
    if (name.startsWith(DailyPrefix)) {
        entry.kind = Backups::Kind::Daily;
        entry.taken = QDateTime(QDate::fromString(name.mid(DailyPrefix.size(), 10), Qt::ISODate), QTime(0, 0));
    } else if (name.startsWith(PreMigrationPrefix)) {
        entry.kind = Backups::Kind::PreMigration;
        stamp = name.mid(PreMigrationPrefix.size(), StampFormat.size());
    } else if (name.startsWith(BeforeRestorePrefix)) {
        entry.kind = Backups::Kind::BeforeRestore;
        stamp = name.mid(BeforeRestorePrefix.size(), StampFormat.size());
    } else {
        return std::nullopt;
    }
    if (!stamp.isEmpty()) {
        // Pre-migration and before-restore stamps are UTC; everything shown to users is local.
        QDateTime utc = QDateTime::fromString(stamp, StampFormat);
        utc.setTimeSpec(Qt::UTC);
        entry.taken = utc.toLocalTime();
    }
    if (!entry.taken.isValid()) {
        return std::nullopt;
    }
    return entry;
}

/// Whether `path` is a database this app can open: ours, readable in full, not from the future.
bool isRestorable(const QString &path, QString *error)
{
    ScopedConnection connection(path, true);
    if (!connection.isOpen()) {
        *error = tr("%1 cannot be opened").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSqlQuery query(connection.db());
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() || query.value(0).toString() != u"ok"_s) {
        *error = tr("%1 is damaged").arg(QDir::toNativeSeparators(path));
        return false;
    }
    query.finish();
    query.exec(u"PRAGMA application_id"_s);
    if (!query.next() || query.value(0).toInt() != Migrator::ApplicationId) {
        *error = tr("%1 is not an MLPrep database").arg(QDir::toNativeSeparators(path));
        return false;
    }
    query.finish();
    query.exec(u"PRAGMA user_version"_s);
    if (!query.next() || query.value(0).toInt() > Migrator::latestVersion()) {
        *error = tr("%1 was written by a newer MLPrep").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}
}

QList<Backups::Entry> Backups::list(const QString &dataDir)
{
    QList<Entry> entries;
    const QFileInfoList files = QDir(DataDir::backupDir(dataDir)).entryInfoList({u"mlprep.*.sqlite"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (auto entry = entryFor(file)) {
            entries.append(*entry);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.taken > b.taken;
    });
    return entries;
}

bool Backups::takeDailyIfDue(const QString &dataDir, QDate today, int keep, QString *error)
{
    const QDir backups(DataDir::backupDir(dataDir));
    const QString target = backups.filePath(DailyPrefix + today.toString(Qt::ISODate) + u".sqlite"_s);
    if (QFileInfo::exists(target)) {
        return true;
    }
    if (!QDir().mkpath(backups.path())) {
        *error = tr("the backup folder %1 cannot be created").arg(QDir::toNativeSeparators(backups.path()));
        return false;
    }
    const QString partial = target + u".partial"_s;
    QFile::remove(partial); // left over from a crash during an earlier copy
    {
        ScopedConnection connection(DataDir::databasePath(dataDir), true);
        QSqlQuery vacuum(connection.db());
        vacuum.prepare(u"VACUUM INTO ?"_s);
        vacuum.addBindValue(partial);
        if (!connection.isOpen() || !vacuum.exec()) {
            *error = tr("the daily backup could not be written: %1").arg(vacuum.lastError().text());
            QFile::remove(partial);
            return false;
        }
    }
    if (!QFile::rename(partial, target)) {
        *error = tr("the daily backup could not be moved to %1").arg(QDir::toNativeSeparators(target));
        QFile::remove(partial);
        return false;
    }
    qCInfo(lcStorage) << "daily backup written to" << target;

    QList<Entry> daily = list(dataDir);
    daily.removeIf([](const Entry &entry) {
        return entry.kind != Kind::Daily;
    });
    for (qsizetype i = keep; i < daily.size(); ++i) {
        QFile::remove(daily.at(i).path);
    }
    return true;
}

bool Backups::scheduleRestore(const QString &dataDir, const QString &backupPath, QString *error)
{
    const QFileInfo backup(backupPath);
    if (backup.absolutePath() != QFileInfo(DataDir::backupDir(dataDir)).absoluteFilePath() || !entryFor(backup)) {
        *error = tr("%1 is not one of this collection's backups").arg(QDir::toNativeSeparators(backupPath));
        return false;
    }
    if (!isRestorable(backup.absoluteFilePath(), error)) {
        return false;
    }
    QFile pending(QDir(dataDir).filePath(PendingFile));
    if (!pending.open(QIODevice::WriteOnly | QIODevice::Truncate) || pending.write(backup.fileName().toUtf8()) < 0 || !pending.flush()) {
        *error = tr("the restore could not be scheduled: %1").arg(pending.errorString());
        return false;
    }
    return true;
}

/// Does the restore the marker `pending` asks for; see applyPendingRestore().
static bool restoreFromMarker(const QString &dataDir, QFile &pending, QString *error, QString *restoredFrom)
{
    if (!pending.open(QIODevice::ReadOnly)) {
        *error = tr("the scheduled restore cannot be read: %1").arg(pending.errorString());
        return false;
    }
    // Only a bare file name inside the backup folder is accepted: the marker is user-writable.
    const QString name = QString::fromUtf8(pending.readAll()).trimmed();
    pending.close();
    const QDir backups(DataDir::backupDir(dataDir));
    const QString source = backups.filePath(name);
    if (name.contains(u'/') || !entryFor(QFileInfo(source)) || !isRestorable(source, error)) {
        if (error->isEmpty()) {
            *error = tr("the scheduled restore names no backup of this collection");
        }
        return false;
    }

    const QString live = DataDir::databasePath(dataDir);
    const QString kept = backups.filePath(BeforeRestorePrefix + QDateTime::currentDateTimeUtc().toString(StampFormat) + u".sqlite"_s);
    if (QFileInfo::exists(live)) {
        // Fold the write-ahead log into the file first, so the kept copy is complete on its own.
        {
            ScopedConnection connection(live, false);
            QSqlQuery checkpoint(connection.db());
            if (!connection.isOpen() || !checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
                *error = tr("the current database could not be prepared for the restore");
                return false;
            }
        }
        if (!QFile::rename(live, kept)) {
            *error = tr("the current database could not be kept as %1").arg(QDir::toNativeSeparators(kept));
            return false;
        }
        QFile::remove(live + u"-wal"_s);
        QFile::remove(live + u"-shm"_s);
    }
    if (!QFile::copy(source, live)) {
        QFile::rename(kept, live); // put the user's file back rather than leave nothing
        *error = tr("%1 could not be copied into place").arg(QDir::toNativeSeparators(source));
        return false;
    }
    QFile::setPermissions(live, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    pending.remove();
    qCInfo(lcStorage) << "restored" << source << "; the replaced database is at" << kept;
    if (restoredFrom) {
        *restoredFrom = source;
    }
    return true;
}

bool Backups::applyPendingRestore(const QString &dataDir, QString *error, QString *restoredFrom)
{
    QFile pending(QDir(dataDir).filePath(PendingFile));
    if (!pending.exists()) {
        return true;
    }
    if (restoreFromMarker(dataDir, pending, error, restoredFrom)) {
        return true;
    }
    // Set the marker aside, so that a restore that cannot be done is not tried at every start.
    pending.rename(QDir(dataDir).filePath(FailedFile));
    return false;
}
