// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/cards/derive: the generator families and the few helpers they share.

#include "derivation.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Derive
{
/// KV cache, weights, optimizer states: where the bytes go.
[[nodiscard]] QList<Generator> memoryGenerators();
/// LoRA, pipeline and data parallelism, checkpointing, training compute.
[[nodiscard]] QList<Generator> trainingGenerators();
/// Decoding speed, roofline, speculative decoding.
[[nodiscard]] QList<Generator> inferenceGenerators();

/// One of `options`, chosen by `rng` (which advances by one draw).
template<typename T> [[nodiscard]] const T &pick(QRandomGenerator &rng, const QList<T> &options)
{
    Q_ASSERT(!options.isEmpty());
    return options.at(qsizetype(rng.bounded(quint32(options.size()))));
}

/// A number format for element types: a name and its size.
struct Precision {
    QString name; ///< e.g. "bf16"
    double bytes = 2; ///< per element or parameter
};

/// "6,738,415,616" for an exact count.
[[nodiscard]] inline QString whole(double value)
{
    return formatInteger(value);
}

/// "1 byte", "2 bytes", "0.5 bytes".
[[nodiscard]] inline QString bytesEach(double bytes)
{
    return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
}

/// "1.25 GiB (1.34 GB; 1,342,177,280 bytes)".
[[nodiscard]] inline QString bytesText(double bytes)
{
    return formatQuantity({bytes, Dimension::Bytes});
}
}
