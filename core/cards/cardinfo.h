// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"
#include "reviewlogrepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// What the card-info dialog shows (Anki's `i` on the review screen): the card's memory state now and
/// every answer it got. Retired and deleted cards have info too, since their history is kept.
struct CardInfo {
    qint64 cardId = 0;
    qint64 deckId = 0;
    qint64 createdMs = 0;
    bool live = false; ///< neither retired nor deleted
    Fsrs::CardState state = Fsrs::CardState::New;
    std::optional<double> stability; ///< days; absent before the first answer
    std::optional<double> difficulty; ///< 1–10; absent before the first answer
    std::optional<double> retrievability; ///< R at the time asked for; absent before the first answer
    std::optional<qint64> dueMs; ///< absent for a New card, which is not due but waits its turn
    std::optional<qint64> lastReviewMs;
    int reps = 0;
    int lapses = 0;
    bool suspended = false;
    std::optional<qint64> buriedUntilMs;
    int flag = 0;
    QList<ReviewLogEntry> history; ///< oldest first

    /// The info of card `cardId` at `nowMs`; nullopt when there is no such card, or on a database error
    /// (then `error` is set).
    [[nodiscard]] static std::optional<CardInfo> load(const QSqlDatabase &db, qint64 cardId, qint64 nowMs, const Fsrs::FsrsParameters &params, QString *error);
};
