// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import MLPrep
import MLPrep.Views

// Bars, stacked when the rows have several values (reviews by card kind). Hover or the arrow keys show a
// bar's numbers in a tooltip.
FocusScope {
    id: root

    required property ChartModel model
    property var colors: [Theme.accent]
    property string suffix
    /// The top of the value axis; 0 rounds the model's maximum up to a round number.
    property real fixedMaximum: 0
    property string emptyText: qsTr("Nothing to show yet.")
    property int highlighted: -1

    readonly property int count: barRepeater.count
    readonly property real maximum: fixedMaximum > 0 ? fixedMaximum : niceCeiling(model.maximum)

    function niceCeiling(value) {
        if (value <= 0)
            return 1;
        const magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (const step of [1, 2, 2.5, 5, 10]) {
            if (step * magnitude >= value)
                return step * magnitude;
        }
        return 10 * magnitude;
    }

    implicitHeight: 180
    activeFocusOnTab: true
    Accessible.role: Accessible.Chart
    Accessible.name: highlighted >= 0 ? model.detailAt(highlighted) : qsTr("Bar chart, %n bars; use the arrow keys to read them", "", count)

    Keys.onLeftPressed: highlighted = Math.max(0, highlighted - 1)
    Keys.onRightPressed: highlighted = Math.min(count - 1, highlighted + 1)
    onActiveFocusChanged: if (!activeFocus) highlighted = -1

    ValueAxis {
        id: axis
        anchors.fill: plot
        anchors.leftMargin: -labelWidth
        minimum: 0
        maximum: root.maximum
        suffix: root.suffix
        visible: root.count > 0 && root.model.maximum > 0
    }

    Item {
        id: plot
        anchors.fill: parent
        anchors.leftMargin: axis.labelWidth
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: labelHeight.height + Theme.spacingSmall
        readonly property real slot: root.count > 0 ? width / root.count : width

        Repeater {
            id: barRepeater
            model: root.model
            delegate: Item {
                id: bar
                required property int index
                required property var values
                required property string label
                x: index * plot.slot
                width: plot.slot
                height: plot.height

                Rectangle {
                    anchors.fill: parent
                    visible: root.highlighted === bar.index
                    color: Theme.selection
                    opacity: 0.6
                }
                Column {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(1, plot.slot * 0.72)
                    Repeater {
                        // Bottom-up: the first series sits on the axis.
                        model: bar.values.length
                        delegate: Rectangle {
                            required property int index
                            readonly property int series: bar.values.length - 1 - index
                            width: parent.width
                            height: plot.height * bar.values[series] / root.maximum
                            color: root.colors[series % root.colors.length]
                        }
                    }
                }
                QQC2.Label {
                    anchors.top: parent.bottom
                    anchors.topMargin: Theme.spacingSmall
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: bar.label
                    font.pointSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }

        MouseArea {
            anchors.fill: parent
            hoverEnabled: true
            acceptedButtons: Qt.NoButton
            onPositionChanged: mouse => root.highlighted = Math.min(root.count - 1, Math.floor(mouse.x / plot.slot))
            onExited: root.highlighted = -1
        }

        QQC2.ToolTip {
            visible: root.highlighted >= 0
            text: root.model.detailAt(root.highlighted)
            x: Math.min(plot.width - width, Math.max(0, (root.highlighted + 0.5) * plot.slot - width / 2))
            y: -height - Theme.spacingSmall
            delay: 0
        }
    }

    QQC2.Label {
        id: labelHeight
        visible: false
        text: "0"
        font.pointSize: Theme.fontSmall
    }

    QQC2.Label {
        anchors.centerIn: parent
        visible: root.count === 0 || root.model.maximum <= 0
        text: root.emptyText
        color: Theme.textMuted
    }
}
