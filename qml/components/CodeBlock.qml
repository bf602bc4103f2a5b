// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import MLPrep.Views

// A highlighted code block. The block colour is drawn here, not in the HTML: Text.RichText paints a
// <pre> background behind its first line only (docs: PLATFORM.md gotcha 5).
Rectangle {
    id: root

    required property string html
    required property color background
    required property color foreground
    property string language

    implicitHeight: code.implicitHeight + 2 * Theme.spacingLarge
    color: background
    radius: Theme.radius
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Code, %1").arg(language.length > 0 ? language : qsTr("plain text"))

    QQC2.Label {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingSmall
        visible: root.language.length > 0
        text: root.language
        color: root.foreground
        opacity: 0.6
        font.pointSize: Theme.fontSmall
    }

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        contentWidth: code.implicitWidth
        contentHeight: code.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.horizontal: QQC2.ScrollBar {}

        TextEdit {
            id: code
            text: root.html
            textFormat: TextEdit.RichText
            readOnly: true
            selectByMouse: true
            color: root.foreground
            selectionColor: Theme.selection
            font.family: Theme.monoFamily
            font.pointSize: Theme.bodyFont.pointSize
        }
    }
}
