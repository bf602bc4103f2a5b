// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line contract of docs/cli.md, checked on the real binary.
#include "e2esupport.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
int totalCards(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"cards"_s).toObject().value(u"total"_s).toInt(-1);
}
}

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = runMlprep({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("mlprep " MLPREP_VERSION));

        const Run help = runMlprep({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *expected : {"--data-dir", "--screenshot", "--page", "stats"}) {
            QVERIFY2(help.out.contains(expected), expected);
        }
    }

    void usageErrorsExitOneWithUsageOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("unknown command") << QStringList {u"frobnicate"_s} << QByteArray("unknown command 'frobnicate'");
        QTest::addRow("unknown option") << QStringList {u"--frobnicate"_s} << QByteArray("Unknown option 'frobnicate'");
        QTest::addRow("unknown subcommand option") << QStringList {u"stats"_s, u"--frobnicate"_s} << QByteArray("Unknown option 'frobnicate'");
        QTest::addRow("missing option value") << QStringList {u"stats"_s, u"--data-dir"_s} << QByteArray("Missing value after '--data-dir'");
        QTest::addRow("unknown page") << QStringList {u"--page"_s, u"nowhere"_s} << QByteArray("unknown page 'nowhere'");
    }

    void usageErrorsExitOneWithUsageOnStderr()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        TestSupport::TempDataDir dir;
        const Run run = runMlprep(QStringList {u"--data-dir"_s, dir.path()} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY2(run.err.contains("Usage:"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void dataDirWorksBeforeAndAfterTheSubcommand()
    {
        TestSupport::TempDataDir dir;
        {
            QString error;
            auto db = Database::open(DataDir::databasePath(dir.path()), &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(u"INSERT INTO decks (key, name, created_at) VALUES ('mine', 'Mine', 0)"_s));
            QVERIFY(query.exec(u"INSERT INTO cards (key, deck_id, front, back, created_at, modified_at) "
                               "VALUES ('mine-1', last_insert_rowid(), 'Q', 'A', 0, 0)"_s));
        }
        const Run before = runMlprep({u"--data-dir"_s, dir.path(), u"stats"_s, u"--json"_s});
        const Run after = runMlprep({u"stats"_s, u"--json"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(before.out, after.out);
        TestSupport::TempDataDir empty;
        const Run other = runMlprep({u"stats"_s, u"--json"_s, u"--data-dir"_s, empty.path()});
        QCOMPARE(totalCards(before.out) - totalCards(other.out), 1);
    }

    void environmentVariableChoosesTheDataDir()
    {
        TestSupport::TempDataDir dir;
        qputenv("MLPREP_DATA_DIR", dir.path().toLocal8Bit());
        QProcess process;
        process.start(QStringLiteral(MLPREP_BINARY), {u"stats"_s});
        QVERIFY(process.waitForFinished(60000));
        qunsetenv("MLPREP_DATA_DIR");
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(DataDir::databasePath(dir.path())));
    }

    void unusableDatabaseExitsTwoAndIsLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QByteArray>("reason");
        QTest::addRow("not a database") << QByteArray("plain text, not SQLite\n").repeated(100) << QByteArray("not an SQLite database");
    }

    void unusableDatabaseExitsTwoAndIsLeftUntouched()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QByteArray, reason);
        TestSupport::TempDataDir dir;
        const QString path = DataDir::databasePath(dir.path());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        const Run cli = runMlprep({u"stats"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(path.toLocal8Bit()), cli.err.constData());
        QVERIFY2(cli.err.contains(reason), cli.err.constData());
        const Run gui = runMlprep({u"--data-dir"_s, dir.path(), u"--screenshot"_s, dir.filePath(u"shot.png"_s)});
        QCOMPARE(gui.exitCode, 2);
        QVERIFY2(gui.err.contains(reason), gui.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"shot.png"_s)));
        QCOMPARE(TestSupport::readAll(path), contents);
    }

    void newerDatabaseExitsTwo()
    {
        TestSupport::TempDataDir dir;
        const QString path = DataDir::databasePath(dir.path());
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 5)));
        }
        const Run run = runMlprep({u"stats"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("newer version of MLPrep"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
