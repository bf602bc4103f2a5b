// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// A labelled multi-line field of the journal editor (Markdown text).
ColumnLayout {
    id: root

    required property string label
    property string placeholder
    property alias text: area.text

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    QQC2.Label {
        text: root.label
        color: Theme.textMuted
    }
    QQC2.TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: 64
        wrapMode: TextEdit.Wrap
        placeholderText: root.placeholder
        Accessible.name: root.label
        // Tab moves to the next field, as in any form, instead of typing a tab character.
        Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(); event.accepted = true; }
    }
}
