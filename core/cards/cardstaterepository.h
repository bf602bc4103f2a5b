// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// One card_state row, column for column; an absent optional is a NULL. Kept whole so that undo writes
/// back exactly what was there.
struct CardStateRow {
    Fsrs::CardState state = Fsrs::CardState::New;
    std::optional<int> step;
    std::optional<double> stability;
    std::optional<double> difficulty;
    std::optional<qint64> dueMs; ///< absent for a New card
    std::optional<qint64> lastReviewMs;
    int reps = 0; ///< answers given
    int lapses = 0; ///< Again on a Review card
    bool suspended = false;
    std::optional<qint64> buriedUntilMs; ///< hidden until then (the next study day's start)
    int flag = 0; ///< 0 none, 1–7 Anki's flag colours

    friend bool operator==(const CardStateRow &, const CardStateRow &) = default;
};

/// A card with what scheduling needs to know about it.
struct StoredCard {
    qint64 cardId = 0;
    qint64 deckId = 0;
    qint64 createdMs = 0;
    bool live = false; ///< neither retired nor deleted: only live cards can be studied or marked
    std::optional<CardStateRow> row; ///< absent: no card_state row yet, i.e. a New card nobody touched

    /// The row, or the one a New card would have.
    [[nodiscard]] CardStateRow rowOrNew() const;
    /// The card as the scheduler sees it; a New card is due at its creation time.
    [[nodiscard]] Fsrs::FsrsCard fsrsCard() const;
};

/// True when two cards have the same schedule (state, step, memory, due, last review), compared exactly: the
/// values come from the same stored row, so any difference means that the row changed in between.
[[nodiscard]] bool sameSchedule(const Fsrs::FsrsCard &a, const Fsrs::FsrsCard &b);

/// Reads and writes card_state rows. Callers run writes inside their own Transaction.
class CardStateRepository final
{
public:
    explicit CardStateRepository(QSqlDatabase db);

    /// The card, or nullopt when there is no card with that id. On a database error also nullopt, with
    /// `error` set; it is left empty otherwise.
    [[nodiscard]] std::optional<StoredCard> load(qint64 cardId, QString *error) const;
    /// Creates or replaces the card's row.
    [[nodiscard]] bool save(qint64 cardId, const CardStateRow &row, QString *error);
    /// Deletes the card's row (the card becomes untouched New again).
    [[nodiscard]] bool remove(qint64 cardId, QString *error);

private:
    QSqlDatabase m_db;
};
