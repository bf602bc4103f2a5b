// SPDX-License-Identifier: GPL-3.0-or-later
// Drill modes on the review path. Targets: drawing a derive card and checking an answer well under
// 1 ms (the card appears as the previous one is graded); an interviewer drill over 2,000 cards
// built in under 10 ms; a three-level hint for 150-word answers under 1 ms.
#include "cards/derive/derivation.h"
#include "cards/drill/interviewdrill.h"
#include "cards/drill/threelevelpractice.h"

#include <QString>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace
{
void drawAndCheck(benchmark::State &state)
{
    const QStringList names = Derive::generatorNames();
    quint32 seed = 0;
    for (auto _ : state) {
        const QString &name = names.at(qsizetype(seed % quint32(names.size())));
        const auto derivation = Derive::derive(name, seed++);
        benchmark::DoNotOptimize(derivation->answerText());
        benchmark::DoNotOptimize(derivation->check(u"1.25 GiB"));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(drawAndCheck);

/// 400 chains of five cards, each card with a second follow-up into the next chain: the shape of
/// a large user collection.
QList<InterviewDrill::Card> collection()
{
    QList<InterviewDrill::Card> cards;
    constexpr int Chains = 400;
    constexpr int Length = 5;
    for (int chain = 0; chain < Chains; ++chain) {
        for (int depth = 0; depth < Length; ++depth) {
            InterviewDrill::Card card;
            card.key = u"c%1-%2"_s.arg(chain).arg(depth);
            card.reviews = (chain * 7 + depth) % 11;
            if (depth + 1 < Length) {
                card.followUps = {u"c%1-%2"_s.arg(chain).arg(depth + 1), u"c%1-%2"_s.arg((chain + 1) % Chains).arg(depth + 1)};
            }
            cards.append(card);
        }
    }
    return cards;
}

void drillSession(benchmark::State &state)
{
    const QList<InterviewDrill::Card> cards = collection();
    for (auto _ : state) {
        InterviewDrill drill(cards, 42);
        while (!drill.isFinished()) {
            drill.answer(drill.depth() == 4 ? Fsrs::Rating::Again : Fsrs::Rating::Good);
        }
        benchmark::DoNotOptimize(drill.summary());
    }
}
BENCHMARK(drillSession)->Unit(benchmark::kMillisecond);

QString words(int count, int salt)
{
    static const QStringList vocabulary {u"adapters"_s,
                                         u"frozen"_s,
                                         u"NF4"_s,
                                         u"bf16"_s,
                                         u"48 GB"_s,
                                         u"tenants"_s,
                                         u"latency"_s,
                                         u"the"_s,
                                         u"cost"_s,
                                         u"GPU"_s,
                                         u"of"_s,
                                         u"16%"_s,
                                         u"QLoRA"_s,
                                         u"base"_s,
                                         u"and"_s,
                                         u"rollback"_s};
    QStringList text;
    for (int i = 0; i < count; ++i) {
        text.append(vocabulary.at((i * 7 + salt) % vocabulary.size()));
    }
    return text.join(u' ');
}

void threeLevelHint(benchmark::State &state)
{
    const ThreeLevels model {words(150, 1), words(150, 2), words(150, 3)};
    const ThreeLevels user {words(150, 4), words(150, 5), words(150, 6)};
    for (auto _ : state) {
        benchmark::DoNotOptimize(ThreeLevelPractice::compare(model, user));
    }
}
BENCHMARK(threeLevelHint);
}
