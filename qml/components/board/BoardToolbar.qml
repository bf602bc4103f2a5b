// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The tool strip over the canvas, in Excalidraw's order, each tool with its key.
QQC2.Pane {
    id: root

    required property BoardController controller

    padding: Theme.spacingSmall
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Drawing tools")
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    RowLayout {
        spacing: 2

        Repeater {
            model: [
                { tool: "hand", glyph: "✋", label: qsTr("Hand (pan)"), key: "H" },
                { tool: "select", glyph: "↖", label: qsTr("Select"), key: "V" },
                { tool: "rectangle", glyph: "▭", label: qsTr("Rectangle"), key: "R" },
                { tool: "diamond", glyph: "◇", label: qsTr("Diamond"), key: "D" },
                { tool: "ellipse", glyph: "○", label: qsTr("Ellipse"), key: "O" },
                { tool: "cylinder", glyph: "⌸", label: qsTr("Cylinder (database)"), key: "C" },
                { tool: "arrow", glyph: "→", label: qsTr("Arrow"), key: "A" },
                { tool: "line", glyph: "╱", label: qsTr("Line"), key: "L" },
                { tool: "freehand", glyph: "✎", label: qsTr("Draw"), key: "P" },
                { tool: "text", glyph: "A", label: qsTr("Text"), key: "T" },
                { tool: "eraser", glyph: "⌫", label: qsTr("Eraser"), key: "E" }
            ]

            delegate: QQC2.ToolButton {
                id: button

                required property var modelData

                implicitWidth: 36
                implicitHeight: 36
                checkable: true
                checked: root.controller.tool === modelData.tool
                text: modelData.glyph
                font.pointSize: Theme.fontHeading
                focusPolicy: Qt.NoFocus
                onClicked: root.controller.tool = modelData.tool
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: 500
                QQC2.ToolTip.text: modelData.label + " — " + modelData.key
                Accessible.name: modelData.label
            }
        }
        Rectangle {
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            color: Theme.border
        }
        QQC2.ToolButton {
            implicitWidth: 36
            implicitHeight: 36
            checkable: true
            checked: root.controller.gridEnabled
            text: "#"
            font.pointSize: Theme.fontHeading
            focusPolicy: Qt.NoFocus
            onClicked: root.controller.gridEnabled = checked
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: 500
            QQC2.ToolTip.text: qsTr("Grid and snapping — Ctrl+'")
            Accessible.name: qsTr("Grid")
        }
    }
}
