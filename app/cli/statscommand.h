// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

/// `mlprep stats [--json]`: the statistics screen's numbers (core's DashboardStats), for scripts and for
/// checking the dashboard against the review log.
class StatsCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, const CommandContext &context) const override;
};
