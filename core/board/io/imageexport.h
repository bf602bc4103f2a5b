// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QByteArray>
#include <QImage>
#include <QSet>
#include <QString>

/// Picture exports of a board, all drawn by Board::Renderer so they match the screen. PNG and SVG
/// carry the scene the way Excalidraw's "Embed scene" does, so they reopen as editable boards in
/// Excalidraw and in MLPrep; PDF is for printing and sharing.
namespace Board::Io
{

struct ExportOptions {
    /// Pixels per scene unit for PNG (Excalidraw offers 1×, 2×, 3×); SVG and PDF are vector.
    double scale = 1.0;
    /// Leave the background out (PNG alpha, SVG without a backdrop; PDF pages stay white).
    bool transparent = false;
    bool dark = false;
    /// Embed the scene in PNG and SVG (Excalidraw's "Embed scene").
    bool embedScene = true;
    /// Empty space around the drawing, in scene units (Excalidraw's export padding).
    double padding = 10.0;
    /// Only these elements (and the text bound to them); empty means the whole board.
    QSet<QString> only;
};

/// Largest side of a PNG export; larger boards are scaled down to fit so memory stays bounded.
inline constexpr int MaxExportSide = 16384;
/// Largest PNG export area in pixels (64 Mpx is 256 MB of ARGB).
inline constexpr qint64 MaxExportPixels = 64LL * 1024 * 1024;

/// The scene rectangle an export covers: the drawing's bounds plus padding (a small square when empty).
[[nodiscard]] QRectF exportSceneRect(const Document &document, const ExportOptions &options);
/// The raster image a PNG export holds: ARGB32, premultiplied, device pixel ratio 1.
[[nodiscard]] QImage renderImage(const Document &document, const ExportOptions &options);
[[nodiscard]] QByteArray exportPng(const Document &document, const ExportOptions &options);
[[nodiscard]] QByteArray exportSvg(const Document &document, const ExportOptions &options);
[[nodiscard]] QByteArray exportPdf(const Document &document, const ExportOptions &options);

} // namespace Board::Io
