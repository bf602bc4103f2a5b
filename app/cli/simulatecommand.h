// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

/// `mlprep simulate [--days N] [--new-per-day N] [--retention R] [--json]`: the workload forecast of the
/// dashboard (core's WorkloadSimulator) for the collection as it is now.
class SimulateCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, const CommandContext &context) const override;
};
