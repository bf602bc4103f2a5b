// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "datadir.h"
#include "migrator.h"
#include "storagelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString newConnectionName()
{
    return u"mlprep-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Removes a connection once the last QSqlDatabase handle to it is gone.
struct ConnectionGuard {
    QString name;
    ~ConnectionGuard()
    {
        if (!name.isEmpty()) {
            QSqlDatabase::removeDatabase(name);
        }
    }
};

struct Inspection {
    bool ok = false;
    int version = 0;
    QString error;
};

/// Reads what the file is without writing to it. When `backupTo` is set and the file needs a
/// migration, also writes a consistent copy there (VACUUM INTO works on read-only connections).
Inspection inspectReadOnly(const QString &path, int targetVersion, const QString &backupTo)
{
    Inspection result;
    ConnectionGuard guard {newConnectionName()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, guard.name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result.error = tr("cannot be opened: %1").arg(db.lastError().text());
            return result;
        }
        QSqlQuery query(db);
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
            result.error = tr("is not an SQLite database or is corrupt (%1)").arg(query.lastError().text());
            return result;
        }
        const int objects = query.value(0).toInt();
        query.exec(u"PRAGMA application_id"_s);
        const int applicationId = query.next() ? query.value(0).toInt() : 0;
        result.version = Migrator::currentVersion(db);
        if (objects > 0 && applicationId != Migrator::ApplicationId) {
            result.error = tr("is an SQLite database of another program, not MLPrep's");
            return result;
        }
        if (result.version > Migrator::latestVersion()) {
            result.error = tr("was written by a newer version of MLPrep (schema %1; this version knows up to %2). Update MLPrep to open it.")
                               .arg(result.version)
                               .arg(Migrator::latestVersion());
            return result;
        }
        if (result.version < targetVersion && !backupTo.isEmpty()) {
            // Never migrate a file we could not read in full: that is where a backup matters most.
            if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() || query.value(0).toString() != u"ok"_s) {
                result.error = tr("is corrupt (integrity check: %1)").arg(query.value(0).toString());
                return result;
            }
            query.finish(); // VACUUM refuses to run while a statement is still open
            QSqlQuery backup(db);
            backup.prepare(u"VACUUM INTO ?"_s);
            backup.addBindValue(backupTo);
            if (!backup.exec()) {
                result.error = tr("could not be backed up to %1 before migrating (%2)").arg(backupTo, backup.lastError().text());
                return result;
            }
            qCInfo(lcStorage) << "backed up" << path << "to" << backupTo;
        }
        result.ok = true;
    }
    return result;
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
}

Database::Database(QString path, QString connectionName) : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, int targetVersion)
{
    const int target = targetVersion < 0 ? Migrator::latestVersion() : targetVersion;
    auto fail = [&](const QString &reason) {
        *error = u"%1 %2"_s.arg(QDir::toNativeSeparators(path), reason);
        return std::unique_ptr<Database>();
    };

    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return fail(tr("is not a file"));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("cannot be created: its folder is not writable"));
    }

    QString backupPath;
    if (info.exists() && info.size() > 0) {
        QString backupTo;
        const QString backups = DataDir::backupDir(info.absolutePath());
        if (QDir().mkpath(backups)) {
            backupTo = QDir(backups).filePath(
                u"%1.pre-migration.%2.sqlite"_s.arg(info.completeBaseName(), QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s)));
        }
        const Inspection inspection = inspectReadOnly(path, target, backupTo);
        if (!inspection.ok) {
            return fail(inspection.error);
        }
        if (inspection.version < target) {
            if (backupTo.isEmpty()) {
                return fail(tr("needs a migration but no backup folder could be created next to it"));
            }
            backupPath = backupTo;
        }
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    database->m_backupPath = backupPath;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        return fail(tr("cannot be opened for writing: %1").arg(db.lastError().text()));
    }
    QString pragmaError;
    // WAL + synchronous=NORMAL: a commit is in the WAL before it returns, so a crash or kill -9 of
    // the app loses nothing committed; only a power cut can lose the last transactions.
    if (!execPragma(db, u"PRAGMA journal_mode = WAL"_s, &pragmaError) || !execPragma(db, u"PRAGMA synchronous = NORMAL"_s, &pragmaError)
        || !execPragma(db, u"PRAGMA foreign_keys = ON"_s, &pragmaError)) {
        return fail(tr("cannot be configured: %1").arg(pragmaError));
    }
    QString migrateError;
    if (!Migrator::migrate(db, target, &migrateError)) {
        const QString copy = backupPath.isEmpty() ? QString() : tr(" A copy taken before the upgrade is at %1.").arg(backupPath);
        return fail(tr("could not be upgraded (%1). The last completed version is kept.%2").arg(migrateError, copy));
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::path() const
{
    return m_path;
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

QString Database::backupPath() const
{
    return m_backupPath;
}
