// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MLPrep.Views

FocusScope {
    id: root

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Jobs")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        spacing: Theme.spacingLarge

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Jobs")
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
