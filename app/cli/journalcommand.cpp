// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalcommand.h"

#include "collection.h"
#include "journal/journalmarkdown.h"
#include "journal/journalstore.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("JournalCommand", text);
}

const QCommandLineOption &outOption()
{
    static const QCommandLineOption option(u"out"_s, tr("Write the Markdown to FILE instead of standard output."), u"FILE"_s);
    return option;
}
}

QString JournalCommand::name() const
{
    return u"journal"_s;
}

QString JournalCommand::summary() const
{
    return tr("Export the decision journal as STAR-shaped Markdown.");
}

void JournalCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(outOption());
    parser.addPositionalArgument(u"export"_s, tr("The action (only `export`)."));
}

int JournalCommand::run(const QCommandLineParser &parser, const CommandContext &context) const
{
    if (parser.positionalArguments() != QStringList {u"export"_s}) {
        context.err << "mlprep journal: " << tr("expected `export`") << "\n\n" << parser.helpText();
        return ExitUsage;
    }
    const auto collection = context.openCollection();
    if (!collection) {
        return ExitInput;
    }
    QString error;
    const auto entries = JournalStore(collection->connection()).search({}, &error);
    if (!entries) {
        context.err << "mlprep journal: " << collection->dataDir() << ": " << error << "\n";
        return ExitInput;
    }
    const QString markdown = JournalMarkdown::document(*entries);
    if (!parser.isSet(outOption())) {
        context.out << markdown;
        return ExitOk;
    }
    const QString path = parser.value(outOption());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0 || !file.commit()) {
        context.err << "mlprep journal: " << path << ": " << file.errorString() << "\n";
        return ExitInput;
    }
    return ExitOk;
}
