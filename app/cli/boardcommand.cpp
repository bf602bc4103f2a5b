// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardcommand.h"

#include "board/io/boardfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("BoardCommand", text);
}

const QCommandLineOption &scaleOption()
{
    static const QCommandLineOption option(u"scale"_s, tr("PNG pixels per board unit, 1 to 4 (default 1)."), u"N"_s, u"1"_s);
    return option;
}

const QCommandLineOption &transparentOption()
{
    static const QCommandLineOption option(u"transparent"_s, tr("Leave the background out of PNG and SVG."));
    return option;
}

const QCommandLineOption &darkOption()
{
    static const QCommandLineOption option(u"dark"_s, tr("Render in dark mode."));
    return option;
}

const QCommandLineOption &noEmbedOption()
{
    static const QCommandLineOption option(u"no-embed"_s, tr("Do not embed the editable scene in PNG and SVG."));
    return option;
}

const QCommandLineOption &onlyOption()
{
    static const QCommandLineOption option(u"only"_s, tr("Export only this element id (repeatable) and the text bound to it."), u"ID"_s);
    return option;
}
} // namespace

QString BoardCommand::name() const
{
    return u"board"_s;
}

QString BoardCommand::summary() const
{
    return tr("Convert whiteboards: .mlboard ↔ .excalidraw, or render to .png/.svg/.pdf.");
}

void BoardCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("mlprep board convert IN OUT\n"
                                        "Reads .mlboard, .excalidraw, .excalidrawlib or a PNG/SVG with an embedded scene;\n"
                                        "writes .mlboard, .excalidraw, .png, .svg or .pdf, chosen by OUT's extension."));
    parser.addOption(scaleOption());
    parser.addOption(transparentOption());
    parser.addOption(darkOption());
    parser.addOption(noEmbedOption());
    parser.addOption(onlyOption());
    parser.addPositionalArgument(u"convert"_s, tr("The action (only `convert`)."));
    parser.addPositionalArgument(u"in"_s, tr("The board to read."));
    parser.addPositionalArgument(u"out"_s, tr("The file to write."));
}

int BoardCommand::run(const QCommandLineParser &parser, const CommandContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || args.first() != "convert"_L1) {
        context.err << "mlprep board: " << tr("expected `convert IN OUT`") << "\n\n" << parser.helpText();
        return ExitUsage;
    }
    bool scaleOk = false;
    const double scale = parser.value(scaleOption()).toDouble(&scaleOk);
    if (!scaleOk || scale < 0.1 || scale > 4) {
        context.err << "mlprep board: " << tr("--scale must be a number from 0.1 to 4") << "\n";
        return ExitUsage;
    }
    const QString &in = args.at(1);
    const QString &out = args.at(2);
    if (Board::Io::formatForPath(out) == Board::Io::FileFormat::Unknown || Board::Io::formatForPath(out) == Board::Io::FileFormat::ExcalidrawLibrary) {
        context.err << "mlprep board: " << tr("cannot write '%1': use .mlboard, .excalidraw, .png, .svg or .pdf").arg(out) << "\n";
        return ExitUsage;
    }

    QString error;
    QStringList warnings;
    const Board::Document doc = Board::Io::readBoardFile(in, &error, &warnings);
    if (!error.isEmpty()) {
        context.err << "mlprep board: " << in << ": " << error << "\n";
        return ExitInput;
    }
    for (const QString &warning : std::as_const(warnings)) {
        context.err << "mlprep board: " << in << ": " << tr("warning:") << ' ' << warning << "\n";
    }

    Board::Io::ExportOptions options;
    options.scale = scale;
    options.transparent = parser.isSet(transparentOption());
    options.dark = parser.isSet(darkOption());
    options.embedScene = !parser.isSet(noEmbedOption());
    const QStringList only = parser.values(onlyOption());
    options.only = QSet<QString>(only.cbegin(), only.cend());
    if (!Board::Io::writeBoardFile(out, doc, options, &error)) {
        context.err << "mlprep board: " << error << "\n";
        return ExitInput;
    }
    context.out << tr("Wrote %1 (%2 elements).").arg(out).arg(doc.elements.size()) << "\n";
    return ExitOk;
}
