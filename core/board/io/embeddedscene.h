// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Excalidraw's "embed scene" trick (ANCHORS.md §2c): a PNG or SVG export that also carries the
/// `.excalidraw` JSON, so the picture can be dropped back into an editor and edited. We read it to
/// open such images, and write it so our own PNG/SVG exports reopen in Excalidraw and in MLPrep.
namespace Board::Io::EmbeddedScene
{

/// Excalidraw's `encode()`: the zlib-compressed scene JSON wrapped in `{"version":"1","encoding":
/// "bstring","compressed":true,"encoded":…}`, as Latin-1 bytes (one byte per code unit).
[[nodiscard]] QByteArray encode(const QByteArray &sceneJson);
/// The inverse, also accepting uncompressed payloads and raw legacy scene JSON. Refuses payloads
/// that would inflate past Limits::MaxFileBytes (a zip bomb must not eat the memory).
[[nodiscard]] QByteArray decode(const QByteArray &payload, QString *error);

[[nodiscard]] bool isPng(const QByteArray &data);
[[nodiscard]] bool isSvg(const QByteArray &data);

/// Adds the scene as a `tEXt` chunk before `IEND`; returns the PNG unchanged if it is not one.
[[nodiscard]] QByteArray embedInPng(const QByteArray &png, const QByteArray &sceneJson);
/// Adds Excalidraw's `<metadata>` payload right after the opening `<svg …>` tag.
[[nodiscard]] QByteArray embedInSvg(const QByteArray &svg, const QByteArray &sceneJson);

/// The scene JSON embedded in a PNG or SVG, or empty with `*error` set when there is none.
[[nodiscard]] QByteArray extract(const QByteArray &image, QString *error);

} // namespace Board::Io::EmbeddedScene
