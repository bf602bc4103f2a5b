// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "designround.h"
#include "storage/changes.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Board
{

/// Design rounds in the `design_rounds` table (migration 0006). A row is written when a round
/// starts, so a crash mid-round leaves a trace rather than nothing, and completed when it ends;
/// only finished rows count as attempts (the dashboard reads the same rows).
class DesignRoundStore final
{
public:
    explicit DesignRoundStore(QSqlDatabase db);

    /// Records the start of a round; returns its id, or 0 on a database error.
    [[nodiscard]] qint64 start(const QString &promptKey, qint64 boardId, qint64 startedAt, int rubricTotal);
    /// Completes the round with its result. Finishing twice changes nothing (returns None).
    StoreChanges finish(qint64 id, const DesignRound &round, qint64 endedAt);
    /// Forgets a round that was abandoned before it finished.
    StoreChanges discard(qint64 id);

    [[nodiscard]] std::optional<DesignAttempt> find(qint64 id) const;
    /// Finished attempts of one prompt, oldest first.
    [[nodiscard]] QList<DesignAttempt> attempts(const QString &promptKey) const;

private:
    QSqlDatabase m_db;
};

} // namespace Board
