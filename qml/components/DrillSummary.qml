// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// The end of a drill: per chain, how deep the answers held and which question ended it.
ColumnLayout {
    id: root

    /// DrillController.summary: one map per chain started.
    required property var chains
    readonly property int completed: chains.filter(chain => chain.ended && !chain.missed).length
    readonly property int passed: chains.reduce((sum, chain) => sum + chain.reached, 0)

    signal closed()

    spacing: Theme.spacingLarge

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        StatTile { label: qsTr("Chains"); value: String(root.chains.length) }
        StatTile { label: qsTr("Held to the end"); value: String(root.completed); accent: Theme.good }
        StatTile { label: qsTr("Questions passed"); value: String(root.passed) }
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        model: root.chains
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        delegate: Rectangle {
            id: chainRow

            required property var modelData

            width: list.width
            implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacingLarge
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1: passed %2 of %3. %4").arg(modelData.rootFront).arg(modelData.reached).arg(modelData.length).arg(outcome.text)

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacingLarge

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: chainRow.modelData.rootFront
                        color: Theme.text
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        id: outcome
                        Layout.fillWidth: true
                        text: chainRow.modelData.missed ? qsTr("Ended at: %1").arg(chainRow.modelData.endedByFront)
                            : chainRow.modelData.ended ? qsTr("Held to the last follow-up.")
                            : qsTr("Stopped before the chain ended.")
                        color: chainRow.modelData.missed ? Theme.again : Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
                DrillDepth {
                    depth: chainRow.modelData.asked
                    length: Math.max(chainRow.modelData.length, chainRow.modelData.asked)
                    missed: chainRow.modelData.missed
                    caption: qsTr("%1 of %2 passed").arg(chainRow.modelData.reached).arg(chainRow.modelData.length)
                    Accessible.name: qsTr("Passed %1 of %2").arg(chainRow.modelData.reached).arg(chainRow.modelData.length)
                }
            }
        }
    }

    QQC2.Button {
        text: qsTr("Done  ·  Enter")
        highlighted: true
        Accessible.name: qsTr("Close the drill summary")
        onClicked: root.closed()
    }
}
