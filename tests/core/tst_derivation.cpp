// SPDX-License-Identifier: GPL-3.0-or-later
// Derive cards: every generator is deterministic, right (checked against formulas written out
// again here, not shared with the code), realistic, and reads typed answers in any common unit.
#include "cards/deckmerger.h"
#include "cards/derive/catalog.h"
#include "cards/derive/derivation.h"
#include "cards/markdowndeck.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using Derive::Derivation;
using Derive::Dimension;
using Outcome = Derive::Verdict::Outcome;

namespace
{
constexpr int SeedsPerGenerator = 300;

/// Parameter counts as published with the weights (Hugging Face model cards / safetensors
/// metadata), independent of how catalog.cpp computes them from the shapes.
const QHash<QString, double> &publishedParameters()
{
    static const QHash<QString, double> counts {
        {u"Llama-2-7B"_s, 6'738'415'616.0},
        {u"Llama-2-13B"_s, 13'015'864'320.0},
        {u"Llama-2-70B"_s, 68'976'648'192.0},
        {u"Mistral-7B"_s, 7'241'732'096.0},
        {u"Llama-3-8B"_s, 8'030'261'248.0},
        {u"Llama-3-70B"_s, 70'553'706'496.0},
    };
    return counts;
}

/// Each generator's answer recomputed from its stated inputs.
const QHash<QString, std::function<double(const Derivation &)>> &recompute()
{
    static const QHash<QString, std::function<double(const Derivation &)>> formulas {
        {u"kv-cache-bytes"_s,
         [](const Derivation &d) {
             return 2 * d.input(u"layers") * d.input(u"kv_heads") * d.input(u"head_dim") * d.input(u"seq_len") * d.input(u"batch")
                 * d.input(u"bytes_per_element");
         }},
        {u"kv-cache-batch-fit"_s,
         [](const Derivation &d) {
             const double free = d.input(u"gpus") * (d.input(u"gpu_bytes") - d.input(u"reserve_bytes")) - 2 * d.input(u"parameters");
             const double perSequence = 2 * d.input(u"layers") * d.input(u"kv_heads") * d.input(u"head_dim") * d.input(u"seq_len") * 2;
             return std::floor(free / perSequence);
         }},
        {u"adam-training-memory"_s,
         [](const Derivation &d) {
             return 16 * d.input(u"parameters");
         }},
        {u"zero-memory-per-gpu"_s,
         [](const Derivation &d) {
             const double psi = d.input(u"parameters");
             const double n = d.input(u"gpus");
             const int stage = int(d.input(u"stage"));
             // ZeRO paper, Figure 1: P_os, P_os+g, P_os+g+p with K = 12.
             return stage == 1 ? 4 * psi + 12 * psi / n : stage == 2 ? 2 * psi + 14 * psi / n : 16 * psi / n;
         }},
        {u"quantized-weight-bytes"_s,
         [](const Derivation &d) {
             return d.input(u"parameters") * d.input(u"bits_per_weight") / 8;
         }},
        {u"lora-trainable-params"_s,
         [](const Derivation &d) {
             const double h = d.input(u"hidden");
             const double q = d.input(u"q_dim");
             const double kv = d.input(u"kv_dim");
             const double f = d.input(u"intermediate");
             const double perRank = d.input(u"adapt_q") * (h + q) + d.input(u"adapt_k") * (h + kv) + d.input(u"adapt_v") * (h + kv)
                 + d.input(u"adapt_o") * (q + h) + d.input(u"adapt_gate") * (h + f) + d.input(u"adapt_up") * (h + f) + d.input(u"adapt_down") * (f + h);
             return d.input(u"layers") * d.input(u"rank") * perRank;
         }},
        {u"pipeline-bubble"_s,
         [](const Derivation &d) {
             const double p = d.input(u"stages");
             return (p - 1) / (d.input(u"micro_batches") + p - 1);
         }},
        {u"ring-allreduce-bytes"_s,
         [](const Derivation &d) {
             const double n = d.input(u"gpus");
             return 2 * (n - 1) / n * d.input(u"parameters") * d.input(u"bytes_per_gradient");
         }},
        {u"checkpoint-interval"_s,
         [](const Derivation &d) {
             const double mtbfSeconds = d.input(u"gpu_mtbf_hours") * 3600 / d.input(u"gpus");
             return std::sqrt(2 * d.input(u"checkpoint_seconds") * mtbfSeconds);
         }},
        {u"training-flops"_s,
         [](const Derivation &d) {
             return 6 * d.input(u"parameters") * d.input(u"tokens");
         }},
        {u"training-time"_s,
         [](const Derivation &d) {
             return 6 * d.input(u"parameters") * d.input(u"tokens") / (d.input(u"gpus") * d.input(u"peak_flops") * d.input(u"mfu"));
         }},
        {u"decode-tokens-per-second"_s,
         [](const Derivation &d) {
             return d.input(u"bandwidth") / (d.input(u"parameters") * d.input(u"bytes_per_weight"));
         }},
        {u"gemm-arithmetic-intensity"_s,
         [](const Derivation &d) {
             const double m = d.input(u"m");
             const double k = d.input(u"k");
             const double n = d.input(u"n");
             return 2 * m * n * k / (d.input(u"bytes_per_element") * (m * k + k * n + m * n));
         }},
        {u"speculative-tokens-per-step"_s,
         [](const Derivation &d) {
             // The series itself, not its closed form.
             double sum = 0;
             for (int i = 0; i <= int(d.input(u"gamma")); ++i) {
                 sum += std::pow(d.input(u"alpha"), i);
             }
             return sum;
         }},
    };
    return formulas;
}

struct Range {
    double low = 0;
    double high = 0;
};

/// Realistic values for every input any generator states.
const QHash<QString, Range> &inputRanges()
{
    static const QHash<QString, Range> ranges {
        {u"layers"_s, {32, 80}},
        {u"kv_heads"_s, {8, 40}},
        {u"head_dim"_s, {128, 128}},
        {u"seq_len"_s, {1024, 8192}},
        {u"batch"_s, {1, 32}},
        {u"bytes_per_element"_s, {1, 2}},
        {u"gpus"_s, {1, 16384}},
        {u"gpu_bytes"_s, {24e9, 141e9}},
        {u"reserve_bytes"_s, {2e9, 6e9}},
        {u"parameters"_s, {6.7e9, 71e9}},
        {u"stage"_s, {1, 3}},
        {u"bits_per_weight"_s, {4, 8}},
        {u"rank"_s, {4, 64}},
        {u"hidden"_s, {4096, 8192}},
        {u"q_dim"_s, {4096, 8192}},
        {u"kv_dim"_s, {1024, 5120}},
        {u"intermediate"_s, {11008, 28672}},
        {u"adapt_q"_s, {0, 1}},
        {u"adapt_k"_s, {0, 1}},
        {u"adapt_v"_s, {0, 1}},
        {u"adapt_o"_s, {0, 1}},
        {u"adapt_gate"_s, {0, 1}},
        {u"adapt_up"_s, {0, 1}},
        {u"adapt_down"_s, {0, 1}},
        {u"stages"_s, {2, 16}},
        {u"micro_batches"_s, {4, 64}},
        {u"bytes_per_gradient"_s, {2, 4}},
        {u"gpu_mtbf_hours"_s, {25000, 100000}},
        {u"checkpoint_seconds"_s, {20, 300}},
        {u"tokens"_s, {1e12, 15e12}},
        {u"peak_flops"_s, {312e12, 989e12}},
        {u"mfu"_s, {0.35, 0.5}},
        {u"bytes_per_weight"_s, {0.5, 2}},
        {u"bandwidth"_s, {600e9, 4800e9}},
        {u"m"_s, {1, 8192}},
        {u"k"_s, {4096, 8192}},
        {u"n"_s, {11008, 28672}},
        {u"alpha"_s, {0.5, 0.9}},
        {u"gamma"_s, {2, 8}},
    };
    return ranges;
}

/// Plausible answers: a KV cache between a MiB and a TiB, a bubble under 80 %, and so on.
const QHash<QString, Range> &answerRanges()
{
    static const QHash<QString, Range> ranges {
        {u"kv-cache-bytes"_s, {1 << 20, 1LL << 40}},
        {u"kv-cache-batch-fit"_s, {1, 2000}},
        {u"adam-training-memory"_s, {1e11, 1.2e12}},
        {u"zero-memory-per-gpu"_s, {3e8, 4e11}},
        {u"quantized-weight-bytes"_s, {3e9, 71e9}},
        {u"lora-trainable-params"_s, {1e6, 2e9}},
        {u"pipeline-bubble"_s, {0.01, 0.8}},
        {u"ring-allreduce-bytes"_s, {1e10, 6e11}},
        {u"checkpoint-interval"_s, {60, 86400}},
        {u"training-flops"_s, {1e22, 1e26}},
        {u"training-time"_s, {3600, 3 * 365 * 86400.0}},
        {u"decode-tokens-per-second"_s, {10, 5000}},
        {u"gemm-arithmetic-intensity"_s, {0.9, 10000}},
        {u"speculative-tokens-per-step"_s, {1.5, 9}},
    };
    return ranges;
}

QString describe(const Derivation &d)
{
    QStringList inputs;
    for (const auto &input : d.inputs) {
        inputs.append(u"%1=%2"_s.arg(input.key).arg(input.value, 0, 'g', 12));
    }
    return u"%1 seed %2 (%3): %4"_s.arg(d.generator).arg(d.seed).arg(inputs.join(u", "_s), d.question);
}

Derivation answerOf(double value, Dimension dimension)
{
    Derivation d;
    d.answer = {value, dimension};
    return d;
}

/// A value in a unit with four significant digits, e.g. "1.250 GiB".
QString inUnit(double value, const Derive::DisplayUnit &unit)
{
    return QString::number(value / unit.scale, 'g', 4) + (unit.symbol.isEmpty() ? QString() : u' ' + unit.symbol);
}
}

class TestDerivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorsAreListedOnceWithStableNames()
    {
        const QStringList names = Derive::generatorNames();
        QVERIFY2(names.size() >= 12, qPrintable(names.join(u", "_s)));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        for (const auto &generator : Derive::generators()) {
            QVERIFY2(MarkdownDeck::isValidId(generator.name), qPrintable(generator.name));
            QVERIFY(!generator.title.isEmpty());
            QVERIFY(generator.draw);
            QVERIFY(Derive::isKnownGenerator(generator.name));
            QVERIFY2(recompute().contains(generator.name), qPrintable(u"no independent formula for %1 in this test"_s.arg(generator.name)));
            QVERIFY2(answerRanges().contains(generator.name), qPrintable(u"no answer range for %1 in this test"_s.arg(generator.name)));
        }
        QVERIFY(!Derive::isKnownGenerator(u"no-such-generator"));
        QVERIFY(!Derive::derive(u"no-such-generator", 1));
    }

    void modelShapesMatchPublishedParameterCounts()
    {
        QCOMPARE(Derive::models().size(), publishedParameters().size());
        for (const auto &shape : Derive::models()) {
            QVERIFY2(publishedParameters().contains(shape.name), qPrintable(shape.name));
            QCOMPARE(double(shape.parameters()), publishedParameters().value(shape.name));
            QCOMPARE(shape.hidden, shape.heads * shape.headDim);
            QCOMPARE(shape.heads % shape.kvHeads, 0);
        }
    }

    void everyGenerator_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : Derive::generatorNames()) {
            QTest::addRow("%s", qPrintable(name)) << name;
        }
    }

    void sameSeedSameCard_data()
    {
        everyGenerator_data();
    }

    void sameSeedSameCard()
    {
        QFETCH(QString, name);
        QSet<QString> questions;
        for (quint32 seed = 0; seed < 40; ++seed) {
            const auto first = Derive::derive(name, seed);
            const auto again = Derive::derive(name, seed);
            QVERIFY(first && again);
            QCOMPARE(first->generator, name);
            QCOMPARE(first->seed, seed);
            QCOMPARE(again->question, first->question);
            QCOMPARE(again->solution, first->solution);
            QCOMPARE(again->answer.value, first->answer.value);
            QCOMPARE(again->inputs.size(), first->inputs.size());
            questions.insert(first->question);
        }
        // Seeds really vary the card: a generator stuck on one setting would be a fixed card.
        QVERIFY2(questions.size() >= 5, qPrintable(u"only %1 distinct questions in 40 seeds"_s.arg(questions.size())));
    }

    void answerMatchesIndependentRecomputation_data()
    {
        everyGenerator_data();
    }

    void answerMatchesIndependentRecomputation()
    {
        QFETCH(QString, name);
        const auto formula = recompute().value(name);
        for (quint32 seed = 0; seed < SeedsPerGenerator; ++seed) {
            const Derivation d = *Derive::derive(name, seed * 2654435761U);
            const double expected = formula(d);
            QVERIFY2(std::abs(d.answer.value - expected) <= 1e-12 * std::abs(expected), qPrintable(describe(d)));
        }
    }

    void drawsRealisticSettings_data()
    {
        everyGenerator_data();
    }

    void drawsRealisticSettings()
    {
        QFETCH(QString, name);
        const Range answerRange = answerRanges().value(name);
        for (quint32 seed = 0; seed < SeedsPerGenerator; ++seed) {
            const Derivation d = *Derive::derive(name, seed);
            QVERIFY(!d.inputs.isEmpty());
            for (const auto &input : d.inputs) {
                QVERIFY2(inputRanges().contains(input.key), qPrintable(u"no range for input %1 in this test"_s.arg(input.key)));
                const Range range = inputRanges().value(input.key);
                QVERIFY2(input.value >= range.low && input.value <= range.high, qPrintable(u"%1 = %2 in "_s.arg(input.key).arg(input.value) + describe(d)));
                if (input.key == u"parameters"_s) {
                    QVERIFY2(std::find(publishedParameters().cbegin(), publishedParameters().cend(), input.value) != publishedParameters().cend(),
                             qPrintable(describe(d)));
                }
            }
            if (name == u"pipeline-bubble"_s) {
                QVERIFY(d.input(u"micro_batches") >= d.input(u"stages"));
            }
            if (name == u"kv-cache-bytes"_s && d.question.contains(u"Mistral"_s)) {
                QVERIFY2(d.input(u"seq_len") <= 4096, "past Mistral's sliding window the cache stops growing");
            }
            QVERIFY2(d.answer.value >= answerRange.low && d.answer.value <= answerRange.high, qPrintable(u"answer %1 in "_s.arg(d.answer.value) + describe(d)));
            QVERIFY2(d.question.endsWith(u'?'), qPrintable(d.question));
            const QString headline = d.answerText().section(u" ("_s, 0, 0);
            QVERIFY2(d.solution.contains(headline), qPrintable(u"solution does not state %1: %2"_s.arg(headline, d.solution)));
        }
    }

    void checkAcceptsTheAnswerInEveryShownUnit_data()
    {
        everyGenerator_data();
    }

    void checkAcceptsTheAnswerInEveryShownUnit()
    {
        QFETCH(QString, name);
        for (quint32 seed = 0; seed < 60; ++seed) {
            const Derivation d = *Derive::derive(name, seed);
            const double v = d.answer.value;
            const QString exact = QString::number(v, 'g', 17);
            QVERIFY2(d.check(exact).isCorrect(), qPrintable(exact + u" for "_s + describe(d)));
            QVERIFY2(d.check(QString::number(v, 'e', 3)).isCorrect(), qPrintable(describe(d)));
            QVERIFY2(d.check(d.answerText().section(u" ("_s, 0, 0)).isCorrect(), qPrintable(d.answerText()));
            for (const auto &unit : Derive::displayUnits(d.answer)) {
                const QString typed = inUnit(v, unit);
                QVERIFY2(d.check(typed).isCorrect(), qPrintable(typed + u" for "_s + describe(d)));
            }
            // 2 % tolerance: 1.5 % off passes, 3 % off in either direction fails.
            QVERIFY(d.check(QString::number(v * 1.015, 'g', 17)).isCorrect());
            QVERIFY(d.check(QString::number(v * 0.985, 'g', 17)).isCorrect());
            const auto high = d.check(QString::number(v * 1.03, 'g', 17));
            QCOMPARE(high.outcome, Outcome::Wrong);
            QVERIFY(std::abs(high.relativeError - 0.03) < 1e-9);
            QVERIFY(high.message.contains(u"too high"_s));
            QCOMPARE(d.check(QString::number(v * 0.97, 'g', 17)).outcome, Outcome::Wrong);
            QCOMPARE(d.check(QString::number(v * 2, 'g', 17)).outcome, Outcome::Wrong);
        }
    }

    void readsTypedUnits_data()
    {
        QTest::addColumn<double>("answer");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("outcome");

        const int bytes = int(Dimension::Bytes);
        const int count = int(Dimension::Count);
        const int fraction = int(Dimension::Fraction);
        const int seconds = int(Dimension::Seconds);
        const int right = int(Outcome::Correct);
        const int wrong = int(Outcome::Wrong);
        const int unreadable = int(Outcome::Unreadable);
        const double kv = 1'342'177'280; // Llama-2-70B, one 4,096-token sequence, bf16
        auto row = [](const char *name, double answer, int dimension, const QString &typed, int outcome) {
            QTest::addRow("%s", name) << answer << dimension << typed << outcome;
        };
        row("GiB", kv, bytes, u"1.25 GiB"_s, right);
        row("plain bytes", kv, bytes, u"1342177280"_s, right);
        row("e notation bytes", kv, bytes, u"1.34e9 bytes"_s, right);
        row("grouped B", kv, bytes, u"1,342,177,280 B"_s, right);
        row("GB", kv, bytes, u"1.342 GB"_s, right);
        row("MiB", kv, bytes, u"1280 MiB"_s, right);
        row("lower case", kv, bytes, u"1.25gib"_s, right);
        row("decimal comma", kv, bytes, u"1,25 GiB"_s, right);
        row("approximately", kv, bytes, u"≈ 1.25 GiB"_s, right);
        row("times ten to the", kv, bytes, u"1.342 × 10^9 bytes"_s, right);
        row("superscript", kv, bytes, u"1.342×10⁹ B"_s, right);
        row("bare in the shown unit", kv, bytes, u"1.25"_s, right);
        row("GB for GiB", kv, bytes, u"1.25 GB"_s, wrong);
        row("4 % high", kv, bytes, u"1.3 GiB"_s, wrong);
        row("KV heads for query heads", kv, bytes, u"10 GiB"_s, wrong);
        row("not a number", kv, bytes, u"about a gig"_s, unreadable);
        row("wrong dimension", kv, bytes, u"1.25 GiB/s"_s, unreadable);
        row("empty", kv, bytes, QString(), unreadable);

        const double bubble = 7.0 / 39; // p = 8, m = 32
        row("percent", bubble, fraction, u"18%"_s, right);
        row("percent with space", bubble, fraction, u"17.9 %"_s, right);
        row("fraction", bubble, fraction, u"0.18"_s, right);
        row("bare percentage", bubble, fraction, u"18"_s, right);
        row("wrong percent", bubble, fraction, u"25%"_s, wrong);
        row("1 - bubble", bubble, fraction, u"0.82"_s, wrong);
        row("bytes for a fraction", bubble, fraction, u"18 GB"_s, unreadable);

        const double interval = 2474;
        row("minutes", interval, seconds, u"41 min"_s, right);
        row("minutes spelled out", interval, seconds, u"41.2 minutes"_s, right);
        row("plain seconds", interval, seconds, u"2474"_s, right);
        row("hours", interval, seconds, u"0.687 h"_s, right);
        row("milliseconds", interval, seconds, u"2474000 ms"_s, right);
        row("an hour", interval, seconds, u"1 h"_s, wrong);

        const double lora = 19'988'480;
        row("M", lora, count, u"20M"_s, right);
        row("e notation", lora, count, u"2e7"_s, right);
        row("million", lora, count, u"19.99 million"_s, right);
        row("params", lora, count, u"19,988,480 params"_s, right);
        row("billion", lora, count, u"20 billion"_s, wrong);
        row("flops", 8.4e22, count, u"8.4e22 FLOPs"_s, right);
        row("tokens per step", 3.36, count, u"3.4 tokens"_s, right);

        row("tokens/s", 302, int(Dimension::TokensPerSecond), u"300 tokens/s"_s, right);
        row("k tok/s", 1425, int(Dimension::TokensPerSecond), u"1.42k tok/s"_s, right);
        row("tokens per second", 302, int(Dimension::TokensPerSecond), u"302 tokens per second"_s, right);
        row("FLOP/byte", 146, int(Dimension::FlopsPerByte), u"146 FLOP/byte"_s, right);
        row("bare intensity", 146, int(Dimension::FlopsPerByte), u"200"_s, wrong);
    }

    void readsTypedUnits()
    {
        QFETCH(double, answer);
        QFETCH(int, dimension);
        QFETCH(QString, typed);
        QFETCH(int, outcome);
        const auto verdict = answerOf(answer, Dimension(dimension)).check(typed);
        QVERIFY2(int(verdict.outcome) == outcome, qPrintable(verdict.message));
        QVERIFY(!verdict.message.isEmpty());
    }

    void namesTheGigabyteMixUp()
    {
        const auto verdict = answerOf(1'342'177'280, Dimension::Bytes).check(u"1.25 GB");
        QCOMPARE(verdict.outcome, Outcome::Wrong);
        QVERIFY2(verdict.message.contains(u"GiB"_s) && verdict.message.contains(u"prefix"_s), qPrintable(verdict.message));
        const auto other = answerOf(1.25e9, Dimension::Bytes).check(u"1.25 GiB");
        QVERIFY2(other.message.contains(u"prefix"_s), qPrintable(other.message));
        const auto unreadable = answerOf(1.25e9, Dimension::Bytes).check(u"lots");
        QCOMPARE(unreadable.outcome, Outcome::Unreadable);
        QVERIFY(unreadable.message.contains(u"GiB"_s));
    }

    void formatsAnswersAsPeopleSayThem()
    {
        QCOMPARE(Derive::formatQuantity({1'342'177'280, Dimension::Bytes}), u"1.25 GiB (1.34 GB; 1,342,177,280 bytes)"_s);
        QCOMPARE(Derive::formatQuantity({512, Dimension::Bytes}), u"512 bytes"_s);
        QCOMPARE(Derive::formatQuantity({7.0 / 39, Dimension::Fraction}), u"17.9 % (0.179)"_s);
        QCOMPARE(Derive::formatQuantity({19'988'480, Dimension::Count}), u"19,988,480 (≈ 20 M)"_s);
        QCOMPARE(Derive::formatQuantity({23, Dimension::Count}), u"23"_s);
        QCOMPARE(Derive::formatQuantity({8.4e22, Dimension::Count}), u"8.4 × 10²²"_s);
        QCOMPARE(Derive::formatQuantity({2474, Dimension::Seconds}), u"41.2 min (2,474 s)"_s);
        QCOMPARE(Derive::formatQuantity({0.00663, Dimension::Seconds}), u"6.63 ms"_s);
        QCOMPARE(Derive::formatQuantity({3 * 86400, Dimension::Seconds}), u"3 days (259,200 s)"_s);
        QCOMPARE(Derive::formatQuantity({301.7, Dimension::TokensPerSecond}), u"302 tokens/s"_s);
        QCOMPARE(Derive::formatSignificant(9.996), u"10"_s);
        QCOMPARE(Derive::formatSignificant(0.0012345), u"0.00123"_s);
        QCOMPARE(Derive::formatScientific(9.999e21), u"1 × 10²²"_s);
        QCOMPARE(Derive::formatInteger(-1234567), u"-1,234,567"_s);
    }

    void theWorkedExampleOfTheCardGuide()
    {
        // CARD-EXAMPLES.md §1: Llama-2-70B, one 4,096-token sequence in fp16 holds 1.25 GiB.
        for (quint32 seed = 0; seed < 2000; ++seed) {
            const Derivation d = *Derive::derive(u"kv-cache-bytes", seed);
            if (d.question.contains(u"Llama-2-70B"_s) && d.input(u"seq_len") == 4096 && d.input(u"batch") == 1 && d.input(u"bytes_per_element") == 2) {
                QCOMPARE(d.answer.value, 1'342'177'280.0);
                QVERIFY(d.check(u"1.25 GiB").isCorrect());
                QVERIFY(d.question.contains(u"8 KV heads"_s));
                return;
            }
        }
        QFAIL("no seed below 2000 draws the worked example");
    }

    void builtinDeriveCardsReachTheDatabaseWithTheirGenerator()
    {
        TestSupport::TempDataDir dir;
        QString error;
        auto database = Database::open(DataDir::databasePath(dir.path()), &error);
        QVERIFY2(database, qPrintable(error));
        const auto report = DeckMerger(database->connection()).mergeBuiltin();
        QVERIFY2(report.ok, qPrintable(report.error));

        QSqlQuery query(database->connection());
        QVERIFY(query.exec(u"SELECT key, derive FROM cards WHERE kind = 'derive' ORDER BY key"_s));
        QSet<QString> generators;
        while (query.next()) {
            const QString key = query.value(0).toString();
            const QString generator = query.value(1).toString();
            QVERIFY2(Derive::isKnownGenerator(generator), qPrintable(key));
            generators.insert(generator);
        }
        const QStringList names = Derive::generatorNames();
        QCOMPARE(generators, QSet<QString>(names.cbegin(), names.cend()));
        QVERIFY(query.exec(u"SELECT count(*) FROM cards WHERE kind <> 'derive' AND derive <> ''"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        // Pointing a card at another generator is a content change the merge writes.
        const QByteArray deck = "# D\ndeck-id: dtest\n\n## dtest-a\nkind: derive\nderive: %1\nsource: S\n\n### Front\nQ\n\n### Back\nA\n";
        DeckMerger::Options options;
        options.now = 1000;
        const auto first = DeckMerger(database->connection()).merge({{u"d.md"_s, QByteArray(deck).replace("%1", "pipeline-bubble")}}, options);
        QVERIFY2(first.ok && first.added == 1, qPrintable(first.error));
        const auto second = DeckMerger(database->connection()).merge({{u"d.md"_s, QByteArray(deck).replace("%1", "training-time")}}, options);
        QVERIFY2(second.ok && second.updated == 1, qPrintable(second.error));
        QVERIFY(query.exec(u"SELECT derive FROM cards WHERE key = 'dtest-a'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"training-time"_s);
    }
};

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
