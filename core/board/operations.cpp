// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations.h"

#include "bindings.h"
#include "geometry.h"
#include "textlayout.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Board::Ops
{

namespace
{
QSet<QString> toSet(const QStringList &ids)
{
    return {ids.cbegin(), ids.cend()};
}

/// Elements the selection directly owns: bound text is skipped because it follows its container.
QList<Element> owned(const Document &doc, const QStringList &ids)
{
    const QSet<QString> wanted = toSet(ids);
    QList<Element> out;
    for (const Element &e : doc.elements) {
        if (wanted.contains(e.id) && (e.containerId.isEmpty() || !doc.find(e.containerId))) {
            out.append(e);
        }
    }
    return out;
}

QRectF jointBounds(const QList<Element> &elements)
{
    QRectF r;
    for (const Element &e : elements) {
        r = r.united(Geometry::sceneBounds(e));
    }
    return r;
}

/// Groups and loose elements as the units align and distribute move.
QList<QList<Element>> units(const Document &doc, const QStringList &ids)
{
    QList<QList<Element>> out;
    QHash<QString, qsizetype> byGroup;
    for (const Element &e : owned(doc, ids)) {
        const QString key = e.groupIds.isEmpty() ? e.id : e.groupIds.last();
        if (const auto it = byGroup.constFind(key); it != byGroup.cend()) {
            out[*it].append(e);
        } else {
            byGroup.insert(key, out.size());
            out.append({e});
        }
    }
    return out;
}

void shift(Element &e, QPointF delta)
{
    e.x += delta.x();
    e.y += delta.y();
}
} // namespace

QString newId()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
    QString id(21, Qt::Uninitialized);
    for (QChar &c : id) {
        c = QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]);
    }
    return id;
}

QStringList expandToGroups(const Document &doc, const QStringList &ids)
{
    QSet<QString> groups;
    QSet<QString> wanted = toSet(ids);
    for (const Element &e : doc.elements) {
        if (wanted.contains(e.id) && !e.groupIds.isEmpty()) {
            groups.insert(e.groupIds.last());
        }
    }
    QStringList out;
    for (const Element &e : doc.elements) {
        const bool inGroup = std::any_of(e.groupIds.cbegin(), e.groupIds.cend(), [&](const QString &g) {
            return groups.contains(g);
        });
        if (wanted.contains(e.id) || inGroup) {
            out.append(e.id);
            wanted.insert(e.id);
        }
    }
    for (const Element &e : doc.elements) {
        if (!e.containerId.isEmpty() && wanted.contains(e.containerId) && !wanted.contains(e.id)) {
            out.append(e.id);
        }
    }
    return out;
}

Edit move(const Document &doc, const QStringList &ids, QPointF delta)
{
    Edit edit;
    const QSet<QString> moving = toSet(ids);
    for (Element e : owned(doc, ids)) {
        shift(e, delta);
        if (e.type == ElementType::Arrow) {
            if (!moving.contains(e.startBinding.elementId)) {
                e.startBinding = {};
            }
            if (!moving.contains(e.endBinding.elementId)) {
                e.endBinding = {};
            }
        }
        edit.put.append(e);
    }
    return edit;
}

Edit resize(const Document &doc, const QStringList &ids, const QRectF &from, const QRectF &to)
{
    Edit edit;
    if (from.width() <= 0 && from.height() <= 0) {
        return edit;
    }
    const double sx = from.width() > 0 ? to.width() / from.width() : 1;
    const double sy = from.height() > 0 ? to.height() / from.height() : 1;
    auto map = [&](QPointF p) {
        return QPointF(to.left() + (p.x() - from.left()) * sx, to.top() + (p.y() - from.top()) * sy);
    };
    for (Element e : owned(doc, ids)) {
        if (e.isLinear()) {
            const QPointF origin(e.x, e.y);
            for (QPointF &pt : e.points) {
                pt = map(origin + pt) - origin;
            }
            Bindings::normalizeLinear(e);
        } else {
            const QRectF box = e.boundingBox();
            const QPointF c = map(box.center());
            const double w = std::abs(box.width() * sx);
            const double h = std::abs(box.height() * sy);
            if (e.type == ElementType::Text) {
                e.fontSize = std::max(1.0, e.fontSize * std::abs(sy));
            }
            e.width = w;
            e.height = h;
            e.x = c.x() - w / 2;
            e.y = c.y() - h / 2;
            if (sx < 0 && e.type == ElementType::Image) {
                e.imageScale.setX(-e.imageScale.x());
            }
            if (sy < 0 && e.type == ElementType::Image) {
                e.imageScale.setY(-e.imageScale.y());
            }
        }
        edit.put.append(e);
    }
    return edit;
}

Edit rotate(const Document &doc, const QStringList &ids, double radians)
{
    Edit edit;
    const QList<Element> elements = owned(doc, ids);
    const QPointF pivot = jointBounds(elements).center();
    QTransform t;
    t.translate(pivot.x(), pivot.y());
    t.rotateRadians(radians);
    t.translate(-pivot.x(), -pivot.y());
    for (Element e : elements) {
        if (e.isLinear()) {
            const QPointF origin(e.x, e.y);
            for (QPointF &pt : e.points) {
                pt = t.map(origin + pt) - origin;
            }
            Bindings::normalizeLinear(e);
        } else {
            const QPointF c = e.boundingBox().center();
            shift(e, t.map(c) - c);
            e.angle = std::remainder(e.angle + radians, 2 * M_PI);
        }
        edit.put.append(e);
    }
    return edit;
}

Edit restyle(const Document &doc, const QStringList &ids, const std::function<void(Element &)> &change, bool withText)
{
    Edit edit;
    const QSet<QString> wanted = toSet(ids);
    for (const Element &e : doc.elements) {
        if (wanted.contains(e.id) || (withText && wanted.contains(e.containerId))) {
            Element styled = e;
            change(styled);
            if (styled != e) {
                edit.put.append(styled);
            }
        }
    }
    return edit;
}

Edit setText(const Document &doc, const QString &id, const QString &text)
{
    Edit edit;
    const Element *e = doc.find(id);
    if (!e) {
        return edit;
    }
    if (text.trimmed().isEmpty()) {
        edit.remove.append(id);
        return edit;
    }
    Element changed = *e;
    changed.text = text;
    if (changed.containerId.isEmpty()) {
        const QSizeF size = TextLayout::naturalSize(changed);
        changed.width = size.width();
        changed.height = size.height();
    }
    edit.put.append(changed);
    return edit;
}

Edit remove(const QStringList &ids)
{
    Edit edit;
    edit.remove = ids;
    return edit;
}

Edit group(const Document &doc, const QStringList &ids)
{
    const QString gid = newId();
    return restyle(doc, ids, [&](Element &e) {
        e.groupIds.append(gid);
    });
}

Edit ungroup(const Document &doc, const QStringList &ids)
{
    QSet<QString> groups;
    for (const Element &e : owned(doc, ids)) {
        if (!e.groupIds.isEmpty()) {
            groups.insert(e.groupIds.last());
        }
    }
    Edit edit;
    for (const Element &e : doc.elements) {
        if (!e.groupIds.isEmpty() && groups.contains(e.groupIds.last())) {
            Element loose = e;
            loose.groupIds.removeLast();
            edit.put.append(loose);
        }
    }
    return edit;
}

Edit align(const Document &doc, const QStringList &ids, Align how)
{
    Edit edit;
    const QList<QList<Element>> parts = units(doc, ids);
    QRectF all;
    for (const QList<Element> &u : parts) {
        all = all.united(jointBounds(u));
    }
    for (const QList<Element> &u : parts) {
        const QRectF r = jointBounds(u);
        QPointF d;
        switch (how) {
        case Align::Left:
            d.setX(all.left() - r.left());
            break;
        case Align::HCenter:
            d.setX(all.center().x() - r.center().x());
            break;
        case Align::Right:
            d.setX(all.right() - r.right());
            break;
        case Align::Top:
            d.setY(all.top() - r.top());
            break;
        case Align::VCenter:
            d.setY(all.center().y() - r.center().y());
            break;
        case Align::Bottom:
            d.setY(all.bottom() - r.bottom());
            break;
        }
        for (Element e : u) {
            shift(e, d);
            edit.put.append(e);
        }
    }
    return edit;
}

Edit distribute(const Document &doc, const QStringList &ids, bool horizontal)
{
    Edit edit;
    QList<QList<Element>> parts = units(doc, ids);
    if (parts.size() < 3) {
        return edit;
    }
    auto lo = [&](const QRectF &r) {
        return horizontal ? r.left() : r.top();
    };
    auto extent = [&](const QRectF &r) {
        return horizontal ? r.width() : r.height();
    };
    std::sort(parts.begin(), parts.end(), [&](const QList<Element> &a, const QList<Element> &b) {
        const QRectF ra = jointBounds(a);
        const QRectF rb = jointBounds(b);
        return lo(ra) + extent(ra) / 2 < lo(rb) + extent(rb) / 2;
    });
    const QRectF first = jointBounds(parts.first());
    const QRectF last = jointBounds(parts.last());
    double used = 0;
    for (const QList<Element> &u : parts) {
        used += extent(jointBounds(u));
    }
    // Equal gaps between neighbours, as Excalidraw's "distribute" does.
    const double gap = (lo(last) + extent(last) - lo(first) - used) / double(parts.size() - 1);
    double cursor = lo(first) + extent(first) + gap;
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const QRectF r = jointBounds(parts.at(i));
        const double d = cursor - lo(r);
        for (Element e : parts.at(i)) {
            shift(e, horizontal ? QPointF(d, 0) : QPointF(0, d));
            edit.put.append(e);
        }
        cursor += extent(r) + gap;
    }
    return edit;
}

Edit reorder(const Document &doc, const QStringList &ids, ZOrder how)
{
    const QSet<QString> chosen = toSet(expandToGroups(doc, ids));
    QStringList order;
    QList<bool> picked;
    for (const Element &e : doc.elements) {
        order.append(e.id);
        picked.append(chosen.contains(e.id));
    }
    Edit edit;
    switch (how) {
    case ZOrder::ToFront:
    case ZOrder::ToBack: {
        QStringList in;
        QStringList out;
        for (qsizetype i = 0; i < order.size(); ++i) {
            (picked.at(i) ? in : out).append(order.at(i));
        }
        edit.order = how == ZOrder::ToFront ? out + in : in + out;
        break;
    }
    case ZOrder::Forward:
        for (qsizetype i = order.size() - 2; i >= 0; --i) {
            if (picked.at(i) && !picked.at(i + 1)) {
                order.swapItemsAt(i, i + 1);
                picked.swapItemsAt(i, i + 1);
            }
        }
        edit.order = order;
        break;
    case ZOrder::Backward:
        for (qsizetype i = 1; i < order.size(); ++i) {
            if (picked.at(i) && !picked.at(i - 1)) {
                order.swapItemsAt(i, i - 1);
                picked.swapItemsAt(i, i - 1);
            }
        }
        edit.order = order;
        break;
    }
    return edit;
}

Edit setLocked(const Document &doc, const QStringList &ids, bool locked)
{
    return restyle(doc, ids, [&](Element &e) {
        e.locked = locked;
    });
}

QList<Element> collect(const Document &doc, const QStringList &ids)
{
    const QSet<QString> wanted = toSet(ids);
    QList<Element> out;
    for (const Element &e : doc.elements) {
        if (wanted.contains(e.id) || (!e.containerId.isEmpty() && wanted.contains(e.containerId))) {
            out.append(e);
        }
    }
    return out;
}

Edit clone(const QList<Element> &source, QPointF offset, QStringList *newIds)
{
    QHash<QString, QString> ids;
    QHash<QString, QString> groups;
    for (const Element &e : source) {
        ids.insert(e.id, newId());
        for (const QString &g : e.groupIds) {
            if (!groups.contains(g)) {
                groups.insert(g, newId());
            }
        }
    }
    Edit edit;
    for (Element e : source) {
        const bool topLevel = e.containerId.isEmpty() || !ids.contains(e.containerId);
        e.id = ids.value(e.id);
        shift(e, offset);
        for (QString &g : e.groupIds) {
            g = groups.value(g);
        }
        e.containerId = ids.value(e.containerId);
        e.startBinding.elementId = ids.value(e.startBinding.elementId);
        e.endBinding.elementId = ids.value(e.endBinding.elementId);
        if (!e.frameId.isEmpty() && ids.contains(e.frameId)) {
            e.frameId = ids.value(e.frameId);
        }
        e.locked = false;
        if (newIds && topLevel) {
            newIds->append(e.id);
        }
        edit.put.append(e);
    }
    return edit;
}

} // namespace Board::Ops
