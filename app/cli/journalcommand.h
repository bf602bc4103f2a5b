// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

/// `mlprep journal export [--out FILE]`: the decision journal as STAR-shaped Markdown (core's
/// JournalMarkdown), printed or written to a file, so answers can be rehearsed away from the app.
class JournalCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, const CommandContext &context) const override;
};
