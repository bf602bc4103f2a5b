// SPDX-License-Identifier: GPL-3.0-or-later
#include "strokes.h"

#include "geometry.h"

#include <QLineF>
#include <QPolygonF>

#include <cmath>

namespace Board::Strokes
{

QPen pen(const Element &e, const QColor &color)
{
    const double w = std::max(0.5, e.strokeWidth);
    QPen p(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // Qt dash patterns are in multiples of the pen width; Excalidraw's are in pixels.
    if (e.strokeStyle == StrokeStyle::Dashed) {
        p.setDashPattern({8 / w, (8 + w) / w});
        p.setCapStyle(Qt::FlatCap);
    } else if (e.strokeStyle == StrokeStyle::Dotted) {
        p.setDashPattern({1.5 / w, (6 + w) / w});
    }
    return p;
}

namespace
{
/// Excalidraw's adaptive radius: 32 px, or a quarter of the short side on small shapes.
double cornerRadius(const QRectF &box)
{
    const double shortSide = std::min(box.width(), box.height());
    return shortSide > 128 ? 32 : shortSide * 0.25;
}

double cylinderCapHeight(const QRectF &box)
{
    return std::min(box.height() * 0.3, std::max(6.0, box.width() * 0.25));
}
} // namespace

QPainterPath shapePath(const Element &e)
{
    QPainterPath path;
    const QRectF box = e.boundingBox();
    switch (e.type) {
    case ElementType::Rectangle:
    case ElementType::Frame:
    case ElementType::Image:
    case ElementType::Text:
        if (e.rounded) {
            const double r = cornerRadius(box);
            path.addRoundedRect(box, r, r);
        } else {
            path.addRect(box);
        }
        break;
    case ElementType::Ellipse:
        path.addEllipse(box);
        break;
    case ElementType::Diamond: {
        const QPointF c = box.center();
        const QPointF v[4] = {QPointF(c.x(), box.top()), QPointF(box.right(), c.y()), QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())};
        if (!e.rounded) {
            path.addPolygon(QPolygonF({v[0], v[1], v[2], v[3]}));
            path.closeSubpath();
            break;
        }
        // Cut each corner by a fraction of its edges and bend through the vertex.
        constexpr double cut = 0.18;
        path.moveTo(v[0] + (v[1] - v[0]) * cut);
        for (int i = 1; i <= 4; ++i) {
            const QPointF prev = v[(i - 1) % 4];
            const QPointF at = v[i % 4];
            const QPointF next = v[(i + 1) % 4];
            path.lineTo(at + (prev - at) * cut);
            path.quadTo(at, at + (next - at) * cut);
        }
        path.closeSubpath();
        break;
    }
    case ElementType::Cylinder: {
        const double cap = cylinderCapHeight(box);
        path.moveTo(box.left(), box.top() + cap / 2);
        path.arcTo(QRectF(box.left(), box.top(), box.width(), cap), 180, -180);
        path.lineTo(box.right(), box.bottom() - cap / 2);
        path.arcTo(QRectF(box.left(), box.bottom() - cap, box.width(), cap), 0, -180);
        path.closeSubpath();
        break;
    }
    case ElementType::Arrow:
    case ElementType::Line:
    case ElementType::Freehand:
        path = Geometry::polyline(e);
        break;
    }
    return path;
}

QPainterPath cylinderRim(const Element &e)
{
    const QRectF box = e.boundingBox();
    const double cap = cylinderCapHeight(box);
    QPainterPath rim;
    rim.moveTo(box.left(), box.top() + cap / 2);
    rim.arcTo(QRectF(box.left(), box.top(), box.width(), cap), 180, 180);
    return rim;
}

QPainterPath fillPattern(const QPainterPath &area, FillStyle style, double strokeWidth)
{
    QPainterPath lines;
    const QRectF r = area.boundingRect();
    const double gap = std::max(4.0, strokeWidth * 4);
    const double span = r.width() + r.height();
    // Lines at −45°: x − y = c; for cross-hatch also at +45°: x + y = c.
    auto addFamily = [&](bool rising) {
        bool flip = false;
        for (double c = 0; c <= span; c += gap) {
            const QPointF a = rising ? QPointF(r.left() + c, r.bottom()) : QPointF(r.left() + c, r.top());
            const QPointF b = rising ? QPointF(r.left() + c - r.height(), r.top()) : QPointF(r.left() + c - r.height(), r.bottom());
            if (style == FillStyle::Zigzag) {
                const QPointF next = flip ? b : a;
                if (c == 0) {
                    lines.moveTo(next);
                } else {
                    lines.lineTo(next);
                }
                flip = !flip;
            } else {
                lines.moveTo(a);
                lines.lineTo(b);
            }
        }
    };
    addFamily(false);
    if (style == FillStyle::CrossHatch) {
        addFamily(true);
    }
    return lines;
}

QPainterPath freehandOutline(const Element &e)
{
    QPainterPath path;
    const qsizetype n = e.points.size();
    const double base = std::max(1.0, e.strokeWidth * 2.2);
    if (n == 1) {
        path.addEllipse(QPointF(e.x, e.y) + e.points.first(), base / 2, base / 2);
        return path;
    }
    QPolygonF left;
    QPolygonF right;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF prev = e.points.at(std::max<qsizetype>(0, i - 1));
        const QPointF next = e.points.at(std::min(n - 1, i + 1));
        QPointF dir = next - prev;
        const double len = std::hypot(dir.x(), dir.y());
        dir = len > 0 ? dir / len : QPointF(1, 0);
        // Without recorded pressure, taper both ends as a pen lifted in and out.
        const double t = n > 1 ? double(i) / double(n - 1) : 0.5;
        const double pressure = i < e.pressures.size() ? e.pressures.at(i) : 0.35 + 0.3 * std::sin(t * M_PI);
        const double half = base * (0.3 + 0.9 * pressure) / 2;
        const QPointF normal(-dir.y() * half, dir.x() * half);
        const QPointF at = QPointF(e.x, e.y) + e.points.at(i);
        left.append(at + normal);
        right.prepend(at - normal);
    }
    path.addPolygon(left + right);
    path.closeSubpath();
    path.setFillRule(Qt::WindingFill);
    return path;
}

QPainterPath arrowhead(Arrowhead head, QPointF tip, QPointF from, double strokeWidth, bool *filled)
{
    QPainterPath path;
    *filled = false;
    const QLineF shaft(tip, from);
    if (head == Arrowhead::None || shaft.length() <= 0) {
        return path;
    }
    const double size = std::min(10 + strokeWidth * 4, shaft.length() * 0.75);
    const QPointF u = (from - tip) / shaft.length(); // from the tip back along the shaft
    const QPointF n(-u.y(), u.x());
    const double spread = std::tan(qDegreesToRadians(20.0)) * size;
    switch (head) {
    case Arrowhead::None:
        break;
    case Arrowhead::Arrow:
        path.moveTo(tip + u * size + n * spread);
        path.lineTo(tip);
        path.lineTo(tip + u * size - n * spread);
        break;
    case Arrowhead::Bar:
        path.moveTo(tip + n * size / 2);
        path.lineTo(tip - n * size / 2);
        break;
    case Arrowhead::Circle:
    case Arrowhead::CircleOutline:
        path.addEllipse(tip + u * size / 3, size / 3, size / 3);
        *filled = head == Arrowhead::Circle;
        break;
    case Arrowhead::Triangle:
    case Arrowhead::TriangleOutline:
        path.addPolygon(QPolygonF({tip, tip + u * size + n * spread, tip + u * size - n * spread}));
        path.closeSubpath();
        *filled = head == Arrowhead::Triangle;
        break;
    case Arrowhead::Diamond:
    case Arrowhead::DiamondOutline:
        path.addPolygon(QPolygonF({tip, tip + u * size / 2 + n * spread / 1.5, tip + u * size, tip + u * size / 2 - n * spread / 1.5}));
        path.closeSubpath();
        *filled = head == Arrowhead::Diamond;
        break;
    }
    return path;
}

} // namespace Board::Strokes
