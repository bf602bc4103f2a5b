// SPDX-License-Identifier: GPL-3.0-or-later
#include "cram.h"

#include "sqlvalues.h"
#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace
{
struct Candidate {
    qint64 cardId = 0;
    std::optional<double> retrievability; ///< absent for a card never answered
};
}

std::optional<QList<qint64>> Cram::draw(const QSqlDatabase &db,
                                        const QList<qint64> &deckIds,
                                        Order order,
                                        int limit,
                                        qint64 nowMs,
                                        const Fsrs::FsrsParameters &params,
                                        quint64 seed,
                                        QString *error)
{
    QSqlQuery query = SqlFile::prepare(db, u"review/cram_cards"_s);
    query.setForwardOnly(true);
    query.bindValue(u":decks"_s, SqlValues::jsonIds(deckIds));
    query.bindValue(u":now"_s, nowMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    std::vector<Candidate> candidates;
    while (query.next()) {
        Candidate candidate {query.value(0).toLongLong(), std::nullopt};
        Fsrs::FsrsCard card;
        card.stability = SqlValues::optionalDouble(query.value(1));
        card.lastReviewMs = SqlValues::optionalInt64(query.value(2));
        if (card.stability && card.lastReviewMs) {
            candidate.retrievability = Fsrs::retrievability(card, nowMs, params);
        }
        candidates.push_back(candidate);
    }

    if (order == Order::Random) {
        std::mt19937_64 generator(seed);
        std::shuffle(candidates.begin(), candidates.end(), generator);
    } else {
        // Stable: equal retrievabilities and the never-answered cards keep card order.
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.retrievability && b.retrievability) {
                return *a.retrievability < *b.retrievability;
            }
            return a.retrievability.has_value() && !b.retrievability.has_value();
        });
    }
    QList<qint64> cards;
    const std::size_t count = std::min(candidates.size(), static_cast<std::size_t>(std::max(0, limit)));
    cards.reserve(static_cast<qsizetype>(count));
    for (std::size_t i = 0; i < count; ++i) {
        cards.append(candidates[i].cardId);
    }
    return cards;
}
