// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QJsonObject>

#include <optional>

/// One element in `.mlboard` JSON. Shared by the board format, the stencil library (stencils are
/// lists of such elements) and the `.excalidraw` writer, which stows a cylinder's own fields in the
/// `customData` of its decomposed parts so that a round trip through Excalidraw gives it back.
namespace Board::Io
{
class WarningSink;

/// Writes `id`, `type` and every field that differs from a default-constructed Element.
[[nodiscard]] QJsonObject elementToJson(const Element &element);

/// Reads one element; missing fields take the model's defaults. Returns nothing (with a warning)
/// for unknown types and unusable geometry; wrong-typed fields fall back with a warning.
[[nodiscard]] std::optional<Element> elementFromJson(const QJsonObject &object, WarningSink &warnings);

} // namespace Board::Io
