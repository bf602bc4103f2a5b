// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

FocusScope {
    id: root

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Settings")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        spacing: Theme.spacingLarge

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Settings")
            subtitle: qsTr("Everything MLPrep keeps is in one folder; back it up to keep your history safe.")
        }

        GridLayout {
            Layout.maximumWidth: Theme.contentMaxWidth
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacing

            QQC2.Label {
                text: qsTr("Appearance")
                color: Theme.text
            }
            QQC2.ComboBox {
                id: schemeBox
                focus: true
                Layout.preferredWidth: 240
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "system", text: qsTr("Follow the system") },
                    { value: "light", text: qsTr("Light") },
                    { value: "dark", text: qsTr("Dark") }
                ]
                Accessible.name: qsTr("Appearance")
                Component.onCompleted: currentIndex = indexOfValue(AppContext.colorScheme)
                onActivated: AppContext.colorScheme = currentValue
            }

            QQC2.Label {
                text: qsTr("Data folder")
                color: Theme.text
            }
            QQC2.TextField {
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                text: AppContext.dataDir
                Accessible.name: qsTr("Data folder")
            }

            QQC2.Label {
                text: qsTr("Database")
                color: Theme.text
            }
            QQC2.TextField {
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                text: AppContext.databasePath
                Accessible.name: qsTr("Database file")
            }

            QQC2.Label {
                text: qsTr("Version")
                color: Theme.text
            }
            QQC2.Label {
                text: "MLPrep " + AppContext.version
                color: Theme.textMuted
            }
        }

        BackupsSection {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
