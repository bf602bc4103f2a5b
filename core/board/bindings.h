// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"

#include <QList>
#include <QSet>
#include <optional>

/// Glue between elements: arrow ends bound to shapes, and text bound to a container (a shape it sits
/// in, or an arrow it labels). After any edit the scene asks `followUp` which dependents must move,
/// so an arrow keeps touching the boxes it connects and a label stays on its arrow.
namespace Board::Bindings
{

/// True for elements an arrow end can attach to.
[[nodiscard]] bool isBindable(const Element &e);

/// The binding for an arrow end dropped at `scenePoint`: the top-most bindable element whose outline
/// is within `tolerance` or which contains the point. `arrowId` is skipped (an arrow never binds to itself).
[[nodiscard]] std::optional<Binding> bindingAt(const Document &doc, QPointF scenePoint, const QString &arrowId, double tolerance);

/// Where a bound end sits: on the target's outline, `gap` units out, on the ray from the target's centre
/// toward the binding's fixed point (or toward `otherEnd` when the fixed point is the centre).
[[nodiscard]] QPointF endPoint(const Element &target, const Binding &binding, QPointF otherEnd);

/// Re-routes the bound ends of `arrow` and renormalises it (first point at 0,0; width/height = point bounds).
void route(Element &arrow, const Document &doc);

/// Places bound text in its container: wrapped inside a shape, or centred on an arrow's middle.
void layoutBoundText(Element &text, const Element &container);

/// Renormalises a linear element after its points changed: first point (0,0), x/y its position.
void normalizeLinear(Element &linear);

/// The dependents of the `changed` ids (arrows bound to them, text in them, labels on moved arrows),
/// updated against `doc`, which already holds the changed elements.
[[nodiscard]] QList<Element> followUp(const Document &doc, const QSet<QString> &changed);

} // namespace Board::Bindings
