// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One level compared: the user's answer beside the model answer, and the model's key terms the
// answer did not mention.
Rectangle {
    id: root

    /// One map of ThreeLevelController.comparison.
    required property var modelData

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            QQC2.Label {
                Layout.fillWidth: true
                text: root.modelData.name
                color: Theme.text
                font.weight: Font.DemiBold
                font.pointSize: Theme.fontHeading
                Accessible.role: Accessible.Heading
            }
            QQC2.Label {
                text: qsTr("%1 of %2 key terms").arg(root.modelData.mentioned).arg(root.modelData.total)
                color: root.modelData.coverage >= 0.5 ? Theme.good : Theme.hard
                Accessible.name: qsTr("Your answer mentions %1 of the model answer's %2 key terms").arg(root.modelData.mentioned).arg(root.modelData.total)
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingSmall
            QQC2.Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Your answer"); color: Theme.textMuted }
            QQC2.Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Model answer"); color: Theme.textMuted }
            QQC2.Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                text: root.modelData.answer.length > 0 ? root.modelData.answer : qsTr("(nothing written)")
                color: root.modelData.answer.length > 0 ? Theme.text : Theme.textMuted
                font.pointSize: Theme.fontCard
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                Accessible.name: qsTr("Your %1 answer: %2").arg(root.modelData.name).arg(text)
            }
            CardFace {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                markdown: root.modelData.model
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.modelData.missing.length > 0
            text: qsTr("Not in your answer: %1").arg(root.modelData.missing)
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
}
