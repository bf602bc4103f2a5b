// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

/// `mlprep board convert IN OUT`: converts between .mlboard and .excalidraw and renders boards to
/// PNG/SVG/PDF without a display (the same readers, writers and renderer as the app). Formats
/// follow the file extensions; exit 2 when the input cannot be read or the output written.
class BoardCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, const CommandContext &context) const override;
};
