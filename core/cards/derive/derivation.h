// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quantity.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// Derive cards: the numbers an interviewer makes you compute, drawn afresh on every review.
///
/// A fixed card ("KV cache of Llama-2-70B at 4k tokens = 1.25 GiB") is learnt as a fact after a
/// few reviews; what the interview tests is doing the arithmetic. So a derive card names a
/// generator, and the generator draws a realistic setting (a published model shape, a real GPU,
/// a plausible batch) from a seeded generator, states it in the question, computes the answer
/// and checks what the user types. Everything is a pure function of (generator, seed): the caller
/// picks the seed, so a review can be replayed and tests are deterministic.
namespace Derive
{
/// Relative error a typed answer may have and still count: 2 %, enough for rounding to three
/// digits along the way, too little for a wrong factor (GB for GiB is 7 % at the G prefix).
inline constexpr double Tolerance = 0.02;

/// One number the question states, named for tests and for a UI that wants to highlight it.
struct Input {
    QString key; ///< e.g. "layers", "kv_heads", "seq_len"
    double value = 0;
};

/// What check() made of a typed answer.
struct Verdict {
    enum class Outcome {
        Correct, ///< within Tolerance of the answer
        Wrong, ///< readable, but off by more than Tolerance
        Unreadable, ///< not a number with a unit of the answer's dimension
    };
    Outcome outcome = Outcome::Unreadable;
    /// |typed − answer| / |answer| for the closest reading; 0 when unreadable.
    double relativeError = 0;
    QString message; ///< one line for the user, e.g. "Right: 1.25 GiB …" or the GB/GiB mix-up

    [[nodiscard]] bool isCorrect() const;
};

/// One drawn instance of a derive card.
struct Derivation {
    QString generator; ///< the generator's stable name, e.g. "kv-cache-bytes"
    quint32 seed = 0;
    QString question; ///< Markdown; states every number needed
    Quantity answer; ///< exact, in the base unit
    QString solution; ///< Markdown: the formula, the numbers in it and what the result means
    QList<Input> inputs; ///< the drawn numbers, in the order the question states them

    /// The answer as shown, e.g. "1.25 GiB (1.34 GB; 1,342,177,280 bytes)".
    [[nodiscard]] QString answerText() const;
    /// Compares a typed answer with the answer, converting units (see readTypedAnswer()).
    [[nodiscard]] Verdict check(QStringView typed) const;
    /// The value of a drawn input; asserts that it exists.
    [[nodiscard]] double input(QStringView key) const;
};

/// A family of derive cards. `draw` must use only `rng` for its choices.
struct Generator {
    QString name; ///< stable, kebab-case: deck files name it in `derive:`; never renamed
    QString title; ///< one line, e.g. "KV-cache size of a batch"
    Derivation (*draw)(QRandomGenerator &rng) = nullptr;
};

/// Every generator, in a fixed order.
[[nodiscard]] const QList<Generator> &generators();
[[nodiscard]] QStringList generatorNames();
[[nodiscard]] bool isKnownGenerator(QStringView name);

/// Draws an instance of generator `name` from `seed`; nullopt for an unknown name.
[[nodiscard]] std::optional<Derivation> derive(QStringView name, quint32 seed);
}
