// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"

#include <QPainterPath>
#include <QPen>

/// Path builders the renderer composes: shape outlines with Excalidraw's roundness, fill patterns,
/// arrowheads and pressure-sensitive freehand outlines. Pure functions of an element, in scene units.
namespace Board::Strokes
{

/// The pen for an element's stroke: width, dash pattern (Excalidraw's dashed 8/8+w and dotted
/// 1.5/6+w) and round joins.
[[nodiscard]] QPen pen(const Element &e, const QColor &color);
/// The closed outline of a shape (rounded corners when `rounded`), unrotated scene coordinates.
[[nodiscard]] QPainterPath shapePath(const Element &e);
/// The cylinder's extra stroke: the front half of the top ellipse (the shape path is the silhouette).
[[nodiscard]] QPainterPath cylinderRim(const Element &e);
/// Hachure, cross-hatch or zigzag lines covering `area`, spaced by the stroke width as Excalidraw does.
[[nodiscard]] QPainterPath fillPattern(const QPainterPath &area, FillStyle style, double strokeWidth);
/// A filled outline for a freehand stroke whose width follows the pressures (simulated when empty).
[[nodiscard]] QPainterPath freehandOutline(const Element &e);
/// Arrowhead at `tip` coming from `from`; `filled` tells whether to fill it with the stroke colour.
[[nodiscard]] QPainterPath arrowhead(Arrowhead head, QPointF tip, QPointF from, double strokeWidth, bool *filled);

} // namespace Board::Strokes
