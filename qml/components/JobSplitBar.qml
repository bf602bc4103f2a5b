// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// The recommended preparation split for one posting as a stacked bar with a legend. The shares come from
// JobsController (PreparationSplit); this only draws them.
ColumnLayout {
    id: root

    required property int coding
    required property int mlSystemsDesign
    required property int domainDepth

    readonly property var parts: [
        { name: qsTr("Coding"), share: coding, color: Theme.coding },
        { name: qsTr("ML systems design"), share: mlSystemsDesign, color: Theme.mlSystems },
        { name: qsTr("Domain depth (distributed systems)"), share: domainDepth, color: Theme.systemsWithMl }
    ]

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Preparation split: coding %1 %, ML systems design %2 %, domain depth %3 %")
        .arg(coding).arg(mlSystemsDesign).arg(domainDepth)

    Row {
        id: bar
        Layout.fillWidth: true
        Layout.preferredHeight: 10
        spacing: 0
        Repeater {
            model: root.parts
            delegate: Rectangle {
                required property var modelData
                width: bar.width * modelData.share / 100
                height: bar.height
                color: modelData.color
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingLarge
        Repeater {
            model: root.parts
            delegate: Row {
                id: legendItem
                required property var modelData
                spacing: Theme.spacingSmall
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 10
                    height: 10
                    radius: 2
                    color: legendItem.modelData.color
                }
                QQC2.Label {
                    text: qsTr("%1 %2 %").arg(legendItem.modelData.name).arg(legendItem.modelData.share)
                    color: Theme.text
                }
            }
        }
    }
}
