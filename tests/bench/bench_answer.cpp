// SPDX-License-Identifier: GPL-3.0-or-later
// Answering a card on a generated collection of 100 000 cards and 1 000 000 reviews: the stale check, FSRS and
// the transaction that writes card_state and one review_log row. Target: < 2 ms per answer (median).
#include "cards/reviewqueue.h"
#include "cards/reviewservice.h"
#include "generatedcollection.h"

#include <QSqlQuery>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace
{
/// Cards in Review that can be answered (not suspended or buried), to answer one after the other; a card comes round again only after all the others.
QList<qint64> reviewCards(const QSqlDatabase &db)
{
    QList<qint64> cards;
    QSqlQuery query(db);
    query.exec(u"SELECT card_id FROM card_state WHERE state = 2 AND suspended = 0 AND buried_until IS NULL ORDER BY card_id"_s);
    while (query.next()) {
        cards.append(query.value(0).toLongLong());
    }
    return cards;
}

StudySettings settings()
{
    StudySettings result;
    result.timeZone = QTimeZone::utc();
    return result;
}

/// answer() alone: the screen already holds the preview it shows.
void answerCard(benchmark::State &state)
{
    const auto &database = TestSupport::benchmarkCollection();
    const QList<qint64> cards = reviewCards(database.connection());
    ReviewService service(database.connection(), settings());
    qint64 now = database.spec().nowMs;
    qsizetype next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const qint64 card = cards.at(next++ % cards.size());
        const auto preview = service.preview(card, ++now);
        state.ResumeTiming();
        const auto result = service.answer(card, Fsrs::Rating::Good, now, 6000, preview->shown);
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.message));
            break;
        }
    }
}
BENCHMARK(answerCard)->Unit(benchmark::kMicrosecond);

/// One step of the review screen: the four buttons of a card, then the answer.
void previewAndAnswer(benchmark::State &state)
{
    const auto &database = TestSupport::benchmarkCollection();
    const QList<qint64> cards = reviewCards(database.connection());
    ReviewService service(database.connection(), settings());
    qint64 now = database.spec().nowMs + 86'400'000;
    qsizetype next = cards.size() / 2;
    for (auto _ : state) {
        const qint64 card = cards.at(next++ % cards.size());
        const auto preview = service.preview(card, ++now);
        const auto result = service.answer(card, Fsrs::Rating::Hard, now, 6000, preview->shown);
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.message));
            break;
        }
    }
}
BENCHMARK(previewAndAnswer)->Unit(benchmark::kMicrosecond);

/// Undo of an answer: restore card_state and delete the log row, in one transaction.
void answerThenUndo(benchmark::State &state)
{
    const auto &database = TestSupport::benchmarkCollection();
    const QList<qint64> cards = reviewCards(database.connection());
    ReviewService service(database.connection(), settings());
    const qint64 now = database.spec().nowMs + 2 * 86'400'000;
    qsizetype next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const qint64 card = cards.at(next++ % cards.size());
        const auto preview = service.preview(card, now);
        const bool answered = service.answer(card, Fsrs::Rating::Easy, now, 6000, preview->shown).ok();
        state.ResumeTiming();
        if (!answered || !service.undo().ok()) {
            state.SkipWithError("answer or undo failed");
            break;
        }
    }
}
BENCHMARK(answerThenUndo)->Unit(benchmark::kMicrosecond);
}
