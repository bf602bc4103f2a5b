// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QString>

#include <optional>

/// The spellings of the model's enums in files. They are Excalidraw's own (`cross-hatch`,
/// `circle_outline`, …) so the native format and `.excalidraw` share one table; the model's only
/// extra type, the cylinder, is `cylinder` in `.mlboard` and decomposed in `.excalidraw`.
namespace Board::Io::Names
{

[[nodiscard]] QString elementType(ElementType type);
[[nodiscard]] std::optional<ElementType> elementType(const QString &name);

[[nodiscard]] QString fillStyle(FillStyle style);
[[nodiscard]] std::optional<FillStyle> fillStyle(const QString &name);

[[nodiscard]] QString strokeStyle(StrokeStyle style);
[[nodiscard]] std::optional<StrokeStyle> strokeStyle(const QString &name);

[[nodiscard]] QString textAlign(TextAlign align);
[[nodiscard]] std::optional<TextAlign> textAlign(const QString &name);

[[nodiscard]] QString verticalAlign(VerticalAlign align);
[[nodiscard]] std::optional<VerticalAlign> verticalAlign(const QString &name);

/// `None` has no name: files write JSON null for it.
[[nodiscard]] QString arrowhead(Arrowhead head);
/// Excalidraw's ERD cardinality heads have no counterpart; they read as `bar`.
[[nodiscard]] std::optional<Arrowhead> arrowhead(const QString &name);

} // namespace Board::Io::Names
