// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"

#include <QFont>
#include <QSizeF>
#include <QStringList>

/// How board text is set: one place decides fonts, line height and wrapping, so the renderer,
/// the in-place editor and the file readers (which must size imported text) agree to the pixel.
namespace Board::TextLayout
{

/// Inner padding between a container's outline and its text (Excalidraw's BOUND_TEXT_PADDING).
inline constexpr double ContainerPadding = 5.0;

/// The font for a text element: Excalidraw's hand-drawn families map to our sans, Cascadia to mono.
[[nodiscard]] QFont font(const Element &text);
/// Line advance in scene units (Excalidraw's unitless lineHeight × fontSize).
[[nodiscard]] double lineAdvance(const Element &text);
/// The lines as drawn: explicit line breaks, and word-wrapped to `maxWidth` when it is positive.
[[nodiscard]] QStringList lines(const Element &text, double maxWidth);
/// The size the text needs when it is not wrapped (standalone text grows with its content).
[[nodiscard]] QSizeF naturalSize(const Element &text);
/// The box text may use inside a container (shape interior minus padding), unrotated scene units.
[[nodiscard]] QRectF containerTextArea(const Element &container);

} // namespace Board::TextLayout
