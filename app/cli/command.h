// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>

class Collection;

/// Exit codes of every subcommand (the contract in docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1, ///< bad options or arguments; usage goes to stderr
    ExitInput = 2, ///< bad input or an unusable database; the message names the file and the reason
};

/// What a subcommand gets to work with: the resolved data directory and the two streams.
struct CommandContext {
    QString dataDir;
    QTextStream &out;
    QTextStream &err;

    /// Opens the collection of the data directory; on failure prints the reason to `err`.
    [[nodiscard]] std::unique_ptr<Collection> openCollection() const;
};

/// One subcommand, e.g. `mlprep stats`. Subclasses live one per file in app/cli/.
class Command
{
public:
    virtual ~Command() = default;

    [[nodiscard]] virtual QString name() const = 0;
    /// One line for the global help.
    [[nodiscard]] virtual QString summary() const = 0;
    /// Adds the command's own options and positional arguments (global ones are already there).
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// Runs with a successfully parsed command line; returns an ExitCode.
    [[nodiscard]] virtual int run(const QCommandLineParser &parser, const CommandContext &context) const = 0;
};
