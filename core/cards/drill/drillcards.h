// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/drill/interviewdrill.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// What an interviewer drill walks, read from the database: InterviewDrill decides the walk from
/// keys and links only, and this is where those come from.
///
/// Suspended cards are left out, as in a review session: a user who suspended a card does not want
/// to be asked it, and its follow-ups then start chains of their own.
namespace DrillCards
{
/// The live, unsuspended cards of `deckIds` (every deck when `allDecks`), in deck and file order,
/// with follow-up links and answer counts; nullopt with `error` set on a database error.
[[nodiscard]] std::optional<QList<InterviewDrill::Card>> load(const QSqlDatabase &db, const QList<qint64> &deckIds, bool allDecks, QString *error);

/// The cards reachable from `rootKey` through follow-ups, `rootKey` first, with every link back to
/// it dropped: InterviewDrill then finds exactly one chain, rooted at `rootKey` (none when the card
/// has no follow-up among `cards`). Used to drill from one card in the browser.
[[nodiscard]] QList<InterviewDrill::Card> chainFrom(const QList<InterviewDrill::Card> &cards, const QString &rootKey);
}
