// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The native `.mlboard` format: versioned JSON that stores every field of Board::Document exactly,
/// so a board saved and reopened (or kept in the database) is equal to the one the user left.
/// Excalidraw's format cannot do that (no cylinders, no stencil keys), hence a format of our own;
/// docs/whiteboard-files.md describes it.
namespace Board::Io
{

/// The version written; readers accept 1..MlboardVersion and refuse newer files with a clear message.
inline constexpr int MlboardVersion = 1;

/// Serialises the whole document (elements in z-order, files as base64, view settings).
[[nodiscard]] QByteArray toMlboard(const Document &document);

/// Parses an `.mlboard` file. On a file that is not a board (bad JSON, wrong type, newer version,
/// too large) it returns an empty Document and sets `*error`. Elements that are individually broken
/// (non-finite or absurd coordinates, unknown types, wrong field types) are skipped or repaired and
/// described in `*warnings`; the rest of the board is kept. Either pointer may be null.
[[nodiscard]] Document fromMlboard(const QByteArray &json, QString *error = nullptr, QStringList *warnings = nullptr);

} // namespace Board::Io
