// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Cram, or study ahead: cards from chosen decks whatever their due, for the evening before an interview.
///
/// Cramming never touches the schedule and writes nothing: no card_state change and no review_log row (not
/// even Anki's kind 3). The review log then holds only answers the scheduler asked for, so daily limits,
/// statistics and a future FSRS optimisation need no filter to stay right; users ask for exactly this
/// ("study ahead without touching the schedule", shared/docs/ANCHORS.md §1b item 6). The review screen shows cram cards
/// without grade buttons that schedule anything.
namespace Cram
{
enum class Order {
    LowestRetrievability, ///< the cards most likely forgotten first; cards never answered come last, in card order
    Random, ///< shuffled with the given seed
};

/// Up to `limit` live cards of `deckIds` that are neither suspended nor buried at `nowMs`, in `order`;
/// nullopt (with `error` set) on a database error.
[[nodiscard]] std::optional<QList<qint64>> draw(const QSqlDatabase &db,
                                                const QList<qint64> &deckIds,
                                                Order order,
                                                int limit,
                                                qint64 nowMs,
                                                const Fsrs::FsrsParameters &params,
                                                quint64 seed,
                                                QString *error);
}
