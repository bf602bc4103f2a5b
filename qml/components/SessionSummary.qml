// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// The end of a session: what was done and when cards come back.
ColumnLayout {
    id: root

    required property var summary

    signal back()

    spacing: Theme.spacingLarge

    QQC2.Label {
        text: qsTr("Congratulations! You have finished for now.")
        font.pointSize: Theme.fontHeading
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        StatTile { label: qsTr("Answers"); value: String(root.summary.answers ?? 0) }
        StatTile { label: qsTr("Minutes"); value: String(root.summary.minutes ?? 0) }
        StatTile {
            label: qsTr("Again rate")
            value: Math.round(100 * (root.summary.againRate ?? 0)) + " %"
            accent: (root.summary.againRate ?? 0) > 0.2 ? Theme.again : Theme.text
        }
    }
    QQC2.Label {
        Layout.fillWidth: true
        text: root.summary.nextDue ?? ""
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    QQC2.Button {
        text: qsTr("Back to decks")
        highlighted: true
        onClicked: root.back()
    }
    Item {
        Layout.fillHeight: true
    }
}
