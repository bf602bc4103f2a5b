// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// Progress: the statistics (Anki's stats screen and more), the study plan and the decision journal.
FocusScope {
    id: root

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Dashboard")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QQC2.TabBar {
            id: tabs
            Layout.fillWidth: true
            Accessible.name: qsTr("Dashboard sections")

            QQC2.TabButton {
                text: qsTr("Statistics")
                Accessible.name: text
            }
            QQC2.TabButton {
                text: qsTr("Plan")
                Accessible.name: text
            }
            QQC2.TabButton {
                text: qsTr("Journal")
                Accessible.name: text
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            StatisticsView {
                active: root.visible && tabs.currentIndex === 0
            }
            Loader {
                // Built by the study plan; loaded by URL so that this page works before it exists.
                active: tabs.currentIndex === 1
                source: Qt.resolvedUrl("../components/StudyPlanView.qml")
            }
            Loader {
                active: tabs.currentIndex === 2
                source: Qt.resolvedUrl("../components/JournalView.qml")
            }
        }
    }
}
