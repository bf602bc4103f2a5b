// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// `.excalidraw` interchange (ANCHORS.md §2c). Import takes every era of the format: 2020 files
/// (`draw`, `boundElementIds`, `strokeSharpness`, no arrowhead keys), focus/gap bindings (v0.18)
/// and fixedPoint/mode bindings (main since 2025-11), tombstones, frames, images in `files`,
/// clipboard JSON, `.excalidrawlib` v1/v2 and PNG/SVG exports with an embedded scene. Export
/// writes every common field and both binding schemas so both Excalidraw generations open it.
namespace Board::Io
{

/// One item of an `.excalidrawlib` library, its elements as they would be placed.
struct LibraryItem {
    QString id;
    QString name;
    QList<Element> elements;
};

/// Reads a scene. A library becomes one board with its items laid out left to right. Returns an
/// empty Document with `*error` set when the input is no scene at all; what is broken inside a
/// scene is skipped or repaired and listed in `*warnings`.
[[nodiscard]] Document fromExcalidraw(const QByteArray &data, QString *error = nullptr, QStringList *warnings = nullptr);

/// Reads an `.excalidrawlib` (v1 `library` or v2 `libraryItems`); items keep their own positions.
[[nodiscard]] QList<LibraryItem> fromExcalidrawLibrary(const QByteArray &data, QString *error = nullptr, QStringList *warnings = nullptr);

/// Writes an `.excalidraw` scene (UTF-8 JSON). With `only`, just those elements plus the text
/// bound to them; bindings to elements left out are dropped so Excalidraw sees no dangling ids.
/// Cylinders become a group of a filled outline, a top ellipse and an invisible box that keeps
/// their id (arrows and labels stay attached); their own fields ride in `customData` so that
/// importing the file again gives the cylinder back.
[[nodiscard]] QByteArray toExcalidraw(const Document &document, const QSet<QString> *only = nullptr);

} // namespace Board::Io
