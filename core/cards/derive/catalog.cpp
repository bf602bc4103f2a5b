// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include <QtGlobal>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
template<typename T> const T &byName(const QList<T> &list, QStringView name)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [name](const T &entry) {
        return entry.name == name;
    });
    Q_ASSERT_X(it != list.cend(), "Derive catalog", "unknown name");
    return it != list.cend() ? *it : list.constFirst();
}
}

qint64 Derive::ModelShape::parameters() const
{
    const qint64 d = hidden;
    const qint64 attention = 2 * d * heads * headDim + 2 * d * kvHeads * headDim; // q, o and k, v
    const qint64 mlp = 3 * d * intermediate; // gate, up, down
    const qint64 norms = 2 * d;
    const qint64 embeddings = 2 * qint64(vocab) * d; // input embedding and untied LM head
    return layers * (attention + mlp + norms) + embeddings + d; // + the final norm
}

bool Derive::ModelShape::usesGqa() const
{
    return kvHeads < heads;
}

const QList<Derive::ModelShape> &Derive::models()
{
    // Llama 2 (Touvron et al., 2023) and Llama 3 (Grattafiori et al., 2024) release configs;
    // Mistral 7B (Jiang et al., 2023), Table 1.
    static const QList<ModelShape> list {
        {u"Llama-2-7B"_s, 32, 4096, 32, 32, 128, 11008, 32000, 4096},
        {u"Llama-2-13B"_s, 40, 5120, 40, 40, 128, 13824, 32000, 4096},
        {u"Llama-2-70B"_s, 80, 8192, 64, 8, 128, 28672, 32000, 4096},
        {u"Mistral-7B"_s, 32, 4096, 32, 8, 128, 14336, 32000, 4096},
        {u"Llama-3-8B"_s, 32, 4096, 32, 8, 128, 14336, 128256, 8192},
        {u"Llama-3-70B"_s, 80, 8192, 64, 8, 128, 28672, 128256, 8192},
    };
    return list;
}

const Derive::ModelShape &Derive::model(QStringView name)
{
    return byName(models(), name);
}

const QList<Derive::Gpu> &Derive::gpus()
{
    // NVIDIA datasheets; dense BF16 (the headline figures with sparsity are twice these).
    static const QList<Gpu> list {
        {u"A10"_s, 24e9, 600e9, 125e12},
        {u"L40S"_s, 48e9, 864e9, 362e12},
        {u"A100 80GB SXM"_s, 80e9, 2039e9, 312e12},
        {u"H100 SXM"_s, 80e9, 3350e9, 989e12},
        {u"H200 SXM"_s, 141e9, 4800e9, 989e12},
    };
    return list;
}

const Derive::Gpu &Derive::gpu(QStringView name)
{
    return byName(gpus(), name);
}
