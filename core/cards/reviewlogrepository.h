// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// review_log.kind, Anki's revlog type. The statistics count kinds 0–2 as answers.
enum class ReviewKind {
    Learn = 0, ///< a New or Learning card
    Review = 1,
    Relearn = 2,
    Cram = 3, ///< reserved for Anki imports: our cram mode writes nothing
    Manual = 4, ///< rating 0: set due date, reset
    Rescheduled = 5,
};

/// One row of review_log.
struct ReviewLogEntry {
    qint64 id = 0;
    qint64 cardId = 0;
    qint64 reviewedAtMs = 0;
    int rating = 0; ///< 1 Again … 4 Easy (Fsrs::Rating); 0 for a manual change
    ReviewKind kind = ReviewKind::Learn;
    Fsrs::CardState stateBefore = Fsrs::CardState::New;
    Fsrs::CardState stateAfter = Fsrs::CardState::New;
    std::optional<double> stability; ///< S after the answer, days
    std::optional<double> difficulty; ///< D after the answer
    qint64 intervalSeconds = 0; ///< until the new due
    qint64 lastIntervalSeconds = 0; ///< the interval the card had before the answer (0 when it had none)
    std::optional<qint64> elapsedDays; ///< whole days since the previous answer; absent on the first one
    qint64 durationMs = 0; ///< time spent answering, at most ReviewLogRepository::MaxDurationMs
};

/// Writes and reads review_log. Callers run writes inside their own Transaction.
class ReviewLogRepository final
{
public:
    /// Like Anki's maxTaken: a card left on screen while the user was away counts as one minute.
    static constexpr qint64 MaxDurationMs = 60'000;

    explicit ReviewLogRepository(QSqlDatabase db);

    /// Appends `entry` (its id is ignored) and returns the new row's id, or 0 with `error` set.
    [[nodiscard]] qint64 insert(const ReviewLogEntry &entry, QString *error);
    /// Removes row `id` of card `cardId`; false with `error` set on a database error or when no such row.
    [[nodiscard]] bool remove(qint64 id, qint64 cardId, QString *error);
    /// A card's answers, oldest first; nullopt with `error` set on a database error.
    [[nodiscard]] std::optional<QList<ReviewLogEntry>> history(qint64 cardId, QString *error) const;

private:
    QSqlDatabase m_db;
};
