// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

/// Published model shapes and accelerator specs that derive cards draw from.
///
/// A derivation is only worth practising if its numbers are the ones an interviewer would use, so
/// every entry is copied from the model's released config or the vendor's datasheet, never
/// invented; questions name the model or GPU and state each number they use.
namespace Derive
{
/// A decoder-only transformer as its config.json describes it (Llama-style: untied embeddings,
/// SwiGLU MLP with gate, up and down projections, two RMSNorms per layer).
struct ModelShape {
    QString name; ///< e.g. "Llama-2-70B"
    int layers = 0;
    int hidden = 0; ///< d_model
    int heads = 0; ///< query heads
    int kvHeads = 0; ///< key/value heads (fewer than `heads` with grouped-query attention)
    int headDim = 0;
    int intermediate = 0; ///< MLP hidden size
    int vocab = 0;
    /// Longest sequence whose K and V are all kept: the context length, or Mistral's sliding
    /// window, past which its rolling cache stops growing.
    int kvContext = 0;

    /// Every weight, embeddings and norms included (6,738,415,616 for Llama-2-7B).
    [[nodiscard]] qint64 parameters() const;
    [[nodiscard]] bool usesGqa() const;
};

/// One accelerator at its datasheet numbers (dense, no sparsity).
struct Gpu {
    QString name;
    double memoryBytes = 0; ///< as marketed, in GB of 10⁹ bytes
    double bandwidth = 0; ///< HBM/GDDR bytes per second
    double bf16Flops = 0; ///< dense BF16 tensor-core FLOP/s
};

/// Llama 2 7B/13B/70B, Mistral 7B, Llama 3 8B/70B.
[[nodiscard]] const QList<ModelShape> &models();
/// A model by name; asserts on an unknown name (names are compile-time constants).
[[nodiscard]] const ModelShape &model(QStringView name);

/// A10, L40S, A100 80GB SXM, H100 SXM, H200 SXM.
[[nodiscard]] const QList<Gpu> &gpus();
[[nodiscard]] const Gpu &gpu(QStringView name);
}
