// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/fsrs.h"
#include "localdays.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

/// One simulated study day.
struct SimulatedDay {
    QDate day;
    int answers = 0; ///< every answer, learning steps included
    int reviews = 0; ///< answers to cards that were in Review
    int newCards = 0; ///< cards introduced
    double minutes = 0; ///< answers × the time per answer

    friend bool operator==(const SimulatedDay &, const SimulatedDay &) = default;
};

/// The outcome of a simulation.
struct WorkloadForecast {
    QList<SimulatedDay> days;
    /// The day the last New card is introduced (today when none is left), also past the simulated days; absent
    /// when New cards are left and none are introduced per day.
    std::optional<QDate> allIntroducedOn;

    [[nodiscard]] double averageAnswers() const;
    [[nodiscard]] int peakAnswers() const;
};

/// A workload forecast with the FSRS model (the answer to "how much will I have to do if I take N new
/// cards a day at this retention?", fsrs4anki-helper #372): every scheduled card is answered on the day it
/// falls due, recalled with probability R at that moment, and rescheduled by the real Fsrs::review(); new
/// cards come in at the chosen rate. Ratings follow FSRS's default button shares (fsrs-rs simulator:
/// first answers Again/Hard/Good/Easy 24/9.4/49.5/17.1 %, recalled reviews Hard/Good/Easy 22.4/63.2/14.4 %).
/// Random draws come from a seeded generator, so one input always gives one forecast. No daily review cap
/// applies: the forecast shows the load the schedule asks for, which is what a cap would hide.
namespace WorkloadSimulator
{
struct Options {
    int days = 30;
    int newPerDay = 20;
    double desiredRetention = 0.9; ///< replaces the parameters' own
    double secondsPerAnswer = 8; ///< for the minutes; the dashboard uses the user's mean answer time
    quint64 seed = 0x5eed;
};

/// Where the simulation starts: the cards already scheduled and how many New cards are left.
struct Start {
    QList<Fsrs::FsrsCard> scheduled;
    int newCards = 0;
    std::optional<double> secondsPerAnswer; ///< the user's mean answer time; absent without timed answers
};

/// Reads the live, unsuspended cards and the mean answer time. nullopt with `error` set on a database error.
[[nodiscard]] std::optional<Start> load(const QSqlDatabase &db, QString *error);

/// Pure: the same arguments always give the same forecast. Day 0 is the day `nowMs` falls in; answers on a
/// day happen at its midday or, for a learning step due later that day, when it falls due.
[[nodiscard]] WorkloadForecast simulate(const Start &start, const Options &options, Fsrs::FsrsParameters params, const LocalDays &days, qint64 nowMs);
}
