// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

class BoardController;

/// What a pointer drag does on the board, by tool: draw a shape, an arrow or a freehand stroke;
/// move, resize or rotate the selection; rubber-band select; erase. Works in scene coordinates
/// (the canvas maps events first), so it knows nothing of zoom. Each drag is one scene gesture,
/// hence one undo step and one autosave.
class PointerTool
{
public:
    /// Selection handles: 0–7 clockwise from top-left (corners even, edges odd), 8 = rotation.
    enum Handle { NoHandle = -1, RotateHandle = 8 };

    explicit PointerTool(BoardController &controller);

    /// `scale` is the zoom (device px per scene unit), so hit tolerances stay constant on screen.
    void press(QPointF scene, Qt::KeyboardModifiers mods, double scale);
    void move(QPointF scene, Qt::KeyboardModifiers mods);
    void release(QPointF scene, Qt::KeyboardModifiers mods);
    /// Ends a drag that will get no release (focus lost, Escape).
    void cancel();

    [[nodiscard]] bool isActive() const
    {
        return m_mode != Mode::Idle;
    }
    /// The rubber band being dragged, in scene units (empty when none).
    [[nodiscard]] QRectF rubberBand() const;
    /// The joint scene bounds of the selection (what handles surround).
    [[nodiscard]] QRectF selectionBounds() const;
    /// The handle under `scene`, given the zoom `scale`.
    [[nodiscard]] int handleAt(QPointF scene, double scale) const;
    /// Handle centres for the selection bounds at `scale`, indices as Handle.
    [[nodiscard]] static QList<QPointF> handlePositions(const QRectF &bounds, double scale);

private:
    enum class Mode { Idle, Move, Resize, Rotate, Rubber, Create, Linear, Freehand, Erase };

    [[nodiscard]] QPointF snap(QPointF p) const;
    void createShape(QPointF scene, Qt::KeyboardModifiers mods);
    void extendLinear(QPointF scene, Qt::KeyboardModifiers mods);
    void finishDraw();

    BoardController &m_c;
    Mode m_mode = Mode::Idle;
    QPointF m_start;
    QPointF m_last;
    QPointF m_moved; ///< total translation applied so far in a move drag
    QRectF m_startBounds;
    int m_handle = NoHandle;
    double m_scale = 1;
    double m_rotated = 0;
    QString m_drawing; ///< id of the element being drawn
    QString m_clicked; ///< element pressed in a multi-selection; a click without a drag selects it alone
    QStringList m_erased;
};
