// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// Planned vs actual minutes per track for each week: an outlined bar is the plan, a filled bar inside
// it what was done (time log plus design rounds). Hovering a bar shows its numbers.
Rectangle {
    id: root

    property var weeks: []
    property var tracks: []
    property int maxMinutes: 1
    property list<color> trackColors

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        QQC2.Label {
            text: qsTr("Planned vs actual per week")
            font.pointSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Outline: planned minutes. Fill: logged time and design rounds.")
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Repeater {
            model: root.weeks
            delegate: RowLayout {
                id: week

                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacing

                QQC2.Label {
                    Layout.preferredWidth: 96
                    text: week.modelData.current ? qsTr("%1 (now)").arg(week.modelData.label) : week.modelData.label
                    color: week.modelData.current ? Theme.text : Theme.textMuted
                    font.weight: week.modelData.current ? Font.DemiBold : Font.Normal
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Repeater {
                        model: 3
                        delegate: Item {
                            id: bar

                            required property int index
                            readonly property int planned: week.modelData.planned[index]
                            readonly property int actual: week.modelData.actual[index]
                            readonly property string trackName: root.tracks.length > index ? root.tracks[index].name : ""

                            Layout.fillWidth: true
                            implicitHeight: Theme.spacing + 2
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("%1, week of %2: %3 of %4 minutes")
                                             .arg(trackName).arg(week.modelData.label).arg(actual).arg(planned)

                            Rectangle {
                                width: bar.width * bar.planned / root.maxMinutes
                                height: parent.height
                                radius: 2
                                color: "transparent"
                                border.color: root.trackColors[bar.index]
                            }
                            Rectangle {
                                width: bar.width * bar.actual / root.maxMinutes
                                height: parent.height
                                radius: 2
                                color: root.trackColors[bar.index]
                            }
                            HoverHandler { id: hover }
                            QQC2.ToolTip.visible: hover.hovered
                            QQC2.ToolTip.text: qsTr("%1: %2 of %3 min").arg(bar.trackName).arg(bar.actual).arg(bar.planned)
                        }
                    }
                }
            }
        }
    }
}
