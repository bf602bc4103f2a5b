// SPDX-License-Identifier: GPL-3.0-or-later
// Daily backups (one a day, seven kept) and restoring one at the next start.
#include "collection.h"
#include "storage/backups.h"
#include "storage/datadir.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TempDataDir;

namespace
{
const QDate Today(2026, 11, 25);

/// Adds a marker row the test can look for in the settings table.
void setMarker(Collection &collection, const QString &value)
{
    QSqlQuery query(collection.connection());
    QVERIFY(query.exec(u"INSERT OR REPLACE INTO settings(key, value) VALUES('test/marker', '%1')"_s.arg(value)));
}

QString markerIn(const QString &databasePath)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"marker"_s);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            result = TestSupport::scalar(db, u"SELECT value FROM settings WHERE key = 'test/marker'"_s).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"marker"_s);
    return result;
}
}

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dailyCopyIsTakenOncePerDay()
    {
        TempDataDir dir;
        QString error;
        auto collection = Collection::open(dir.path(), &error);
        QVERIFY2(collection, qPrintable(error));
        setMarker(*collection, u"first"_s);

        QVERIFY2(Backups::takeDailyIfDue(dir.path(), Today, Backups::DailyCopiesKept, &error), qPrintable(error));
        setMarker(*collection, u"second"_s);
        QVERIFY2(Backups::takeDailyIfDue(dir.path(), Today, Backups::DailyCopiesKept, &error), qPrintable(error));

        const QList<Backups::Entry> entries = Backups::list(dir.path());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, Backups::Kind::Daily);
        QCOMPARE(entries.first().taken.date(), Today);
        // The copy is today's first state, taken while the collection stayed open (WAL and all).
        QCOMPARE(markerIn(entries.first().path), u"first"_s);
        QVERIFY(QDir(DataDir::backupDir(dir.path())).entryList({u"*.partial"_s}).isEmpty());
    }

    void onlyTheNewestSevenDailyCopiesAreKept()
    {
        TempDataDir dir;
        QString error;
        auto collection = Collection::open(dir.path(), &error);
        QVERIFY(collection);
        for (int day = 0; day < 10; ++day) {
            QVERIFY2(Backups::takeDailyIfDue(dir.path(), Today.addDays(day), Backups::DailyCopiesKept, &error), qPrintable(error));
        }
        const QList<Backups::Entry> entries = Backups::list(dir.path());
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries.first().taken.date(), Today.addDays(9));
        QCOMPARE(entries.last().taken.date(), Today.addDays(3));
    }

    void restoreSwapsTheFileAtTheNextStartAndKeepsTheReplacedOne()
    {
        TempDataDir dir;
        QString error;
        QString backupPath;
        {
            auto collection = Collection::open(dir.path(), &error);
            QVERIFY(collection);
            setMarker(*collection, u"monday"_s);
            QVERIFY(Backups::takeDailyIfDue(dir.path(), Today, Backups::DailyCopiesKept, &error));
            backupPath = Backups::list(dir.path()).first().path;
            setMarker(*collection, u"tuesday"_s);
            QVERIFY2(Backups::scheduleRestore(dir.path(), backupPath, &error), qPrintable(error));
        }
        auto reopened = Collection::open(dir.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->restoreNotice().contains(QDir::toNativeSeparators(backupPath)));
        QCOMPARE(TestSupport::scalar(reopened->connection(), u"SELECT value FROM settings WHERE key = 'test/marker'"_s).toString(), u"monday"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"restore.pending"_s)));

        const QList<Backups::Entry> entries = Backups::list(dir.path());
        const auto kept = std::find_if(entries.begin(), entries.end(), [](const Backups::Entry &entry) {
            return entry.kind == Backups::Kind::BeforeRestore;
        });
        QVERIFY(kept != entries.end());
        QCOMPARE(markerIn(kept->path), u"tuesday"_s); // the restore itself can be undone
    }

    void aDamagedBackupIsNotScheduled()
    {
        TempDataDir dir;
        QString error;
        auto collection = Collection::open(dir.path(), &error);
        QVERIFY(collection);
        QDir().mkpath(DataDir::backupDir(dir.path()));
        const QString junk = QDir(DataDir::backupDir(dir.path())).filePath(u"mlprep.daily.2026-01-01.sqlite"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QVERIFY(!Backups::scheduleRestore(dir.path(), junk, &error));
        QVERIFY2(error.contains(u"cannot be opened"_s) || error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(u"restore.pending"_s)));

        error.clear();
        QVERIFY(!Backups::scheduleRestore(dir.path(), DataDir::databasePath(dir.path()), &error));
        QVERIFY(error.contains(u"not one of this collection's backups"_s));
    }

    void aHostileMarkerLeavesTheLiveFileUntouched()
    {
        TempDataDir dir;
        QString error;
        {
            auto collection = Collection::open(dir.path(), &error);
            QVERIFY(collection);
            setMarker(*collection, u"live"_s);
        }
        const QByteArray before = TestSupport::readAll(DataDir::databasePath(dir.path()));
        QFile marker(dir.filePath(u"restore.pending"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("../../etc/passwd");
        marker.close();

        auto collection = Collection::open(dir.path(), &error);
        QVERIFY2(collection, qPrintable(error));
        QVERIFY(collection->restoreNotice().contains(u"was not restored"_s));
        QVERIFY(QFile::exists(dir.filePath(u"restore.failed"_s)));
        QCOMPARE(TestSupport::scalar(collection->connection(), u"SELECT value FROM settings WHERE key = 'test/marker'"_s).toString(), u"live"_s);
        collection.reset();
        QCOMPARE(TestSupport::readAll(DataDir::databasePath(dir.path())), before);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
