// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import MLPrep.Views

// A share from 0 to 1 as a filled bar with its percentage, coloured from red (forgotten) to green (known).
Item {
    id: root

    required property real value
    required property string text

    implicitHeight: label.implicitHeight

    Rectangle {
        id: track
        anchors.left: parent.left
        anchors.right: label.left
        anchors.rightMargin: Theme.spacingSmall
        anchors.verticalCenter: parent.verticalCenter
        height: 8
        radius: 4
        color: Theme.surfaceAlt

        Rectangle {
            width: parent.width * Math.max(0, Math.min(1, root.value))
            height: parent.height
            radius: 4
            color: root.value >= 0.8 ? Theme.good : root.value >= 0.5 ? Theme.hard : Theme.again
        }
    }
    QQC2.Label {
        id: label
        anchors.right: parent.right
        width: 48
        horizontalAlignment: Text.AlignRight
        text: root.text
        font.pointSize: Theme.fontSmall
        color: Theme.text
    }
}
