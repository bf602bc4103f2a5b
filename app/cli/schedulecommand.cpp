// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulecommand.h"

#include "cards/fsrsreplay.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString ScheduleCommand::name() const
{
    return u"schedule"_s;
}

QString ScheduleCommand::summary() const
{
    return QCoreApplication::translate("ScheduleCommand", "Replay FSRS review histories (--replay FILE.json) and print the schedules as JSON.");
}

void ScheduleCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(u"replay"_s,
                                        QCoreApplication::translate("ScheduleCommand",
                                                                    "Histories to replay, in the format of the FSRS test vectors: "
                                                                    "{\"cases\": [{\"id\", \"scheduler\", \"reviews\"}]}."),
                                        QCoreApplication::translate("ScheduleCommand", "FILE")));
}

int ScheduleCommand::run(const QCommandLineParser &parser, const CommandContext &context) const
{
    if (!parser.isSet(u"replay"_s)) {
        context.err << "mlprep schedule: " << QCoreApplication::translate("ScheduleCommand", "missing --replay FILE") << "\n\n" << parser.helpText();
        context.err.flush();
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err << "mlprep schedule: "
                    << QCoreApplication::translate("ScheduleCommand", "unexpected argument '%1'").arg(parser.positionalArguments().constFirst()) << Qt::endl;
        return ExitUsage;
    }
    QString error;
    const auto cases = FsrsReplay::readFile(parser.value(u"replay"_s), &error);
    if (!cases) {
        context.err << "mlprep schedule: " << error << Qt::endl;
        return ExitInput;
    }
    std::vector<FsrsReplay::Result> results;
    results.reserve(cases->size());
    for (const FsrsReplay::Case &replayCase : *cases) {
        results.push_back(FsrsReplay::replay(replayCase));
    }
    context.out << QString::fromUtf8(FsrsReplay::toJson(results));
    context.out.flush();
    return ExitOk;
}
