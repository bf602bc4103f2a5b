// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/timelog.h"
#include "studyfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::StudyFixture;

namespace
{
TimeLogEntry entry(StudyTrack track, const QString &kind, QDate day, int minutes, const QString &note = {})
{
    TimeLogEntry result;
    result.track = track;
    result.kind = kind;
    result.day = day;
    result.minutes = minutes;
    result.note = note;
    return result;
}
}

class TestTimeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsAndListsNewestFirst()
    {
        StudyFixture fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorText()));
        TimeLog log(fixture.db());
        const auto first = log.add(entry(StudyTrack::Coding, u"coding_problem"_s, QDate(2025, 3, 10), 45, u"  two-sum variants "_s), 1000);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.changes, StoreChanges(StoreChange::TimeLog));
        const auto second = log.add(entry(StudyTrack::Domain, u"paper_implementation"_s, QDate(2025, 3, 12), 90), 2000);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(log.add(entry(StudyTrack::Design, u"mock_interview"_s, QDate(2025, 3, 20), 60), 3000).ok());

        QString error;
        const auto entries = log.entries(QDate(2025, 3, 10), QDate(2025, 3, 16), &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).track, StudyTrack::Domain);
        QCOMPARE(entries->at(0).kind, u"paper_implementation"_s);
        QCOMPARE(entries->at(0).minutes, 90);
        QCOMPARE(entries->at(1).id, first.id);
        QCOMPARE(entries->at(1).note, u"two-sum variants"_s);
        QCOMPARE(entries->at(1).createdAt, 1000);
        QCOMPARE(entries->at(1).day, QDate(2025, 3, 10));
        QVERIFY(!entries->at(1).automatic);
    }

    void refusesInvalidEntries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("minutes");
        QTest::addRow("zero minutes") << u"other"_s << QDate(2025, 3, 10) << 0;
        QTest::addRow("more than a day") << u"other"_s << QDate(2025, 3, 10) << TimeLog::MaxMinutes + 1;
        QTest::addRow("unknown kind") << u"napping"_s << QDate(2025, 3, 10) << 30;
        QTest::addRow("design round by hand") << u"design_round"_s << QDate(2025, 3, 10) << 30;
        QTest::addRow("no day") << u"other"_s << QDate() << 30;
    }

    void refusesInvalidEntries()
    {
        QFETCH(QString, kind);
        QFETCH(QDate, day);
        QFETCH(int, minutes);
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        const auto result = TimeLog(fixture.db()).add(entry(StudyTrack::Coding, kind, day, minutes), 0);
        QVERIFY(!result.ok());
        QCOMPARE(result.changes, StoreChanges());
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM time_log"_s).toInt(), 0);
    }

    void schemaRefusesUnknownTracks()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(!fixture.exec(u"INSERT INTO time_log (track, kind, day, minutes, created_at) VALUES ('cooking', 'other', '2025-03-10', 5, 0)"_s));
        QVERIFY(!fixture.exec(u"INSERT INTO time_log (track, kind, day, minutes, created_at) VALUES ('coding', 'other', '2025-03-10', 0, 0)"_s));
    }

    void removeAndRestoreKeepIdAndCreation()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        TimeLog log(fixture.db());
        const auto added = log.add(entry(StudyTrack::Domain, u"reading"_s, QDate(2025, 3, 11), 25, u"FlashAttention paper"_s), 4242);
        QVERIFY(added.ok());
        QString error;
        const TimeLogEntry before = log.entries(QDate(2025, 3, 11), QDate(2025, 3, 11), &error)->first();

        const auto removed = log.remove(added.id);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM time_log"_s).toInt(), 0);
        QVERIFY2(!log.remove(added.id).ok(), "removing twice must report that nothing was there");

        const auto restored = log.restore(before);
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        const TimeLogEntry after = log.entries(QDate(2025, 3, 11), QDate(2025, 3, 11), &error)->first();
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.createdAt, 4242);
        QCOMPARE(after.note, u"FlashAttention paper"_s);
        QCOMPARE(after.minutes, 25);
    }

    void designRoundsCountWithoutBeingCopied()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        const qint64 start = QDateTime(QDate(2025, 3, 11), QTime(18, 30)).toMSecsSinceEpoch();
        QVERIFY(fixture.exec(u"INSERT INTO design_rounds (prompt_key, started_at, time_used_ms) VALUES ('ads-ctr', %1, 2430000)"_s.arg(start)));
        TimeLog log(fixture.db(), 4);
        QVERIFY(log.add(entry(StudyTrack::Design, u"mock_interview"_s, QDate(2025, 3, 11), 60), start - 1).ok());
        QString error;
        const auto entries = log.entries(QDate(2025, 3, 11), QDate(2025, 3, 11), &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 2);
        const TimeLogEntry &round = entries->at(0);
        QVERIFY(round.automatic);
        QCOMPARE(round.track, StudyTrack::Design);
        QCOMPARE(round.kind, u"design_round"_s);
        QCOMPARE(round.minutes, 41); // 40.5 minutes, rounded
        QCOMPARE(round.note, u"ads-ctr"_s);
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM time_log"_s).toInt(), 1);

        const auto days = log.minutesByDay(QDate(2025, 3, 10), QDate(2025, 3, 16), &error);
        QVERIFY2(days, qPrintable(error));
        QCOMPARE(days->size(), 1);
        QCOMPARE(days->first().first, QDate(2025, 3, 11));
        QCOMPARE(days->first().second, (PerTrack<int> {0, 101, 0}));
    }
};

QTEST_GUILESS_MAIN(TestTimeLog)
#include "tst_timelog.moc"
