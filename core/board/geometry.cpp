// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometry.h"

#include <QLineF>

#include <cmath>

namespace Board::Geometry
{

QTransform rotation(const Element &e)
{
    if (e.angle == 0) {
        return {};
    }
    const QPointF c = e.boundingBox().center();
    QTransform t;
    t.translate(c.x(), c.y());
    t.rotateRadians(e.angle);
    t.translate(-c.x(), -c.y());
    return t;
}

QPainterPath polyline(const Element &e)
{
    QPainterPath path;
    if (!e.points.isEmpty()) {
        path.moveTo(e.x + e.points.first().x(), e.y + e.points.first().y());
        for (qsizetype i = 1; i < e.points.size(); ++i) {
            path.lineTo(e.x + e.points.at(i).x(), e.y + e.points.at(i).y());
        }
    }
    return path;
}

QPainterPath outline(const Element &e)
{
    QPainterPath path;
    const QRectF box = e.boundingBox();
    switch (e.type) {
    case ElementType::Rectangle:
    case ElementType::Text:
    case ElementType::Image:
    case ElementType::Frame:
    case ElementType::Cylinder:
        path.addRect(box);
        break;
    case ElementType::Ellipse:
        path.addEllipse(box);
        break;
    case ElementType::Diamond: {
        const QPointF c = box.center();
        path.addPolygon(QPolygonF({QPointF(c.x(), box.top()), QPointF(box.right(), c.y()), QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())}));
        path.closeSubpath();
        break;
    }
    case ElementType::Arrow:
    case ElementType::Line:
    case ElementType::Freehand:
        path = polyline(e);
        break;
    }
    return path;
}

QRectF sceneBounds(const Element &e)
{
    const QRectF box = e.boundingBox();
    return e.angle == 0 ? box : rotation(e).mapRect(box);
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 <= 0 ? 0 : std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0);
    return QLineF(p, a + t * ab).length();
}

namespace
{
double distanceToPath(const QPainterPath &path, QPointF p)
{
    double best = std::numeric_limits<double>::infinity();
    const QList<QPolygonF> polys = path.toSubpathPolygons();
    for (const QPolygonF &poly : polys) {
        for (qsizetype i = 1; i < poly.size(); ++i) {
            best = std::min(best, distanceToSegment(p, poly.at(i - 1), poly.at(i)));
        }
        if (poly.size() == 1) {
            best = std::min(best, QLineF(p, poly.first()).length());
        }
    }
    return best;
}

bool hitsInterior(const Element &e)
{
    return e.type == ElementType::Text || e.type == ElementType::Image || (e.backgroundColor.alpha() > 0 && !e.isLinear() && e.type != ElementType::Frame);
}
} // namespace

bool hits(const Element &e, QPointF scenePoint, double tolerance)
{
    if (!sceneBounds(e).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scenePoint)) {
        return false;
    }
    // Test in the element's own frame so rotation costs one inverse mapping.
    const QPointF local = e.angle == 0 ? scenePoint : rotation(e).inverted().map(scenePoint);
    const QPainterPath path = outline(e);
    if (hitsInterior(e) && path.contains(local)) {
        return true;
    }
    const double reach = tolerance + e.strokeWidth / 2;
    if (e.type == ElementType::Frame) {
        // Frames are grabbed by their border or their name, never their inside.
        const QRectF box = e.boundingBox();
        return distanceToPath(path, local) <= reach || QRectF(box.left(), box.top() - 24, box.width(), 24).contains(local);
    }
    return distanceToPath(path, local) <= reach;
}

QString elementAt(const Document &doc, QPointF scenePoint, double tolerance)
{
    for (qsizetype i = doc.elements.size() - 1; i >= 0; --i) {
        const Element &e = doc.elements.at(i);
        if (e.locked || !hits(e, scenePoint, tolerance)) {
            continue;
        }
        if (e.type == ElementType::Text && !e.containerId.isEmpty() && doc.find(e.containerId)) {
            return e.containerId;
        }
        return e.id;
    }
    return {};
}

QStringList elementsInside(const Document &doc, const QRectF &sceneRect)
{
    QStringList ids;
    for (const Element &e : doc.elements) {
        if (!e.locked && e.containerId.isEmpty() && sceneRect.contains(sceneBounds(e))) {
            ids.append(e.id);
        }
    }
    return ids;
}

} // namespace Board::Geometry
