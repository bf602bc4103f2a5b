// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// How deep the interviewer has pushed: one mark per card of the chain, filled up to `depth`.
RowLayout {
    id: root

    required property int depth
    required property int length
    /// Marks the last filled step as the miss that ended the chain.
    property bool missed: false
    property string caption: qsTr("%1 / %2").arg(depth).arg(length)

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Question %1 of up to %2 in this chain").arg(depth).arg(length)

    Repeater {
        model: root.length
        delegate: Rectangle {
            required property int index
            readonly property bool reached: index < root.depth

            implicitWidth: 14
            implicitHeight: 14
            radius: 7
            color: !reached ? "transparent" : (root.missed && index === root.depth - 1 ? Theme.again : Theme.good)
            border.color: reached ? color : Theme.border
            border.width: 2
        }
    }
    QQC2.Label {
        Layout.leftMargin: Theme.spacingSmall
        text: root.caption
        color: Theme.textMuted
    }
}
