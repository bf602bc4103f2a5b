// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import MLPrep.Views

// Horizontal grid lines with their values along the left edge of a chart's plot area.
Item {
    id: root

    required property real minimum
    required property real maximum
    property string suffix
    property int lines: 3
    /// Where the plot starts, right of the labels.
    readonly property real labelWidth: 44

    Repeater {
        model: root.lines
        delegate: Item {
            id: line
            required property int index
            readonly property real fraction: index / (root.lines - 1)
            x: 0
            y: root.height * (1 - fraction)
            width: root.width

            Rectangle {
                x: root.labelWidth
                width: parent.width - root.labelWidth
                height: 1
                color: Theme.chartGrid
            }
            QQC2.Label {
                width: root.labelWidth - Theme.spacingSmall
                anchors.verticalCenter: parent.top
                horizontalAlignment: Text.AlignRight
                text: Math.round(root.minimum + (root.maximum - root.minimum) * line.fraction).toLocaleString(Qt.locale(), "f", 0) + root.suffix
                font.pointSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
