// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedcollection.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

#include "cards/fsrs.h"
#include "storage/datadir.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
using Fsrs::CardState;
using Fsrs::Rating;
using TestSupport::GeneratedCollectionSpec;

constexpr qint64 MsPerMinute = 60'000;

struct Review {
    qint64 atMs = 0;
    Rating rating = Rating::Good;
    Fsrs::FsrsCard before;
    Fsrs::ReviewOutcome outcome;
};

/// One review_log row, kept until every card is simulated: the log is written in time order, as a real one grows.
struct LogRow {
    qint64 cardId = 0;
    qint64 reviewedAtMs = 0;
    qint64 intervalSeconds = 0;
    qint64 lastIntervalSeconds = 0;
    qint64 elapsedDays = -1; ///< -1: NULL, a first answer
    double stability = 0;
    double difficulty = 0;
    qint16 durationMs = 0;
    qint8 rating = 0;
    qint8 kind = 0;
    qint8 stateBefore = 0;
    qint8 stateAfter = 0;
};

struct History {
    std::vector<Review> reviews;
    int lapses = 0;
};

class Generator
{
public:
    Generator(QSqlDatabase db, const GeneratedCollectionSpec &spec) : m_db(std::move(db)), m_spec(spec), m_random(spec.seed)
    {
    }

    bool run(QString *error)
    {
        Transaction transaction(m_db);
        if (!transaction.isActive() || !prepareStatements(error) || !insertDecks(error) || !insertCards(error) || !insertLog(error)) {
            if (error->isEmpty()) {
                *error = transaction.errorText();
            }
            return false;
        }
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
        return true;
    }

private:
    double uniform()
    {
        return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    }

    bool exec(QSqlQuery &query, QString *error)
    {
        if (query.exec()) {
            return true;
        }
        *error = query.lastError().text();
        return false;
    }

    bool prepareStatements(QString *error)
    {
        m_insertDeck = QSqlQuery(m_db);
        m_insertCard = QSqlQuery(m_db);
        m_insertState = QSqlQuery(m_db);
        m_insertLog = QSqlQuery(m_db);
        const bool ok
            = m_insertDeck.prepare(u"INSERT INTO decks (id, key, name, origin, new_per_day, reviews_per_day, created_at) VALUES (?, ?, ?, 'user', ?, ?, ?)"_s)
            && m_insertCard.prepare(u"INSERT INTO cards (id, key, deck_id, front, back, tags, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
            && m_insertState.prepare(
                u"INSERT INTO card_state (card_id, state, step, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until, flag) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            && m_insertLog.prepare(
                u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after, stability, difficulty, interval_seconds, "
                "last_interval_seconds, elapsed_days, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!ok) {
            *error = u"cannot prepare the generator's statements"_s;
        }
        return ok;
    }

    bool insertDecks(QString *error)
    {
        for (int deck = 1; deck <= m_spec.decks; ++deck) {
            const bool ownLimits = deck % 5 == 0;
            m_insertDeck.bindValue(0, deck);
            m_insertDeck.bindValue(1, u"generated-%1"_s.arg(deck));
            m_insertDeck.bindValue(2, u"Generated deck %1"_s.arg(deck));
            m_insertDeck.bindValue(3, ownLimits ? QVariant(10) : QVariant());
            m_insertDeck.bindValue(4, ownLimits ? QVariant(100) : QVariant());
            m_insertDeck.bindValue(5, m_spec.nowMs - 800 * Fsrs::MsPerDay);
            if (!exec(m_insertDeck, error)) {
                return false;
            }
        }
        return true;
    }

    /// The studied cards share the reviews evenly (the quota differs by at most one), in card order.
    bool insertCards(QString *error)
    {
        const int perDeck = m_spec.cards / m_spec.decks;
        const int studiedPerDeck = int(perDeck * m_spec.studiedFraction);
        const qint64 studiedTotal = std::max<qint64>(1, qint64(studiedPerDeck) * m_spec.decks);
        qint64 studiedSoFar = 0;
        qint64 cardId = 0;
        for (int deck = 1; deck <= m_spec.decks; ++deck) {
            // The last deck takes the remainder so that the total is exact.
            const int count = deck == m_spec.decks ? m_spec.cards - perDeck * (m_spec.decks - 1) : perDeck;
            for (int i = 0; i < count; ++i) {
                ++cardId;
                if (i < studiedPerDeck) {
                    const qint64 quota = (studiedSoFar + 1) * m_spec.reviews / studiedTotal - studiedSoFar * m_spec.reviews / studiedTotal;
                    ++studiedSoFar;
                    if (!insertStudiedCard(cardId, deck, int(quota), error)) {
                        return false;
                    }
                } else if (!insertCard(cardId, deck, m_spec.nowMs - qint64(uniform() * 400) * Fsrs::MsPerDay, error)) {
                    return false;
                }
            }
        }
        return true;
    }

    bool insertCard(qint64 cardId, int deck, qint64 createdMs, QString *error)
    {
        m_insertCard.bindValue(0, cardId);
        m_insertCard.bindValue(1, u"generated-%1-card-%2"_s.arg(deck).arg(cardId));
        m_insertCard.bindValue(2, deck);
        m_insertCard.bindValue(
            3, u"Question %1: what limits the throughput of a transformer decoder at batch size %2, and why?"_s.arg(cardId).arg(cardId % 64 + 1));
        m_insertCard.bindValue(4,
                               u"Answer %1. At small batch sizes decoding is memory-bandwidth bound: every step reads all weights and the "
                               "KV cache once, so tokens per second follow bandwidth divided by bytes read. Batching amortises the weight "
                               "reads until compute becomes the limit; the KV cache then grows with batch and context."_s.arg(cardId));
        m_insertCard.bindValue(5, u"generated inference"_s);
        m_insertCard.bindValue(6, createdMs);
        m_insertCard.bindValue(7, createdMs);
        return exec(m_insertCard, error);
    }

    Rating drawRating()
    {
        const double roll = uniform();
        return roll < 0.10 ? Rating::Again : roll < 0.22 ? Rating::Hard : roll < 0.92 ? Rating::Good : Rating::Easy;
    }

    /// `count` answers from New. Most cards end in Review (the last two answers are Good); a few end on Again
    /// and stay in (re)learning, as a user's collection has a handful of those at any time.
    History simulate(int count, bool endInLearning)
    {
        History history;
        Fsrs::FsrsCard card = Fsrs::FsrsCard::newCard(0);
        qint64 now = 0;
        for (int i = 0; i < count; ++i) {
            Rating rating = drawRating();
            if (endInLearning && i == count - 1) {
                rating = Rating::Again;
            } else if (i >= count - 2) {
                rating = count == 1 ? Rating::Easy : Rating::Good;
            }
            const Fsrs::ReviewOutcome outcome = Fsrs::review(card, rating, now, m_params);
            history.lapses += card.state == CardState::Review && rating == Rating::Again ? 1 : 0;
            history.reviews.push_back({now, rating, card, outcome});
            card = outcome.card;
            // Answered on time or up to 15 % of the interval late.
            now = card.dueMs + qint64(uniform() * 0.15 * double(outcome.intervalMs));
        }
        return history;
    }

    bool insertStudiedCard(qint64 cardId, int deck, int quota, QString *error)
    {
        if (quota == 0) {
            return insertCard(cardId, deck, m_spec.nowMs - 400 * Fsrs::MsPerDay, error);
        }
        const bool endInLearning = uniform() < 0.004;
        History history = simulate(quota, endInLearning);
        const Review &last = history.reviews.back();
        // Now lies somewhere in the last interval, or a little past it (an overdue card).
        const double position = endInLearning ? uniform() * 2.0 : uniform() * 1.04;
        const qint64 shift = m_spec.nowMs - qint64(position * double(last.outcome.intervalMs)) - last.atMs;
        const qint64 createdMs = history.reviews.front().atMs + shift - qint64(uniform() * 30) * Fsrs::MsPerDay;
        if (!insertCard(cardId, deck, createdMs, error)) {
            return false;
        }
        const Fsrs::FsrsCard &finalCard = last.outcome.card;
        const double mark = uniform();
        m_insertState.bindValue(0, cardId);
        m_insertState.bindValue(1, int(finalCard.state));
        m_insertState.bindValue(2, finalCard.step ? QVariant(*finalCard.step) : QVariant());
        m_insertState.bindValue(3, *finalCard.stability);
        m_insertState.bindValue(4, *finalCard.difficulty);
        m_insertState.bindValue(5, finalCard.dueMs + shift);
        m_insertState.bindValue(6, *finalCard.lastReviewMs + shift);
        m_insertState.bindValue(7, quota);
        m_insertState.bindValue(8, history.lapses);
        m_insertState.bindValue(9, mark < 0.02 ? 1 : 0);
        m_insertState.bindValue(10, mark >= 0.02 && mark < 0.025 ? QVariant(m_spec.nowMs + Fsrs::MsPerDay) : QVariant());
        m_insertState.bindValue(11, mark >= 0.9 && mark < 0.93 ? int(1 + cardId % 4) : 0);
        if (!exec(m_insertState, error)) {
            return false;
        }
        for (const Review &review : history.reviews) {
            const CardState before = review.before.state;
            LogRow row;
            row.cardId = cardId;
            row.reviewedAtMs = review.atMs + shift;
            row.intervalSeconds = review.outcome.intervalMs / 1000;
            row.lastIntervalSeconds = review.before.lastReviewMs ? (review.before.dueMs - *review.before.lastReviewMs) / 1000 : 0;
            row.elapsedDays = review.outcome.elapsedDays.value_or(-1);
            row.stability = *review.outcome.card.stability;
            row.difficulty = *review.outcome.card.difficulty;
            row.durationMs = qint16(2'000 + int(uniform() * 18'000));
            row.rating = qint8(review.rating);
            row.kind = qint8(before == CardState::Review ? 1 : before == CardState::Relearning ? 2 : 0);
            row.stateBefore = qint8(before);
            row.stateAfter = qint8(review.outcome.card.state);
            m_log.push_back(row);
        }
        return true;
    }

    bool insertLog(QString *error)
    {
        std::stable_sort(m_log.begin(), m_log.end(), [](const LogRow &a, const LogRow &b) {
            return a.reviewedAtMs < b.reviewedAtMs;
        });
        for (const LogRow &row : m_log) {
            m_insertLog.bindValue(0, row.cardId);
            m_insertLog.bindValue(1, row.reviewedAtMs);
            m_insertLog.bindValue(2, int(row.rating));
            m_insertLog.bindValue(3, int(row.kind));
            m_insertLog.bindValue(4, int(row.stateBefore));
            m_insertLog.bindValue(5, int(row.stateAfter));
            m_insertLog.bindValue(6, row.stability);
            m_insertLog.bindValue(7, row.difficulty);
            m_insertLog.bindValue(8, row.intervalSeconds);
            m_insertLog.bindValue(9, row.lastIntervalSeconds);
            m_insertLog.bindValue(10, row.elapsedDays >= 0 ? QVariant(row.elapsedDays) : QVariant());
            m_insertLog.bindValue(11, int(row.durationMs));
            if (!exec(m_insertLog, error)) {
                return false;
            }
        }
        m_log = {};
        return true;
    }

    QSqlDatabase m_db;
    GeneratedCollectionSpec m_spec;
    // Intervals capped at four months keep every card's history within a few years, like a real
    // heavy user's log; uncapped, ten Good answers in a row reach back centuries.
    Fsrs::FsrsParameters m_params = [] {
        Fsrs::FsrsParameters params = Fsrs::FsrsParameters::defaults();
        params.maximumIntervalDays = 120;
        return params;
    }();
    std::mt19937_64 m_random;
    QSqlQuery m_insertDeck;
    QSqlQuery m_insertCard;
    QSqlQuery m_insertState;
    QSqlQuery m_insertLog;
    std::vector<LogRow> m_log;
};
}

bool TestSupport::generateCollection(QSqlDatabase db, const GeneratedCollectionSpec &spec, QString *error)
{
    if (spec.decks <= 0 || spec.cards < spec.decks || spec.reviews < 0 || spec.studiedFraction <= 0.0 || spec.studiedFraction > 1.0) {
        *error = u"invalid generated collection spec"_s;
        return false;
    }
    return Generator(std::move(db), spec).run(error);
}

TestSupport::GeneratedDatabase::GeneratedDatabase(const GeneratedCollectionSpec &spec) : m_spec(spec)
{
    m_database = Database::open(DataDir::databasePath(m_dir.path()), &m_error);
    if (m_database && !generateCollection(m_database->connection(), m_spec, &m_error)) {
        m_database.reset();
    }
}

bool TestSupport::GeneratedDatabase::isValid() const
{
    return m_database != nullptr;
}

QString TestSupport::GeneratedDatabase::errorText() const
{
    return m_error;
}

QSqlDatabase TestSupport::GeneratedDatabase::connection() const
{
    return m_database->connection();
}

const TestSupport::GeneratedCollectionSpec &TestSupport::GeneratedDatabase::spec() const
{
    return m_spec;
}

const TestSupport::GeneratedDatabase &TestSupport::benchmarkCollection()
{
    static int argc = 1;
    static char name[] = "mlprep-bench";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const GeneratedDatabase database;
    if (!database.isValid()) {
        std::fprintf(stderr, "cannot generate the collection: %s\n", qPrintable(database.errorText()));
        std::abort();
    }
    return database;
}
