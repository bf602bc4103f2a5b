// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

/// The options shared by the GUI and the subcommands, and how an argument list is split into
/// "which subcommand" and "its arguments". Global options may stand before or after the
/// subcommand: `mlprep --data-dir D stats` and `mlprep stats --data-dir D` are the same.
namespace CommandLine
{
[[nodiscard]] QCommandLineOption dataDirOption();
[[nodiscard]] QCommandLineOption screenshotOption();
[[nodiscard]] QCommandLineOption pageOption();
[[nodiscard]] QCommandLineOption colorSchemeOption();
[[nodiscard]] QCommandLineOption cardOption();

/// The page names `--page` accepts, in navigation order.
[[nodiscard]] QStringList pageNames();

/// Adds --data-dir and the GUI options, plus --help and --version.
void addGuiOptions(QCommandLineParser &parser);

/// The first positional argument (the subcommand), skipping values of options that take one;
/// empty when there is none. `arguments` includes the program name at index 0.
[[nodiscard]] QString findSubcommand(const QStringList &arguments);

/// `arguments` with the subcommand removed, ready for the subcommand's own parser.
[[nodiscard]] QStringList withoutSubcommand(const QStringList &arguments);

/// True when the arguments ask for the window: they parse as GUI options, name no subcommand
/// and ask for neither help nor the version. Anything else goes to the command-line front end,
/// which prints usage or runs the subcommand without a display.
[[nodiscard]] bool wantsGui(const QStringList &arguments);
}
