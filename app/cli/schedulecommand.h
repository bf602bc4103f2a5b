// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

/// `mlprep schedule --replay FILE.json`: replays FSRS review histories (the format of the test vectors) and
/// prints what the scheduler computes for every review, as JSON. Needs no data directory.
class ScheduleCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, const CommandContext &context) const override;
};
