// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One card in the Browse table. `columnWidths` are the fixed columns after Front, shared with the
// column headers so that they line up; Front takes the rest.
QQC2.ItemDelegate {
    id: root

    required property int index
    required property string front
    required property string deck
    required property string tags
    required property string cardState
    required property bool suspended
    required property string due
    required property string stability
    required property int lapses
    required property list<int> columnWidths
    property bool current: false

    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    Accessible.name: qsTr("%1, %2, %3").arg(front).arg(deck).arg(suspended ? qsTr("suspended") : cardState)

    background: Rectangle {
        color: root.current ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        border.color: root.current && root.ListView.view.activeFocus ? Theme.focusRing : "transparent"
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        QQC2.Label { Layout.fillWidth: true; Layout.preferredWidth: 100; text: root.front; color: Theme.text; elide: Text.ElideRight }
        QQC2.Label { Layout.preferredWidth: root.columnWidths[0]; text: root.deck; color: Theme.text; elide: Text.ElideRight }
        QQC2.Label { Layout.preferredWidth: root.columnWidths[1]; text: root.tags; color: Theme.textMuted; elide: Text.ElideRight }
        QQC2.Label {
            Layout.preferredWidth: root.columnWidths[2]
            text: root.suspended ? qsTr("Suspended") : root.cardState
            color: root.suspended ? Theme.hard : Theme.text
            elide: Text.ElideRight
        }
        QQC2.Label { Layout.preferredWidth: root.columnWidths[3]; text: root.due; color: Theme.text; elide: Text.ElideRight }
        QQC2.Label { Layout.preferredWidth: root.columnWidths[4]; horizontalAlignment: Text.AlignRight; text: root.stability; color: Theme.text }
        QQC2.Label { Layout.preferredWidth: root.columnWidths[5]; horizontalAlignment: Text.AlignRight; text: root.lapses; color: Theme.text }
    }
}
