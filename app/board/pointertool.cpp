// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointertool.h"

#include "board/bindings.h"
#include "board/geometry.h"
#include "board/operations.h"
#include "boardcontroller.h"

#include <QLineF>

#include <cmath>

using namespace Qt::StringLiterals;
using Board::ElementType;
using Merge = Board::BoardScene::Merge;

namespace
{
constexpr double HandleReach = 7; ///< device pixels
constexpr double HandlePad = 8; ///< device pixels between the selection and its handles
constexpr double HitReach = 6; ///< device pixels

ElementType shapeFor(const QString &tool)
{
    if (tool == u"diamond") {
        return ElementType::Diamond;
    }
    if (tool == u"ellipse") {
        return ElementType::Ellipse;
    }
    if (tool == u"cylinder") {
        return ElementType::Cylinder;
    }
    return ElementType::Rectangle;
}

/// Snaps a direction to multiples of 15° (Shift while drawing lines, rotating).
QPointF snapAngle(QPointF from, QPointF to)
{
    QLineF line(from, to);
    line.setAngle(std::round(line.angle() / 15.0) * 15.0);
    return line.p2();
}
} // namespace

PointerTool::PointerTool(BoardController &controller) : m_c(controller)
{
}

QPointF PointerTool::snap(QPointF p) const
{
    const Board::Document &doc = m_c.scene().document();
    if (!doc.gridEnabled || doc.gridSize <= 0) {
        return p;
    }
    const double g = doc.gridSize;
    return {std::round(p.x() / g) * g, std::round(p.y() / g) * g};
}

QRectF PointerTool::selectionBounds() const
{
    QRectF r;
    for (const QString &id : m_c.selection()) {
        if (const Board::Element *e = m_c.scene().element(id)) {
            r = r.united(Board::Geometry::sceneBounds(*e));
        }
    }
    return r;
}

QList<QPointF> PointerTool::handlePositions(const QRectF &bounds, double scale)
{
    const double pad = HandlePad / scale;
    const QRectF r = bounds.adjusted(-pad, -pad, pad, pad);
    const QPointF c = r.center();
    return {r.topLeft(),
            QPointF(c.x(), r.top()),
            r.topRight(),
            QPointF(r.right(), c.y()),
            r.bottomRight(),
            QPointF(c.x(), r.bottom()),
            r.bottomLeft(),
            QPointF(r.left(), c.y()),
            QPointF(c.x(), r.top() - 3 * pad)};
}

int PointerTool::handleAt(QPointF scene, double scale) const
{
    if (m_c.selection().isEmpty()) {
        return NoHandle;
    }
    const QList<QPointF> handles = handlePositions(selectionBounds(), scale);
    for (int i = 0; i < handles.size(); ++i) {
        if (QLineF(handles.at(i), scene).length() <= HandleReach / scale) {
            return i;
        }
    }
    return NoHandle;
}

QRectF PointerTool::rubberBand() const
{
    return m_mode == Mode::Rubber ? QRectF(m_start, m_last).normalized() : QRectF();
}

void PointerTool::press(QPointF scene, Qt::KeyboardModifiers mods, double scale)
{
    m_scale = scale;
    m_start = m_last = scene;
    m_moved = {};
    m_rotated = 0;
    m_clicked.clear();
    m_erased.clear();
    Board::BoardScene &s = m_c.scene();
    const QString tool = m_c.tool();
    const double reach = HitReach / scale;

    if (tool == u"select") {
        m_handle = handleAt(scene, scale);
        if (m_handle != NoHandle) {
            m_mode = m_handle == RotateHandle ? Mode::Rotate : Mode::Resize;
            m_startBounds = selectionBounds();
            s.beginGesture();
            return;
        }
        const QString hit = Board::Geometry::elementAt(s.document(), scene, reach);
        if (hit.isEmpty()) {
            if (!(mods & Qt::ShiftModifier)) {
                m_c.clearSelection();
            }
            m_mode = Mode::Rubber;
            return;
        }
        QStringList selection = m_c.selection();
        if (mods & Qt::ShiftModifier) {
            const QStringList group = Board::Ops::expandToGroups(s.document(), {hit});
            if (selection.contains(hit)) {
                selection.removeIf([&](const QString &id) {
                    return group.contains(id);
                });
                m_c.select(selection);
                return;
            }
            m_c.select(selection + group);
        } else if (!selection.contains(hit)) {
            m_c.select({hit});
        } else {
            m_clicked = hit;
        }
        m_mode = Mode::Move;
        m_startBounds = selectionBounds();
        s.beginGesture();
        return;
    }
    if (tool == u"text") {
        const QString hit = Board::Geometry::elementAt(s.document(), scene, reach);
        const Board::Element *e = hit.isEmpty() ? nullptr : s.element(hit);
        m_c.beginTextEdit(e && (e->type == ElementType::Text || e->isContainer()) ? hit : QString(), snap(scene));
        return;
    }
    if (tool == u"eraser") {
        m_mode = Mode::Erase;
        s.beginGesture();
        move(scene, mods);
        return;
    }
    if (tool == u"hand") {
        return;
    }

    s.beginGesture();
    Board::Element e;
    if (tool == u"arrow" || tool == u"line") {
        e = m_c.makeElement(tool == u"arrow" ? ElementType::Arrow : ElementType::Line, snap(scene));
        e.points = {QPointF(), QPointF()};
        if (e.type == ElementType::Arrow) {
            if (const auto binding = Board::Bindings::bindingAt(s.document(), scene, e.id, reach)) {
                e.startBinding = *binding;
            }
        }
        m_mode = Mode::Linear;
    } else if (tool == u"freehand") {
        e = m_c.makeElement(ElementType::Freehand, scene);
        e.points = {QPointF()};
        m_mode = Mode::Freehand;
    } else {
        e = m_c.makeElement(shapeFor(tool), snap(scene));
        m_mode = Mode::Create;
    }
    m_drawing = e.id;
    Board::Edit edit;
    edit.put.append(e);
    s.commit(QObject::tr("Draw"), edit, Merge::Points);
}

void PointerTool::move(QPointF scene, Qt::KeyboardModifiers mods)
{
    Board::BoardScene &s = m_c.scene();
    m_last = scene;
    switch (m_mode) {
    case Mode::Idle:
        return;
    case Mode::Move: {
        QPointF target = scene - m_start;
        if (s.document().gridEnabled) {
            target = snap(m_startBounds.topLeft() + target) - m_startBounds.topLeft();
        }
        const QPointF delta = target - m_moved;
        if (!delta.isNull()) {
            s.commit(QObject::tr("Move"), Board::Ops::move(s.document(), m_c.selection(), delta), Merge::Move);
            m_moved = target;
        }
        return;
    }
    case Mode::Resize: {
        const QPointF p = snap(scene);
        QRectF r = m_startBounds;
        const int h = m_handle;
        if (h == 0 || h == 6 || h == 7) {
            r.setLeft(std::min(p.x(), r.right() - 1));
        }
        if (h == 2 || h == 3 || h == 4) {
            r.setRight(std::max(p.x(), r.left() + 1));
        }
        if (h == 0 || h == 1 || h == 2) {
            r.setTop(std::min(p.y(), r.bottom() - 1));
        }
        if (h == 4 || h == 5 || h == 6) {
            r.setBottom(std::max(p.y(), r.top() + 1));
        }
        if ((mods & Qt::ShiftModifier) && h % 2 == 0 && m_startBounds.height() > 0) {
            const double aspect = m_startBounds.width() / m_startBounds.height();
            const double w = std::max(r.width(), r.height() * aspect);
            const double hh = w / aspect;
            r = QRectF(h == 0 || h == 6 ? r.right() - w : r.left(), h == 0 || h == 2 ? r.bottom() - hh : r.top(), w, hh);
        }
        s.commit(QObject::tr("Resize"), Board::Ops::resize(s.document(), m_c.selection(), selectionBounds(), r), Merge::Resize);
        return;
    }
    case Mode::Rotate: {
        const QPointF c = m_startBounds.center();
        double angle = std::atan2(scene.y() - c.y(), scene.x() - c.x()) - std::atan2(m_start.y() - c.y(), m_start.x() - c.x());
        if (mods & Qt::ShiftModifier) {
            angle = std::round(angle / (M_PI / 12)) * (M_PI / 12);
        }
        if (angle != m_rotated) {
            s.commit(QObject::tr("Rotate"), Board::Ops::rotate(s.document(), m_c.selection(), angle - m_rotated), Merge::Rotate);
            m_rotated = angle;
        }
        return;
    }
    case Mode::Rubber:
        m_c.select(Board::Geometry::elementsInside(s.document(), rubberBand()));
        return;
    case Mode::Create:
        createShape(scene, mods);
        return;
    case Mode::Linear:
        extendLinear(scene, mods);
        return;
    case Mode::Freehand: {
        const Board::Element *e = s.element(m_drawing);
        if (!e || QLineF(QPointF(e->x, e->y) + e->points.last(), scene).length() < 1.0 / m_scale) {
            return;
        }
        Board::Element next = *e;
        next.points.append(scene - QPointF(e->x, e->y));
        Board::Bindings::normalizeLinear(next);
        Board::Edit edit;
        edit.put.append(next);
        s.commit(QObject::tr("Draw"), edit, Merge::Points);
        return;
    }
    case Mode::Erase: {
        const QString hit = Board::Geometry::elementAt(s.document(), scene, HitReach / m_scale);
        if (!hit.isEmpty()) {
            s.commit(QObject::tr("Erase"), Board::Ops::remove(Board::Ops::expandToGroups(s.document(), {hit})), Merge::Erase);
        }
        return;
    }
    }
}

void PointerTool::createShape(QPointF scene, Qt::KeyboardModifiers mods)
{
    Board::BoardScene &s = m_c.scene();
    const Board::Element *e = s.element(m_drawing);
    if (!e) {
        return;
    }
    const QPointF a = snap(m_start);
    QPointF b = snap(scene);
    if (mods & Qt::ShiftModifier) {
        const double side = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
        b = a + QPointF(b.x() < a.x() ? -side : side, b.y() < a.y() ? -side : side);
    }
    const QRectF r = QRectF(a, b).normalized();
    Board::Element next = *e;
    next.x = r.x();
    next.y = r.y();
    next.width = r.width();
    next.height = r.height();
    Board::Edit edit;
    edit.put.append(next);
    s.commit(QObject::tr("Draw"), edit, Merge::Points);
}

void PointerTool::extendLinear(QPointF scene, Qt::KeyboardModifiers mods)
{
    Board::BoardScene &s = m_c.scene();
    const Board::Element *e = s.element(m_drawing);
    if (!e) {
        return;
    }
    Board::Element next = *e;
    const QPointF origin(next.x, next.y);
    QPointF end = (mods & Qt::ShiftModifier) ? snapAngle(origin + next.points.first(), scene) : snap(scene);
    next.points.last() = end - origin;
    Board::Bindings::normalizeLinear(next);
    Board::Edit edit;
    edit.put.append(next);
    s.commit(QObject::tr("Draw"), edit, Merge::Points);
}

void PointerTool::finishDraw()
{
    Board::BoardScene &s = m_c.scene();
    const Board::Element *e = s.element(m_drawing);
    if (!e) {
        return;
    }
    Board::Element next = *e;
    Board::Edit edit;
    const double tiny = 4 / m_scale;
    if (m_mode == Mode::Create && next.width < tiny && next.height < tiny) {
        // A click places a shape of a useful size instead of an invisible one.
        next.width = next.type == ElementType::Cylinder ? 100 : 160;
        next.height = next.type == ElementType::Cylinder ? 120 : 80;
        next.x -= next.width / 2;
        next.y -= next.height / 2;
    } else if (m_mode == Mode::Linear) {
        if (QLineF(next.points.first(), next.points.last()).length() < tiny) {
            edit.remove.append(next.id);
            s.commit(QObject::tr("Draw"), edit, Merge::Points);
            return;
        }
        if (next.type == ElementType::Arrow) {
            const QPointF end = QPointF(next.x, next.y) + next.points.last();
            const auto binding = Board::Bindings::bindingAt(s.document(), end, next.id, HitReach / m_scale);
            if (binding && binding->elementId != next.startBinding.elementId) {
                next.endBinding = *binding;
            }
        }
    }
    edit.put.append(next);
    s.commit(QObject::tr("Draw"), edit, Merge::Points);
}

void PointerTool::release(QPointF scene, Qt::KeyboardModifiers mods)
{
    if (m_mode == Mode::Idle) {
        return;
    }
    move(scene, mods);
    const Mode mode = m_mode;
    if (mode == Mode::Create || mode == Mode::Linear) {
        finishDraw();
    }
    m_mode = Mode::Idle;
    m_c.scene().endGesture();
    if (mode == Mode::Move && m_moved.isNull() && !m_clicked.isEmpty()) {
        // As in Excalidraw: clicking one member of a multi-selection, without dragging, selects it.
        m_c.select({m_clicked});
    }
    if ((mode == Mode::Create || mode == Mode::Linear) && m_c.scene().element(m_drawing)) {
        // As in Excalidraw: after drawing a shape or arrow the selection tool is back, on the new element.
        m_c.setTool(u"select"_s);
        m_c.select({m_drawing});
    }
    m_drawing.clear();
}

void PointerTool::cancel()
{
    if (m_mode != Mode::Idle) {
        m_mode = Mode::Idle;
        m_drawing.clear();
        m_c.scene().endGesture();
    }
}
