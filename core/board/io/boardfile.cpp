// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfile.h"

#include "excalidraw.h"
#include "limits.h"
#include "mlboard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Board::Io
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Board::Io", text);
}
} // namespace

FileFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "mlboard"_L1) {
        return FileFormat::Mlboard;
    }
    if (suffix == "excalidraw"_L1 || suffix == "json"_L1) {
        return FileFormat::Excalidraw;
    }
    if (suffix == "excalidrawlib"_L1) {
        return FileFormat::ExcalidrawLibrary;
    }
    if (suffix == "png"_L1) {
        return FileFormat::Png;
    }
    if (suffix == "svg"_L1) {
        return FileFormat::Svg;
    }
    if (suffix == "pdf"_L1) {
        return FileFormat::Pdf;
    }
    return FileFormat::Unknown;
}

bool canRead(FileFormat format)
{
    return format != FileFormat::Unknown && format != FileFormat::Pdf;
}

Document readBoardFile(const QString &path, QString *error, QStringList *warnings)
{
    QString problem;
    const auto refuse = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        return Document {};
    };
    const FileFormat format = formatForPath(path);
    if (!canRead(format)) {
        return refuse(
            tr("MLPrep cannot open “%1”: use .mlboard, .excalidraw, .excalidrawlib, or a PNG/SVG with an embedded scene.").arg(QFileInfo(path).fileName()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(tr("Cannot open “%1”: %2").arg(path, file.errorString()));
    }
    if (file.size() > Limits::MaxFileBytes) {
        return refuse(tr("“%1” is larger than 64 MB and was not opened.").arg(QFileInfo(path).fileName()));
    }
    const QByteArray data = file.read(Limits::MaxFileBytes + 1);
    Document doc = format == FileFormat::Mlboard ? fromMlboard(data, &problem, warnings) : fromExcalidraw(data, &problem, warnings);
    if (!problem.isEmpty()) {
        return refuse(problem);
    }
    if (error) {
        error->clear();
    }
    return doc;
}

bool writeBoardFile(const QString &path, const Document &document, const ExportOptions &options, QString *error)
{
    QByteArray bytes;
    switch (formatForPath(path)) {
    case FileFormat::Mlboard:
        bytes = toMlboard(document);
        break;
    case FileFormat::Excalidraw:
        bytes = toExcalidraw(document, options.only.isEmpty() ? nullptr : &options.only);
        break;
    case FileFormat::Png:
        bytes = exportPng(document, options);
        break;
    case FileFormat::Svg:
        bytes = exportSvg(document, options);
        break;
    case FileFormat::Pdf:
        bytes = exportPdf(document, options);
        break;
    case FileFormat::ExcalidrawLibrary:
    case FileFormat::Unknown:
        if (error) {
            *error = tr("MLPrep cannot write “%1”: use .mlboard, .excalidraw, .png, .svg or .pdf.").arg(QFileInfo(path).fileName());
        }
        return false;
    }
    if (bytes.isEmpty()) {
        if (error) {
            *error = tr("The board could not be rendered to “%1”.").arg(QFileInfo(path).fileName());
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace Board::Io
