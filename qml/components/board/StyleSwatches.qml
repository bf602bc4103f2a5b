// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One row of choices in the style panel: colour swatches or short text options.
ColumnLayout {
    id: root

    required property string title
    /// [{ value, label, color? }]
    required property var options
    required property var current

    signal picked(var value)

    spacing: 2

    QQC2.Label {
        text: root.title
        color: Theme.textMuted
        font.pointSize: Theme.fontSmall
    }
    Flow {
        Layout.fillWidth: true
        spacing: 3

        Repeater {
            model: root.options

            delegate: QQC2.AbstractButton {
                id: choice

                required property var modelData
                readonly property bool isColor: modelData.color !== undefined

                implicitWidth: isColor ? 24 : Math.max(28, (contentItem as QQC2.Label).implicitWidth + 10)
                implicitHeight: 24
                focusPolicy: Qt.TabFocus
                onClicked: root.picked(modelData.value)
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.label
                Accessible.checked: root.current === modelData.value
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: 500
                QQC2.ToolTip.text: modelData.label

                background: Rectangle {
                    radius: 4
                    color: choice.isColor ? (choice.modelData.color === "transparent" ? Theme.surface : choice.modelData.color)
                                          : (root.current === choice.modelData.value ? Theme.selection : Theme.surfaceAlt)
                    border.width: root.current === choice.modelData.value || choice.activeFocus ? 2 : 1
                    border.color: root.current === choice.modelData.value || choice.activeFocus ? Theme.accent : Theme.border

                    Rectangle {
                        // A struck-through swatch means "no fill".
                        visible: choice.isColor && choice.modelData.color === "transparent"
                        anchors.centerIn: parent
                        width: parent.width * 1.1
                        height: 1.5
                        rotation: -45
                        color: Theme.again
                    }
                }
                contentItem: QQC2.Label {
                    visible: !choice.isColor
                    text: choice.modelData.label
                    color: Theme.text
                    font.pointSize: Theme.fontSmall
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
