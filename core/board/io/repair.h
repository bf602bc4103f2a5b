// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

namespace Board::Io
{
class WarningSink;

/// Brings one freshly read element into the model's invariants: a positive box, at least two
/// points on lines and arrows, pressures matching points, ranges clamped. Returns false when
/// nothing drawable is left (a stroke without points); the caller drops the element.
[[nodiscard]] bool normaliseElement(Element &element);

/// Makes the references between elements consistent after a whole file was read: ids unique and
/// non-empty, bindings and containers pointing at elements that exist and can hold them, frame
/// ids at frames, image elements at files that exist. Every repair is reported once per kind.
void repairReferences(Document &document, WarningSink &warnings);

} // namespace Board::Io
