// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/fsrs.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Live cards (not retired, not deleted) by state; a suspended card counts as suspended whatever its FSRS
/// state, as in Anki's card-count graph, so the five states add up to the total.
struct StateCounts {
    int total = 0;
    int newCards = 0;
    int learning = 0;
    int review = 0;
    int relearning = 0;
    int suspended = 0;

    friend bool operator==(const StateCounts &, const StateCounts &) = default;
};

/// One deck or topic (a tag): its counts and how much of it the user knows.
///
/// Mastery is the mean retrievability over the group's unsuspended cards with never-reviewed cards at 0, so
/// a topic half of which is unseen can never look mastered. "On date" is the retrievability on the morning
/// of the interview if nothing more were reviewed: a floor that further reviews only raise.
struct GroupStats {
    QString name;
    StateCounts counts;
    double retrievabilityNow = 0; ///< sum over the group's reviewed unsuspended cards
    double retrievabilityOnDate = 0; ///< the same sum at the projection time

    [[nodiscard]] double masteryNow() const;
    [[nodiscard]] double masteryOnDate() const;
};

/// A histogram: counts[i] holds values in [edges[i], edges[i + 1]); the last bin also holds its upper edge.
struct Distribution {
    QList<double> edges;
    QList<int> counts;
    double sum = 0; ///< of all values, for the mean
    int values = 0;

    [[nodiscard]] double mean() const;
    void add(double value);
};

/// What the cards look like now: counts by state, per deck and per topic, and the FSRS memory state of the
/// reviewed ones (Anki's stability, difficulty and retrievability graphs). One pass over the live cards.
struct CardStats {
    StateCounts counts;
    QList<GroupStats> decks; ///< every deck with live cards, by name
    QList<GroupStats> topics; ///< every tag on a live card, by name
    Distribution stability; ///< days; bins 0, 1, 2, 4, 7, 14, 21, 30, 60, 90, 180, 365 days and beyond
    Distribution difficulty; ///< Anki's percent scale (D − 1) / 9, ten bins of 10 %
    Distribution retrievability; ///< percent now, twenty bins of 5 %
    /// Σ R now over reviewed unsuspended cards: how many cards the user would recall right now (Anki's
    /// "estimated total knowledge").
    double knowledge = 0;

    /// Reads the live cards; R is computed at `nowMs` and, for the groups, at `projectionMs`. nullopt with
    /// `error` set on a database error.
    [[nodiscard]] static std::optional<CardStats>
    load(const QSqlDatabase &db, const Fsrs::FsrsParameters &params, qint64 nowMs, qint64 projectionMs, QString *error);
};
