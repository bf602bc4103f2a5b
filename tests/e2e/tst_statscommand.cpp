// SPDX-License-Identifier: GPL-3.0-or-later
// `mlprep stats --json` and `mlprep simulate --json` (docs/cli.md) on a small collection with a known log.
#include "e2esupport.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 Hour = 3600'000;
constexpr qint64 Day = 24 * Hour;

QJsonObject runJson(const QStringList &arguments)
{
    const Run run = runMlprep(arguments);
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return {};
    }
    return QJsonDocument::fromJson(run.out).object();
}

/// The local study day (from 4 am, the default) the machine is in now.
QDate studyToday()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.time().hour() < 4 ? now.date().addDays(-1) : now.date();
}

qint64 dayStart(QDate day)
{
    return QDateTime(day, QTime(4, 0)).toMSecsSinceEpoch();
}
}

class TestStatsCommand : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempDataDir m_dir;
    TestSupport::TempDataDir m_empty;
    QDate m_today;

private Q_SLOTS:
    void initTestCase()
    {
        // The first run creates the database with the built-in decks; then the test adds its own cards.
        QVERIFY(!runJson({u"stats"_s, u"--json"_s, u"--data-dir"_s, m_dir.path()}).isEmpty());
        m_today = studyToday();
        const qint64 today = dayStart(m_today);
        QString error;
        auto db = Database::open(DataDir::databasePath(m_dir.path()), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"INSERT INTO decks (id, key, name, created_at) VALUES (9000, 'e2e', 'E2E', 0)"_s));
        QVERIFY(query.exec(u"INSERT INTO cards (id, key, deck_id, front, back, tags, created_at, modified_at) VALUES "
                           "(90001, 'e2e-1', 9000, 'Q1', 'A1', 'e2e', 0, 0), (90002, 'e2e-2', 9000, 'Q2', 'A2', 'e2e', 0, 0), "
                           "(90003, 'e2e-3', 9000, 'Q3', 'A3', 'e2e', 0, 0)"_s));
        QVERIFY(query.prepare(u"INSERT INTO card_state (card_id, state, stability, difficulty, due, last_review) VALUES (?, ?, 5, 5, ?, ?)"_s));
        for (const QVariantList &row : {QVariantList {90001, 2, today + 3 * Day + 12 * Hour, today - Day + 8 * Hour},
                                        QVariantList {90002, 3, QDateTime::currentMSecsSinceEpoch() - 60'000, today + 60'000}}) {
            for (const QVariant &value : row) {
                query.addBindValue(value);
            }
            QVERIFY(query.exec());
        }
        QVERIFY(query.prepare(u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after, last_interval_seconds, duration_ms) "
                              "VALUES (?, ?, ?, ?, 2, 2, ?, ?)"_s));
        for (const QVariantList &row : {QVariantList {90001, today - 2 * Day + 8 * Hour, 3, 0, 0, 4000}, // learning
                                        QVariantList {90001, today - Day + 8 * Hour, 3, 1, 86400, 6000}, // young, passed
                                        QVariantList {90002, today - Day + 9 * Hour, 1, 1, 30 * 86400, 5000}, // mature, again
                                        QVariantList {90002, today + 60'000, 3, 2, 0, 5000}}) { // relearning
            for (const QVariant &value : row) {
                query.addBindValue(value);
            }
            QVERIFY(query.exec());
        }
    }

    void statsJsonHasTheIssuesKeysAndValues()
    {
        const QJsonObject stats = runJson({u"stats"_s, u"--json"_s, u"--data-dir"_s, m_dir.path()});
        const QJsonObject baseline = runJson({u"stats"_s, u"--json"_s, u"--data-dir"_s, m_empty.path()});
        QVERIFY(!stats.isEmpty() && !baseline.isEmpty());

        const QJsonObject cards = stats.value(u"cards"_s).toObject();
        const QJsonObject builtIn = baseline.value(u"cards"_s).toObject();
        QCOMPARE(cards.value(u"total"_s).toInt() - builtIn.value(u"total"_s).toInt(), 3);
        QCOMPARE(cards.value(u"new"_s).toInt() - builtIn.value(u"new"_s).toInt(), 1);
        QCOMPARE(cards.value(u"learning"_s).toInt(), builtIn.value(u"learning"_s).toInt());
        QCOMPARE(cards.value(u"review"_s).toInt() - builtIn.value(u"review"_s).toInt(), 1);
        QCOMPARE(cards.value(u"relearning"_s).toInt() - builtIn.value(u"relearning"_s).toInt(), 1);
        QCOMPARE(cards.value(u"suspended"_s).toInt(), builtIn.value(u"suspended"_s).toInt());

        const QJsonObject reviews = stats.value(u"reviews"_s).toObject();
        QCOMPARE(reviews.value(u"total"_s).toInt(), 4);
        QCOMPARE(reviews.value(u"time_seconds"_s).toDouble(), 20.0);
        const QJsonObject byDay {
            {m_today.addDays(-2).toString(Qt::ISODate), 1}, {m_today.addDays(-1).toString(Qt::ISODate), 2}, {m_today.toString(Qt::ISODate), 1}};
        QCOMPARE(reviews.value(u"by_day"_s).toObject(), byDay);

        const QJsonObject retention = stats.value(u"retention"_s).toObject();
        QCOMPARE(retention.value(u"true_retention"_s).toDouble(), 0.5);
        QCOMPARE(retention.value(u"by_month"_s).toObject(), (QJsonObject {{m_today.addDays(-1).toString(u"yyyy-MM"_s), 0.5}}));

        const QJsonArray forecast = stats.value(u"forecast"_s).toArray();
        QCOMPARE(forecast.size(), 30);
        for (int i = 0; i < forecast.size(); ++i) {
            const QJsonObject day = forecast.at(i).toObject();
            QCOMPARE(day.value(u"date"_s).toString(), m_today.addDays(i).toString(Qt::ISODate));
            QCOMPARE(day.value(u"due"_s).toInt(), i == 0 || i == 3 ? 1 : 0);
        }
        QCOMPARE(stats.value(u"streak"_s).toObject(), (QJsonObject {{u"current"_s, 3}, {u"longest"_s, 3}}));
        QCOMPARE(stats.value(u"today"_s).toObject().value(u"due_now"_s).toInt(), 1);
    }

    void emptyCollectionHasNullRetention()
    {
        const QJsonObject stats = runJson({u"stats"_s, u"--json"_s, u"--data-dir"_s, m_empty.path()});
        QVERIFY(stats.value(u"retention"_s).toObject().value(u"true_retention"_s).isNull());
        QCOMPARE(stats.value(u"reviews"_s).toObject().value(u"total"_s).toInt(), 0);
        QCOMPARE(stats.value(u"streak"_s).toObject().value(u"longest"_s).toInt(), 0);
    }

    void simulateJsonForecastsTheWorkload()
    {
        const int newCards = runJson({u"stats"_s, u"--json"_s, u"--data-dir"_s, m_dir.path()}).value(u"cards"_s).toObject().value(u"new"_s).toInt();
        const QJsonObject result = runJson(
            {u"simulate"_s, u"--json"_s, u"--days"_s, u"10"_s, u"--new-per-day"_s, u"5"_s, u"--retention"_s, u"0.85"_s, u"--data-dir"_s, m_dir.path()});
        QCOMPARE(result.value(u"days"_s).toInt(), 10);
        QCOMPARE(result.value(u"new_per_day"_s).toInt(), 5);
        QCOMPARE(result.value(u"desired_retention"_s).toDouble(), 0.85);
        QCOMPARE(result.value(u"scheduled_cards"_s).toInt(), 2);
        QCOMPARE(result.value(u"new_cards"_s).toInt(), newCards);
        QCOMPARE(result.value(u"seconds_per_answer"_s).toDouble(), 5.0);
        QCOMPARE(result.value(u"all_introduced_on"_s).toString(), m_today.addDays((newCards + 4) / 5 - 1).toString(Qt::ISODate));
        const QJsonArray days = result.value(u"by_day"_s).toArray();
        QCOMPARE(days.size(), 10);
        int introduced = 0;
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject day = days.at(i).toObject();
            QCOMPARE(day.value(u"date"_s).toString(), m_today.addDays(i).toString(Qt::ISODate));
            QVERIFY(day.value(u"answers"_s).toInt() >= day.value(u"new"_s).toInt());
            introduced += day.value(u"new"_s).toInt();
        }
        QCOMPARE(introduced, std::min(newCards, 50));
        QVERIFY(result.contains(u"learned_before_interview"_s));
        QVERIFY(result.value(u"peak_answers_per_day"_s).toInt() >= 5);
    }

    void simulateRejectsOutOfRangeOptions()
    {
        for (const QStringList &options :
             {QStringList {u"--retention"_s, u"0.5"_s}, QStringList {u"--days"_s, u"0"_s}, QStringList {u"--new-per-day"_s, u"x"_s}}) {
            const Run run = runMlprep(QStringList {u"simulate"_s, u"--data-dir"_s, m_dir.path()} + options);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(options.first().toUtf8()), run.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_statscommand.moc"
