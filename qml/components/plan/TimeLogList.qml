// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The time log of the weeks shown, newest first; design rounds appear with the board's badge and can only
// be deleted on the board.
Rectangle {
    id: root

    required property StudyPlanController plan
    signal logRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Time log")
                font.pointSize: Theme.fontHeading
                font.weight: Font.DemiBold
                color: Theme.text
            }
            QQC2.Button {
                visible: root.plan.canUndo
                text: root.plan.undoText
                Accessible.name: text
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("Ctrl+Z")
                onClicked: root.plan.undo()
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: logRepeater.count === 0
            text: qsTr("Nothing logged in these weeks. Log coding problems, mock interviews and paper implementations; finished design rounds on the whiteboard count by themselves.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        Repeater {
            id: logRepeater
            model: root.plan.timeLog
            delegate: RowLayout {
                id: row

                required property int index
                required property string trackName
                required property string kindName
                required property string dayText
                required property int minutes
                required property string note
                required property bool automatic

                Layout.fillWidth: true
                spacing: Theme.spacing
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2 min %3 (%4) %5").arg(dayText).arg(minutes).arg(kindName).arg(trackName).arg(note)

                QQC2.Label {
                    Layout.preferredWidth: 90
                    text: row.dayText
                    color: Theme.textMuted
                }
                QQC2.Label {
                    Layout.preferredWidth: 64
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("%1 min").arg(row.minutes)
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                QQC2.Label {
                    Layout.preferredWidth: 180
                    text: row.kindName + " · " + row.trackName
                    color: Theme.text
                    elide: Text.ElideRight
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: row.note
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
                QQC2.ToolButton {
                    visible: !row.automatic
                    text: qsTr("Delete")
                    Accessible.name: qsTr("Delete this time-log entry")
                    onClicked: root.plan.removeTime(row.index)
                }
            }
        }
    }
}
