// SPDX-License-Identifier: GPL-3.0-or-later
// Where the bytes go: KV cache, weights in training and in low precision, ZeRO sharding.
#include "catalog.h"
#include "families.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Derive
{
namespace
{
constexpr double AdamBytesPerParam = 16; // 2 + 2 + 12 in the ZeRO paper's notation
constexpr double AdamOptimizerBytes = 12; // K: fp32 master weights, momentum and variance

QList<int> lengthsUpTo(int longest)
{
    QList<int> lengths;
    for (int length : {1024, 2048, 4096, 8192}) {
        if (length <= longest) {
            lengths.append(length);
        }
    }
    return lengths;
}

/// Bytes of K and V for one token of one sequence.
double kvBytesPerToken(const ModelShape &model, double bytesPerElement)
{
    return 2.0 * model.layers * model.kvHeads * model.headDim * bytesPerElement;
}

QString attentionShape(const ModelShape &model)
{
    if (model.usesGqa()) {
        return u"%1 layers, grouped-query attention with %2 KV heads (for %3 query heads) of dimension %4"_s.arg(model.layers)
            .arg(model.kvHeads)
            .arg(model.heads)
            .arg(model.headDim);
    }
    return u"%1 layers, %2 attention heads of dimension %3"_s.arg(model.layers).arg(model.kvHeads).arg(model.headDim);
}

Derivation kvCacheBytes(QRandomGenerator &rng)
{
    const ModelShape &model = pick(rng, models());
    const int seq = pick(rng, lengthsUpTo(model.kvContext));
    const int batch = pick(rng, QList<int> {1, 2, 4, 8, 16, 32});
    const Precision kv = pick(rng, QList<Precision> {{u"bf16"_s, 2}, {u"FP8"_s, 1}});
    const double perToken = kvBytesPerToken(model, kv.bytes);
    const double bytes = perToken * seq * batch;

    Derivation d;
    d.inputs = {{u"layers"_s, double(model.layers)},
                {u"kv_heads"_s, double(model.kvHeads)},
                {u"head_dim"_s, double(model.headDim)},
                {u"seq_len"_s, double(seq)},
                {u"batch"_s, double(batch)},
                {u"bytes_per_element"_s, kv.bytes}};
    d.question = u"**%1** (%2) serves a batch of **%3** sequences of **%4 tokens** each, with the KV cache in %5 (%6 per element). "
                 "How much memory does the KV cache hold?"_s.arg(model.name, attentionShape(model))
                     .arg(batch)
                     .arg(whole(seq), kv.name, bytesEach(kv.bytes));
    d.answer = {bytes, Dimension::Bytes};
    QString solution = u"KV cache = 2 (K and V) × layers × KV heads × head dim × tokens × sequences × bytes per element\n\n"
                       "= 2 × %1 × %2 × %3 × %4 × %5 × %6 = **%7**.\n\n"
                       "One token of one sequence costs %8."_s.arg(model.layers)
                           .arg(model.kvHeads)
                           .arg(model.headDim)
                           .arg(whole(seq))
                           .arg(batch)
                           .arg(kv.bytes)
                           .arg(bytesText(bytes), bytesText(perToken));
    if (model.usesGqa()) {
        solution += u" With a KV head per query head (%1) it would be %2× as much: GQA is what lets long contexts and large batches fit."_s.arg(model.heads)
                        .arg(model.heads / model.kvHeads);
    }
    d.solution = solution;
    return d;
}

/// A model served from a set of GPUs with tensor parallelism: bf16 weights and KV cache are split
/// evenly, so the pooled memory is what counts.
struct Deployment {
    QString model;
    QString gpu;
    int count = 1;
};

Derivation kvCacheBatchFit(QRandomGenerator &rng)
{
    static const QList<Deployment> deployments {
        {u"Llama-2-7B"_s, u"A10"_s, 1},
        {u"Llama-2-7B"_s, u"A100 80GB SXM"_s, 1},
        {u"Llama-2-13B"_s, u"A100 80GB SXM"_s, 1},
        {u"Mistral-7B"_s, u"L40S"_s, 1},
        {u"Llama-3-8B"_s, u"H100 SXM"_s, 1},
        {u"Llama-2-70B"_s, u"A100 80GB SXM"_s, 2},
        {u"Llama-2-70B"_s, u"A100 80GB SXM"_s, 4},
        {u"Llama-2-70B"_s, u"H100 SXM"_s, 8},
        {u"Llama-3-70B"_s, u"H100 SXM"_s, 4},
        {u"Llama-3-70B"_s, u"H200 SXM"_s, 2},
    };
    const Deployment &deployment = pick(rng, deployments);
    const ModelShape &shape = model(deployment.model);
    const Gpu &device = gpu(deployment.gpu);
    const int seq = pick(rng, lengthsUpTo(shape.kvContext));
    const double reservePerGpu = pick(rng, QList<double> {2e9, 4e9, 6e9});
    const double params = double(shape.parameters());
    const double weights = 2 * params;
    const double free = deployment.count * (device.memoryBytes - reservePerGpu) - weights;
    const double perSequence = kvBytesPerToken(shape, 2) * seq;
    const double sequences = std::floor(free / perSequence);

    Derivation d;
    d.inputs = {{u"gpus"_s, double(deployment.count)},
                {u"gpu_bytes"_s, device.memoryBytes},
                {u"reserve_bytes"_s, reservePerGpu},
                {u"parameters"_s, params},
                {u"layers"_s, double(shape.layers)},
                {u"kv_heads"_s, double(shape.kvHeads)},
                {u"head_dim"_s, double(shape.headDim)},
                {u"seq_len"_s, double(seq)}};
    const QString devices = deployment.count == 1
        ? u"one %1 (%2 GB)"_s.arg(device.name).arg(device.memoryBytes / 1e9)
        : u"%1 × %2 (%3 GB each, tensor parallel: weights and KV cache split evenly)"_s.arg(deployment.count).arg(device.name).arg(device.memoryBytes / 1e9);
    d.question = u"**%1** (%2 parameters; %3) runs in bf16 on %4. Keep %5 GB per GPU for activations, the CUDA context and fragmentation "
                 "(1 GB = 10⁹ bytes). How many sequences of **%6 tokens** fit in the KV cache at once?"_s.arg(shape.name, whole(params), attentionShape(shape))
                     .arg(devices)
                     .arg(reservePerGpu / 1e9)
                     .arg(whole(seq));
    d.answer = {sequences, Dimension::Count};
    d.solution = u"Weights: %1 × 2 bytes = %2.\n\n"
                 "Free for the KV cache: %3 × (%4 − %5) GB − weights = %6.\n\n"
                 "KV cache per sequence: 2 × %7 × %8 × %9 × %10 tokens × 2 bytes = %11.\n\n"
                 "Sequences: ⌊free / per sequence⌋ = **%12**. A paged KV cache (vLLM) gets close to this bound; "
                 "reserving for the longest possible sequence instead of the actual length wastes most of it."_s.arg(whole(params), bytesText(weights))
                     .arg(deployment.count)
                     .arg(device.memoryBytes / 1e9)
                     .arg(reservePerGpu / 1e9)
                     .arg(bytesText(free))
                     .arg(shape.layers)
                     .arg(shape.kvHeads)
                     .arg(shape.headDim)
                     .arg(whole(seq), bytesText(perSequence), whole(sequences));
    return d;
}

Derivation adamTrainingMemory(QRandomGenerator &rng)
{
    const ModelShape &shape = pick(rng, models());
    const double params = double(shape.parameters());
    const double bytes = AdamBytesPerParam * params;

    Derivation d;
    d.inputs = {{u"parameters"_s, params}};
    d.question = u"You fully fine-tune **%1** (%2 parameters) with mixed-precision Adam: bf16 weights and gradients, fp32 master weights and "
                 "both fp32 Adam moments. How much memory do these model states take, before any activation?"_s.arg(shape.name, whole(params));
    d.answer = {bytes, Dimension::Bytes};
    d.solution = u"Bytes per parameter: 2 (bf16 weights) + 2 (bf16 gradients) + 4 (fp32 master) + 4 (momentum) + 4 (variance) = 16, "
                 "the ZeRO paper's 2Ψ + 2Ψ + KΨ with K = 12.\n\n"
                 "%1 × 16 = **%2**.\n\n"
                 "That is %3 × 80 GB GPUs for model states alone: shard them (ZeRO/FSDP) or train adapters instead."_s.arg(whole(params), bytesText(bytes))
                     .arg(std::ceil(bytes / 80e9));
    return d;
}

Derivation zeroMemoryPerGpu(QRandomGenerator &rng)
{
    const ModelShape &shape = pick(rng, models());
    const int stage = pick(rng, QList<int> {1, 2, 3});
    const int gpus = pick(rng, QList<int> {8, 16, 32, 64, 128, 256});
    const double psi = double(shape.parameters());
    const double k = AdamOptimizerBytes;
    double bytes = 0;
    QString sharded;
    QString formula;
    if (stage == 1) {
        bytes = 2 * psi + 2 * psi + k * psi / gpus;
        sharded = u"optimizer states"_s;
        formula = u"2Ψ + 2Ψ + KΨ/N"_s;
    } else if (stage == 2) {
        bytes = 2 * psi + (2 + k) * psi / gpus;
        sharded = u"optimizer states and gradients"_s;
        formula = u"2Ψ + (2 + K)Ψ/N"_s;
    } else {
        bytes = (2 + 2 + k) * psi / gpus;
        sharded = u"optimizer states, gradients and parameters"_s;
        formula = u"(2 + 2 + K)Ψ/N"_s;
    }

    Derivation d;
    d.inputs = {{u"parameters"_s, psi}, {u"stage"_s, double(stage)}, {u"gpus"_s, double(gpus)}};
    d.question = u"**%1** (Ψ = %2 parameters) trains with mixed-precision Adam on **%3 GPUs** with data parallelism and **ZeRO stage %4** (%5 "
                 "sharded). How much memory do the model states take per GPU (no activations, no buffers)?"_s.arg(shape.name, whole(psi))
                     .arg(gpus)
                     .arg(stage)
                     .arg(sharded);
    d.answer = {bytes, Dimension::Bytes};
    d.solution = u"Unsharded, mixed-precision Adam holds 2Ψ (bf16 weights) + 2Ψ (bf16 gradients) + KΨ (fp32 master, momentum, variance; K = 12) "
                 "= 16Ψ on every GPU.\n\n"
                 "Stage %1 shards the %2 over N = %3 GPUs: %4 = **%5** per GPU, against %6 unsharded. %7"_s.arg(stage)
                     .arg(sharded)
                     .arg(gpus)
                     .arg(formula,
                          bytesText(bytes),
                          bytesText(AdamBytesPerParam * psi),
                          bytes <= 80e9 ? u"That leaves room for activations on an 80 GB GPU."_s
                                        : u"That does not fit on an 80 GB GPU: shard more (a higher stage) or add GPUs."_s);
    return d;
}

/// A weight format: bits per weight including the scales stored alongside.
struct Scheme {
    QString description;
    QString bitsFormula;
    double bits = 16;
};

Derivation quantizedWeightBytes(QRandomGenerator &rng)
{
    static const QList<Scheme> schemes {
        {u"INT8, ignoring the per-channel scales"_s, u"8"_s, 8},
        {u"4-bit (GPTQ/AWQ style) with one fp16 scale per group of 128 weights"_s, u"4 + 16/128"_s, 4 + 16.0 / 128},
        {u"NF4 with one fp32 absmax per block of 64 weights (QLoRA without double quantization)"_s, u"4 + 32/64"_s, 4 + 32.0 / 64},
        {u"NF4 with double quantization: an 8-bit absmax per block of 64, and one fp32 constant per 256 absmax values (QLoRA)"_s,
         u"4 + 8/64 + 32/(64 × 256)"_s,
         4 + 8.0 / 64 + 32.0 / (64 * 256)},
    };
    const ModelShape &shape = pick(rng, models());
    const Scheme &scheme = pick(rng, schemes);
    const double params = double(shape.parameters());
    const double bytes = params * scheme.bits / 8;

    Derivation d;
    d.inputs = {{u"parameters"_s, params}, {u"bits_per_weight"_s, scheme.bits}};
    d.question = u"All %1 weights of **%2**, embeddings included, are stored as %3. How much memory do the weights take?"_s.arg(
        whole(params), shape.name, scheme.description);
    d.answer = {bytes, Dimension::Bytes};
    d.solution
        = u"Bits per weight: %1 = %2.\n\n"
          "Bytes: %3 × %2 / 8 = **%4**, against %5 in bf16 (%6× smaller). "
          "In practice embeddings and the LM head often stay in 16 bits, which adds a little."_s.arg(scheme.bitsFormula, formatSignificant(scheme.bits, 4))
              .arg(whole(params), bytesText(bytes), bytesText(2 * params), formatSignificant(16 / scheme.bits));
    return d;
}
}

QList<Generator> memoryGenerators()
{
    return {
        {u"kv-cache-bytes"_s, u"KV-cache size of a batch"_s, &kvCacheBytes},
        {u"kv-cache-batch-fit"_s, u"Sequences that fit in HBM after the weights"_s, &kvCacheBatchFit},
        {u"adam-training-memory"_s, u"Model states of mixed-precision Adam training"_s, &adamTrainingMemory},
        {u"zero-memory-per-gpu"_s, u"Model states per GPU under ZeRO stage 1, 2 or 3"_s, &zeroMemoryPerGpu},
        {u"quantized-weight-bytes"_s, u"Weight memory after quantization"_s, &quantizedWeightBytes},
    };
}
}
