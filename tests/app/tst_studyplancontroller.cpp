// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"
#include "progress/studyplancontroller.h"
#include "progress/timelogmodel.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStudyPlanController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<StudyPlanController> m_plan;
    qint64 m_now = 0;

    [[nodiscard]] QVariantMap track(int index) const
    {
        return m_plan->tracks().at(index).toMap();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        // Wednesday 2026-03-11, noon local: five days of the week left.
        m_now = QDateTime(QDate(2026, 3, 11), QTime(12, 0)).toMSecsSinceEpoch();
        m_plan = std::make_unique<StudyPlanController>(*m_collection, [this] {
            return m_now;
        });
    }

    void cleanup()
    {
        m_plan.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void startsWithDefaultsAndFixesTheDate()
    {
        QCOMPARE(m_plan->interviewDate(), u"2026-04-22"_s);
        QCOMPARE(SettingsStore(m_collection->connection()).value(u"plan/interviewDate"_s), u"2026-04-22"_s);
        QCOMPARE(m_plan->daysToInterview(), 42);
        QCOMPARE(m_plan->weeklyHours(), 15);
        QCOMPARE(m_plan->tracks().size(), 3);
        QCOMPARE(track(0).value(u"key"_s).toString(), u"coding"_s);
        QCOMPARE(track(0).value(u"weeklyMinutes"_s).toInt(), 225);
        QCOMPARE(track(1).value(u"weeklyMinutes"_s).toInt(), 360);
        QCOMPARE(track(2).value(u"weeklyMinutes"_s).toInt(), 315);
        QCOMPARE(track(1).value(u"sharePercent"_s).toInt(), 40);
        QCOMPARE(m_plan->weeks().size(), StudyPlanController::WeeksShown);
        QVERIFY(m_plan->weeks().last().toMap().value(u"current"_s).toBool());
        QCOMPARE(m_plan->adviceTrack(), u"design"_s);
        QCOMPARE(m_plan->adviceMinutes(), 72);
        QCOMPARE(m_plan->today(), u"2026-03-11"_s);
        QVERIFY(m_plan->errorText().isEmpty());
    }

    void logsTimeAndUndoesDelete()
    {
        QAbstractItemModelTester tester(m_plan->timeLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(m_plan.get(), &StudyPlanController::changed);
        QVERIFY(m_plan->logTime(u"domain"_s, u"paper_implementation"_s, u"2026-03-10"_s, 90, u"LoRA from scratch"_s));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_plan->timeLog()->rowCount(), 1);
        const QModelIndex row = m_plan->timeLog()->index(0);
        QCOMPARE(row.data(TimeLogModel::MinutesRole).toInt(), 90);
        QCOMPARE(row.data(TimeLogModel::TrackRole).toString(), u"domain"_s);
        QCOMPARE(row.data(TimeLogModel::NoteRole).toString(), u"LoRA from scratch"_s);
        QCOMPARE(track(2).value(u"actualMinutes"_s).toInt(), 90);

        QVERIFY(!m_plan->canUndo());
        QVERIFY(m_plan->removeTime(0));
        QCOMPARE(m_plan->timeLog()->rowCount(), 0);
        QVERIFY(m_plan->canUndo());
        QVERIFY(!m_plan->undoText().isEmpty());
        QVERIFY(m_plan->undo());
        QVERIFY(!m_plan->canUndo());
        QCOMPARE(m_plan->timeLog()->rowCount(), 1);
        QCOMPARE(track(2).value(u"actualMinutes"_s).toInt(), 90);
    }

    void refusesBadInput()
    {
        QVERIFY(!m_plan->logTime(u"cooking"_s, u"other"_s, u"2026-03-11"_s, 30, {}));
        QVERIFY(!m_plan->errorText().isEmpty());
        QVERIFY(!m_plan->logTime(u"coding"_s, u"other"_s, u"2026-03-11"_s, 0, {}));
        QVERIFY(!m_plan->saveSettings(u"2026-02-30"_s, 10, 3, 3, 3));
        QCOMPARE(m_plan->interviewDate(), u"2026-04-22"_s);
        QVERIFY(m_plan->logTime(u"coding"_s, u"other"_s, u"2026-03-11"_s, 10, {}));
        QVERIFY2(m_plan->errorText().isEmpty(), "a success clears the last error");
    }

    void designRoundsShowButCannotBeDeletedHere()
    {
        const qint64 started = QDateTime(QDate(2026, 3, 10), QTime(19, 0)).toMSecsSinceEpoch();
        QVERIFY(TestSupport::scalar(m_collection->connection(),
                                    u"INSERT INTO design_rounds (prompt_key, started_at, time_used_ms) VALUES ('rag-search', ?, 2700000) RETURNING id"_s,
                                    {started})
                    .isValid());
        m_plan->refresh();
        QCOMPARE(m_plan->timeLog()->rowCount(), 1);
        QVERIFY(m_plan->timeLog()->index(0).data(TimeLogModel::AutomaticRole).toBool());
        QCOMPARE(track(1).value(u"actualMinutes"_s).toInt(), 45);
        QVERIFY(!m_plan->removeTime(0));
        QCOMPARE(m_plan->timeLog()->rowCount(), 1);
    }

    void savesSettingsAndReweights()
    {
        QVERIFY2(m_plan->saveSettings(u"2026-05-01"_s, 10, 1, 3, 5), qPrintable(m_plan->errorText()));
        QCOMPARE(m_plan->interviewDate(), u"2026-05-01"_s);
        QCOMPARE(m_plan->weeklyHours(), 10);
        QCOMPARE(track(0).value(u"weeklyMinutes"_s).toInt(), 237);
        QCOMPARE(track(1).value(u"weeklyMinutes"_s).toInt(), 253);
        QCOMPARE(track(2).value(u"weeklyMinutes"_s).toInt(), 110);
        QCOMPARE(track(0).value(u"confidence"_s).toInt(), 1);

        // A second controller on the same collection (the next start) reads the same plan.
        StudyPlanController again(*m_collection, [this] {
            return m_now;
        });
        QCOMPARE(again.interviewDate(), u"2026-05-01"_s);
        QCOMPARE(again.tracks().at(2).toMap().value(u"weeklyMinutes"_s).toInt(), 110);
    }
};

QTEST_MAIN(TestStudyPlanController)
#include "tst_studyplancontroller.moc"
