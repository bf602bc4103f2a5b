// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardinfo.h"

#include "cardstaterepository.h"

std::optional<CardInfo> CardInfo::load(const QSqlDatabase &db, qint64 cardId, qint64 nowMs, const Fsrs::FsrsParameters &params, QString *error)
{
    const auto card = CardStateRepository(db).load(cardId, error);
    if (!card) {
        return std::nullopt;
    }
    auto history = ReviewLogRepository(db).history(cardId, error);
    if (!history) {
        return std::nullopt;
    }
    const CardStateRow row = card->rowOrNew();
    CardInfo info;
    info.cardId = cardId;
    info.deckId = card->deckId;
    info.createdMs = card->createdMs;
    info.live = card->live;
    info.state = row.state;
    info.stability = row.stability;
    info.difficulty = row.difficulty;
    if (row.stability && row.lastReviewMs) {
        info.retrievability = Fsrs::retrievability(card->fsrsCard(), nowMs, params);
    }
    info.dueMs = row.dueMs;
    info.lastReviewMs = row.lastReviewMs;
    info.reps = row.reps;
    info.lapses = row.lapses;
    info.suspended = row.suspended;
    info.buriedUntilMs = row.buriedUntilMs;
    info.flag = row.flag;
    info.history = std::move(*history);
    return info;
}
