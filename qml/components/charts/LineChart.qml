// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import MLPrep
import MLPrep.Views

// A line through the rows' first value, optionally with a dashed target line (true retention against the
// desired retention). Hover or the arrow keys show a point's numbers.
FocusScope {
    id: root

    required property ChartModel model
    property color color: Theme.accent
    property string suffix
    property real minimum: 0
    property real maximum: 100
    /// Drawn dashed across the chart when set (NaN: none).
    property real target: NaN
    property string targetLabel
    property string emptyText: qsTr("Nothing to show yet.")
    property int highlighted: -1

    readonly property int count: labels.count

    function xAt(index) {
        return count <= 1 ? plot.width / 2 : index * plot.width / (count - 1);
    }
    function yAt(value) {
        const clamped = Math.max(minimum, Math.min(maximum, value));
        return plot.height * (1 - (clamped - minimum) / (maximum - minimum));
    }

    implicitHeight: 180
    activeFocusOnTab: true
    Accessible.role: Accessible.Chart
    Accessible.name: highlighted >= 0 ? model.detailAt(highlighted) : qsTr("Line chart, %n points; use the arrow keys to read them", "", count)

    Keys.onLeftPressed: highlighted = Math.max(0, highlighted - 1)
    Keys.onRightPressed: highlighted = Math.min(count - 1, highlighted + 1)
    onActiveFocusChanged: if (!activeFocus) highlighted = -1

    ValueAxis {
        id: axis
        anchors.fill: plot
        anchors.leftMargin: -labelWidth
        minimum: root.minimum
        maximum: root.maximum
        suffix: root.suffix
        visible: root.count > 0
    }

    Item {
        id: plot
        anchors.fill: parent
        anchors.leftMargin: axis.labelWidth + Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: labelMetrics.height + Theme.spacingSmall

        Canvas {
            id: canvas
            anchors.fill: parent
            anchors.margins: -4
            visible: root.count > 0
            onPaint: {
                const context = getContext("2d");
                context.reset();
                context.translate(4, 4);
                if (!isNaN(root.target)) {
                    context.strokeStyle = Theme.textMuted;
                    context.lineWidth = 1;
                    context.setLineDash([4, 4]);
                    context.beginPath();
                    context.moveTo(0, root.yAt(root.target));
                    context.lineTo(plot.width, root.yAt(root.target));
                    context.stroke();
                    context.setLineDash([]);
                }
                const values = root.model.series(0);
                context.strokeStyle = root.color;
                context.fillStyle = root.color;
                context.lineWidth = 2;
                context.beginPath();
                for (let i = 0; i < values.length; ++i) {
                    if (i === 0)
                        context.moveTo(root.xAt(i), root.yAt(values[i]));
                    else
                        context.lineTo(root.xAt(i), root.yAt(values[i]));
                }
                context.stroke();
                for (let i = 0; i < values.length; ++i) {
                    context.beginPath();
                    context.arc(root.xAt(i), root.yAt(values[i]), i === root.highlighted ? 4 : 2.5, 0, 2 * Math.PI);
                    context.fill();
                }
            }
        }

        Connections {
            target: root.model
            function onReset() {
                canvas.requestPaint();
            }
        }
        Connections {
            target: Theme
            function onDarkChanged() {
                canvas.requestPaint();
            }
        }

        QQC2.Label {
            visible: !isNaN(root.target) && root.targetLabel.length > 0 && root.count > 0
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingSmall
            y: root.yAt(root.target) - height - 2
            text: root.targetLabel
            font.pointSize: Theme.fontSmall
            color: Theme.textMuted
        }

        Repeater {
            id: labels
            model: root.model
            delegate: QQC2.Label {
                required property int index
                required property string label
                x: root.xAt(index) - width / 2
                anchors.top: parent.bottom
                anchors.topMargin: Theme.spacingSmall
                text: label
                font.pointSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        MouseArea {
            anchors.fill: parent
            hoverEnabled: true
            acceptedButtons: Qt.NoButton
            onPositionChanged: mouse => {
                const step = root.count > 1 ? plot.width / (root.count - 1) : plot.width;
                root.highlighted = Math.max(0, Math.min(root.count - 1, Math.round(mouse.x / step)));
            }
            onExited: root.highlighted = -1
        }

        QQC2.ToolTip {
            visible: root.highlighted >= 0
            text: root.model.detailAt(root.highlighted)
            x: Math.min(plot.width - width, Math.max(0, root.xAt(root.highlighted) - width / 2))
            y: -height - Theme.spacingSmall
            delay: 0
        }
    }

    onHighlightedChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()
    onTargetChanged: canvas.requestPaint()

    QQC2.Label {
        id: labelMetrics
        visible: false
        text: "0"
        font.pointSize: Theme.fontSmall
    }

    QQC2.Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: root.emptyText
        color: Theme.textMuted
    }
}
