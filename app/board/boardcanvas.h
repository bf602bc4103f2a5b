// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/renderer.h"
#include "pointertool.h"

#include <QPointer>
#include <QQuickPaintedItem>

#include <memory>

class BoardController;

/// The drawing surface: paints the open board with the core Renderer (the same code as every export)
/// into a framebuffer object, draws the selection on top, and turns mouse, wheel and keys into view
/// changes (pan, zoom) and into PointerTool gestures and BoardController verbs, with Excalidraw's keys.
class BoardCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("boardcontroller.h")

    Q_PROPERTY(BoardController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY darkChanged)
    /// Device pixels per scene unit (1 = 100%).
    Q_PROPERTY(double zoom READ zoom NOTIFY viewChanged)
    /// The text being edited, in item coordinates, for the TextArea laid over it.
    Q_PROPERTY(QRectF editorRect READ editorRect NOTIFY editorRectChanged)

public:
    explicit BoardCanvas(QQuickItem *parent = nullptr);
    ~BoardCanvas() override;

    [[nodiscard]] BoardController *controller() const
    {
        return m_controller;
    }
    void setController(BoardController *controller);
    [[nodiscard]] bool isDark() const
    {
        return m_dark;
    }
    void setDark(bool dark);
    [[nodiscard]] double zoom() const
    {
        return m_zoom;
    }
    [[nodiscard]] QRectF editorRect() const;
    [[nodiscard]] QTransform sceneToItem() const;

    void paint(QPainter *painter) override;

    Q_INVOKABLE void zoomBy(double factor);
    Q_INVOKABLE void resetZoom();
    /// Shift+1: everything in view (never past 400%).
    Q_INVOKABLE void zoomToFit();
    Q_INVOKABLE QPointF itemToScene(QPointF item) const;

Q_SIGNALS:
    void controllerChanged();
    void darkChanged();
    void viewChanged();
    void editorRectChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void zoomAt(double factor, QPointF itemPoint);
    void paintSelection(QPainter &p);
    [[nodiscard]] bool handleShortcut(QKeyEvent *event);
    void updateCursor(QPointF itemPoint);

    QPointer<BoardController> m_controller;
    std::unique_ptr<PointerTool> m_tool;
    Board::Renderer m_renderer;
    bool m_dark = false;
    double m_zoom = 1;
    QPointF m_origin {-40, -40}; ///< the scene point at the item's top-left corner
    bool m_spaceDown = false;
    bool m_panning = false;
    QPointF m_panFrom;
};
