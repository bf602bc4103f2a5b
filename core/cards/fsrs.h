// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>
#include <utility>
#include <vector>

/// The FSRS-6 scheduler (docs: shared/docs/fsrs-spec.md), matching py-fsrs 6.3.2 in double precision.
///
/// Everything here is a pure function of (card, rating, review time, parameters, fuzz value): no clock,
/// no database, no random numbers. Times are UTC epoch milliseconds in 64 bits (dues reach the year ~2900);
/// elapsed time is plain duration, floored to whole days of 86 400 s, with no calendar or time zone.
namespace Fsrs
{
/// The four answer buttons; the values are the FSRS grades G.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

/// The values are the ones stored in card_state.state. FSRS has no New state: a New card is scheduled as
/// Learning step 0 with no stability or difficulty, and a review never returns New.
enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };

inline constexpr qint64 MsPerDay = 86'400'000;

/// The memory state and schedule of one card.
struct FsrsCard {
    CardState state = CardState::New;
    std::optional<int> step; ///< learning or relearning step index; absent in Review (and treated as 0 when absent in (Re)Learning)
    std::optional<double> stability; ///< S in days, the interval at which R falls to 90 %; absent before the first review
    std::optional<double> difficulty; ///< D in [1, 10]; absent before the first review
    qint64 dueMs = 0; ///< UTC epoch ms
    std::optional<qint64> lastReviewMs; ///< UTC epoch ms; absent before the first review

    /// A card never reviewed, due at its creation time.
    [[nodiscard]] static FsrsCard newCard(qint64 createdMs);
};

/// Scheduler settings; a default-constructed object holds the defaults. Check other values with validate()
/// before use: the scheduling functions assume valid settings.
struct FsrsParameters {
    static constexpr int WeightCount = 21;
    static constexpr int Fsrs5WeightCount = 19;

    std::vector<double> weights = defaultWeights(); ///< w[0]..w[20]
    double desiredRetention = 0.9; ///< the R at which a Review card falls due, in (0, 1)
    std::vector<double> learningStepsSeconds {60, 600}; ///< may be empty; each finite, > 0 and at most MaximumIntervalLimit days
    std::vector<double> relearningStepsSeconds {600}; ///< may be empty; each finite, > 0 and at most MaximumIntervalLimit days
    int maximumIntervalDays = 36500; ///< 1..MaximumIntervalLimit

    /// Upper limit of maximumIntervalDays (~10 000 years; the Python reference stops at the year 9999 anyway).
    static constexpr int MaximumIntervalLimit = 3'650'000;

    /// FSRS-6 default weights, r = 0.9, learning steps 1 min and 10 min, relearning 10 min, 36 500 days.
    [[nodiscard]] static FsrsParameters defaults();
    [[nodiscard]] static std::vector<double> defaultWeights();
    /// The inclusive range allowed for w[index] (index < WeightCount).
    [[nodiscard]] static std::pair<double, double> weightRange(int index);
    /// An FSRS-5 vector (19 weights) becomes FSRS-6 by appending w19 = 0 and w20 = 0.5; any other length is
    /// returned unchanged (validate() then rejects it unless it has 21).
    [[nodiscard]] static std::vector<double> upgradedWeights(std::vector<double> weights);

    /// True when usable. Out-of-range values are rejected, never clipped; `error` then names the first bad
    /// value, e.g. "parameters[4] = 11 is out of range [1, 10]".
    [[nodiscard]] bool validate(QString *error = nullptr) const;
};

/// The result of one review: the card after it, and what the review screen and the log need.
struct ReviewOutcome {
    FsrsCard card; ///< the new state; card.dueMs = review time + intervalMs, card.lastReviewMs = review time
    qint64 intervalMs = 0;
    qint64 scheduledDays = 0; ///< floor(interval / 1 day); the FSRS interval whenever the new state is Review
    std::optional<qint64> elapsedDays; ///< floor((review time - previous review) / 1 day); absent on a first review
    double retrievabilityBeforeReview = 0; ///< R of the card as it was, at the review time (0 for a new card)
    double retrievabilityAtDue = 0; ///< R of the new state at its due time (1 when due within a day)

    [[nodiscard]] double intervalSeconds() const;
};

/// floor(a / b) for b > 0, also for negative a (a review time before the last review).
[[nodiscard]] constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

/// R = (1 + FACTOR * t / S)^DECAY with t the whole days since the last review (at least 0); 0 for a card
/// without a review or a stability.
[[nodiscard]] double retrievability(const FsrsCard &card, qint64 nowMs, const FsrsParameters &params);

/// Answers `card` with `rating` at `nowMs`.
///
/// `fuzz` is the uniform random number u in [0, 1) that spreads Review intervals (values outside are clamped
/// into it); absent means no fuzz. Fuzz never touches learning or relearning steps.
[[nodiscard]] ReviewOutcome review(const FsrsCard &card, Rating rating, qint64 nowMs, const FsrsParameters &params, std::optional<double> fuzz = std::nullopt);

/// The four outcomes the review screen puts on its buttons, indexed by rating - 1. With the same `fuzz`
/// value, review() gives exactly the outcome that was shown.
[[nodiscard]] std::array<ReviewOutcome, 4>
previewAll(const FsrsCard &card, qint64 nowMs, const FsrsParameters &params, std::optional<double> fuzz = std::nullopt);

/// The FSRS interval in whole days for a stability: round-half-even of the exact solution of R(I, S) = r,
/// clamped to 1..maximumIntervalDays.
[[nodiscard]] qint64 intervalDays(double stability, const FsrsParameters &params);

/// Applies fuzz to a Review interval of `days` (unchanged below 3 days): a result in lo..hi+1, see the spec §7.
[[nodiscard]] qint64 fuzzedIntervalDays(qint64 days, double u, int maximumIntervalDays);

/// A short label for an answer button, as Anki writes them: "45s", "1m", "10m", "3h", "1d", "3.2mo", "1.1y".
/// Seconds, minutes, hours and days are whole; months (365/12 days) and years (365 days) keep one decimal.
[[nodiscard]] QString formatInterval(qint64 intervalMs);

[[nodiscard]] QString stateName(CardState state);
}
