// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One track this week: its share of the plan and how many of its minutes are done.
Rectangle {
    id: root

    required property var modelData
    required property int index
    property color barColor: Theme.accent

    readonly property int planned: modelData.weeklyMinutes
    readonly property int actual: modelData.actualMinutes

    implicitWidth: 200
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2 of %3 minutes this week, %4 % of the plan")
                     .arg(modelData.name).arg(actual).arg(planned).arg(modelData.sharePercent)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            Rectangle {
                implicitWidth: Theme.spacing * 1.5
                implicitHeight: implicitWidth
                radius: 2
                color: root.barColor
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: root.modelData.name
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            QQC2.Label {
                text: qsTr("%1 %").arg(root.modelData.sharePercent)
                color: Theme.textMuted
            }
        }
        QQC2.Label {
            text: qsTr("%1 / %2 min").arg(root.actual).arg(root.planned)
            font.pointSize: Theme.fontHeading
            color: Theme.text
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.spacing
            radius: height / 2
            color: Theme.surfaceAlt
            Rectangle {
                width: parent.width * Math.min(1, root.planned > 0 ? root.actual / root.planned : 0)
                height: parent.height
                radius: height / 2
                color: root.barColor
            }
        }
    }
}
