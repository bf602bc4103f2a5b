// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import MLPrep
import MLPrep.Views

// A year of study days as GitHub draws contributions: one column per week (Monday on top), darker for more
// answers. The model's first row is a Monday. Hover or the arrow keys show a day's count.
FocusScope {
    id: root

    required property ChartModel model
    property color color: Theme.good
    property int highlighted: -1

    readonly property int count: cells.count
    readonly property int weeks: Math.ceil(count / 7)
    readonly property real gap: 3
    readonly property real cell: Math.max(6, Math.min(16, (width - dayLabels.width - gap * weeks) / Math.max(1, weeks)))

    /// 0 for no answers, else 1–4 by quarter of the busiest day, as the review-heatmap add-on shades.
    function level(value) {
        if (value <= 0 || model.maximum <= 0)
            return 0;
        return Math.min(4, Math.ceil(4 * value / model.maximum));
    }
    function cellColor(value) {
        const shade = level(value);
        if (shade === 0)
            return Theme.surfaceAlt;
        return Qt.rgba(color.r, color.g, color.b, [0, 0.3, 0.5, 0.75, 1][shade]);
    }

    implicitHeight: monthRow.height + 7 * (cell + gap)
    implicitWidth: dayLabels.width + weeks * (cell + gap)
    activeFocusOnTab: true
    Accessible.role: Accessible.Chart
    Accessible.name: highlighted >= 0 ? model.detailAt(highlighted) : qsTr("Study calendar of the last year; use the arrow keys to read the days")

    Keys.onLeftPressed: highlighted = Math.max(0, (highlighted < 0 ? count : highlighted) - 7)
    Keys.onRightPressed: highlighted = Math.min(count - 1, highlighted + 7)
    Keys.onUpPressed: highlighted = Math.max(0, (highlighted < 0 ? count : highlighted) - 1)
    Keys.onDownPressed: highlighted = Math.min(count - 1, highlighted + 1)
    onActiveFocusChanged: if (!activeFocus) highlighted = -1

    Item {
        id: monthRow
        x: grid.x
        width: grid.width
        height: monthMetrics.height + Theme.spacingSmall
    }

    Column {
        id: dayLabels
        y: grid.y
        spacing: root.gap
        Repeater {
            model: [Qt.locale().dayName(1, Locale.ShortFormat), "", Qt.locale().dayName(3, Locale.ShortFormat), "", Qt.locale().dayName(5, Locale.ShortFormat), "", ""]
            delegate: QQC2.Label {
                required property string modelData
                height: root.cell
                rightPadding: Theme.spacingSmall
                verticalAlignment: Text.AlignVCenter
                text: modelData
                font.pointSize: Theme.fontSmall * 0.9
                color: Theme.textMuted
            }
        }
    }

    Item {
        id: grid
        x: dayLabels.width
        y: monthRow.height
        width: root.weeks * (root.cell + root.gap)
        height: 7 * (root.cell + root.gap)

        Repeater {
            id: cells
            model: root.model
            delegate: Rectangle {
                id: day
                required property int index
                required property double total
                required property string label
                x: Math.floor(index / 7) * (root.cell + root.gap)
                y: (index % 7) * (root.cell + root.gap)
                width: root.cell
                height: root.cell
                radius: 2
                color: root.cellColor(total)
                border.width: root.highlighted === index ? 2 : 0
                border.color: Theme.focusRing

                QQC2.Label {
                    // Month names above the first week of each month.
                    visible: day.label.length > 0
                    x: 0
                    y: -day.y - monthRow.height
                    text: day.label
                    font.pointSize: Theme.fontSmall * 0.9
                    color: Theme.textMuted
                }
            }
        }

        MouseArea {
            anchors.fill: parent
            hoverEnabled: true
            acceptedButtons: Qt.NoButton
            onPositionChanged: mouse => {
                const index = Math.floor(mouse.x / (root.cell + root.gap)) * 7 + Math.floor(mouse.y / (root.cell + root.gap));
                root.highlighted = index < root.count ? index : -1;
            }
            onExited: root.highlighted = -1
        }

        QQC2.ToolTip {
            visible: root.highlighted >= 0
            text: root.model.detailAt(root.highlighted)
            x: Math.min(grid.width - width, Math.max(0, Math.floor(root.highlighted / 7) * (root.cell + root.gap) - width / 2))
            y: (root.highlighted % 7) * (root.cell + root.gap) - height - Theme.spacingSmall
            delay: 0
        }
    }

    QQC2.Label {
        id: monthMetrics
        visible: false
        text: "0"
        font.pointSize: Theme.fontSmall * 0.9
    }
}
