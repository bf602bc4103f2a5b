// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// The command-line front end: runs under QCoreApplication, needs no display.
namespace Cli
{
/// Prints help or the version, reports usage errors (exit 1), or runs the named subcommand.
/// `arguments` includes the program name.
[[nodiscard]] int run(const QStringList &arguments);
}
