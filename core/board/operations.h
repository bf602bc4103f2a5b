// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit.h"
#include "element.h"

#include <QPointF>
#include <QStringList>

#include <functional>

/// The editing verbs of the board as pure functions from (document, selection, arguments) to an Edit.
/// They never touch the undo stack, so they are trivially testable and the scene stays the one place
/// where changes become undo steps.
namespace Board::Ops
{

enum class Align { Left, HCenter, Right, Top, VCenter, Bottom };
enum class ZOrder { Forward, Backward, ToFront, ToBack };

/// A fresh element id (21 URL-safe characters, as Excalidraw's nanoid).
[[nodiscard]] QString newId();

/// The selection grown to whole groups (outermost group of each element) and bound text.
[[nodiscard]] QStringList expandToGroups(const Document &doc, const QStringList &ids);

/// Moves elements by `delta`. Arrows moved without the shapes they are bound to come loose.
[[nodiscard]] Edit move(const Document &doc, const QStringList &ids, QPointF delta);
/// Scales elements from `from` (their joint bounds) to `to`; text scales its font, lines their points.
[[nodiscard]] Edit resize(const Document &doc, const QStringList &ids, const QRectF &from, const QRectF &to);
/// Rotates elements about the centre of their joint bounds by `radians`.
[[nodiscard]] Edit rotate(const Document &doc, const QStringList &ids, double radians);
/// Applies `change` to each element (and to the text inside selected containers when `withText`).
[[nodiscard]] Edit restyle(const Document &doc, const QStringList &ids, const std::function<void(Element &)> &change, bool withText = false);
/// Sets an element's text; standalone text resizes to fit.
[[nodiscard]] Edit setText(const Document &doc, const QString &id, const QString &text);
/// Removes elements (the scene removes their bound text and unbinds arrows).
[[nodiscard]] Edit remove(const QStringList &ids);
/// Puts the elements into one new group (nested inside any groups they already share).
[[nodiscard]] Edit group(const Document &doc, const QStringList &ids);
/// Dissolves the outermost group of each selected element.
[[nodiscard]] Edit ungroup(const Document &doc, const QStringList &ids);
/// Aligns groups and loose elements to the selection's bounds.
[[nodiscard]] Edit align(const Document &doc, const QStringList &ids, Align how);
/// Spaces groups and loose elements evenly between the outermost two along `horizontal` or vertical.
[[nodiscard]] Edit distribute(const Document &doc, const QStringList &ids, bool horizontal);
/// Moves the selection in the stacking order.
[[nodiscard]] Edit reorder(const Document &doc, const QStringList &ids, ZOrder how);
/// Locks or unlocks (locked elements cannot be selected on the canvas).
[[nodiscard]] Edit setLocked(const Document &doc, const QStringList &ids, bool locked);
/// Copies `source` elements with new ids, shifted by `offset`; groups, containers and bindings among
/// the copies are remapped to the copies, bindings to elements outside are dropped. `newIds` gets the
/// ids of the copies that correspond to top-level (non-text-in-container) sources.
[[nodiscard]] Edit clone(const QList<Element> &source, QPointF offset, QStringList *newIds);
/// The elements of `ids` plus their bound text, in z-order (what copy and duplicate carry).
[[nodiscard]] QList<Element> collect(const Document &doc, const QStringList &ids);

} // namespace Board::Ops
