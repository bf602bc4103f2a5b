// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

/// One study day: from the day start (by default 4 am local time, Anki's rollover) to the next one. Daily
/// limits, "studied today" and burying all count in study days, so that a session past midnight still
/// belongs to the evening it started in.
struct StudyDay {
    qint64 startMs = 0; ///< UTC epoch ms, inclusive
    qint64 endMs = 0; ///< the next day start, exclusive; 23 or 25 hours after startMs across a DST change

    friend bool operator==(const StudyDay &, const StudyDay &) = default;
};

/// How studying works in this collection: daily limits, the day rollover and the scheduler's parameters.
///
/// A default-constructed object holds the defaults; load() reads the global values from the settings table
/// (the keys below), where the settings page writes them. Per-deck limits live in decks.new_per_day and
/// decks.reviews_per_day and override newPerDay and reviewsPerDay for that deck (see StudyLimits).
struct StudySettings {
    static const QString NewPerDayKey; ///< "study/new_per_day", default 20
    static const QString ReviewsPerDayKey; ///< "study/reviews_per_day", default 200
    static const QString DayStartsHourKey; ///< "study/day_starts_hour", 0–23, default 4
    static const QString DesiredRetentionKey; ///< "study/desired_retention", in (0, 1), default 0.9
    static const QString LearningStepsKey; ///< "study/learning_steps", Anki's syntax, default "1m 10m"
    static const QString RelearningStepsKey; ///< "study/relearning_steps", default "10m"
    static const QString LearnAheadMinutesKey; ///< "study/learn_ahead_minutes", default 20

    int newPerDay = 20;
    int reviewsPerDay = 200;
    int dayStartsHour = 4;
    /// When nothing else is left, a learning card due within this time is shown early instead of making the
    /// user wait (Anki's "learn ahead limit").
    qint64 learnAheadMs = 20 * 60 * 1000;
    Fsrs::FsrsParameters fsrs;
    /// Spread Review intervals (spec §7). The fuzz value is derived from the card, never random, so that
    /// the intervals on the buttons are exactly the ones an answer schedules; tests turn it off.
    bool fuzz = true;
    /// Where the day starts; injected so that tests pin it instead of depending on the machine's zone.
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    /// The settings stored in `db`; a missing or unusable value keeps its default (and logs a warning).
    [[nodiscard]] static StudySettings load(const QSqlDatabase &db);

    /// The study day that `nowMs` falls in.
    [[nodiscard]] StudyDay dayAt(qint64 nowMs) const;

    /// Parses steps as Anki writes them: durations separated by spaces, each a number with an optional unit
    /// s, m, h or d (no unit means minutes), e.g. "1m 10m" or "30s 1h 1d". Returns seconds, or nullopt when
    /// a step is not a positive duration. An empty text means no steps.
    [[nodiscard]] static std::optional<std::vector<double>> parseSteps(const QString &text);
};
