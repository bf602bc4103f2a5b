// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The end-of-session screen: what was done in the chosen decks since the session started, and when
/// there will be something to study again. Read from the review log, so an undone answer is not counted.
struct SessionSummary {
    int answers = 0;
    int cards = 0; ///< distinct cards answered
    qint64 timeMs = 0; ///< answering time, each answer capped at a minute
    int again = 0; ///< answers rated Again
    /// When the next learning or review card of the decks falls due after the summary's time; absent when
    /// none is scheduled (only new cards, or nothing at all, left).
    std::optional<qint64> nextDueMs;

    /// again / answers, 0 when nothing was answered.
    [[nodiscard]] double againRate() const;

    /// The answers given in `deckIds` during [fromMs, nowMs); nullopt (with `error` set) on a database error.
    [[nodiscard]] static std::optional<SessionSummary> load(const QSqlDatabase &db, const QList<qint64> &deckIds, qint64 fromMs, qint64 nowMs, QString *error);
};
