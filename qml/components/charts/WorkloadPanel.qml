// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The workload forecast: answers per day for a number of new cards a day at a desired retention (FSRS).
ChartCard {
    id: root

    required property DashboardController dashboard

    function run() {
        dashboard.simulate(daysBox.value, newBox.value, retentionBox.value / 100);
    }

    title: qsTr("Workload forecast")
    subtitle: qsTr("Simulated with FSRS from your cards as they are now.")
    Component.onCompleted: run()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        QQC2.Label { text: qsTr("New cards a day"); color: Theme.text }
        QQC2.SpinBox {
            id: newBox
            from: 0
            to: 500
            value: 20
            editable: true
            Accessible.name: qsTr("New cards a day")
        }
        QQC2.Label { text: qsTr("Desired retention %"); color: Theme.text }
        QQC2.SpinBox {
            id: retentionBox
            from: 70
            to: 99
            value: Math.round(root.dashboard.desiredRetention)
            editable: true
            Accessible.name: qsTr("Desired retention in percent")
        }
        QQC2.Label { text: qsTr("Days"); color: Theme.text }
        QQC2.SpinBox {
            id: daysBox
            from: 7
            to: 365
            value: 30
            editable: true
            Accessible.name: qsTr("Days to simulate")
        }
        QQC2.Button {
            text: qsTr("Simulate")
            Accessible.name: qsTr("Run the workload forecast")
            onClicked: root.run()
        }
        Item { Layout.fillWidth: true }
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: root.dashboard.workloadSummary
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    BarChart {
        Layout.fillWidth: true
        Layout.preferredHeight: 180
        model: root.dashboard.workload
        colors: [Theme.accent]
        emptyText: qsTr("Nothing to review in this period.")
    }
}
