// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// Numbers with units for derive cards: how an answer is shown and how a typed answer is read.
///
/// A user types what they computed the way they would say it in an interview ("1.25 GiB",
/// "1342177280", "1.34e9 bytes", "18%", "41 min"), so reading accepts every common unit of the
/// answer's dimension and converts it to the base unit before comparing. Nothing here knows a
/// formula; derivation.h decides what is right.
namespace Derive
{
/// What a number measures. It decides the base unit and which units a typed answer may use.
enum class Dimension {
    Bytes, ///< base: one byte; B, KB/MB/GB/TB (10³ⁿ), KiB/MiB/GiB/TiB (2¹⁰ⁿ)
    Count, ///< parameters, sequences, tokens, FLOPs; k/M/B(n)/T scale words
    Fraction, ///< base: a fraction of one, so 0.18 is 18 %
    Seconds, ///< ms, s, min, h, days
    TokensPerSecond, ///< tokens/s, tok/s, k tokens/s
    FlopsPerByte, ///< arithmetic intensity
};

/// A value in the base unit of its dimension.
struct Quantity {
    double value = 0;
    Dimension dimension = Dimension::Count;
};

/// A unit an answer is shown in, e.g. {"GiB", 2³⁰} for bytes.
struct DisplayUnit {
    QString symbol; ///< empty for a plain number
    double scale = 1; ///< base units per one of this unit
};

/// The units an answer is shown in, most readable first (the first one sets the headline).
[[nodiscard]] QList<DisplayUnit> displayUnits(const Quantity &quantity);

/// The answer as a person would say it, e.g. "1.25 GiB (1.34 GB; 1,342,177,280 bytes)".
[[nodiscard]] QString formatQuantity(const Quantity &quantity);

/// `value` with three significant digits in plain notation: "1.25", "17.9", "412", "1,010".
[[nodiscard]] QString formatSignificant(double value, int digits = 3);

/// A whole number with thousands separators: "1,342,177,280".
[[nodiscard]] QString formatInteger(double value);

/// `value` as "8.40 × 10²²" (three significant digits).
[[nodiscard]] QString formatScientific(double value);

/// What a typed answer can mean, in the answer's base unit.
struct TypedAnswer {
    /// Every acceptable reading. A number with a unit has one; a bare number is read in the base
    /// unit and in each unit the answer is shown in (a bare "1.25" for an answer shown as
    /// 1.25 GiB), and a bare fraction both as a fraction and as a percentage.
    QList<double> readings;
    /// For a decimal or binary byte prefix: the value had the user meant the other one
    /// (GB ↔ GiB), so that feedback can name the mix-up instead of just "wrong".
    std::optional<double> swappedPrefix;
};

/// Reads what a user typed as a quantity of `answer.dimension`; nullopt when it is not a number
/// with a unit of that dimension. Thousands separators (`,` before three digits, `_`, no-break
/// spaces), a decimal comma, `e` notation and "× 10^n" are understood; units ignore case.
[[nodiscard]] std::optional<TypedAnswer> readTypedAnswer(QStringView text, const Quantity &answer);

/// Examples of accepted input for a dimension, for the hint under the answer field.
[[nodiscard]] QString inputExamples(Dimension dimension);
}
