// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadsimulator.h"

#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using Fsrs::CardState;
using Fsrs::Rating;

double WorkloadForecast::averageAnswers() const
{
    if (days.isEmpty()) {
        return 0.0;
    }
    double sum = 0;
    for (const SimulatedDay &day : days) {
        sum += day.answers;
    }
    return sum / days.size();
}

int WorkloadForecast::peakAnswers() const
{
    int peak = 0;
    for (const SimulatedDay &day : days) {
        peak = std::max(peak, day.answers);
    }
    return peak;
}

std::optional<WorkloadSimulator::Start> WorkloadSimulator::load(const QSqlDatabase &db, QString *error)
{
    Start start;
    QSqlQuery query = SqlFile::prepare(db, u"stats/simulation_cards"_s);
    query.setForwardOnly(true);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        Fsrs::FsrsCard card;
        card.state = CardState(query.value(0).toInt());
        if (!query.isNull(1)) {
            card.step = query.value(1).toInt();
        }
        if (!query.isNull(2)) {
            card.stability = query.value(2).toDouble();
        }
        if (!query.isNull(3)) {
            card.difficulty = query.value(3).toDouble();
        }
        card.dueMs = query.value(4).toLongLong();
        if (!query.isNull(5)) {
            card.lastReviewMs = query.value(5).toLongLong();
        }
        start.scheduled.append(card);
    }
    QSqlQuery newCards = SqlFile::prepare(db, u"stats/simulation_new_cards"_s);
    if (!newCards.exec() || !newCards.next()) {
        *error = newCards.lastError().text();
        return std::nullopt;
    }
    start.newCards = newCards.value(0).toInt();
    QSqlQuery meanTime = SqlFile::prepare(db, u"stats/mean_answer_ms"_s);
    if (!meanTime.exec() || !meanTime.next()) {
        *error = meanTime.lastError().text();
        return std::nullopt;
    }
    if (!meanTime.isNull(0)) {
        start.secondsPerAnswer = meanTime.value(0).toDouble() / 1000.0;
    }
    return start;
}

namespace
{
/// SplitMix64: tiny, fast and the same on every platform, unlike the standard distributions.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed)
    {
    }

    /// Uniform in [0, 1).
    double next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return double(z >> 11) * 0x1.0p-53;
    }

private:
    quint64 m_state;
};

/// Picks from shares that add up to 1, in order.
template<std::size_t N> int pick(const std::array<double, N> &shares, double u)
{
    double cumulative = 0;
    for (std::size_t i = 0; i < N; ++i) {
        cumulative += shares[i];
        if (u < cumulative) {
            return int(i);
        }
    }
    return int(N) - 1;
}

constexpr std::array<double, 4> FirstRatingShares {0.24, 0.094, 0.495, 0.171};
constexpr std::array<double, 3> RecallRatingShares {0.224, 0.632, 0.144};

Rating drawRating(const Fsrs::FsrsCard &card, qint64 atMs, const Fsrs::FsrsParameters &params, Random &random)
{
    if (card.state == CardState::New) {
        return Rating(1 + pick(FirstRatingShares, random.next()));
    }
    const double recall = card.stability ? Fsrs::retrievability(card, atMs, params) : 1.0;
    if (random.next() >= recall) {
        return Rating::Again;
    }
    return Rating(2 + pick(RecallRatingShares, random.next()));
}

using Due = std::pair<qint64, qsizetype>; ///< due time, index into the cards
using DueQueue = std::priority_queue<Due, std::vector<Due>, std::greater<>>;
}

WorkloadForecast WorkloadSimulator::simulate(const Start &start, const Options &options, Fsrs::FsrsParameters params, const LocalDays &days, qint64 nowMs)
{
    params.desiredRetention = options.desiredRetention;
    Random random(options.seed);
    std::vector<Fsrs::FsrsCard> cards(start.scheduled.cbegin(), start.scheduled.cend());
    DueQueue queue;
    for (qsizetype i = 0; i < qsizetype(cards.size()); ++i) {
        queue.emplace(cards[std::size_t(i)].dueMs, i);
    }

    WorkloadForecast forecast;
    const QDate today = days.dayOf(nowMs);
    int newLeft = start.newCards;
    if (newLeft == 0) {
        forecast.allIntroducedOn = today;
    } else if (options.newPerDay > 0) {
        forecast.allIntroducedOn = today.addDays((newLeft + options.newPerDay - 1) / options.newPerDay - 1);
    }

    for (int index = 0; index < options.days; ++index) {
        SimulatedDay result;
        result.day = today.addDays(index);
        const qint64 dayStart = days.startOf(result.day);
        const qint64 dayEnd = days.endOf(result.day);
        const qint64 answerTime = std::max(nowMs, dayStart + (dayEnd - dayStart) / 2);

        result.newCards = std::min(newLeft, std::max(0, options.newPerDay));
        newLeft -= result.newCards;
        for (int i = 0; i < result.newCards; ++i) {
            cards.push_back(Fsrs::FsrsCard::newCard(answerTime));
            queue.emplace(answerTime, qsizetype(cards.size()) - 1);
        }

        while (!queue.empty() && queue.top().first < dayEnd) {
            const qsizetype cardIndex = queue.top().second;
            queue.pop();
            Fsrs::FsrsCard &card = cards[std::size_t(cardIndex)];
            const qint64 at = std::max(card.dueMs, answerTime);
            const Rating rating = drawRating(card, at, params, random);
            ++result.answers;
            result.reviews += card.state == CardState::Review ? 1 : 0;
            card = Fsrs::review(card, rating, at, params).card;
            queue.emplace(card.dueMs, cardIndex);
        }
        result.minutes = result.answers * options.secondsPerAnswer / 60.0;
        forecast.days.append(result);
    }
    return forecast;
}
