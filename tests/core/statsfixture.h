// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small collection with a known review log and known card states, in Europe/Berlin with the day starting at
// 4 am, across the 2026 switch to summer time (Sunday 29 March). The expected numbers in the statistics tests
// are worked out by hand from the rows below.

#include "storage/database.h"
#include "storage/datadir.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <memory>

namespace StatsFixture
{
using namespace Qt::StringLiterals;

inline QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

/// Local Berlin time as UTC epoch ms.
inline qint64 at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), berlin()).toMSecsSinceEpoch();
}

/// "Now" for every test: Tuesday 31 March 2026, 15:00 in Berlin.
inline qint64 now()
{
    return at(3, 31, 15);
}

constexpr qint64 Day = 86'400'000;
constexpr qint64 DaySeconds = 86'400;

class Collection
{
public:
    Collection()
    {
        QString error;
        m_database = Database::open(DataDir::databasePath(m_dir.path()), &error);
        m_error = error;
    }

    [[nodiscard]] bool isValid() const
    {
        return m_database != nullptr;
    }
    [[nodiscard]] QString errorText() const
    {
        return m_error;
    }
    [[nodiscard]] QSqlDatabase db() const
    {
        return m_database->connection();
    }

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql)) {
            return false;
        }
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        return query.exec();
    }

    bool answer(qint64 card, qint64 atMs, int rating, int kind, qint64 lastIntervalSeconds, qint64 durationMs) const
    {
        return exec(u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after, last_interval_seconds, duration_ms) "
                    "VALUES (?, ?, ?, ?, ?, 2, ?, ?)"_s,
                    {card, atMs, rating, kind, kind == 0 ? 0 : 2, lastIntervalSeconds, durationMs});
    }

    /// The review log of the tests (see each line for where it counts); needs addCards() first.
    bool addReviewLog() const
    {
        const qint64 d = DaySeconds;
        return answer(1, at(2, 24, 10), 3, 0, 0, 1000) // Feb 24: learning
            && answer(1, at(2, 25, 10), 3, 0, 0, 1000) // Feb 25: learning
            && answer(1, at(2, 26, 10), 3, 0, 0, 1000) // Feb 26: learning
            && answer(6, at(2, 27, 10), 3, 1, 10 * d, 2000) // Feb 27: young, passed
            && answer(6, at(2, 28, 10), 1, 1, 10 * d, 2000) // Feb 28: young, again
            && answer(1, at(3, 23, 10), 3, 0, 0, 5000) // Mar 23: learning
            && answer(1, at(3, 23, 10, 10), 1, 0, 0, 7000) // Mar 23: learning, again
            && answer(2, at(3, 25, 9), 3, 1, 3 * d, 4000) // Mar 25: young, passed
            && answer(3, at(3, 25, 9, 5), 1, 1, 30 * d, 6000) // Mar 25: mature, again
            && answer(3, at(3, 25, 9, 20), 3, 2, 0, 3000) // Mar 25: relearning
            && answer(4, at(3, 26, 2, 30), 2, 1, 21 * d, 2000) // before 4 am: Mar 25, mature (21 days), passed
            && answer(2, at(3, 28, 23), 4, 1, 20 * d, 1000) // Mar 28: young, passed
            && answer(6, at(3, 29, 3, 30), 3, 1, 25 * d, 1500) // summer time, before 4 am: Mar 28, mature, passed
            && exec(u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after) VALUES (5, ?, 0, 4, 2, 2)"_s,
                    {at(3, 29, 11)}) // Mar 29: manual reschedule, not an answer
            && answer(5, at(3, 29, 12), 3, 1, 100 * d, 8000) // Mar 29: mature, passed
            && answer(5, at(3, 30, 10), 3, 1, 100 * d, 4000) // Mar 30: mature, passed
            && answer(2, at(3, 30, 11), 3, 3, 0, 1000) // Mar 30: filtered (an Anki import)
            && answer(1, at(3, 31, 8), 1, 0, 0, 9000) // today: learning, again
            && answer(2, at(3, 31, 9), 1, 1, 5 * d, 3000) // today: young, again
            && answer(3, at(3, 31, 14), 3, 1, 40 * d, 2000); // today: mature, passed
    }

    /// Decks Alpha (1) and Beta (2) and eleven cards; see the expected counts in tst_cardstats.
    bool addCards() const
    {
        bool ok = exec(u"INSERT INTO decks (id, key, name, created_at) VALUES (1, 'alpha', 'Alpha', 0), (2, 'beta', 'Beta', 0)"_s);
        const struct {
            int id;
            int deck;
            const char *tags;
            int retired;
            bool deleted;
        } cards[] = {{1, 1, "llm inference", 0, false},
                     {2, 1, "llm", 0, false},
                     {3, 1, "inference", 0, false},
                     {4, 2, "", 0, false},
                     {5, 2, "systems", 0, false},
                     {6, 2, "systems", 0, false},
                     {7, 2, "systems", 0, false},
                     {8, 1, "llm", 0, false},
                     {9, 1, "llm", 1, false},
                     {10, 1, "llm", 0, true},
                     {11, 2, "", 0, false}};
        for (const auto &card : cards) {
            ok = ok
                && exec(
                     u"INSERT INTO cards (id, key, deck_id, front, back, tags, retired, deleted_at, created_at, modified_at) VALUES (?, ?, ?, 'Q', 'A', ?, ?, ?, 0, 0)"_s,
                     {card.id, u"card-%1"_s.arg(card.id), card.deck, QString::fromLatin1(card.tags), card.retired, card.deleted ? QVariant(1) : QVariant()});
        }
        const auto state = [this](int card,
                                  int fsrsState,
                                  double stability,
                                  double difficulty,
                                  qint64 lastReview,
                                  qint64 due,
                                  int suspended = 0,
                                  QVariant buriedUntil = {}) {
            return exec(
                u"INSERT INTO card_state (card_id, state, stability, difficulty, last_review, due, suspended, buried_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {card, fsrsState, stability, difficulty, lastReview, due, suspended, buriedUntil});
        };
        return ok && state(1, 1, 0.5, 5, at(3, 31, 8), at(3, 31, 8, 10)) // learning, due now
            && state(2, 3, 2, 7, at(3, 31, 9), at(3, 31, 9, 10)) // relearning, due now
            && state(3, 2, 45, 3, at(3, 31, 14), at(5, 15, 12)) // review, due after the forecast
            && state(4, 2, 21, 1, at(3, 26, 2, 30), at(4, 5, 12)) // review, due in 5 days
            && state(5, 2, 100, 10, at(3, 30, 10), at(4, 9, 12)) // review, due in 9 days
            && state(6, 2, 10, 5.5, at(3, 29, 3, 30), at(3, 30, 10)) // review, overdue
            && state(8, 2, 5, 5, at(3, 20, 10), at(4, 1, 12), 1) // suspended
            && state(9, 2, 5, 5, at(3, 20, 10), at(4, 1, 12)) // retired
            && state(10, 2, 5, 5, at(3, 20, 10), at(4, 1, 12)) // deleted
            && state(11, 2, 3, 4, at(3, 28, 23), at(3, 31, 14), 0, at(4, 1, 4)); // buried until tomorrow
    }

private:
    TestSupport::TempDataDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_error;
};
}
