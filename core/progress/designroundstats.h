// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localdays.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// One finished whiteboard design round (the board's design_rounds table).
struct DesignRound {
    QDate day; ///< the local study day it ended on
    QString promptKey;
    qint64 timeUsedMs = 0;
    int rubricChecked = 0;
    int rubricTotal = 0;

    /// The share of the rubric covered, 0 when the prompt had no rubric.
    [[nodiscard]] double score() const;

    friend bool operator==(const DesignRound &, const DesignRound &) = default;
};

/// Whiteboard practice: the mock-interview log no flashcard app keeps. The trend is the rounds' rubric
/// scores in order, so that the dashboard can show whether designs cover more of the rubric over time.
struct DesignRoundStats {
    QList<DesignRound> rounds; ///< finished rounds, oldest first

    [[nodiscard]] qint64 timeUsedMs() const;
    /// Mean rubric score over rounds with a rubric; 0 without any.
    [[nodiscard]] double meanScore() const;

    /// Empty (not an error) while the whiteboard's table does not exist. nullopt with `error` set on a
    /// database error.
    [[nodiscard]] static std::optional<DesignRoundStats> load(const QSqlDatabase &db, const LocalDays &days, QString *error);
};
