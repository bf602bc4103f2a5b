// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The ML-systems stencil palette: one click (or Enter) adds a labelled component to the board,
// selected, as one undoable step. The stencils are data in resources/board/stencils.
Rectangle {
    id: root

    implicitWidth: 260
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surfaceAlt
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Stencils")

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("ML-systems stencils")
            font.pointSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Click to add to the board.")
            font.pointSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            QQC2.ScrollBar.horizontal.policy: QQC2.ScrollBar.AlwaysOff

            GridLayout {
                width: root.width - 2 * Theme.spacing
                columns: 2
                columnSpacing: Theme.spacingSmall
                rowSpacing: Theme.spacingSmall

                Repeater {
                    model: AppContext.practice.stencils

                    delegate: QQC2.Button {
                        id: stencilButton

                        required property var modelData

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: modelData.name
                        font.pointSize: Theme.fontSmall
                        onClicked: AppContext.practice.placeStencil(modelData.key)
                        QQC2.ToolTip.visible: hovered || visualFocus
                        QQC2.ToolTip.delay: 400
                        QQC2.ToolTip.text: modelData.category + " — " + modelData.description
                        Accessible.name: qsTr("Add %1").arg(modelData.name)
                        Accessible.description: modelData.description

                        contentItem: QQC2.Label {
                            text: stencilButton.text
                            font: stencilButton.font
                            color: Theme.text
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }
    }
}
