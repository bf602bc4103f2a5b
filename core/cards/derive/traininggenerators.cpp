// SPDX-License-Identifier: GPL-3.0-or-later
// Training at scale: adapters, pipeline and data parallelism, failures, compute budgets.
#include "catalog.h"
#include "families.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Derive
{
namespace
{
/// The projections LoRA can adapt in a Llama-style block, as (input, output) sizes.
struct Projection {
    QString name;
    qint64 in = 0;
    qint64 out = 0;
};

QList<Projection> projections(const ModelShape &m)
{
    const qint64 q = qint64(m.heads) * m.headDim;
    const qint64 kv = qint64(m.kvHeads) * m.headDim;
    return {{u"W_q"_s, m.hidden, q},
            {u"W_k"_s, m.hidden, kv},
            {u"W_v"_s, m.hidden, kv},
            {u"W_o"_s, q, m.hidden},
            {u"W_gate"_s, m.hidden, m.intermediate},
            {u"W_up"_s, m.hidden, m.intermediate},
            {u"W_down"_s, m.intermediate, m.hidden}};
}

struct Targets {
    QString description;
    QStringList names;
};

Derivation loraTrainableParams(QRandomGenerator &rng)
{
    static const QList<Targets> choices {
        {u"W_q and W_v in every layer (the LoRA paper's choice)"_s, {u"W_q"_s, u"W_v"_s}},
        {u"all four attention projections W_q, W_k, W_v, W_o in every layer"_s, {u"W_q"_s, u"W_k"_s, u"W_v"_s, u"W_o"_s}},
        {u"every linear layer of every block: W_q, W_k, W_v, W_o, W_gate, W_up, W_down (QLoRA's choice)"_s,
         {u"W_q"_s, u"W_k"_s, u"W_v"_s, u"W_o"_s, u"W_gate"_s, u"W_up"_s, u"W_down"_s}},
    };
    const ModelShape &shape = pick(rng, models());
    const Targets &targets = pick(rng, choices);
    const int rank = pick(rng, QList<int> {4, 8, 16, 32, 64});

    qint64 perLayer = 0;
    QStringList terms;
    QStringList shapes;
    for (const Projection &p : projections(shape)) {
        if (!targets.names.contains(p.name)) {
            continue;
        }
        perLayer += rank * (p.in + p.out);
        terms.append(u"%1 × (%2 + %3)"_s.arg(rank).arg(p.in).arg(p.out));
        shapes.append(u"%1 is %2 × %3"_s.arg(p.name).arg(p.in).arg(p.out));
    }
    const double total = double(perLayer) * shape.layers;
    const double params = double(shape.parameters());

    Derivation d;
    d.inputs = {{u"layers"_s, double(shape.layers)},
                {u"rank"_s, double(rank)},
                {u"hidden"_s, double(shape.hidden)},
                {u"q_dim"_s, double(shape.heads) * shape.headDim},
                {u"kv_dim"_s, double(shape.kvHeads) * shape.headDim},
                {u"intermediate"_s, double(shape.intermediate)}};
    for (const Projection &p : projections(shape)) {
        d.inputs.append({u"adapt_"_s + p.name.mid(2), targets.names.contains(p.name) ? 1.0 : 0.0});
    }
    d.question = u"You add rank-**%1** LoRA adapters to %2 of **%3** (%4 layers; %5). How many trainable parameters do the adapters add?"_s.arg(rank)
                     .arg(targets.description, shape.name)
                     .arg(shape.layers)
                     .arg(shapes.join(u", "_s));
    d.answer = {total, Dimension::Count};
    d.solution = u"A rank-r adapter on a d × k matrix is B (d × r) and A (r × k): r·(d + k) parameters.\n\n"
                 "Per layer: %1 = %2.\n\n"
                 "× %3 layers = **%4**, %5 % of the %6 frozen parameters."_s.arg(terms.join(u" + "_s), whole(double(perLayer)))
                     .arg(shape.layers)
                     .arg(whole(total), formatSignificant(100 * total / params), whole(params));
    return d;
}

Derivation pipelineBubble(QRandomGenerator &rng)
{
    const ModelShape &shape = pick(rng, models());
    QList<int> stageCounts;
    for (int p : {2, 4, 8, 16}) {
        if (shape.layers % p == 0) {
            stageCounts.append(p);
        }
    }
    const int p = pick(rng, stageCounts);
    QList<int> microBatchCounts;
    for (int m : {4, 8, 12, 16, 24, 32, 48, 64}) {
        if (m >= p) {
            microBatchCounts.append(m);
        }
    }
    const int m = pick(rng, microBatchCounts);
    const double bubble = double(p - 1) / (m + p - 1);

    Derivation d;
    d.inputs = {{u"stages"_s, double(p)}, {u"micro_batches"_s, double(m)}};
    d.question = u"**%1**'s %2 layers are split into **p = %3** pipeline stages of %4 layers, and each step runs **m = %5** micro-batches "
                 "with a GPipe/1F1B schedule (forward and backward of a micro-batch take the same time on every stage). "
                 "What fraction of the step is each stage idle (the bubble)?"_s.arg(shape.name)
                     .arg(shape.layers)
                     .arg(p)
                     .arg(shape.layers / p)
                     .arg(m);
    d.answer = {bubble, Dimension::Fraction};
    d.solution = u"The first stage waits p − 1 slots for the pipeline to fill and the last one p − 1 slots while it drains, out of m + p − 1 slots:\n\n"
                 "bubble = (p − 1)/(m + p − 1) = %1/%2 = **%3**.\n\n"
                 "Under 5 % needs m ≥ 19(p − 1) = %4 micro-batches; with the global batch fixed, that shrinks each micro-batch, "
                 "so interleaved stages (fewer idle slots per stage) are the usual fix."_s.arg(p - 1)
                     .arg(m + p - 1)
                     .arg(formatQuantity(d.answer))
                     .arg(19 * (p - 1));
    return d;
}

Derivation ringAllReduceBytes(QRandomGenerator &rng)
{
    const ModelShape &shape = pick(rng, models());
    const Precision grads = pick(rng, QList<Precision> {{u"bf16"_s, 2}, {u"fp32"_s, 4}});
    const int n = pick(rng, QList<int> {4, 8, 16, 32, 64, 128, 256});
    const double params = double(shape.parameters());
    const double size = params * grads.bytes;
    const double sent = 2.0 * (n - 1) / n * size;

    Derivation d;
    d.inputs = {{u"parameters"_s, params}, {u"bytes_per_gradient"_s, grads.bytes}, {u"gpus"_s, double(n)}};
    d.question = u"Data-parallel training of **%1** (%2 parameters) on **%3 GPUs** all-reduces the %4 gradients (%5 bytes each) every step "
                 "with a ring all-reduce. How many bytes does each GPU send per step?"_s.arg(shape.name, whole(params))
                     .arg(n)
                     .arg(grads.name)
                     .arg(grads.bytes);
    d.answer = {sent, Dimension::Bytes};
    d.solution = u"Gradient buffer S = %1 × %2 = %3.\n\n"
                 "Reduce-scatter: N − 1 steps of S/N; all-gather: N − 1 more. Each GPU sends 2(N − 1)/N · S = 2 × %4/%5 × S = **%6**.\n\n"
                 "This barely grows with N (it tends to 2S), so a ring is bandwidth-optimal; what grows with N is latency, "
                 "2(N − 1) steps, which is why large jobs use trees or hierarchical rings."_s.arg(whole(params))
                     .arg(grads.bytes)
                     .arg(bytesText(size))
                     .arg(n - 1)
                     .arg(n)
                     .arg(bytesText(sent));
    return d;
}

Derivation checkpointInterval(QRandomGenerator &rng)
{
    const int gpus = pick(rng, QList<int> {1024, 2048, 4096, 8192, 16384});
    const double gpuMtbfHours = pick(rng, QList<double> {25000, 50000, 100000});
    const double writeSeconds = pick(rng, QList<double> {20, 30, 60, 120, 300});
    const double jobMtbf = gpuMtbfHours * 3600 / gpus;
    const double interval = std::sqrt(2 * writeSeconds * jobMtbf);

    Derivation d;
    d.inputs = {{u"gpus"_s, double(gpus)}, {u"gpu_mtbf_hours"_s, gpuMtbfHours}, {u"checkpoint_seconds"_s, writeSeconds}};
    d.question = u"A training job runs on **%1 GPUs**. Each GPU, with its share of hosts and network, fails independently about once every "
                 "**%2 hours**, and any failure stops the job. Writing a checkpoint takes **%3 s**. How often should the job checkpoint, "
                 "by Young's first-order formula?"_s.arg(whole(gpus), whole(gpuMtbfHours), whole(writeSeconds));
    d.answer = {interval, Dimension::Seconds};
    d.solution = u"Job MTBF M = %1 h / %2 GPUs = %3.\n\n"
                 "Young: τ = √(2 · C · M) = √(2 × %4 s × %5 s) = **%6**.\n\n"
                 "Checkpointing more often wastes time writing; less often loses more work per failure (on average τ/2). "
                 "Daly's refinement subtracts C, which matters only when C is a sizeable part of τ."_s.arg(whole(gpuMtbfHours), whole(gpus))
                     .arg(formatQuantity({jobMtbf, Dimension::Seconds}))
                     .arg(whole(writeSeconds), whole(jobMtbf), formatQuantity(d.answer));
    return d;
}

/// A pre-training run: a model and its token budget.
struct Pretraining {
    QString model;
    double tokens = 0;
};

/// The published token budgets of these shapes: Llama 2 used 2T tokens, Llama 3 15T, and LLaMA 1
/// trained the same 7B and 13B shapes on 1T.
Pretraining drawPretraining(QRandomGenerator &rng)
{
    static const QList<Pretraining> runs {
        {u"Llama-2-7B"_s, 1e12},
        {u"Llama-2-7B"_s, 2e12},
        {u"Llama-2-13B"_s, 1e12},
        {u"Llama-2-13B"_s, 2e12},
        {u"Llama-2-70B"_s, 2e12},
        {u"Llama-3-8B"_s, 15e12},
        {u"Llama-3-70B"_s, 15e12},
    };
    return pick(rng, runs);
}

QString tokensText(double tokens)
{
    return u"%1 tokens (%2T)"_s.arg(whole(tokens), formatSignificant(tokens / 1e12));
}

Derivation trainingFlops(QRandomGenerator &rng)
{
    const Pretraining run = drawPretraining(rng);
    const double params = double(model(run.model).parameters());
    const double flops = 6 * params * run.tokens;

    Derivation d;
    d.inputs = {{u"parameters"_s, params}, {u"tokens"_s, run.tokens}};
    d.question = u"How many FLOPs does pre-training **%1** (N = %2 parameters) on D = %3 take, by the usual rule for dense transformers?"_s.arg(
        run.model, whole(params), tokensText(run.tokens));
    d.answer = {flops, Dimension::Count};
    d.solution = u"C ≈ 6 · N · D: each token costs 2N FLOPs forward (a multiply and an add per weight) and about twice that backward.\n\n"
                 "6 × %1 × %2 = **%3 FLOPs**. Attention's sequence-length term is left out; it is small next to 6N at a few thousand tokens."_s.arg(
                     whole(params), formatScientific(run.tokens), formatScientific(flops));
    return d;
}

Derivation trainingTime(QRandomGenerator &rng)
{
    const Pretraining run = drawPretraining(rng);
    const Gpu &device = gpu(pick(rng, QList<QString> {u"A100 80GB SXM"_s, u"H100 SXM"_s}));
    const double params = double(model(run.model).parameters());
    const bool large = params > 3e10;
    const int gpus = large ? pick(rng, QList<int> {2048, 4096, 8192, 16384}) : pick(rng, QList<int> {256, 512, 1024, 2048});
    const double mfu = pick(rng, QList<double> {0.35, 0.40, 0.45, 0.50});
    const double flops = 6 * params * run.tokens;
    const double seconds = flops / (gpus * device.bf16Flops * mfu);

    Derivation d;
    d.inputs = {{u"parameters"_s, params}, {u"tokens"_s, run.tokens}, {u"gpus"_s, double(gpus)}, {u"peak_flops"_s, device.bf16Flops}, {u"mfu"_s, mfu}};
    d.question = u"Pre-training **%1** (%2 parameters) on %3 runs on **%4 × %5** (%6 TFLOP/s dense BF16 each) at **%7 % MFU**. "
                 "How long does it take?"_s.arg(run.model, whole(params), tokensText(run.tokens), whole(gpus))
                     .arg(device.name)
                     .arg(device.bf16Flops / 1e12)
                     .arg(formatSignificant(100 * mfu));
    d.answer = {seconds, Dimension::Seconds};
    d.solution = u"Compute: 6 · N · D = %1 FLOPs.\n\n"
                 "Delivered: %2 GPUs × %3 TFLOP/s × %4 = %5 FLOP/s.\n\n"
                 "Time: %1 / %5 = %6 s = **%7**. MFU counts only the model's 6ND FLOPs, so recomputation and restarts after failures "
                 "come on top."_s.arg(formatScientific(flops))
                     .arg(gpus)
                     .arg(device.bf16Flops / 1e12)
                     .arg(mfu)
                     .arg(formatScientific(gpus * device.bf16Flops * mfu), formatScientific(seconds), formatQuantity(d.answer));
    return d;
}
}

QList<Generator> trainingGenerators()
{
    return {
        {u"lora-trainable-params"_s, u"Trainable parameters of LoRA adapters"_s, &loraTrainableParams},
        {u"pipeline-bubble"_s, u"Pipeline bubble fraction"_s, &pipelineBubble},
        {u"ring-allreduce-bytes"_s, u"Bytes each GPU sends in a ring all-reduce"_s, &ringAllReduceBytes},
        {u"checkpoint-interval"_s, u"Checkpoint interval by Young's formula"_s, &checkpointInterval},
        {u"training-flops"_s, u"Pre-training compute, 6·N·D"_s, &trainingFlops},
        {u"training-time"_s, u"Pre-training time at a given MFU"_s, &trainingTime},
    };
}
}
