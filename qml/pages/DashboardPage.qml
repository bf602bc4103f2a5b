// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

FocusScope {
    id: root

    readonly property DashboardController dashboard: AppContext.dashboard

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Dashboard")
    Component.onCompleted: dashboard.refresh()
    onVisibleChanged: if (visible) dashboard.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        spacing: Theme.spacingLarge

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Dashboard")
            subtitle: qsTr("Numbers derived from your review log, never estimated.")
        }

        QQC2.Label {
            text: qsTr("Cards")
            font.pointSize: Theme.fontHeading
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            StatTile { label: qsTr("Total"); value: root.dashboard.totalCards.toLocaleString(Qt.locale(), "f", 0) }
            StatTile { label: qsTr("New"); value: root.dashboard.newCards.toLocaleString(Qt.locale(), "f", 0); accent: Theme.newCards }
            StatTile { label: qsTr("Learning"); value: root.dashboard.learningCards.toLocaleString(Qt.locale(), "f", 0); accent: Theme.learning }
            StatTile { label: qsTr("Review"); value: root.dashboard.reviewCards.toLocaleString(Qt.locale(), "f", 0); accent: Theme.review }
            StatTile { label: qsTr("Relearning"); value: root.dashboard.relearningCards.toLocaleString(Qt.locale(), "f", 0); accent: Theme.learning }
            StatTile { label: qsTr("Suspended"); value: root.dashboard.suspendedCards.toLocaleString(Qt.locale(), "f", 0) }
        }

        QQC2.Label {
            text: qsTr("Reviews")
            font.pointSize: Theme.fontHeading
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            StatTile { label: qsTr("Answers"); value: root.dashboard.reviewsTotal.toLocaleString(Qt.locale(), "f", 0) }
            StatTile { label: qsTr("Minutes studied"); value: root.dashboard.reviewMinutes.toLocaleString(Qt.locale(), "f", 0) }
            StatTile { label: qsTr("Days studied"); value: root.dashboard.studyDays.toLocaleString(Qt.locale(), "f", 0) }
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
