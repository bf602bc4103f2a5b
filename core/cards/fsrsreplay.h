// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

/// Review histories in the format of the FSRS test vectors (shared/docs/fsrs-spec.md §10), replayed on a new
/// card each. Shared by `mlprep schedule --replay`, the tests and the benchmark.
///
/// Input: `{"cases": [{"id", "scheduler": {"parameters", "desired_retention", "learning_steps_seconds",
/// "relearning_steps_seconds", "maximum_interval", "enable_fuzzing"?}, "reviews": [{"rating", "timestamp",
/// "expected"?}]}]}`. Other keys are ignored; an `expected` block, when present, must be complete.
namespace FsrsReplay
{
struct Review {
    Fsrs::Rating rating = Fsrs::Rating::Good;
    qint64 timestampMs = 0;
    std::optional<Fsrs::ReviewOutcome> expected; ///< the reference's result, when the file has one
};

struct Case {
    QString id;
    Fsrs::FsrsParameters parameters; ///< validated; 19-weight FSRS-5 vectors are already upgraded
    std::vector<Review> reviews;
};

struct Result {
    QString id;
    std::vector<Fsrs::ReviewOutcome> reviews;
};

/// Reads and checks a whole file. On failure returns nothing and sets `error` to one line naming the file,
/// the case (id and index) and the field, e.g. `f.json: case "pub-001" (cases[0]): reviews[2].rating: …`.
[[nodiscard]] std::optional<std::vector<Case>> readFile(const QString &path, QString *error);

/// The same for bytes already read; `fileName` is only used in messages.
[[nodiscard]] std::optional<std::vector<Case>> parse(const QByteArray &json, const QString &fileName, QString *error);

/// Replays the reviews in order on a new card (fuzz off).
[[nodiscard]] Result replay(const Case &replayCase);

/// `{"cases": [{"id", "reviews": [{state, step, stability, difficulty, due, interval_seconds,
/// scheduled_days, elapsed_days, retrievability_before_review, retrievability_at_due}]}]}`, written like the
/// vectors file: states by name, dues as ISO 8601 UTC with a Z, nulls for absent values, doubles as
/// Python prints them (shortest round trip, always with a decimal point or exponent).
[[nodiscard]] QByteArray toJson(const std::vector<Result> &results);

/// One expected block, as toJson() writes it (without indentation).
[[nodiscard]] QByteArray outcomeToJson(const Fsrs::ReviewOutcome &outcome);

/// `2025-01-06T09:10:00Z`, with milliseconds only when there are some.
[[nodiscard]] QString formatTimestamp(qint64 epochMs);

/// A double as Python's repr() writes it: `1.0`, `0.1`, `2.118103970459016`, `1e-05`, `1e+16`.
[[nodiscard]] QByteArray pythonFloat(double value);
}
