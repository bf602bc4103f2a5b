// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// A titled panel for one chart: the title and its controls on top, the chart below.
Rectangle {
    id: root

    required property string title
    property string subtitle
    /// The chart and anything under it, stacked.
    default property alias content: body.data
    /// Controls shown right of the title (range buttons, toggles).
    property alias tools: toolRow.data

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                QQC2.Label {
                    Layout.fillWidth: true
                    text: root.title
                    font.pointSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: root.subtitle.length > 0
                    text: root.subtitle
                    font.pointSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            RowLayout {
                id: toolRow
                spacing: Theme.spacingSmall
            }
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
