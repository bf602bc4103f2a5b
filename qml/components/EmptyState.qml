// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// What a page shows when it has nothing yet: what goes here and how to get it.
ColumnLayout {
    id: root

    required property string title
    property string explanation

    spacing: Theme.spacing

    QQC2.Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: root.title
        font.pointSize: Theme.fontHeading
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    QQC2.Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 520
        Layout.alignment: Qt.AlignHCenter
        horizontalAlignment: Text.AlignHCenter
        text: root.explanation
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
