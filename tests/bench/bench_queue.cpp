// SPDX-License-Identifier: GPL-3.0-or-later
// Today's study queue and the deck picker's counts on a generated collection of 100 000 cards and 1 000 000
// reviews in 40 decks. Target: building the queue for every deck in < 50 ms (median).
#include "cards/reviewqueue.h"
#include "generatedcollection.h"

#include <benchmark/benchmark.h>

namespace
{
StudySettings settings()
{
    StudySettings result;
    result.timeZone = QTimeZone::utc();
    return result;
}

QList<qint64> decks(int count)
{
    QList<qint64> ids;
    for (int deck = 1; deck <= count; ++deck) {
        ids.append(deck);
    }
    return ids;
}

void report(benchmark::State &state, const ReviewQueue::Counts &counts)
{
    state.counters["new"] = counts.newCards;
    state.counters["learning"] = counts.learning;
    state.counters["review"] = counts.review;
}

/// The review screen opening on a selection of decks: read today's cards and pick the first.
void buildTodaysQueue(benchmark::State &state)
{
    const auto &database = TestSupport::benchmarkCollection();
    const qint64 now = database.spec().nowMs;
    const QList<qint64> chosen = decks(int(state.range(0)));
    ReviewQueue::Counts counts;
    for (auto _ : state) {
        ReviewQueue queue(database.connection(), chosen, settings());
        if (!queue.reload(now)) {
            state.SkipWithError(qPrintable(queue.errorText()));
            break;
        }
        benchmark::DoNotOptimize(queue.next(now));
        counts = queue.counts(now);
    }
    report(state, counts);
}
BENCHMARK(buildTodaysQueue)->Arg(40)->Arg(1)->Unit(benchmark::kMillisecond);

/// The deck picker: new / learning / review for every deck.
void deckPickerCounts(benchmark::State &state)
{
    const auto &database = TestSupport::benchmarkCollection();
    const qint64 now = database.spec().nowMs;
    for (auto _ : state) {
        QString error;
        const auto counts = ReviewQueue::deckCounts(database.connection(), settings(), now, &error);
        if (!counts) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        benchmark::DoNotOptimize(counts->data());
    }
}
BENCHMARK(deckPickerCounts)->Unit(benchmark::kMillisecond);
}
