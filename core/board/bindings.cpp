// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindings.h"

#include "geometry.h"
#include "textlayout.h"

#include <QHash>
#include <QLineF>

#include <cmath>

namespace Board::Bindings
{

bool isBindable(const Element &e)
{
    switch (e.type) {
    case ElementType::Rectangle:
    case ElementType::Diamond:
    case ElementType::Ellipse:
    case ElementType::Cylinder:
    case ElementType::Image:
    case ElementType::Frame:
        return true;
    case ElementType::Text:
        return e.containerId.isEmpty();
    case ElementType::Arrow:
    case ElementType::Line:
    case ElementType::Freehand:
        return false;
    }
    return false;
}

std::optional<Binding> bindingAt(const Document &doc, QPointF scenePoint, const QString &arrowId, double tolerance)
{
    for (qsizetype i = doc.elements.size() - 1; i >= 0; --i) {
        const Element &e = doc.elements.at(i);
        if (e.id == arrowId || !isBindable(e)) {
            continue;
        }
        const QPointF local = e.angle == 0 ? scenePoint : Geometry::rotation(e).inverted().map(scenePoint);
        const QRectF box = e.boundingBox();
        const bool inside = Geometry::outline(e).contains(local);
        if (!inside && !Geometry::hits(e, scenePoint, tolerance)) {
            continue;
        }
        Binding b;
        b.elementId = e.id;
        const double w = std::max(box.width(), 1e-6);
        const double h = std::max(box.height(), 1e-6);
        b.fixedPoint = QPointF(std::clamp((local.x() - box.left()) / w, 0.0, 1.0), std::clamp((local.y() - box.top()) / h, 0.0, 1.0));
        return b;
    }
    return std::nullopt;
}

QPointF endPoint(const Element &target, const Binding &binding, QPointF otherEnd)
{
    const QRectF box = target.boundingBox();
    const QTransform rot = Geometry::rotation(target);
    const QPointF centre = rot.map(box.center());
    const QPointF anchor = rot.map(QPointF(box.left() + binding.fixedPoint.x() * box.width(), box.top() + binding.fixedPoint.y() * box.height()));
    QPointF dir = anchor - centre;
    if (std::hypot(dir.x(), dir.y()) < 1e-3) {
        dir = otherEnd - centre;
    }
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1e-6) {
        return centre;
    }
    dir /= len;
    // March outward along the ray to the outline: bisection on "inside the outline".
    const QPainterPath outline = Geometry::outline(target);
    const QTransform inv = rot.inverted();
    double lo = 0;
    double hi = std::hypot(box.width(), box.height()) + 1;
    for (int i = 0; i < 30; ++i) {
        const double mid = (lo + hi) / 2;
        if (outline.contains(inv.map(centre + dir * mid))) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return centre + dir * (hi + binding.gap + target.strokeWidth / 2);
}

void normalizeLinear(Element &linear)
{
    if (linear.points.isEmpty()) {
        linear.width = linear.height = 0;
        return;
    }
    const QPointF first = linear.points.first();
    if (!first.isNull()) {
        for (QPointF &pt : linear.points) {
            pt -= first;
        }
        linear.x += first.x();
        linear.y += first.y();
    }
    const QRectF box = linear.boundingBox();
    linear.width = box.width();
    linear.height = box.height();
}

void route(Element &arrow, const Document &doc)
{
    if (arrow.points.size() < 2) {
        return;
    }
    const QPointF origin(arrow.x, arrow.y);
    QList<QPointF> scene;
    scene.reserve(arrow.points.size());
    for (const QPointF &pt : std::as_const(arrow.points)) {
        scene.append(origin + pt);
    }
    const Element *start = arrow.startBinding.isBound() ? doc.find(arrow.startBinding.elementId) : nullptr;
    const Element *end = arrow.endBinding.isBound() ? doc.find(arrow.endBinding.elementId) : nullptr;
    const qsizetype n = scene.size();
    // Aim each end at the other end's target centre when both are bound, so two boxes joined by a
    // straight arrow stay joined along the line between them.
    const QPointF startToward = n > 2 ? scene.at(1) : (end ? Geometry::rotation(*end).map(end->boundingBox().center()) : scene.at(n - 1));
    const QPointF endToward = n > 2 ? scene.at(n - 2) : (start ? Geometry::rotation(*start).map(start->boundingBox().center()) : scene.at(0));
    if (start) {
        scene[0] = endPoint(*start, arrow.startBinding, startToward);
    }
    if (end) {
        scene[n - 1] = endPoint(*end, arrow.endBinding, endToward);
    }
    for (qsizetype i = 0; i < n; ++i) {
        arrow.points[i] = scene.at(i) - origin;
    }
    normalizeLinear(arrow);
}

namespace
{
QPointF polylineMiddle(const Element &linear)
{
    double total = 0;
    for (qsizetype i = 1; i < linear.points.size(); ++i) {
        total += QLineF(linear.points.at(i - 1), linear.points.at(i)).length();
    }
    double walked = 0;
    for (qsizetype i = 1; i < linear.points.size(); ++i) {
        const QLineF seg(linear.points.at(i - 1), linear.points.at(i));
        if (walked + seg.length() >= total / 2 && seg.length() > 0) {
            return QPointF(linear.x, linear.y) + seg.pointAt((total / 2 - walked) / seg.length());
        }
        walked += seg.length();
    }
    return QPointF(linear.x, linear.y) + (linear.points.isEmpty() ? QPointF() : linear.points.first());
}
} // namespace

void layoutBoundText(Element &text, const Element &container)
{
    if (container.isLinear()) {
        const QSizeF size = TextLayout::naturalSize(text);
        const QPointF mid = polylineMiddle(container);
        text.x = mid.x() - size.width() / 2;
        text.y = mid.y() - size.height() / 2;
        text.width = size.width();
        text.height = size.height();
        text.angle = 0;
        return;
    }
    const QRectF area = TextLayout::containerTextArea(container);
    const double height = TextLayout::lines(text, area.width() + 1).size() * TextLayout::lineAdvance(text);
    double top = area.top();
    if (text.verticalAlign == VerticalAlign::Middle) {
        top = area.center().y() - height / 2;
    } else if (text.verticalAlign == VerticalAlign::Bottom) {
        top = area.bottom() - height;
    }
    // Rotating the container rotates its text about the container's centre, not the text's own.
    const QPointF centre = Geometry::rotation(container).map(QPointF(area.center().x(), top + height / 2));
    text.width = area.width();
    text.height = height;
    text.x = centre.x() - area.width() / 2;
    text.y = centre.y() - height / 2;
    text.angle = container.angle;
}

QList<Element> followUp(const Document &doc, const QSet<QString> &changed)
{
    QHash<QString, Element> updated;
    for (const Element &e : doc.elements) {
        if (e.type != ElementType::Arrow) {
            continue;
        }
        const bool moved = changed.contains(e.id) || (e.startBinding.isBound() && changed.contains(e.startBinding.elementId))
            || (e.endBinding.isBound() && changed.contains(e.endBinding.elementId));
        if (!moved) {
            continue;
        }
        Element routed = e;
        route(routed, doc);
        if (routed != e || changed.contains(e.id)) {
            updated.insert(e.id, routed);
        }
    }
    QList<Element> out;
    for (const Element &t : doc.elements) {
        if (t.type != ElementType::Text || t.containerId.isEmpty()) {
            continue;
        }
        if (!changed.contains(t.containerId) && !updated.contains(t.containerId) && !changed.contains(t.id)) {
            continue;
        }
        const auto routed = updated.constFind(t.containerId);
        const Element *container = routed != updated.cend() ? &*routed : doc.find(t.containerId);
        if (!container) {
            continue;
        }
        Element placed = t;
        layoutBoundText(placed, *container);
        if (placed != t) {
            out.append(placed);
        }
    }
    for (auto it = updated.cbegin(); it != updated.cend(); ++it) {
        if (*doc.find(it.key()) != it.value()) {
            out.append(it.value());
        }
    }
    return out;
}

} // namespace Board::Bindings
