// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import MLPrep.Views

// Colour swatches with the names of a chart's series.
Flow {
    id: root

    required property var names
    required property var colors

    spacing: Theme.spacingLarge
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Legend")

    Repeater {
        model: root.names
        delegate: Row {
            id: entry
            required property string modelData
            required property int index
            spacing: Theme.spacingSmall
            Accessible.role: Accessible.ListItem
            Accessible.name: modelData

            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: 10
                height: 10
                radius: 2
                color: root.colors[entry.index % root.colors.length]
            }
            QQC2.Label {
                text: entry.modelData
                font.pointSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
