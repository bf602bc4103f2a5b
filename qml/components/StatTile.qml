// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One number with its label, e.g. "42 / Review cards".
Rectangle {
    id: root

    required property string label
    required property string value
    property color accent: Theme.text

    implicitWidth: 168
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingSmall

        QQC2.Label {
            text: root.value
            color: root.accent
            font.pointSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: root.label
            color: Theme.textMuted
            elide: Text.ElideRight
        }
    }
}
