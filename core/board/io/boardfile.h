// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"
#include "imageexport.h"

#include <QString>
#include <QStringList>

/// Opening and saving boards as files, chosen by extension. One place for the open/save dialogs,
/// the export dialog and `mlprep board convert`, so they accept exactly the same files.
namespace Board::Io
{

enum class FileFormat {
    Unknown,
    Mlboard, ///< .mlboard (native, lossless)
    Excalidraw, ///< .excalidraw / .json (also clipboard JSON)
    ExcalidrawLibrary, ///< .excalidrawlib (read only: items laid out side by side)
    Png, ///< render; reading needs an embedded scene
    Svg, ///< render; reading needs an embedded scene
    Pdf, ///< render only
};

[[nodiscard]] FileFormat formatForPath(const QString &path);
/// True for formats a board can be read from.
[[nodiscard]] bool canRead(FileFormat format);

/// Reads a board. Refuses (empty Document, `*error` set) missing files, files over the size limit
/// and files that hold no board; otherwise returns what could be read, problems in `*warnings`.
[[nodiscard]] Document readBoardFile(const QString &path, QString *error, QStringList *warnings = nullptr);

/// Writes atomically (a crash never leaves half a file). Returns false with `*error` set.
[[nodiscard]] bool writeBoardFile(const QString &path, const Document &document, const ExportOptions &options, QString *error);

} // namespace Board::Io
