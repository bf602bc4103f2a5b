// SPDX-License-Identifier: GPL-3.0-or-later
// BoardCanvas's keyboard: Excalidraw's keys, verbatim where they exist (docs/shortcuts.md lists them).
#include "boardcanvas.h"
#include "boardcontroller.h"

#include <QCursor>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace
{
/// Tool keys without modifiers: letters and Excalidraw's number row, plus C for the cylinder.
QString toolForKey(int key)
{
    switch (key) {
    case Qt::Key_V:
    case Qt::Key_1:
        return u"select"_s;
    case Qt::Key_R:
    case Qt::Key_2:
        return u"rectangle"_s;
    case Qt::Key_D:
    case Qt::Key_3:
        return u"diamond"_s;
    case Qt::Key_O:
    case Qt::Key_4:
        return u"ellipse"_s;
    case Qt::Key_A:
    case Qt::Key_5:
        return u"arrow"_s;
    case Qt::Key_L:
    case Qt::Key_6:
        return u"line"_s;
    case Qt::Key_P:
    case Qt::Key_7:
        return u"freehand"_s;
    case Qt::Key_T:
    case Qt::Key_8:
        return u"text"_s;
    case Qt::Key_E:
    case Qt::Key_0:
        return u"eraser"_s;
    case Qt::Key_H:
        return u"hand"_s;
    case Qt::Key_C:
        return u"cylinder"_s;
    default:
        return {};
    }
}
} // namespace

bool BoardCanvas::handleShortcut(QKeyEvent *event)
{
    BoardController &c = *m_controller;
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool ctrl = mods & Qt::ControlModifier;
    const bool shift = mods & Qt::ShiftModifier;
    const bool alt = mods & Qt::AltModifier;

    if (key == Qt::Key_Space && !ctrl) {
        if (!event->isAutoRepeat()) {
            m_spaceDown = true;
            setCursor(Qt::OpenHandCursor);
        }
        return true;
    }
    if (ctrl && shift && !alt) {
        switch (key) {
        case Qt::Key_Z:
            c.redo();
            return true;
        case Qt::Key_G:
            c.ungroupSelection();
            return true;
        case Qt::Key_L:
            c.toggleLockSelection();
            return true;
        case Qt::Key_BraceRight:
        case Qt::Key_BracketRight:
            c.reorderSelection(u"front"_s);
            return true;
        case Qt::Key_BraceLeft:
        case Qt::Key_BracketLeft:
            c.reorderSelection(u"back"_s);
            return true;
        case Qt::Key_Left:
            c.alignSelection(u"left"_s);
            return true;
        case Qt::Key_Right:
            c.alignSelection(u"right"_s);
            return true;
        case Qt::Key_Up:
            c.alignSelection(u"top"_s);
            return true;
        case Qt::Key_Down:
            c.alignSelection(u"bottom"_s);
            return true;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return true;
        default:
            return false;
        }
    }
    if (ctrl && !alt) {
        switch (key) {
        case Qt::Key_Z:
            c.undo();
            return true;
        case Qt::Key_Y:
            c.redo();
            return true;
        case Qt::Key_D:
            c.duplicateSelection();
            return true;
        case Qt::Key_C:
            c.copySelection();
            return true;
        case Qt::Key_X:
            c.cutSelection();
            return true;
        case Qt::Key_V:
            c.paste();
            return true;
        case Qt::Key_A:
            c.selectAll();
            return true;
        case Qt::Key_G:
            c.groupSelection();
            return true;
        case Qt::Key_BracketRight:
            c.reorderSelection(u"forward"_s);
            return true;
        case Qt::Key_BracketLeft:
            c.reorderSelection(u"backward"_s);
            return true;
        case Qt::Key_Apostrophe:
            c.setGridEnabled(!c.isGridEnabled());
            return true;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return true;
        case Qt::Key_Minus:
            zoomBy(0.8);
            return true;
        case Qt::Key_0:
            resetZoom();
            return true;
        default:
            return false;
        }
    }
    if (alt && !ctrl && (key == Qt::Key_H || key == Qt::Key_V)) {
        c.distributeSelection(key == Qt::Key_H);
        return true;
    }
    if (shift && !ctrl && !alt && (key == Qt::Key_1 || key == Qt::Key_Exclam)) {
        zoomToFit();
        return true;
    }
    if (ctrl || alt) {
        return false;
    }
    switch (key) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        c.deleteSelection();
        return true;
    case Qt::Key_Escape:
        if (m_tool) {
            m_tool->cancel();
        }
        c.clearSelection();
        c.setTool(u"select"_s);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (c.selection().size() == 1) {
            c.beginTextEdit(c.selection().first());
        }
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const double step = shift ? 10 : 1;
        c.nudgeSelection(key == Qt::Key_Left ? -step : key == Qt::Key_Right ? step : 0, key == Qt::Key_Up ? -step : key == Qt::Key_Down ? step : 0);
        return true;
    }
    default:
        break;
    }
    if (shift) {
        return false;
    }
    const QString tool = toolForKey(key);
    if (tool.isEmpty()) {
        return false;
    }
    c.setTool(tool);
    updateCursor(mapFromGlobal(QCursor::pos()));
    return true;
}
