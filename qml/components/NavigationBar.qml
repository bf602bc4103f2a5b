// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// The left column: one entry per page, with its Alt+N key shown.
Rectangle {
    id: root

    required property var pages
    required property int currentIndex

    signal activated(int index)

    color: Theme.navigation

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        QQC2.Label {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: Theme.spacingLarge
            text: "MLPrep"
            font.pointSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
        }

        Repeater {
            model: root.pages
            delegate: QQC2.ItemDelegate {
                id: entry

                required property var modelData
                required property int index
                readonly property bool current: index === root.currentIndex

                Layout.fillWidth: true
                highlighted: current
                focusPolicy: Qt.TabFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.title
                Accessible.description: qsTr("Alt+%1").arg(index + 1)
                onClicked: root.activated(index)

                background: Rectangle {
                    radius: Theme.radius
                    color: entry.current ? Theme.selection : (entry.hovered ? Theme.surfaceAlt : "transparent")
                    border.width: entry.visualFocus ? 2 : 0
                    border.color: Theme.focusRing
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: entry.modelData.title
                        color: Theme.text
                        font.weight: entry.current ? Font.DemiBold : Font.Normal
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        text: qsTr("Alt+%1").arg(entry.index + 1)
                        color: Theme.textMuted
                        font.pointSize: Theme.fontSmall
                    }
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
