// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "boardcommand.h"
#include "classifycommand.h"
#include "command.h"
#include "commandline.h"
#include "journalcommand.h"
#include "schedulecommand.h"
#include "simulatecommand.h"
#include "statscommand.h"

#include "storage/datadir.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<StatsCommand>());
        list.push_back(std::make_unique<SimulateCommand>());
        list.push_back(std::make_unique<ScheduleCommand>());
        list.push_back(std::make_unique<ClassifyCommand>());
        list.push_back(std::make_unique<BoardCommand>());
        list.push_back(std::make_unique<JournalCommand>());
        return list;
    }();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const auto &command : commands()) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString globalHelp(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += u"\n"_s + QCoreApplication::translate("Cli", "Commands (run without a display; `mlprep COMMAND --help` for details):") + u"\n"_s;
    for (const auto &command : commands()) {
        text += u"  %1  %2\n"_s.arg(command->name().leftJustified(10), command->summary());
    }
    text += u"\n"_s + QCoreApplication::translate("Cli", "Exit codes: 0 ok, 1 usage error, 2 input error.") + u"\n"_s;
    return text;
}

int runWithoutSubcommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
                                                                 "MLPrep: flashcards, whiteboard, progress and job-description mapping for ML interviews.\n"
                                                                 "Without a command, starts the app."));
    CommandLine::addGuiOptions(parser);
    if (!parser.parse(arguments)) {
        err << "mlprep: " << parser.errorText() << "\n\n" << globalHelp(parser);
        return ExitUsage;
    }
    if (parser.isSet(u"version"_s)) {
        out << "mlprep " << MLPREP_VERSION << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(u"help"_s)) {
        out << globalHelp(parser);
        return ExitOk;
    }
    const QString page = parser.value(CommandLine::pageOption());
    if (!page.isEmpty() && !CommandLine::pageNames().contains(page)) {
        err << "mlprep: " << QCoreApplication::translate("Cli", "unknown page '%1' (expected one of: %2)").arg(page, CommandLine::pageNames().join(u", "_s))
            << "\n\n"
            << globalHelp(parser);
        return ExitUsage;
    }
    err << "mlprep: "
        << QCoreApplication::translate("Cli", "invalid --color-scheme '%1' (expected system, light or dark)")
               .arg(parser.value(CommandLine::colorSchemeOption()))
        << "\n\n"
        << globalHelp(parser);
    return ExitUsage;
}
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = CommandLine::findSubcommand(arguments);
    if (name.isEmpty()) {
        return runWithoutSubcommand(arguments, out, err);
    }
    const Command *command = findCommand(name);
    if (!command) {
        QCommandLineParser parser;
        CommandLine::addGuiOptions(parser);
        err << "mlprep: " << QCoreApplication::translate("Cli", "unknown command '%1'").arg(name) << "\n\n" << globalHelp(parser);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption dataDir = CommandLine::dataDirOption();
    parser.addOption(dataDir);
    command->addOptions(parser);
    if (!parser.parse(CommandLine::withoutSubcommand(arguments))) {
        err << "mlprep " << name << ": " << parser.errorText() << "\n\n" << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    const CommandContext context {DataDir::resolve(parser.value(dataDir)), out, err};
    return command->run(parser, context);
}
