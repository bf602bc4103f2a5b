// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

/// `mlprep classify [--json] PATH...`: labels job postings "ml-systems" or "systems-with-ml" with the
/// shipped model, one line per posting, so a folder of saved postings can be sorted from a script.
///
/// Folders are walked recursively in name order. A file that cannot be classified (binary, empty, PDF, too
/// large) gets a message on stderr and the rest carry on; the exit code is 2 only when nothing was read.
class ClassifyCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, const CommandContext &context) const override;
};
