// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

/// Options that take a value, so that the value is not mistaken for a subcommand.
const QStringList &optionsWithValues()
{
    static const QStringList names {u"--data-dir"_s, u"--screenshot"_s, u"--page"_s, u"--color-scheme"_s};
    return names;
}

/// Index of the first positional argument, or -1. Index 0 is the program name.
qsizetype subcommandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s) {
            return i + 1 < arguments.size() ? i + 1 : -1;
        }
        if (!argument.startsWith(u'-')) {
            return i;
        }
        if (optionsWithValues().contains(argument)) {
            ++i; // its value is not a subcommand
        }
    }
    return -1;
}
}

QCommandLineOption CommandLine::dataDirOption()
{
    return QCommandLineOption(u"data-dir"_s, tr("Keep all data in <dir> (default: $MLPREP_DATA_DIR, else the standard app data folder)."), u"dir"_s);
}

QCommandLineOption CommandLine::screenshotOption()
{
    return QCommandLineOption(u"screenshot"_s, tr("Render the window offscreen at 1280×800, save it as a PNG to <file> and exit."), u"file"_s);
}

QCommandLineOption CommandLine::pageOption()
{
    return QCommandLineOption(u"page"_s, tr("Open on <name>: %1.").arg(pageNames().join(u", "_s)), u"name"_s);
}

QCommandLineOption CommandLine::colorSchemeOption()
{
    return QCommandLineOption(u"color-scheme"_s, tr("Force the light or dark palette (system, light, dark)."), u"scheme"_s);
}

QCommandLineOption CommandLine::cardOption()
{
    return QCommandLineOption(u"card"_s, tr("Open the review page on card <key> with its answer shown (a preview; nothing is graded)."), u"key"_s);
}

QStringList CommandLine::pageNames()
{
    return {u"review"_s, u"browse"_s, u"board"_s, u"dashboard"_s, u"jobs"_s, u"settings"_s};
}

void CommandLine::addGuiOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dataDirOption());
    parser.addOption(screenshotOption());
    parser.addOption(pageOption());
    parser.addOption(colorSchemeOption());
    parser.addOption(cardOption());
}

QString CommandLine::findSubcommand(const QStringList &arguments)
{
    const qsizetype index = subcommandIndex(arguments);
    return index < 0 ? QString() : arguments.at(index);
}

QStringList CommandLine::withoutSubcommand(const QStringList &arguments)
{
    QStringList result = arguments;
    const qsizetype index = subcommandIndex(arguments);
    if (index >= 0) {
        result.removeAt(index);
    }
    return result;
}

bool CommandLine::wantsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGuiOptions(parser);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        return false;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s)) {
        return false;
    }
    if (parser.isSet(pageOption()) && !pageNames().contains(parser.value(pageOption()))) {
        return false;
    }
    static const QStringList schemes {u"system"_s, u"light"_s, u"dark"_s};
    return !parser.isSet(colorSchemeOption()) || schemes.contains(parser.value(colorSchemeOption()));
}
