// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/instancelock.h"
#include "storage/migrator.h"
#include "storage/sqlfile.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
/// The schema as SQLite stores it, to compare a migrated file with a fresh one.
QStringList schemaOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(u"SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name"_s);
    QStringList schema;
    while (query.next()) {
        schema.append(query.value(0).toString());
    }
    return schema;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList backupsIn(const QString &dataDir)
{
    return QDir(DataDir::backupDir(dataDir)).entryList(QDir::Files);
}
}

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsFreshDatabaseAtLatestVersion()
    {
        TestSupport::TempDataDir dir;
        QString error;
        auto db = Database::open(DataDir::databasePath(dir.path()), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
        QCOMPARE(TestSupport::scalar(db->connection(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(TestSupport::scalar(db->connection(), u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(TestSupport::scalar(db->connection(), u"PRAGMA application_id"_s).toInt(), Migrator::ApplicationId);
        QVERIFY2(db->backupPath().isEmpty(), "a brand-new file has nothing to back up");
        QVERIFY(backupsIn(dir.path()).isEmpty());
    }

    void enforcesForeignKeys()
    {
        TestSupport::TempDataDir dir;
        QString error;
        auto db = Database::open(DataDir::databasePath(dir.path()), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        QVERIFY2(!query.exec(u"INSERT INTO cards (key, deck_id, front, back, created_at, modified_at) VALUES ('x', 999, 'f', 'b', 0, 0)"_s),
                 "a card in a deck that does not exist must be refused");
    }

    void migratesFromEveryPreviousVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < Migrator::latestVersion(); ++version) {
            QTest::addRow("from %d", version) << version;
        }
    }

    void migratesFromEveryPreviousVersion()
    {
        QFETCH(int, fromVersion);
        TestSupport::TempDataDir freshDir;
        TestSupport::TempDataDir oldDir;
        QString error;
        QStringList freshSchema;
        {
            auto fresh = Database::open(DataDir::databasePath(freshDir.path()), &error);
            QVERIFY2(fresh, qPrintable(error));
            freshSchema = schemaOf(fresh->connection());
        }
        const QString path = DataDir::databasePath(oldDir.path());
        {
            auto old = Database::open(path, &error, fromVersion);
            QVERIFY2(old, qPrintable(error));
            QCOMPARE(old->schemaVersion(), fromVersion);
            // Something the user made at that version must survive the upgrade (version 0 is a
            // file that was created but never got a schema).
            if (fromVersion > 0) {
                QSqlQuery query(old->connection());
                QVERIFY(query.exec(u"CREATE TABLE user_marker (value TEXT)"_s));
                QVERIFY(query.exec(u"INSERT INTO user_marker VALUES ('kept')"_s));
            }
        }
        auto upgraded = Database::open(path, &error);
        QVERIFY2(upgraded, qPrintable(error));
        QCOMPARE(upgraded->schemaVersion(), Migrator::latestVersion());
        if (fromVersion > 0) {
            QCOMPARE(TestSupport::scalar(upgraded->connection(), u"SELECT value FROM user_marker"_s).toString(), u"kept"_s);
        }
        QStringList upgradedSchema = schemaOf(upgraded->connection());
        upgradedSchema.removeIf([](const QString &entry) {
            return entry.contains(u"user_marker"_s);
        });
        QCOMPARE(upgradedSchema, freshSchema);

        // The copy taken before migrating is a readable database at the old version.
        QVERIFY(!upgraded->backupPath().isEmpty());
        QVERIFY(QFile::exists(upgraded->backupPath()));
        auto backup = Database::open(upgraded->backupPath(), &error, fromVersion);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->schemaVersion(), fromVersion);
        if (fromVersion > 0) {
            QCOMPARE(TestSupport::scalar(backup->connection(), u"SELECT value FROM user_marker"_s).toString(), u"kept"_s);
        }
    }

    void noBackupWhenNothingToMigrate()
    {
        TestSupport::TempDataDir dir;
        QString error;
        const QString path = DataDir::databasePath(dir.path());
        QVERIFY(Database::open(path, &error));
        auto reopened = Database::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->backupPath().isEmpty());
        QVERIFY(backupsIn(dir.path()).isEmpty());
    }

    void refusesUnusableFilesAndLeavesThemUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        QTest::addRow("text file") << QByteArray("these are my notes, not a database\n").repeated(50) << u"not an SQLite database"_s;
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::addRow("header then garbage") << header + QByteArray(4096, '\xAB') << u"corrupt"_s;
    }

    void refusesUnusableFilesAndLeavesThemUntouched()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        TestSupport::TempDataDir dir;
        const QString path = DataDir::databasePath(dir.path());
        writeFile(path, contents);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(TestSupport::readAll(path), contents);
        QVERIFY(backupsIn(dir.path()).isEmpty());
    }

    void refusesTruncatedDatabaseUntouched()
    {
        TestSupport::TempDataDir dir;
        const QString path = DataDir::databasePath(dir.path());
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QByteArray bytes = TestSupport::readAll(path);
        QVERIFY(bytes.size() > 8192);
        bytes.truncate(bytes.size() / 2 + 100); // cut mid-page
        writeFile(path, bytes);
        // Make it look old, so that opening would migrate: a half file must never be migrated.
        const QByteArray before = TestSupport::readAll(path);
        QByteArray aged = before;
        aged[60] = aged[61] = aged[62] = aged[63] = 0; // user_version lives at offset 60
        writeFile(path, aged);
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(u"corrupt"_s), qPrintable(error));
        QCOMPARE(TestSupport::readAll(path), aged);
    }

    void refusesNewerVersionUntouched()
    {
        TestSupport::TempDataDir dir;
        const QString path = DataDir::databasePath(dir.path());
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 1)));
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = TestSupport::readAll(path);
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(u"newer version of MLPrep"_s), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(TestSupport::readAll(path), before);
    }

    void refusesAnotherProgramsDatabaseUntouched()
    {
        TestSupport::TempDataDir dir;
        const QString path = DataDir::databasePath(dir.path());
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO photos (name) VALUES ('holiday.jpg')"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = TestSupport::readAll(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
        QCOMPARE(TestSupport::readAll(path), before);
    }

    void secondInstanceIsRefused()
    {
        TestSupport::TempDataDir dir;
        InstanceLock first(dir.path());
        QString error;
        QVERIFY(first.tryAcquire(&error));
        InstanceLock second(dir.path());
        QVERIFY(!second.tryAcquire(&error));
        QVERIFY2(error.contains(u"in use by another MLPrep"_s), qPrintable(error));
    }

    void transactionRollsBackUnlessCommitted()
    {
        TestSupport::TempDataDir dir;
        QString error;
        auto db = Database::open(DataDir::databasePath(dir.path()), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlDatabase connection = db->connection();
        {
            Transaction transaction(connection);
            QVERIFY(transaction.isActive());
            QSqlQuery query(connection);
            QVERIFY(query.exec(u"INSERT INTO settings VALUES ('a', '1')"_s));
        }
        QCOMPARE(TestSupport::scalar(connection, u"SELECT count(*) FROM settings"_s).toInt(), 0);
        {
            Transaction transaction(connection);
            QSqlQuery query(connection);
            QVERIFY(query.exec(u"INSERT INTO settings VALUES ('a', '1')"_s));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(TestSupport::scalar(connection, u"SELECT count(*) FROM settings"_s).toInt(), 1);
    }

    void splitsScriptsIntoStatements()
    {
        const QString script = uR"(-- a comment; with a semicolon
CREATE TABLE t (a TEXT DEFAULT 'x;y', "b;c" INTEGER); /* block; comment */
CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
    INSERT INTO log VALUES (new.a);
    UPDATE t SET a = 'it''s; fine' WHERE rowid = new.rowid;
END;
INSERT INTO t (a) VALUES ('z'))"_s;
        const QStringList statements = SqlFile::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(u"CREATE TABLE t"_s));
        QVERIFY(statements.at(0).contains(u"'x;y'"_s));
        QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(statements.at(1).endsWith(u"END"_s));
        QVERIFY(statements.at(1).contains(u"'it''s; fine'"_s));
        QCOMPARE(statements.at(2), u"INSERT INTO t (a) VALUES ('z')"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
