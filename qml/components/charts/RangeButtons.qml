// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import MLPrep.Views

// A small segmented choice, e.g. Month | 3 months | Year; emits picked(value) for the chosen one.
Row {
    id: root

    required property var values
    required property var labels
    required property int current

    signal picked(int value)

    spacing: 0

    Repeater {
        model: root.values.length
        delegate: QQC2.Button {
            required property int index
            text: root.labels[index]
            flat: root.values[index] !== root.current
            highlighted: root.values[index] === root.current
            font.pointSize: Theme.fontSmall
            Accessible.name: text
            onClicked: root.picked(root.values[index])
        }
    }
}
