// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// Again / Hard / Good / Easy with the interval each schedules (computed in core) and its key.
RowLayout {
    id: root

    /// Four labels from the controller; empty while cramming (nothing is scheduled).
    required property var intervalLabels

    signal graded(int rating)

    spacing: Theme.spacing

    Repeater {
        model: [
            { rating: 1, name: qsTr("Again"), tint: Theme.again },
            { rating: 2, name: qsTr("Hard"), tint: Theme.hard },
            { rating: 3, name: qsTr("Good"), tint: Theme.good },
            { rating: 4, name: qsTr("Easy"), tint: Theme.easy }
        ]
        delegate: QQC2.Button {
            id: button

            required property var modelData
            readonly property string interval: root.intervalLabels.length === 4 ? root.intervalLabels[modelData.rating - 1] : ""

            Layout.fillWidth: true
            Layout.preferredHeight: 56
            focusPolicy: Qt.TabFocus
            Accessible.name: interval.length > 0 ? qsTr("%1, next in %2, key %3").arg(modelData.name).arg(interval).arg(modelData.rating)
                                                  : qsTr("%1, key %2").arg(modelData.name).arg(modelData.rating)
            onClicked: root.graded(modelData.rating)

            contentItem: ColumnLayout {
                spacing: 2
                QQC2.Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: button.modelData.name
                    color: button.modelData.tint
                    font.weight: Font.DemiBold
                }
                QQC2.Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: button.interval.length > 0 ? button.interval + "  ·  " + button.modelData.rating : String(button.modelData.rating)
                    color: Theme.textMuted
                    font.pointSize: Theme.fontSmall
                }
            }
        }
    }
}
