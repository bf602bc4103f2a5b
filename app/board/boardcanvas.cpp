// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardcanvas.h"

#include "board/geometry.h"
#include "boardcontroller.h"

#include <QCursor>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace
{
constexpr double MinZoom = 0.1;
constexpr double MaxZoom = 30;
const QColor SelectionColor(0x69, 0x65, 0xdb); // Excalidraw's selection violet
} // namespace

BoardCanvas::BoardCanvas(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setRenderTarget(QQuickPaintedItem::FramebufferObject);
    setAntialiasing(true);
    setAcceptedMouseButtons(Qt::LeftButton | Qt::MiddleButton);
    setAcceptHoverEvents(true);
    setActiveFocusOnTab(true);
    setFlag(QQuickItem::ItemAcceptsInputMethod, false);
}

BoardCanvas::~BoardCanvas() = default;

void BoardCanvas::setController(BoardController *controller)
{
    if (controller == m_controller) {
        return;
    }
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    m_tool = controller ? std::make_unique<PointerTool>(*controller) : nullptr;
    if (controller) {
        connect(controller, &BoardController::sceneChanged, this, [this] {
            update();
        });
        connect(controller, &BoardController::editingChanged, this, &BoardCanvas::editorRectChanged);
        connect(controller, &BoardController::gridChanged, this, [this] {
            update();
        });
        connect(controller, &BoardController::boardOpened, this, [this] {
            if (!m_controller->scene().document().elements.isEmpty()) {
                zoomToFit();
            }
        });
    }
    Q_EMIT controllerChanged();
    update();
}

void BoardCanvas::setDark(bool dark)
{
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT darkChanged();
        update();
    }
}

QTransform BoardCanvas::sceneToItem() const
{
    QTransform t;
    t.scale(m_zoom, m_zoom);
    t.translate(-m_origin.x(), -m_origin.y());
    return t;
}

QPointF BoardCanvas::itemToScene(QPointF item) const
{
    return m_origin + item / m_zoom;
}

QRectF BoardCanvas::editorRect() const
{
    return m_controller ? sceneToItem().mapRect(m_controller->editingRect()) : QRectF();
}

void BoardCanvas::paint(QPainter *painter)
{
    if (!m_controller) {
        return;
    }
    const Board::Document &doc = m_controller->scene().document();
    Board::Renderer::Options options;
    options.dark = m_dark;
    options.background = doc.background;
    options.grid = doc.gridEnabled;
    if (!m_controller->editingId().isEmpty()) {
        options.hidden.insert(m_controller->editingId());
    }
    m_renderer.paint(*painter, doc, sceneToItem(), options);
    paintSelection(*painter);
}

void BoardCanvas::paintSelection(QPainter &p)
{
    if (!m_tool) {
        return;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform view = sceneToItem();
    const QRectF band = m_tool->rubberBand();
    if (!band.isEmpty()) {
        QColor fill = SelectionColor;
        fill.setAlpha(24);
        p.setPen(QPen(SelectionColor, 1));
        p.setBrush(fill);
        p.drawRect(view.mapRect(band));
    }
    const QStringList selection = m_controller->selection();
    if (!selection.isEmpty()) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(SelectionColor, 1));
        for (const QString &id : selection) {
            if (const Board::Element *e = m_controller->scene().element(id)) {
                // Outline each element in its own rotation, as Excalidraw does.
                p.drawPolygon((Board::Geometry::rotation(*e) * view).map(QPolygonF(e->boundingBox().adjusted(-4, -4, 4, 4))));
            }
        }
        const QRectF bounds = m_tool->selectionBounds();
        const QList<QPointF> handles = PointerTool::handlePositions(bounds, m_zoom);
        if (selection.size() > 1) {
            p.setPen(QPen(SelectionColor, 1, Qt::DashLine));
            p.drawRect(view.mapRect(bounds.adjusted(-8 / m_zoom, -8 / m_zoom, 8 / m_zoom, 8 / m_zoom)));
        }
        p.setPen(QPen(SelectionColor, 1.5));
        p.setBrush(m_dark ? QColor(0x12, 0x12, 0x12) : QColor(Qt::white));
        for (int i = 0; i < handles.size(); ++i) {
            const QPointF c = view.map(handles.at(i));
            if (i == PointerTool::RotateHandle) {
                p.drawEllipse(c, 4.5, 4.5);
            } else {
                p.drawRoundedRect(QRectF(c.x() - 4, c.y() - 4, 8, 8), 2, 2);
            }
        }
    }
    p.restore();
}

void BoardCanvas::zoomAt(double factor, QPointF itemPoint)
{
    const double next = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    if (next == m_zoom) {
        return;
    }
    const QPointF anchor = itemToScene(itemPoint);
    m_zoom = next;
    m_origin = anchor - itemPoint / m_zoom;
    Q_EMIT viewChanged();
    Q_EMIT editorRectChanged();
    update();
}

void BoardCanvas::zoomBy(double factor)
{
    zoomAt(factor, QPointF(width() / 2, height() / 2));
}

void BoardCanvas::resetZoom()
{
    zoomAt(1 / m_zoom, QPointF(width() / 2, height() / 2));
}

void BoardCanvas::zoomToFit()
{
    if (!m_controller || width() <= 0 || height() <= 0) {
        return;
    }
    const QRectF bounds = Board::Renderer::sceneBounds(m_controller->scene().document());
    if (bounds.isEmpty()) {
        return;
    }
    m_zoom = std::clamp(std::min(width() / bounds.width(), height() / bounds.height()) * 0.9, MinZoom, 4.0);
    m_origin = bounds.center() - QPointF(width(), height()) / (2 * m_zoom);
    Q_EMIT viewChanged();
    Q_EMIT editorRectChanged();
    update();
}

void BoardCanvas::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    if (!m_controller) {
        return;
    }
    if (!m_controller->editingId().isEmpty()) {
        // Clicking away from the editor ends the edit; QML commits it on focus loss.
        m_controller->cancelTextEdit();
    }
    if (event->button() == Qt::MiddleButton || m_spaceDown || m_controller->tool() == u"hand") {
        m_panning = true;
        m_panFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    m_tool->press(itemToScene(event->position()), event->modifiers(), m_zoom);
    update();
}

void BoardCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_origin -= (event->position() - m_panFrom) / m_zoom;
        m_panFrom = event->position();
        Q_EMIT viewChanged();
        Q_EMIT editorRectChanged();
        update();
        return;
    }
    if (m_tool) {
        m_tool->move(itemToScene(event->position()), event->modifiers());
        update();
    }
}

void BoardCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        updateCursor(event->position());
        return;
    }
    if (m_tool) {
        m_tool->release(itemToScene(event->position()), event->modifiers());
        update();
    }
}

void BoardCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_controller || event->button() != Qt::LeftButton || m_controller->tool() != u"select") {
        return;
    }
    // Excalidraw: double-click edits a text or a shape's label, or starts a text on empty canvas.
    const QPointF scene = itemToScene(event->position());
    const QString hit = Board::Geometry::elementAt(m_controller->scene().document(), scene, 6 / m_zoom);
    const Board::Element *e = hit.isEmpty() ? nullptr : m_controller->scene().element(hit);
    if (e && e->type != Board::ElementType::Text && !e->isContainer()) {
        return;
    }
    m_controller->beginTextEdit(hit, scene);
}

void BoardCanvas::updateCursor(QPointF itemPoint)
{
    if (!m_controller) {
        return;
    }
    const QString tool = m_controller->tool();
    if (m_spaceDown || tool == u"hand") {
        setCursor(Qt::OpenHandCursor);
    } else if (tool == u"select") {
        const int handle = m_tool->handleAt(itemToScene(itemPoint), m_zoom);
        static const Qt::CursorShape shapes[] = {Qt::SizeFDiagCursor,
                                                 Qt::SizeVerCursor,
                                                 Qt::SizeBDiagCursor,
                                                 Qt::SizeHorCursor,
                                                 Qt::SizeFDiagCursor,
                                                 Qt::SizeVerCursor,
                                                 Qt::SizeBDiagCursor,
                                                 Qt::SizeHorCursor,
                                                 Qt::CrossCursor};
        setCursor(handle >= 0 ? shapes[handle] : Qt::ArrowCursor);
    } else if (tool == u"text") {
        setCursor(Qt::IBeamCursor);
    } else {
        setCursor(Qt::CrossCursor);
    }
}

void BoardCanvas::hoverMoveEvent(QHoverEvent *event)
{
    updateCursor(event->position());
}

void BoardCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(std::pow(1.0015, event->angleDelta().y()), event->position());
        return;
    }
    QPointF delta = event->pixelDelta().isNull() ? QPointF(event->angleDelta()) / 2 : QPointF(event->pixelDelta());
    if (event->modifiers() & Qt::ShiftModifier) {
        delta = QPointF(delta.y(), delta.x());
    }
    m_origin -= delta / m_zoom;
    Q_EMIT viewChanged();
    Q_EMIT editorRectChanged();
    update();
}

void BoardCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QQuickPaintedItem::keyReleaseEvent(event);
}

void BoardCanvas::focusOutEvent(QFocusEvent *event)
{
    m_spaceDown = false;
    if (m_tool) {
        m_tool->cancel();
    }
    QQuickPaintedItem::focusOutEvent(event);
}

void BoardCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_controller && handleShortcut(event)) {
        event->accept();
        update();
        return;
    }
    QQuickPaintedItem::keyPressEvent(event);
}
