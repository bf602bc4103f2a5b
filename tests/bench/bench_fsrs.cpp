// SPDX-License-Identifier: GPL-3.0-or-later
// FSRS scheduler throughput. Target: at least 1M reviews/s replayed (items_per_second).
#include "cards/fsrs.h"
#include "cards/fsrsreplay.h"

#include <QString>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Fsrs;

namespace
{
const std::vector<FsrsReplay::Case> &publicCases()
{
    static const std::vector<FsrsReplay::Case> cases = [] {
        QString error;
        auto parsed = FsrsReplay::readFile(QString::fromUtf8(MLPREP_TEST_DATA_DIR) + u"/fsrs/vectors-public.json"_s, &error);
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::abort();
        }
        return std::move(*parsed);
    }();
    return cases;
}

/// A long, deterministic history on default parameters: mostly Good, some Again, Hard and Easy, each review
/// a little early or late, so that every branch (learning, review, lapse, relearning, same day) is taken.
FsrsReplay::Case longHistory(int reviews)
{
    FsrsReplay::Case history;
    history.id = u"synthetic"_s;
    history.parameters = FsrsParameters::defaults();
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    qint64 now = 1'736'154'000'000; // 2025-01-06T09:00:00Z
    FsrsCard card = FsrsCard::newCard(now);
    for (int i = 0; i < reviews; ++i) {
        const quint32 roll = next() % 100;
        const Rating rating = roll < 10 ? Rating::Again : roll < 25 ? Rating::Hard : roll < 90 ? Rating::Good : Rating::Easy;
        history.reviews.push_back({rating, now, std::nullopt});
        card = review(card, rating, now, history.parameters).card;
        // Answered up to 20 % of the interval early or late.
        const qint64 interval = card.dueMs - now;
        now = card.dueMs + interval * static_cast<qint64>(next() % 41) / 100 - interval / 5;
    }
    return history;
}

void replayPublicVectors(benchmark::State &state)
{
    const auto &cases = publicCases();
    qint64 reviews = 0;
    for (const auto &replayCase : cases) {
        reviews += static_cast<qint64>(replayCase.reviews.size());
    }
    for (auto _ : state) {
        for (const auto &replayCase : cases) {
            FsrsReplay::Result result = FsrsReplay::replay(replayCase);
            benchmark::DoNotOptimize(result.reviews.data());
        }
    }
    state.SetItemsProcessed(state.iterations() * reviews);
}
BENCHMARK(replayPublicVectors);

void replayLongHistory(benchmark::State &state)
{
    const FsrsReplay::Case history = longHistory(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        FsrsReplay::Result result = FsrsReplay::replay(history);
        benchmark::DoNotOptimize(result.reviews.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(replayLongHistory)->Arg(10'000);

void previewAllButtons(benchmark::State &state)
{
    const FsrsParameters params = FsrsParameters::defaults();
    FsrsCard card;
    card.state = CardState::Review;
    card.stability = 12.5;
    card.difficulty = 5.3;
    card.lastReviewMs = 1'736'154'000'000;
    card.dueMs = card.lastReviewMs.value() + 12 * MsPerDay;
    for (auto _ : state) {
        auto outcomes = previewAll(card, card.dueMs, params);
        benchmark::DoNotOptimize(outcomes.data());
    }
    state.SetItemsProcessed(state.iterations() * 4);
}
BENCHMARK(previewAllButtons);
}
