// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QStringList>
#include <QTransform>

/// Scene geometry of elements: rotation, outlines, hit testing. The canvas, the eraser, rubber-band
/// selection and arrow binding all ask the same questions, so they get the same answers here.
namespace Board::Geometry
{

/// Maps the element's unrotated frame to the scene (rotation by `angle` about the box centre).
[[nodiscard]] QTransform rotation(const Element &e);
/// The points of a line, arrow or freehand stroke joined in scene coordinates (empty without points).
[[nodiscard]] QPainterPath polyline(const Element &e);
/// The outline as a path in unrotated coordinates (closed for shapes, open for lines and arrows).
[[nodiscard]] QPainterPath outline(const Element &e);
/// Axis-aligned scene bounds of the rotated element, without stroke width.
[[nodiscard]] QRectF sceneBounds(const Element &e);
/// True when `scenePoint` is within `tolerance` scene units of the element's stroke, or inside it when
/// it is filled, is text or an image. Transparent shapes are hit on their outline only, as in Excalidraw.
[[nodiscard]] bool hits(const Element &e, QPointF scenePoint, double tolerance);
/// The top-most unlocked element under the point; bound text resolves to its container.
[[nodiscard]] QString elementAt(const Document &doc, QPointF scenePoint, double tolerance);
/// Unlocked elements whose rotated bounds lie entirely inside `sceneRect` (rubber-band selection).
[[nodiscard]] QStringList elementsInside(const Document &doc, const QRectF &sceneRect);
/// Distance from a point to a segment.
[[nodiscard]] double distanceToSegment(QPointF p, QPointF a, QPointF b);

} // namespace Board::Geometry
