// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Excalidraw's properties panel: style of the selection (or of the next element), layers, align,
// and the selection's actions. Colours are Excalidraw's default palette so exports match its look.
QQC2.Pane {
    id: root

    required property BoardController controller
    readonly property var style: controller.style
    readonly property bool several: controller.selection.length > 1

    padding: Theme.spacing
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Style")
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        width: 196
        spacing: Theme.spacing

        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Stroke")
            current: root.style.strokeColor
            options: [
                { value: "#1e1e1e", color: "#1e1e1e", label: qsTr("Black") },
                { value: "#e03131", color: "#e03131", label: qsTr("Red") },
                { value: "#2f9e44", color: "#2f9e44", label: qsTr("Green") },
                { value: "#1971c2", color: "#1971c2", label: qsTr("Blue") },
                { value: "#f08c00", color: "#f08c00", label: qsTr("Orange") },
                { value: "#6741d9", color: "#6741d9", label: qsTr("Violet") }
            ]
            onPicked: value => root.controller.setStyle("strokeColor", value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Background")
            current: root.style.backgroundColor
            options: [
                { value: "transparent", color: "transparent", label: qsTr("None") },
                { value: "#ffc9c9", color: "#ffc9c9", label: qsTr("Light red") },
                { value: "#b2f2bb", color: "#b2f2bb", label: qsTr("Light green") },
                { value: "#a5d8ff", color: "#a5d8ff", label: qsTr("Light blue") },
                { value: "#ffec99", color: "#ffec99", label: qsTr("Light yellow") },
                { value: "#e9ecef", color: "#e9ecef", label: qsTr("Light grey") }
            ]
            onPicked: value => root.controller.setStyle("backgroundColor", value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Fill")
            current: root.style.fillStyle
            options: [
                { value: "solid", label: qsTr("Solid") },
                { value: "hachure", label: qsTr("Hachure") },
                { value: "cross-hatch", label: qsTr("Cross") },
                { value: "zigzag", label: qsTr("Zigzag") }
            ]
            onPicked: value => root.controller.setStyle("fillStyle", value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Stroke width")
            current: root.style.strokeWidth
            options: [
                { value: 1, label: qsTr("Thin") },
                { value: 2, label: qsTr("Bold") },
                { value: 4, label: qsTr("Extra bold") }
            ]
            onPicked: value => root.controller.setStyle("strokeWidth", value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Stroke style")
            current: root.style.strokeStyle
            options: [
                { value: "solid", label: qsTr("Solid") },
                { value: "dashed", label: qsTr("Dashed") },
                { value: "dotted", label: qsTr("Dotted") }
            ]
            onPicked: value => root.controller.setStyle("strokeStyle", value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Edges")
            current: root.style.rounded
            options: [
                { value: false, label: qsTr("Sharp") },
                { value: true, label: qsTr("Round") }
            ]
            onPicked: value => root.controller.setStyle("rounded", value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Font size")
            current: root.style.fontSize
            options: [
                { value: 16, label: qsTr("S") },
                { value: 20, label: qsTr("M") },
                { value: 28, label: qsTr("L") },
                { value: 36, label: qsTr("XL") }
            ]
            onPicked: value => root.controller.setStyle("fontSize", value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            title: qsTr("Arrowhead")
            current: root.style.endArrowhead
            options: [
                { value: true, label: qsTr("Arrow") },
                { value: false, label: qsTr("None") }
            ]
            onPicked: value => root.controller.setStyle("endArrowhead", value)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                text: qsTr("Opacity %1%").arg(opacity.value)
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
            }
            QQC2.Slider {
                id: opacity

                Layout.fillWidth: true
                from: 0
                to: 100
                stepSize: 10
                value: root.style.opacity
                Accessible.name: qsTr("Opacity")
                onMoved: root.controller.setStyle("opacity", value)
            }
        }
        StyleSwatches {
            Layout.fillWidth: true
            visible: root.controller.hasSelection
            title: qsTr("Layers")
            current: ""
            options: [
                { value: "back", label: "⤓" },
                { value: "backward", label: "↓" },
                { value: "forward", label: "↑" },
                { value: "front", label: "⤒" }
            ]
            onPicked: value => root.controller.reorderSelection(value)
        }
        StyleSwatches {
            Layout.fillWidth: true
            visible: root.several
            title: qsTr("Align")
            current: ""
            options: [
                { value: "left", label: "⇤" },
                { value: "hcenter", label: "↔" },
                { value: "right", label: "⇥" },
                { value: "top", label: "⤒" },
                { value: "vcenter", label: "↕" },
                { value: "bottom", label: "⤓" },
                { value: "h", label: qsTr("Space H") },
                { value: "v", label: qsTr("Space V") }
            ]
            onPicked: value => {
                if (value === "h" || value === "v")
                    root.controller.distributeSelection(value === "h");
                else
                    root.controller.alignSelection(value);
            }
        }
        StyleSwatches {
            Layout.fillWidth: true
            visible: root.controller.hasSelection
            title: qsTr("Actions")
            current: ""
            options: [
                { value: "duplicate", label: qsTr("Duplicate") },
                { value: "delete", label: qsTr("Delete") },
                { value: "group", label: qsTr("Group") },
                { value: "ungroup", label: qsTr("Ungroup") },
                { value: "lock", label: qsTr("Lock") }
            ]
            onPicked: value => {
                if (value === "duplicate")
                    root.controller.duplicateSelection();
                else if (value === "delete")
                    root.controller.deleteSelection();
                else if (value === "group")
                    root.controller.groupSelection();
                else if (value === "ungroup")
                    root.controller.ungroupSelection();
                else
                    root.controller.toggleLockSelection();
            }
        }
    }
}
