// SPDX-License-Identifier: GPL-3.0-or-later
#include "element.h"

namespace Board
{

QRectF Element::boundingBox() const
{
    if (!isLinear() || points.isEmpty()) {
        return QRectF(x, y, width, height).normalized();
    }
    double minX = points.first().x();
    double maxX = minX;
    double minY = points.first().y();
    double maxY = minY;
    for (const QPointF &pt : points) {
        minX = std::min(minX, pt.x());
        maxX = std::max(maxX, pt.x());
        minY = std::min(minY, pt.y());
        maxY = std::max(maxY, pt.y());
    }
    return QRectF(x + minX, y + minY, maxX - minX, maxY - minY);
}

qsizetype Document::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

const Element *Document::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &elements.at(i);
}

} // namespace Board
