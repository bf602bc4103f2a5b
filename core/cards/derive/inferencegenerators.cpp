// SPDX-License-Identifier: GPL-3.0-or-later
// Inference speed: the memory-bandwidth bound of decoding, the roofline, speculative decoding.
#include "catalog.h"
#include "families.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Derive
{
namespace
{
/// Weights must leave room for the KV cache and runtime: at most 90 % of the GPU's memory.
constexpr double MaxWeightShare = 0.9;

struct Placement {
    const ModelShape *model = nullptr;
    const Gpu *gpu = nullptr;
    Precision precision;
};

/// Every (model, GPU, weight format) whose weights fit on one GPU, in catalog order.
QList<Placement> singleGpuPlacements()
{
    static const QList<Precision> precisions {{u"bf16"_s, 2}, {u"INT8"_s, 1}, {u"INT4"_s, 0.5}};
    QList<Placement> result;
    for (const ModelShape &m : models()) {
        for (const Gpu &g : gpus()) {
            for (const Precision &p : precisions) {
                if (double(m.parameters()) * p.bytes <= MaxWeightShare * g.memoryBytes) {
                    result.append({&m, &g, p});
                }
            }
        }
    }
    return result;
}

QString bandwidthText(const Gpu &g)
{
    return u"%1 GB/s"_s.arg(whole(g.bandwidth / 1e9));
}

Derivation decodeTokensPerSecond(QRandomGenerator &rng)
{
    static const QList<Placement> placements = singleGpuPlacements();
    const Placement &placement = pick(rng, placements);
    const ModelShape &shape = *placement.model;
    const Gpu &device = *placement.gpu;
    const double params = double(shape.parameters());
    const double weightBytes = params * placement.precision.bytes;
    const double tokensPerSecond = device.bandwidth / weightBytes;

    Derivation d;
    d.inputs = {{u"parameters"_s, params}, {u"bytes_per_weight"_s, placement.precision.bytes}, {u"bandwidth"_s, device.bandwidth}};
    d.question = u"**%1** (%2 parameters) decodes a single sequence (batch 1) with %3 weights (%4 per weight) on one **%5** "
                 "(%6 memory bandwidth). Every new token reads every weight once. Ignoring the KV cache, activations and kernel "
                 "overheads, what is the upper bound on tokens per second?"_s.arg(shape.name, whole(params), placement.precision.name)
                     .arg(bytesEach(placement.precision.bytes), device.name, bandwidthText(device));
    d.answer = {tokensPerSecond, Dimension::TokensPerSecond};
    d.solution = u"Bytes read per token: %1 × %2 = %3.\n\n"
                 "Bound: %4 / %5 GB = **%6** (at least %7 per token).\n\n"
                 "Compute is not the limit: 2N FLOPs per token at that rate is %8 TFLOP/s of the %9 available. "
                 "A batch of B sequences reads the weights once for all B, which is why serving batches requests."_s.arg(whole(params))
                     .arg(placement.precision.bytes)
                     .arg(bytesText(weightBytes), bandwidthText(device), formatSignificant(weightBytes / 1e9), formatQuantity(d.answer))
                     .arg(formatQuantity({1 / tokensPerSecond, Dimension::Seconds}))
                     .arg(formatSignificant(2 * params * tokensPerSecond / 1e12))
                     .arg(whole(device.bf16Flops / 1e12));
    return d;
}

Derivation gemmArithmeticIntensity(QRandomGenerator &rng)
{
    const ModelShape &shape = pick(rng, models());
    const Gpu &device = gpu(pick(rng, QList<QString> {u"L40S"_s, u"A100 80GB SXM"_s, u"H100 SXM"_s, u"H200 SXM"_s}));
    const double m = pick(rng, QList<double> {1, 8, 32, 128, 512, 2048, 8192});
    const double k = shape.hidden;
    const double n = shape.intermediate;
    constexpr double bytesPerElement = 2;
    const double flops = 2 * m * n * k;
    const double bytes = bytesPerElement * (m * k + k * n + m * n);
    const double intensity = flops / bytes;
    const double ridge = device.bf16Flops / device.bandwidth;

    Derivation d;
    d.inputs = {{u"m"_s, m}, {u"k"_s, k}, {u"n"_s, n}, {u"bytes_per_element"_s, bytesPerElement}};
    d.question = u"**%1** runs on an %2 (%3 TFLOP/s dense BF16, %4). Its MLP up projection multiplies the activations of **M = %5** "
                 "(M × K, K = %6) by the weight (K × N, N = %7), all in bf16. Counting each matrix read or written once from memory, what "
                 "is the GEMM's arithmetic intensity?"_s.arg(shape.name, device.name)
                     .arg(device.bf16Flops / 1e12)
                     .arg(bandwidthText(device), m == 1 ? u"1 token"_s : u"%1 tokens"_s.arg(whole(m)), whole(k), whole(n));
    d.answer = {intensity, Dimension::FlopsPerByte};
    const QString verdict = intensity < ridge
        ? u"below the ridge, so the GEMM is **memory-bound**: it can reach at most %1 × %2 ≈ %3 TFLOP/s, %4 % of peak."_s.arg(
            formatSignificant(intensity),
            bandwidthText(device),
            formatSignificant(intensity * device.bandwidth / 1e12),
            formatSignificant(100 * intensity / ridge))
        : u"above the ridge, so the GEMM is **compute-bound**: tensor-core throughput, not bandwidth, sets its speed."_s;
    d.solution = u"FLOPs = 2MNK = %1.\n\n"
                 "Bytes = 2 × (MK + KN + MN) = %2.\n\n"
                 "Intensity = **%3**. The %4's ridge point is peak / bandwidth = %5 FLOP/byte: %6 "
                 "Decode (M = batch size) sits far left of the ridge, long prefills far right."_s.arg(formatScientific(flops), bytesText(bytes))
                     .arg(formatQuantity(d.answer), device.name, formatSignificant(ridge), verdict);
    return d;
}

Derivation speculativeTokensPerStep(QRandomGenerator &rng)
{
    const double alpha = pick(rng, QList<double> {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9});
    const int gamma = pick(rng, QList<int> {2, 3, 4, 5, 6, 7, 8});
    const double expected = (1 - std::pow(alpha, gamma + 1)) / (1 - alpha);

    Derivation d;
    d.inputs = {{u"alpha"_s, alpha}, {u"gamma"_s, double(gamma)}};
    d.question = u"In speculative decoding, a draft model proposes **γ = %1** tokens per step and the target model verifies them in one "
                 "forward pass. Each drafted token is accepted with probability **α = %2**, independently; the target always adds one "
                 "token of its own after the accepted ones. How many tokens does one step produce on average?"_s.arg(gamma)
                     .arg(alpha);
    d.answer = {expected, Dimension::Count};
    d.solution = u"The step yields k + 1 tokens when the first k drafts are accepted, so the mean is 1 + α + α² + … + α^γ:\n\n"
                 "E = (1 − α^(γ+1)) / (1 − α) = (1 − %1^%2) / (1 − %1) = **%3** tokens per target pass, out of at most %4.\n\n"
                 "If a draft step costs c of a target step, the wall-clock speedup is E / (γc + 1): a longer draft pays only while α^γ "
                 "is still large."_s.arg(alpha)
                     .arg(gamma + 1)
                     .arg(formatSignificant(expected))
                     .arg(gamma + 1);
    return d;
}
}

QList<Generator> inferenceGenerators()
{
    return {
        {u"decode-tokens-per-second"_s, u"Batch-1 decode speed bound by memory bandwidth"_s, &decodeTokensPerSecond},
        {u"gemm-arithmetic-intensity"_s, u"Arithmetic intensity of a GEMM against the ridge point"_s, &gemmArithmeticIntensity},
        {u"speculative-tokens-per-step"_s, u"Expected tokens per step of speculative decoding"_s, &speculativeTokensPerStep},
    };
}
}
