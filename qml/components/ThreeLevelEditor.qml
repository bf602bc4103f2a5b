// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One level of a three-level answer: its name, what it asks for, and the user's text.
ColumnLayout {
    id: root

    required property string name
    required property string prompt
    required property string text
    /// Where Tab goes: the next level's field (Tab inserts no tab character here).
    property Item next: null

    signal edited(string value)

    /// The text field, for Tab order and focus.
    readonly property alias field: area

    spacing: Theme.spacingSmall

    QQC2.Label {
        text: root.name
        color: Theme.text
        font.weight: Font.DemiBold
        font.pointSize: Theme.fontHeading
        Accessible.role: Accessible.Heading
    }
    QQC2.Label {
        Layout.fillWidth: true
        text: root.prompt
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    QQC2.TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        text: root.text
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Your %1 answer").arg(root.name.toLowerCase())
        Accessible.name: qsTr("%1 answer").arg(root.name)
        KeyNavigation.priority: KeyNavigation.BeforeItem
        KeyNavigation.tab: root.next
        onTextChanged: if (text !== root.text) root.edited(text)
    }
}
