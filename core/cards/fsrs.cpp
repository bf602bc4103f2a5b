// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrs.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Fsrs
{
namespace
{
constexpr double StabilityMin = 0.001;
constexpr double DifficultyMin = 1.0;
constexpr double DifficultyMax = 10.0;

// Spec §2: the default weights and the inclusive range of each.
constexpr std::array<double, FsrsParameters::WeightCount> DefaultWeights {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
};
constexpr std::array<std::pair<double, double>, FsrsParameters::WeightCount> WeightRanges {{
    {0.001, 100}, {0.001, 100},  {0.001, 100}, {0.001, 100}, {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8},   {0.001, 3.5},
    {0.001, 5},   {0.001, 0.25}, {0.001, 0.9}, {0, 4},       {0, 1},  {1, 6},     {0, 2},     {0, 2},        {0, 0.8}, {0.1, 0.8},
}};

/// e^x as the reference computes it (Python `math.e ** x`); std::exp may differ in the last bit.
double powE(double x)
{
    return std::pow(std::numbers::e, x);
}

/// Positional notation ("0.0005", not "5e-04") for the numbers people type into settings.
QString number(double value)
{
    return QString::number(value, std::abs(value) < 1e16 ? 'f' : 'g', QLocale::FloatingPointShortest);
}

/// The forgetting curve of a parameter set (spec §3): R(S, S) = 0.9.
struct Curve {
    double decay;
    double factor;

    explicit Curve(const FsrsParameters &params) : decay(-params.weights[20]), factor(std::pow(0.9, 1.0 / decay) - 1.0)
    {
    }

    [[nodiscard]] double retrievability(qint64 elapsedDays, double stability) const
    {
        return std::pow(1.0 + (factor * static_cast<double>(elapsedDays)) / stability, decay);
    }
};

double retrievabilityOf(const FsrsCard &card, qint64 nowMs, const Curve &curve)
{
    if (!card.lastReviewMs || !card.stability) {
        return 0.0;
    }
    const qint64 elapsedDays = std::max<qint64>(0, floorDiv(nowMs - *card.lastReviewMs, MsPerDay));
    return curve.retrievability(elapsedDays, *card.stability);
}

double clampDifficulty(double difficulty)
{
    return std::min(std::max(difficulty, DifficultyMin), DifficultyMax);
}

double clampStability(double stability)
{
    return std::max(stability, StabilityMin);
}

/// D0(G), unclamped (spec §4.1).
double initialDifficulty(const std::vector<double> &w, int grade)
{
    return w[4] - powE(w[5] * static_cast<double>(grade - 1)) + 1.0;
}

/// Spec §4.2: linear damping, then mean reversion towards the unclamped D0(Easy).
double nextDifficulty(const std::vector<double> &w, double difficulty, int grade)
{
    const double deltaDifficulty = -(w[6] * static_cast<double>(grade - 3));
    const double damped = difficulty + (10.0 - difficulty) * deltaDifficulty / 9.0;
    const double reverted = w[7] * initialDifficulty(w, 4) + (1.0 - w[7]) * damped;
    return clampDifficulty(reverted);
}

/// Spec §4.4: a review less than a day after the previous one.
double shortTermStability(const std::vector<double> &w, double stability, int grade)
{
    double increase = powE(w[17] * (static_cast<double>(grade - 3) + w[18])) * std::pow(stability, -w[19]);
    if (grade >= static_cast<int>(Rating::Hard)) {
        increase = std::max(increase, 1.0);
    }
    return clampStability(stability * increase);
}

/// Spec §4.3, with the old difficulty and the retrievability at the review time.
double longTermStability(const std::vector<double> &w, double difficulty, double stability, double r, int grade)
{
    double next = 0;
    if (grade == static_cast<int>(Rating::Again)) {
        const double longTerm = w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1.0, w[13]) - 1.0) * powE((1.0 - r) * w[14]);
        const double shortTerm = stability / powE(w[17] * w[18]);
        next = std::min(longTerm, shortTerm);
    } else {
        const double hardPenalty = grade == static_cast<int>(Rating::Hard) ? w[15] : 1.0;
        const double easyBonus = grade == static_cast<int>(Rating::Easy) ? w[16] : 1.0;
        next = stability * (1.0 + powE(w[8]) * (11.0 - difficulty) * std::pow(stability, -w[9]) * (powE((1.0 - r) * w[10]) - 1.0) * hardPenalty * easyBonus);
    }
    return clampStability(next);
}

qint64 intervalDaysFor(double stability, const FsrsParameters &params, const Curve &curve)
{
    const double exact = (stability / curve.factor) * (std::pow(params.desiredRetention, 1.0 / curve.decay) - 1.0);
    // Python's round(): ties to even. std::nearbyint does that in the default rounding mode; std::round does not.
    const double rounded = std::nearbyint(exact);
    const double clamped = std::min(std::max(rounded, 1.0), static_cast<double>(params.maximumIntervalDays));
    return static_cast<qint64>(clamped);
}

qint64 stepMs(double seconds)
{
    return static_cast<qint64>(std::nearbyint(seconds * 1000.0));
}
}

FsrsCard FsrsCard::newCard(qint64 createdMs)
{
    FsrsCard card;
    card.dueMs = createdMs;
    return card;
}

FsrsParameters FsrsParameters::defaults()
{
    return {};
}

std::vector<double> FsrsParameters::defaultWeights()
{
    return {DefaultWeights.cbegin(), DefaultWeights.cend()};
}

std::pair<double, double> FsrsParameters::weightRange(int index)
{
    Q_ASSERT(index >= 0 && index < WeightCount);
    return WeightRanges[static_cast<std::size_t>(index)];
}

std::vector<double> FsrsParameters::upgradedWeights(std::vector<double> weights)
{
    if (weights.size() == Fsrs5WeightCount) {
        weights.push_back(0.0);
        weights.push_back(0.5);
    }
    return weights;
}

bool FsrsParameters::validate(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (weights.size() != WeightCount) {
        return fail(u"expected %1 parameters (or %2 for FSRS-5), got %3"_s.arg(WeightCount).arg(Fsrs5WeightCount).arg(weights.size()));
    }
    for (int i = 0; i < WeightCount; ++i) {
        const double value = weights[static_cast<std::size_t>(i)];
        const auto [low, high] = weightRange(i);
        // Written so that NaN fails too.
        if (!(value >= low && value <= high)) {
            return fail(u"parameters[%1] = %2 is out of range [%3, %4]"_s.arg(i).arg(number(value), number(low), number(high)));
        }
    }
    if (!(desiredRetention > 0.0 && desiredRetention < 1.0)) {
        return fail(u"desired retention = %1 is out of range (0, 1)"_s.arg(number(desiredRetention)));
    }
    if (maximumIntervalDays < 1 || maximumIntervalDays > MaximumIntervalLimit) {
        return fail(u"maximum interval = %1 days is out of range [1, %2]"_s.arg(maximumIntervalDays).arg(MaximumIntervalLimit));
    }
    const double maxStepSeconds = static_cast<double>(MaximumIntervalLimit) * 86400.0;
    const std::pair<const char16_t *, const std::vector<double> *> stepLists[]
        = {{u"learning", &learningStepsSeconds}, {u"relearning", &relearningStepsSeconds}};
    for (const auto &[kind, steps] : stepLists) {
        for (std::size_t i = 0; i < steps->size(); ++i) {
            const double value = (*steps)[i];
            if (!(value > 0.0 && value <= maxStepSeconds)) {
                return fail(u"%1 steps[%2] = %3 s is out of range (0, %4]"_s.arg(QString::fromUtf16(kind)).arg(i).arg(number(value), number(maxStepSeconds)));
            }
        }
    }
    return true;
}

double ReviewOutcome::intervalSeconds() const
{
    return static_cast<double>(intervalMs) / 1000.0;
}

double retrievability(const FsrsCard &card, qint64 nowMs, const FsrsParameters &params)
{
    return retrievabilityOf(card, nowMs, Curve(params));
}

qint64 intervalDays(double stability, const FsrsParameters &params)
{
    return intervalDaysFor(stability, params, Curve(params));
}

qint64 fuzzedIntervalDays(qint64 days, double u, int maximumIntervalDays)
{
    if (days <= 2) {
        return days;
    }
    const double n = static_cast<double>(days);
    // Spec §7, accumulated in the reference's order.
    double delta = 1.0;
    delta += 0.15 * std::max(std::min(n, 7.0) - 2.5, 0.0);
    delta += 0.1 * std::max(std::min(n, 20.0) - 7.0, 0.0);
    delta += 0.05 * std::max(n - 20.0, 0.0);
    const double maximum = static_cast<double>(maximumIntervalDays);
    double low = std::max(2.0, std::nearbyint(n - delta));
    const double high = std::min(std::nearbyint(n + delta), maximum);
    low = std::min(low, high);
    const double clampedU = std::clamp(u, 0.0, std::nextafter(1.0, 0.0));
    const double fuzzed = std::min(std::nearbyint(clampedU * (high - low + 1.0) + low), maximum);
    return static_cast<qint64>(fuzzed);
}

ReviewOutcome review(const FsrsCard &card, Rating rating, qint64 nowMs, const FsrsParameters &params, std::optional<double> fuzz)
{
    Q_ASSERT(params.weights.size() == FsrsParameters::WeightCount);
    const Curve curve(params);
    const std::vector<double> &w = params.weights;
    const int grade = static_cast<int>(rating);
    Q_ASSERT(grade >= 1 && grade <= 4);

    ReviewOutcome outcome;
    if (card.lastReviewMs) {
        outcome.elapsedDays = floorDiv(nowMs - *card.lastReviewMs, MsPerDay);
    }
    outcome.retrievabilityBeforeReview = retrievabilityOf(card, nowMs, curve);

    // Memory state (spec §4): stability first, from the old difficulty.
    FsrsCard next = card;
    if (!card.stability || !card.difficulty) {
        next.stability = clampStability(w[static_cast<std::size_t>(grade - 1)]);
        next.difficulty = clampDifficulty(initialDifficulty(w, grade));
    } else if (outcome.elapsedDays && *outcome.elapsedDays < 1) {
        next.stability = shortTermStability(w, *card.stability, grade);
        next.difficulty = nextDifficulty(w, *card.difficulty, grade);
    } else {
        next.stability = longTermStability(w, *card.difficulty, *card.stability, outcome.retrievabilityBeforeReview, grade);
        next.difficulty = nextDifficulty(w, *card.difficulty, grade);
    }

    // Scheduling (spec §6) depends on the state before the review.
    auto graduate = [&] {
        next.state = CardState::Review;
        next.step.reset();
        qint64 days = intervalDaysFor(*next.stability, params, curve);
        if (fuzz) {
            days = fuzzedIntervalDays(days, *fuzz, params.maximumIntervalDays);
        }
        return days * MsPerDay;
    };

    const CardState before = card.state == CardState::New ? CardState::Learning : card.state;
    switch (before) {
    case CardState::New:
    case CardState::Learning:
    case CardState::Relearning: {
        const std::vector<double> &steps = before == CardState::Relearning ? params.relearningStepsSeconds : params.learningStepsSeconds;
        const std::size_t count = steps.size();
        const std::size_t k = static_cast<std::size_t>(std::max(0, card.step.value_or(0)));
        next.state = before;
        if (count == 0 || (k >= count && rating != Rating::Again)) {
            // No steps, or fewer steps than when the card entered them.
            outcome.intervalMs = graduate();
            break;
        }
        switch (rating) {
        case Rating::Again:
            next.step = 0;
            outcome.intervalMs = stepMs(steps[0]);
            break;
        case Rating::Hard:
            next.step = static_cast<int>(k);
            if (k == 0 && count == 1) {
                outcome.intervalMs = stepMs(steps[0] * 1.5);
            } else if (k == 0) {
                outcome.intervalMs = stepMs((steps[0] + steps[1]) / 2.0);
            } else {
                outcome.intervalMs = stepMs(steps[k]);
            }
            break;
        case Rating::Good:
            if (k + 1 == count) {
                outcome.intervalMs = graduate();
            } else {
                next.step = static_cast<int>(k + 1);
                outcome.intervalMs = stepMs(steps[k + 1]);
            }
            break;
        case Rating::Easy:
            outcome.intervalMs = graduate();
            break;
        }
        break;
    }
    case CardState::Review:
        if (rating == Rating::Again && !params.relearningStepsSeconds.empty()) {
            next.state = CardState::Relearning;
            next.step = 0;
            outcome.intervalMs = stepMs(params.relearningStepsSeconds[0]);
        } else {
            outcome.intervalMs = graduate();
        }
        break;
    }

    next.dueMs = nowMs + outcome.intervalMs;
    next.lastReviewMs = nowMs;
    outcome.scheduledDays = floorDiv(outcome.intervalMs, MsPerDay);
    outcome.retrievabilityAtDue = retrievabilityOf(next, next.dueMs, curve);
    outcome.card = next;
    return outcome;
}

std::array<ReviewOutcome, 4> previewAll(const FsrsCard &card, qint64 nowMs, const FsrsParameters &params, std::optional<double> fuzz)
{
    return {review(card, Rating::Again, nowMs, params, fuzz),
            review(card, Rating::Hard, nowMs, params, fuzz),
            review(card, Rating::Good, nowMs, params, fuzz),
            review(card, Rating::Easy, nowMs, params, fuzz)};
}

QString formatInterval(qint64 intervalMs)
{
    constexpr double Minute = 60.0;
    constexpr double Hour = 60.0 * Minute;
    constexpr double Day = 24.0 * Hour;
    constexpr double Month = 365.0 / 12.0 * Day;
    constexpr double Year = 365.0 * Day;
    const double seconds = std::abs(static_cast<double>(intervalMs)) / 1000.0;
    const QString sign = intervalMs < 0 ? u"-"_s : QString();
    // Like Anki's answer_button_time: the unit is picked first, then the amount is rounded (half away from zero);
    // only months and years keep a decimal.
    auto whole = [&sign](double amount, QStringView unit) -> QString {
        return sign + QString::number(std::round(amount), 'f', 0) + unit;
    };
    auto oneDecimal = [&sign](double amount, QStringView unit) -> QString {
        QString text = QString::number(std::round(amount * 10.0) / 10.0, 'f', 1);
        if (text.endsWith(u".0"_s)) {
            text.chop(2);
        }
        return sign + text + unit;
    };
    if (seconds < Minute) {
        return whole(seconds, u"s");
    }
    if (seconds < Hour) {
        return whole(seconds / Minute, u"m");
    }
    if (seconds < Day) {
        return whole(seconds / Hour, u"h");
    }
    if (seconds < Month) {
        return whole(seconds / Day, u"d");
    }
    if (seconds < Year) {
        return oneDecimal(seconds / Month, u"mo");
    }
    return oneDecimal(seconds / Year, u"y");
}

QString stateName(CardState state)
{
    switch (state) {
    case CardState::New:
        return u"New"_s;
    case CardState::Learning:
        return u"Learning"_s;
    case CardState::Review:
        return u"Review"_s;
    case CardState::Relearning:
        return u"Relearning"_s;
    }
    return {};
}
}
