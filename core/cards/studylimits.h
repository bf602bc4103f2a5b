// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studysettings.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

/// What is left of one deck's daily limits in a study day.
struct DeckAllowance {
    qint64 deckId = 0;
    int newLeft = 0; ///< new cards that may still be started
    int reviewsLeft = 0; ///< Review cards that may still be answered
};

/// Daily limits as Anki applies them: each deck's own limit (decks.new_per_day, decks.reviews_per_day) or
/// else the global one, minus what the review log says was studied in that deck during the study day. The
/// log is the only record of "done today", so an undone answer gives its place back by itself.
namespace StudyLimits
{
/// Every deck's allowance for `day`, by deck id; nullopt (with `error` set) on a database error.
[[nodiscard]] std::optional<QList<DeckAllowance>> remaining(const QSqlDatabase &db, const StudySettings &settings, const StudyDay &day, QString *error);
}
